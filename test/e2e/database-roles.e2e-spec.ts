import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { makeAppendOnly } from 'src/database/append-only';
import { adoptDatabaseObjects, appendOnlyTables, privilegedRoleProblems } from 'src/database/roles';
import { openCaseViaApi } from 'test/factories/cases';
import { createTestApp, idOfDistrict, type TestApp } from 'test/utils/test-app';
import {
  ENV_ADMIN_URL,
  TEST_OWNER_ROLE,
  TEST_RUNTIME_ROLE,
  withDatabase,
} from 'test/utils/test-database';

const INSUFFICIENT_PRIVILEGE = '42501';
// The append-only trigger raises 42501 too: the message tells which layer refused.
const DENIED = `${INSUFFICIENT_PRIVILEGE} permission denied`;
const NOT_OWNER = `${INSUFFICIENT_PRIVILEGE} must be owner`;

/**
 * 'ok', or the PostgreSQL error code of a statement with what refused it (a missing
 * privilege, not being the owner, or the append-only trigger); always rolled back.
 */
async function outcome(client: Client, sql: string): Promise<string> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const by = message.startsWith('permission denied')
      ? 'permission denied'
      : message.startsWith('must be owner')
        ? 'must be owner'
        : message.includes('append-only')
          ? 'append-only trigger'
          : message;
    return `${code} ${by}`;
  } finally {
    await client.query('ROLLBACK');
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * The service's own database role cannot rewrite history (docs/security.md "Database
 * roles"): the test apps serve as this runtime role, and here it tries what a compromised
 * service would try on every append-only table, enumerated from pg_trigger.
 */
describe('the runtime database role', () => {
  let t: TestApp;
  let runtime: Client;
  let tables: string[];

  beforeAll(async () => {
    t = await createTestApp();
    runtime = await connect(t.databaseUrl);
    tables = await appendOnlyTables(runtime);
  });
  afterAll(async () => {
    await runtime.end();
    await t.close();
  });

  it('is what the app serves as', async () => {
    const [{ role }] = (await t.dataSource.query('SELECT current_user AS role')) as {
      role: string;
    }[];
    expect(role).toBe(TEST_RUNTIME_ROLE);
  });

  it('finds the append-only tables from their triggers (the ones of today at least)', () => {
    expect(tables).toEqual(
      expect.arrayContaining([
        'assessment_scores',
        'assessments',
        'audit_events',
        'case_history',
        'decision_services',
        'decisions',
        'emergency_access_grants',
        'goal_plan_revisions',
        'journal_entries',
      ]),
    );
  });

  it('may not UPDATE, DELETE, TRUNCATE, disable or drop a trigger on any append-only table', async () => {
    const refused: Record<string, Record<string, string>> = {};
    for (const table of tables) {
      const { rows } = await runtime.query<{ col: string; trigger: string }>(
        `SELECT (SELECT quote_ident(attname) FROM pg_attribute
                  WHERE attrelid = $1::regclass AND attnum = 1) AS col,
                (SELECT quote_ident(tgname) FROM pg_trigger
                  WHERE tgrelid = $1::regclass AND NOT tgisinternal ORDER BY tgname LIMIT 1) AS trigger`,
        [table],
      );
      const { col, trigger } = rows[0];
      const name = `"${table}"`;
      refused[table] = {
        update: await outcome(runtime, `UPDATE ${name} SET ${col} = ${col}`),
        delete: await outcome(runtime, `DELETE FROM ${name}`),
        truncate: await outcome(runtime, `TRUNCATE ${name} CASCADE`),
        disableAllTriggers: await outcome(runtime, `ALTER TABLE ${name} DISABLE TRIGGER ALL`),
        disableTrigger: await outcome(runtime, `ALTER TABLE ${name} DISABLE TRIGGER ${trigger}`),
        dropTrigger: await outcome(runtime, `DROP TRIGGER ${trigger} ON ${name}`),
        replicaTrigger: await outcome(
          runtime,
          `ALTER TABLE ${name} ENABLE REPLICA TRIGGER ${trigger}`,
        ),
        replicationRoleThenDelete: await outcome(
          runtime,
          `SET LOCAL session_replication_role = replica; DELETE FROM ${name}`,
        ),
      };
    }
    // Refused by the role's rights before any trigger runs.
    const everyOneRefused = {
      update: DENIED,
      delete: DENIED,
      truncate: DENIED,
      disableAllTriggers: NOT_OWNER,
      disableTrigger: NOT_OWNER,
      dropTrigger: NOT_OWNER,
      replicaTrigger: NOT_OWNER,
      replicationRoleThenDelete: DENIED,
    };
    expect(refused).toEqual(Object.fromEntries(tables.map((table) => [table, everyOneRefused])));
  });

  it('may not set session_replication_role, nor become the owner role', async () => {
    expect(await outcome(runtime, 'SET session_replication_role = replica')).toBe(DENIED);
    expect(await outcome(runtime, `SET ROLE "${TEST_OWNER_ROLE}"`)).toBe(DENIED);
    const { rows } = await runtime.query<{ value: string }>(
      `SELECT current_setting('session_replication_role') AS value`,
    );
    expect(rows[0].value).toBe('origin');
  });

  it('still SELECTs and INSERTs on the append-only tables, and the app writes them', async () => {
    const { rows } = await runtime.query<{ table: string; select: boolean; insert: boolean }>(
      `SELECT t AS "table", has_table_privilege(t, 'SELECT') AS "select",
              has_table_privilege(t, 'INSERT') AS "insert"
         FROM unnest($1::text[]) t ORDER BY 1`,
      [tables],
    );
    expect(rows).toEqual(tables.map((table) => ({ table, select: true, insert: true })));
    for (const table of tables)
      expect(await outcome(runtime, `SELECT count(*) FROM "${table}"`)).toBe('ok');

    const before = {
      history: await t.count('case_history'),
      journal: await t.count('journal_entries'),
      audit: await t.count('audit_events'),
    };
    await openCaseViaApi(t, { districtId: await idOfDistrict(t, 'Nord') });
    expect(await t.count('case_history')).toBeGreaterThan(before.history);
    expect(await t.count('journal_entries')).toBeGreaterThan(before.journal);
    expect(await t.count('audit_events')).toBeGreaterThan(before.audit);
  });

  it('is no superuser, has no BYPASSRLS, owns no table and may TRUNCATE none', async () => {
    const { rows: role } = await runtime.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual([
      { rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false },
    ]);
    const { rows: owned } = await runtime.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')`,
    );
    expect(owned).toEqual([]);
    const { rows: truncatable } = await runtime.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND has_table_privilege(c.oid, 'TRUNCATE, TRIGGER, REFERENCES')`,
    );
    expect(truncatable).toEqual([]);
    expect(await outcome(runtime, 'SELECT * FROM migrations')).toBe(DENIED);
    expect(await privilegedRoleProblems(runtime)).toEqual([]);
  });

  it('gets the same rights on tables of later migrations, and makeAppendOnly takes UPDATE and DELETE back', async () => {
    const owner = await connect(t.ownerUrl);
    try {
      await owner.query('BEGIN');
      await owner.query('CREATE TABLE later_plain (id int PRIMARY KEY, note text)');
      await owner.query('CREATE TABLE later_log (id serial PRIMARY KEY, note text)');
      await makeAppendOnly(owner, 'later_log');
      const { rows } = await owner.query(
        `SELECT t AS "table",
                array(SELECT p FROM unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
                       WHERE has_table_privilege($1, t, p)) AS rights
           FROM unnest(array['later_plain', 'later_log']) t`,
        [TEST_RUNTIME_ROLE],
      );
      expect(rows).toEqual([
        { table: 'later_plain', rights: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
        { table: 'later_log', rights: ['SELECT', 'INSERT'] },
      ]);
      const { rows: sequence } = await owner.query(
        `SELECT has_sequence_privilege($1, 'later_log_id_seq', 'USAGE') AS usage`,
        [TEST_RUNTIME_ROLE],
      );
      expect(sequence).toEqual([{ usage: true }]);
      expect(await appendOnlyTables(owner)).toContain('later_log');
    } finally {
      await owner.query('ROLLBACK');
      await owner.end();
    }
  });

  it('adopts objects an earlier version left owned by the superuser', async () => {
    const admin = await connect(
      withDatabase(process.env[ENV_ADMIN_URL]!, new URL(t.databaseUrl).pathname.slice(1)),
    );
    try {
      await admin.query('BEGIN');
      await admin.query('CREATE TABLE legacy_things (id serial PRIMARY KEY)');
      await admin.query('CREATE VIEW legacy_view AS SELECT id FROM legacy_things');
      await admin.query('CREATE SEQUENCE legacy_free_seq');
      await admin.query(`CREATE FUNCTION legacy_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'`);
      await admin.query(`CREATE TYPE legacy_kind AS ENUM ('A')`);
      await adoptDatabaseObjects(admin, TEST_OWNER_ROLE);
      const { rows } = await admin.query(
        `SELECT relname AS name, pg_get_userbyid(relowner) AS owner FROM pg_class
          WHERE relname IN ('legacy_things', 'legacy_things_id_seq', 'legacy_view', 'legacy_free_seq')
         UNION ALL SELECT proname, pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'legacy_fn'
         UNION ALL SELECT typname, pg_get_userbyid(typowner) FROM pg_type WHERE typname = 'legacy_kind'
         UNION ALL SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()
         ORDER BY 1`,
      );
      expect(rows.filter((r: { owner: string }) => r.owner !== TEST_OWNER_ROLE)).toEqual([]);
      expect(rows).toHaveLength(7);
    } finally {
      await admin.query('ROLLBACK');
      await admin.end();
    }
  });
});
