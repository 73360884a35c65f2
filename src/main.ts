import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from 'src/config/app-config';
import { createApp } from 'src/app.factory';
import { createLogger } from 'src/common/logging/logger';
import { openDatabase, reportServingRole } from 'src/database/database-setup';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemoIfEmpty } from 'src/database/seed/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);

  // Migrations (and the demo seed) as the owner role; the serving pool as the runtime role,
  // so it never holds the owner's rights (docs/security.md "Database roles").
  const database = await openDatabase(config, logger);
  const { embedded } = database;
  const seed = config.SEED_DEMO ?? embedded !== undefined;
  const applied = await migrateDatabase(
    database.ownerUrl,
    async (dataSource) => {
      if (seed && (await seedDemoIfEmpty(dataSource, config, new Date())))
        logger.info('seeded the demo municipality');
    },
    { runtimeRole: database.runtimeRole },
  );
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

  const app = await createApp({ config, databaseUrl: database.servingUrl, logger });
  await reportServingRole(app.get(DataSource), logger);
  await app.listen(config.PORT);
  logger.info(`kartlegg serves GraphQL at http://localhost:${config.PORT}/graphql`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'closing the app failed'));
    // Stop PostgreSQL cleanly so its data survives for the next start.
    await embedded
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, 'stopping PostgreSQL failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `kartlegg failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
