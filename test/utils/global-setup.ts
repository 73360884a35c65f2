import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { type DataSource } from 'typeorm';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemo } from 'src/database/seed/demo-seed';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { adminQuery, ENV_ADMIN_URL, ENV_TEMPLATE, withDatabase } from 'test/utils/test-database';

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
  const template = `kartlegg_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  await migrateDatabase(withDatabase(adminUrl, template), async (dataSource: DataSource) => {
    await seedDemo(dataSource, { MUNICIPALITY_LANGUAGE: 'nb' });
  });
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
}
