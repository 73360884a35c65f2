import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { baseDataSourceOptions } from 'src/database/connection-options';
import { grantRuntimeAccess } from 'src/database/roles';

// Any fixed 64-bit number; all kartlegg instances agree on it.
const MIGRATION_LOCK_KEY = 4_771_202_611;

export interface MigrateOptions {
  /**
   * The login role the service serves as: after the migrations the owner grants it its
   * rights (src/database/roles.ts). Unset: the service serves as the migrating role itself.
   */
  runtimeRole?: string;
}

/**
 * Runs pending migrations (and then `afterMigrate`, e.g. the demo seed) under a
 * PostgreSQL advisory lock, so two instances starting at once do not race. `url` logs in
 * as the owner role.
 */
export async function migrateDatabase(
  url: string,
  afterMigrate?: (dataSource: DataSource) => Promise<void>,
  options: MigrateOptions = {},
): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'kartlegg-migrate-lock' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(baseDataSourceOptions(url, { extra: { max: 2 } }));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (options.runtimeRole) await grantRuntimeAccess(dataSource, options.runtimeRole);
      if (afterMigrate) await afterMigrate(dataSource);
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
