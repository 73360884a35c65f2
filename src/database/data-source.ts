import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { baseDataSourceOptions } from 'src/database/connection-options';
import { ENTITIES } from 'src/database/entities';

export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return baseDataSourceOptions(url, {
    entities: ENTITIES,
    ...overrides,
  } as Partial<DataSourceOptions>);
}

/** For the TypeORM CLI (migration:generate/run/revert): DATABASE_URL or the local default. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kartlegg_dev'),
);
