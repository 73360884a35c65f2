import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import {
  issuerPort,
  OIDC_AUDIENCE,
  OIDC_CLIENT_ID,
  oidcPgPort,
  oidcPort,
  pgPort,
  port,
} from './tests/ports';

// One real server (built API + built client) on its own embedded PostgreSQL for all browser
// tests; a fresh data folder each run, so the demo municipality is seeded anew. A second one
// with AUTH_MODE=oidc serves tests/oidc.spec.ts, against the issuer that test starts.
const dataDir = join(tmpdir(), `kartlegg-web-test-${pgPort}`);
const oidcDataDir = join(tmpdir(), `kartlegg-web-test-${oidcPgPort}`);
const issuer = `http://127.0.0.1:${issuerPort}`;
const server = {
  cwd: '..',
  timeout: 60_000,
  reuseExistingServer: false,
  gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  stdout: 'ignore',
  stderr: 'pipe',
} as const;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    trace: 'off',
  },
  projects: [
    { name: 'local', testIgnore: /oidc\.spec\.ts$/ },
    {
      name: 'oidc',
      testMatch: /oidc\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${oidcPort}` },
    },
  ],
  webServer: [
    {
      ...server,
      command: `rm -rf ${dataDir} && node dist/src/main.js`,
      url: `http://127.0.0.1:${port}/health`,
      env: {
        NODE_PATH: 'dist',
        NODE_ENV: 'development',
        AUTH_MODE: 'local',
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        EMBEDDED_PG_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
    },
    {
      ...server,
      command: `rm -rf ${oidcDataDir} && node dist/src/main.js`,
      url: `http://127.0.0.1:${oidcPort}/health`,
      env: {
        NODE_PATH: 'dist',
        NODE_ENV: 'development',
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: issuer,
        OIDC_AUDIENCE,
        OIDC_JWKS_URL: `${issuer}/jwks`,
        OIDC_CLIENT_ID,
        OIDC_SCOPE: 'openid offline_access api',
        PORT: String(oidcPort),
        EMBEDDED_PG_PORT: String(oidcPgPort),
        EMBEDDED_PG_DIR: oidcDataDir,
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
