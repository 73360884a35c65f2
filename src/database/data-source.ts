import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from 'migrations/index';
import { ENTITIES } from 'src/database/entities';

// A `date` column is a local calendar day: keep it as 'YYYY-MM-DD', never a Date at UTC midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 20, application_name: 'kartlegg' },
    ...overrides,
  } as DataSourceOptions;
}

/** For the TypeORM CLI (migration:generate/run/revert): DATABASE_URL or the local default. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kartlegg_dev'),
);
