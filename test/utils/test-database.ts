import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { urlAs } from 'src/database/roles';

/** Env names shared between jest's globalSetup and the test files. */
export const ENV_ADMIN_URL = 'KARTLEGG_TEST_ADMIN_URL';
export const ENV_TEMPLATE = 'KARTLEGG_TEST_TEMPLATE';

/**
 * The tests' owner and runtime roles. Role names are global to a PostgreSQL cluster: every
 * test run on one cluster shares this pair, created once by globalSetup.
 */
export const TEST_OWNER_ROLE = 'kartlegg_test_owner';
export const TEST_RUNTIME_ROLE = 'kartlegg_test_app';
// Only for throwaway test clusters (and ignored where the server trusts local connections).
export const TEST_ROLE_PASSWORD = 'kartlegg-test-only';

export function asTestOwner(url: string): string {
  return urlAs(url, TEST_OWNER_ROLE, TEST_ROLE_PASSWORD);
}

export function asTestRuntime(url: string): string {
  return urlAs(url, TEST_RUNTIME_ROLE, TEST_ROLE_PASSWORD);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** As the runtime role: what the app serves with. */
  url: string;
  /** As the owner role: for what a test does that the service may not. */
  ownerUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated and seeded template:
 * append-only tables refuse TRUNCATE, so tests isolate by database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template)
    throw new Error('test database not set up: run the tests through jest (globalSetup)');
  const name = `kartlegg_test_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(
        adminUrl,
        `CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER "${TEST_OWNER_ROLE}"`,
      );
      break;
    } catch (error) {
      // Another worker may be cloning the template at this very moment.
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  return {
    url: asTestRuntime(withDatabase(adminUrl, name)),
    ownerUrl: asTestOwner(withDatabase(adminUrl, name)),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
