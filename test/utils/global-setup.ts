import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemo } from 'src/database/seed/demo-seed';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { ensureLoginRole } from 'src/database/roles';
import {
  adminQuery,
  asTestOwner,
  ENV_ADMIN_URL,
  ENV_TEMPLATE,
  TEST_OWNER_ROLE,
  TEST_ROLE_PASSWORD,
  TEST_RUNTIME_ROLE,
  withDatabase,
} from 'test/utils/test-database';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The tests' owner and runtime roles, once per cluster (test runs sharing a cluster share them). */
async function ensureTestRoles(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Two runs starting together on one external cluster take turns.
    await client.query('SELECT pg_advisory_lock($1)', [TEST_ROLES_LOCK_KEY]);
    await ensureLoginRole(client, TEST_OWNER_ROLE, TEST_ROLE_PASSWORD);
    await ensureLoginRole(client, TEST_RUNTIME_ROLE, TEST_ROLE_PASSWORD);
  } finally {
    await client.end();
  }
}

const TEST_ROLES_LOCK_KEY = 4_771_202_612;

/**
 * Starts a throwaway PostgreSQL (unless TEST_DATABASE_URL names one), then builds a
 * migrated, demo-seeded template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  try {
    await setup();
  } catch (error) {
    // Jest prints only "reason: undefined" for some failures; say what happened.
    console.error('globalSetup failed:', error);
    throw error instanceof Error ? error : new Error(String(error));
  }
}

async function setup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // Not under a mode-700 home: the postgres user must traverse every parent folder.
    const dir = mkdtempSync(path.join(tmpdir(), 'kartlegg-test-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      port: await freePort(),
      persistent: false,
      database: 'postgres',
    });
    (globalThis as { __KARTLEGG_PG__?: typeof embedded }).__KARTLEGG_PG__ = embedded;
    adminUrl = embedded.url;
  }
  await ensureTestRoles(adminUrl);
  const template = `kartlegg_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${template}" OWNER "${TEST_OWNER_ROLE}"`);
  // Migrated and seeded as the owner role; the apps of the tests serve as the runtime role.
  await migrateDatabase(
    asTestOwner(withDatabase(adminUrl, template)),
    async (dataSource: DataSource) => {
      await seedDemo(dataSource, { MUNICIPALITY_LANGUAGE: 'nb' });
    },
    { runtimeRole: TEST_RUNTIME_ROLE },
  );
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
}
