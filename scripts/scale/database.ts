import { existsSync, statfsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client, type PoolClient } from 'pg';
import { migrateDatabase } from 'src/database/migrate';
import type { Options } from './model';
import { fail } from './options';
import type { Phases } from './progress';

/**
 * The database around the phases: create and migrate it, check the disk, drop the bulk
 * tables' indexes for the load (the caller rebuilds them), and the closing report.
 */

export async function prepareDatabase(options: Options): Promise<void> {
  const target = new URL(options.url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(options.url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
      .rowCount;
    if (exists && options.reset) {
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    if (!exists || options.reset) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  await migrateDatabase(options.url);
  const check = new Client({ connectionString: options.url });
  await check.connect();
  try {
    const { rows } = await check.query<{ n: number }>('SELECT count(*)::int AS n FROM districts');
    if (rows[0].n > 0) {
      fail(
        `${name} already holds data (append-only tables cannot be emptied): use --reset to recreate it`,
      );
    }
  } finally {
    await check.end();
  }
}

/** Secondary indexes of the bulk tables, dropped during the load and rebuilt after it. */
const BULK_TABLES = ['journal_entries', 'journal_heads', 'audit_events'];

export async function dropBulkIndexes(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.name}"`);
  return rows.map((row) => row.def);
}

/**
 * Disk the seed needs: 71 KB per patient were measured (7.1 GB for 100 000 patients with
 * indexes), plus half again for the index rebuild and WAL, plus 2 GB of headroom.
 */
const BYTES_PER_PATIENT = 71_000 * 1.5;
const DISK_HEADROOM = 2 * 1024 ** 3;

/**
 * Stops with a clear message before loading anything when the server's data directory has
 * too little free space. Only a server on this machine can be checked (its data directory
 * must be readable here); for another server the need is printed and the seed goes on.
 */
export async function checkFreeDisk(options: Options): Promise<void> {
  const needed = options.patients * BYTES_PER_PATIENT + DISK_HEADROOM;
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  const client = new Client({ connectionString: options.url });
  await client.connect();
  let dataDirectory: string | null = null;
  try {
    const { rows } = await client.query<{ dir: string | null }>(
      `SELECT current_setting('data_directory', true) AS dir`,
    );
    dataDirectory = rows[0]?.dir ?? null;
  } catch {
    dataDirectory = null;
  } finally {
    await client.end();
  }
  if (!dataDirectory || !existsSync(dataDirectory)) {
    process.stdout.write(
      `Free disk not checked (the server's data directory is not on this machine); the seed needs about ${gb(needed)}.\n`,
    );
    return;
  }
  const stats = statfsSync(dataDirectory);
  const free = stats.bavail * stats.bsize;
  if (free < needed) {
    process.stderr.write(
      `Not enough free disk: ${gb(free)} free at ${dataDirectory}, and ${options.patients} patients need about ${gb(needed)}. Free some space or seed fewer patients (--patients).\n`,
    );
    process.exit(3);
  }
  process.stdout.write(
    `Free disk: ${gb(free)} at ${dataDirectory} (about ${gb(needed)} needed).\n`,
  );
}

export async function report(
  client: PoolClient,
  options: Options,
  phases: Phases,
  started: number,
): Promise<void> {
  const tables = [
    'patients',
    'assessment_cases',
    'referrals',
    'case_history',
    'assessments',
    'assessment_scores',
    'goal_plans',
    'decisions',
    'decision_services',
    'goals',
    'measures',
    'goal_plan_revisions',
    'journal_entries',
    'journal_heads',
    'audit_events',
  ];
  const counts = await client.query<{ name: string; n: string }>(
    tables
      .map((t, i) => `SELECT ${i} AS k, '${t}' AS name, count(*)::text AS n FROM ${t}`)
      .join(' UNION ALL ') + ' ORDER BY k',
  );
  const open = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM assessment_cases WHERE status NOT IN ('CLOSED', 'CANCELLED')`,
  );
  const size = await client.query<{ size: string }>(
    'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
  );
  const lines = [
    '',
    'Rows:',
    ...counts.rows.map((row) => `  ${row.name.padEnd(20)} ${Number(row.n).toLocaleString('en')}`),
    `  open cases           ${open.rows[0].n}`,
    `Database size: ${size.rows[0].size}`,
    'Phases:',
    ...phases.times.map(([phase, s]) => `  ${phase.padEnd(20)} ${s.toFixed(1)} s`),
    `Seeded ${options.patients} patients in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
