import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from 'src/config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from 'src/database/embedded-postgres';
import {
  adoptDatabaseObjects,
  ensureLoginRole,
  privilegedRoleProblems,
  roleOf,
  type Sql,
  urlAs,
} from 'src/database/roles';

/** The embedded PostgreSQL's two login roles (role names are global to the cluster). */
export const EMBEDDED_OWNER_ROLE = 'kartlegg_owner';
export const EMBEDDED_RUNTIME_ROLE = 'kartlegg_app';
/** Their generated passwords, kept in the embedded data folder (mode 600). */
export const EMBEDDED_ROLES_FILE = 'kartlegg-roles.json';

export interface DatabaseTarget {
  /** Migrations and the demo seed: the owner role. */
  ownerUrl: string;
  /** The service's pool: the runtime role, or with only DATABASE_URL the same as ownerUrl. */
  servingUrl: string;
  /** Granted its rights after the migrations; unset when the service serves as the owner. */
  runtimeRole?: string;
  embedded?: EmbeddedDatabase;
}

/**
 * Where to migrate and where to serve from:
 * - embedded (no DATABASE_URL): starts PostgreSQL, makes sure both roles exist with the
 *   passwords stored in the data folder, and gives the owner role the database and every
 *   object in it (data folders of earlier versions had them owned by `postgres`);
 * - DATABASE_OWNER_URL and DATABASE_URL: migrates as the first, serves as the second;
 * - DATABASE_URL alone: migrates and serves as that role, as before (a warning follows,
 *   see reportServingRole).
 */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) {
    if (!config.DATABASE_OWNER_URL)
      return { ownerUrl: config.DATABASE_URL, servingUrl: config.DATABASE_URL };
    const [owner, runtime] = await Promise.all([
      roleOf(config.DATABASE_OWNER_URL),
      roleOf(config.DATABASE_URL),
    ]);
    return {
      ownerUrl: config.DATABASE_OWNER_URL,
      servingUrl: config.DATABASE_URL,
      runtimeRole: owner === runtime ? undefined : runtime,
    };
  }
  logger.info(
    { dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT },
    'starting embedded PostgreSQL',
  );
  const embedded = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    persistent: true,
    onLog: (message) => logger.debug({ component: 'postgres' }, message.trim()),
  });
  try {
    const passwords = embeddedRolePasswords(config.EMBEDDED_PG_DIR);
    await withClient(embedded.url, async (admin) => {
      await ensureLoginRole(admin, EMBEDDED_OWNER_ROLE, passwords.owner);
      await ensureLoginRole(admin, EMBEDDED_RUNTIME_ROLE, passwords.runtime);
      await adoptDatabaseObjects(admin, EMBEDDED_OWNER_ROLE);
    });
    return {
      ownerUrl: urlAs(embedded.url, EMBEDDED_OWNER_ROLE, passwords.owner),
      servingUrl: urlAs(embedded.url, EMBEDDED_RUNTIME_ROLE, passwords.runtime),
      runtimeRole: EMBEDDED_RUNTIME_ROLE,
      embedded,
    };
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw error;
  }
}

/** The roles' passwords: read from the data folder, generated on the first start. */
function embeddedRolePasswords(dataDir: string): { owner: string; runtime: string } {
  const file = path.join(path.resolve(dataDir), EMBEDDED_ROLES_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as never;
  const passwords = {
    owner: randomBytes(24).toString('hex'),
    runtime: randomBytes(24).toString('hex'),
  };
  writeFileSync(file, `${JSON.stringify(passwords)}\n`, { mode: 0o600 });
  return passwords;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'kartlegg-setup' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Logs the role the serving pool connects as, and warns when it is privileged: then the
 * append-only tables hold only against other roles.
 */
export async function reportServingRole(pool: Sql, logger: Logger): Promise<void> {
  const [{ role }] = (await pool.query('SELECT current_user AS role')) as { role: string }[];
  logger.info({ role }, `the serving pool connects as database role ${role}`);
  const problems = await privilegedRoleProblems(pool);
  if (problems.length > 0)
    logger.warn(
      { role, problems },
      'the serving database role is privileged: it could rewrite the append-only tables; ' +
        'set DATABASE_OWNER_URL for migrations and a runtime role in DATABASE_URL (README)',
    );
}
