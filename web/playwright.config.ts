import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// One real server (built API + built client) on its own embedded PostgreSQL for all browser
// tests; a fresh data folder each run, so the demo municipality is seeded anew.
const port = process.env.WEB_TEST_PORT ?? '3199';
const pgPort = process.env.WEB_TEST_PG_PORT ?? '54399';
const dataDir = join(tmpdir(), `kartlegg-web-test-${pgPort}`);

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
  webServer: {
    command: `rm -rf ${dataDir} && node dist/src/main.js`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_PATH: 'dist',
      NODE_ENV: 'development',
      AUTH_MODE: 'local',
      PORT: port,
      EMBEDDED_PG_PORT: pgPort,
      EMBEDDED_PG_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
  },
});
