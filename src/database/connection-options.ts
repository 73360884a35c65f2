import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from 'migrations/index';

// A `date` column is a local calendar day: keep it as 'YYYY-MM-DD', never a Date at UTC midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * Connection and migrations without entities: what migrating and seeding need.
 * (Entities carry GraphQL decorators; jest's globalSetup must not load them.)
 */
export function baseDataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // One transaction per migration, also for the TypeORM CLI (the app's migrate does the
    // same): a later migration then sees the earlier ones committed (TeamJournalSearchIndexes
    // builds its indexes without the row versions TeamJournalSearch's backfill left dead).
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+.
    uuidExtension: 'pgcrypto',
    // Migrations create the extensions they need; the runtime role could not (and should not).
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // Errors are mapped and logged by the app (error-formatter.ts) without query parameters,
    // which may hold person data.
    logging: false,
    // A connection attempt gives up after 3 s: with PostgreSQL unreachable a request answers
    // SERVICE_UNAVAILABLE at once instead of hanging (docs/security.md "Database faults").
    // JIT compilation costs 50–150 ms on list queries that run in 5–20 ms (measured on the
    // scale database, docs/performance.md): an OLTP API never gains from it.
    extra: {
      max: 20,
      application_name: 'kartlegg',
      connectionTimeoutMillis: 3000,
      options: '-c jit=off',
    },
    ...overrides,
  } as DataSourceOptions;
}
