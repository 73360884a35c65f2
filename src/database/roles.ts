import { Client } from 'pg';

/**
 * Two database roles (docs/security.md "Database roles"): migrations run as the owner role,
 * the service serves as a runtime login role that owns nothing, is no superuser, has no
 * BYPASSRLS and may only SELECT and INSERT on append-only tables. The append-only triggers
 * then hold against the service itself: only an owner may disable a trigger, only a
 * superuser may set session_replication_role.
 */

/** The trigger function every append-only table carries (migrations/…-Foundation.ts). */
export const APPEND_ONLY_TRIGGER_FUNCTION = 'kartlegg_refuse_change';

/** Anything that runs SQL: a pg Client or Pool, or a TypeORM DataSource or QueryRunner. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Rows of a query, from a pg result (`{ rows }`) or TypeORM (an array). */
export async function rowsOf<T>(sql: Sql, text: string, parameters?: unknown[]): Promise<T[]> {
  const result = (await sql.query(text, parameters)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The same server and database as `url`, logged in as `user`. */
export function urlAs(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/**
 * Tables of the public schema that carry the append-only trigger, read from pg_trigger
 * (never a hand-kept list: a table made append-only by a later migration is included).
 */
export async function appendOnlyTables(sql: Sql): Promise<string[]> {
  const rows = await rowsOf<{ table: string }>(
    sql,
    `SELECT DISTINCT c.relname AS "table"
       FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE n.nspname = 'public' AND p.proname = $1 AND NOT t.tgisinternal
      ORDER BY 1`,
    [APPEND_ONLY_TRIGGER_FUNCTION],
  );
  return rows.map((r) => r.table);
}

/**
 * A login role with no special rights: created when missing, and its attributes reset when
 * it exists (a role that was once made superuser loses it). Run as a superuser or CREATEROLE.
 */
export async function ensureLoginRole(sql: Sql, name: string, password: string): Promise<void> {
  const exists = await rowsOf(sql, 'SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${quoteLiteral(password)}`;
  if (exists.length === 0) {
    try {
      await sql.query(`CREATE ROLE ${quoteIdent(name)} ${attributes}`);
      return;
    } catch (error) {
      // Another process sharing the cluster created it at this very moment.
      if ((error as { code?: string }).code !== '42710') throw error;
    }
  }
  await sql.query(`ALTER ROLE ${quoteIdent(name)} ${attributes}`);
}

/**
 * Makes `owner` the owner of the current database and of every object of its public
 * schema (tables with their indexes and sequences, views, free sequences, functions,
 * types); extensions' own objects stay as they are. Databases made by earlier versions,
 * which migrated as the superuser `postgres`, are adopted this way. Idempotent; run as a
 * superuser.
 */
export async function adoptDatabaseObjects(sql: Sql, owner: string): Promise<void> {
  const role = quoteIdent(owner);
  await sql.query(`ALTER DATABASE ${quoteIdent(await currentDatabase(sql))} OWNER TO ${role}`);
  await sql.query(`
    DO $$
    DECLARE
      target oid := ${quoteLiteral(owner)}::regrole;
      r record;
    BEGIN
      FOR r IN
        SELECT c.oid::regclass AS name,
               CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                              ELSE 'TABLE' END AS kind
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
           AND c.relowner <> target
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.deptype IN ('e', 'a', 'i'))
         ORDER BY c.relkind <> 'r', c.relkind <> 'p'
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', r.kind, r.name, ${quoteLiteral(owner)});
      END LOOP;
      FOR r IN
        SELECT p.oid::regprocedure AS name
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = 'public' AND p.proowner <> target
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, ${quoteLiteral(owner)});
      END LOOP;
      FOR r IN
        SELECT t.oid::regtype AS name
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          LEFT JOIN pg_class c ON c.oid = t.typrelid
         WHERE n.nspname = 'public' AND t.typowner <> target
           AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c'))
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, ${quoteLiteral(owner)});
      END LOOP;
    END
    $$`);
}

async function currentDatabase(sql: Sql): Promise<string> {
  const [row] = await rowsOf<{ name: string }>(sql, 'SELECT current_database() AS name');
  return row.name;
}

/**
 * The runtime role's rights, set by the owner after the migrations (idempotent, so every
 * start repairs drift): SELECT, INSERT, UPDATE, DELETE on the tables, and only SELECT,
 * INSERT on the append-only ones; USAGE, SELECT on sequences; nothing on the migrations
 * table; never TRUNCATE, TRIGGER or REFERENCES. Default privileges give tables that later
 * migrations create the same rights; a migration that creates an append-only table revokes
 * UPDATE and DELETE itself (makeAppendOnly in src/database/append-only.ts), and this
 * function does it again from pg_trigger.
 */
export async function grantRuntimeAccess(sql: Sql, runtimeRole: string): Promise<string[]> {
  const role = quoteIdent(runtimeRole);
  await sql.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await sql.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
  );
  await sql.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
  );
  await sql.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await sql.query(
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${role}`,
  );
  await sql.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  // Only migrations write it; the service never reads it.
  const migrations = await rowsOf(
    sql,
    `SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'migrations'`,
  );
  if (migrations.length > 0) await sql.query(`REVOKE ALL ON TABLE public.migrations FROM ${role}`);
  const appendOnly = await appendOnlyTables(sql);
  for (const table of appendOnly)
    await sql.query(`REVOKE UPDATE, DELETE ON TABLE public.${quoteIdent(table)} FROM ${role}`);
  return appendOnly;
}

/**
 * What makes the connected role more than a runtime role: superuser, BYPASSRLS, owning
 * (or being a member of the owner of) a table, or a right to change an append-only table.
 * An empty list: the append-only guarantee holds against this role.
 */
export async function privilegedRoleProblems(sql: Sql): Promise<string[]> {
  const [role] = await rowsOf<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
    sql,
    `SELECT rolname AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
  );
  const problems: string[] = [];
  if (role.rolsuper) problems.push(`${role.name} is a superuser`);
  if (role.rolbypassrls) problems.push(`${role.name} bypasses row-level security`);
  const owned = await rowsOf<{ table: string }>(
    sql,
    `SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND pg_has_role(current_user, c.relowner, 'USAGE')
      ORDER BY 1`,
  );
  if (owned.length > 0)
    problems.push(`${role.name} owns ${owned.length} tables (${owned[0].table}, ...)`);
  const changeable = await rowsOf<{ table: string }>(
    sql,
    `SELECT c.relname AS "table" FROM pg_class c
      WHERE c.oid = ANY($1::regclass[])
        AND has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE')
      ORDER BY 1`,
    [(await appendOnlyTables(sql)).map((t) => `public.${quoteIdent(t)}`)],
  );
  if (changeable.length > 0)
    problems.push(
      `${role.name} may change append-only tables (${changeable.map((c) => c.table).join(', ')})`,
    );
  return problems;
}

/** The role a connection string logs in as (`SELECT current_user`). */
export async function roleOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url, application_name: 'kartlegg-role-check' });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    return rows[0].role;
  } finally {
    await client.end();
  }
}
