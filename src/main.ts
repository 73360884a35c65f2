import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigError, loadConfig } from 'src/config/app-config';
import { createApp } from 'src/app.factory';
import { createLogger } from 'src/common/logging/logger';
import { runPrimary, WORKER_DATABASE_URL } from 'src/cluster/primary';
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

  // A worker of the cluster: the primary has migrated and seeded; serve only.
  if (cluster.isWorker) {
    const servingUrl = process.env[WORKER_DATABASE_URL];
    if (!servingUrl) throw new Error(`${WORKER_DATABASE_URL} is not set in a cluster worker`);
    await serve(config, servingUrl, logger.child({ worker: cluster.worker?.id }), {
      quiet: true,
    });
    return;
  }

  // Migrations (and the demo seed) as the owner role; the serving pool as the runtime role,
  // so it never holds the owner's rights (docs/security.md "Database roles"). Once, here,
  // before any worker starts (and under an advisory lock, for other instances).
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

  // Stop PostgreSQL cleanly so its data survives for the next start.
  const stopEmbedded = async (): Promise<void> => {
    await embedded
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, 'stopping PostgreSQL failed'));
  };

  if (config.WEB_CONCURRENCY > 1) {
    // N workers share the port (node:cluster); the primary only supervises them.
    runPrimary({
      processes: config.WEB_CONCURRENCY,
      port: config.PORT,
      servingUrl: database.servingUrl,
      logger,
      onStopped: stopEmbedded,
    });
    return;
  }
  await serve(config, database.servingUrl, logger, { onStopped: stopEmbedded });
}

/** Builds the app, listens on PORT, and closes it on SIGINT or SIGTERM (then exits 0). */
async function serve(
  config: AppConfig,
  servingUrl: string,
  logger: Logger,
  options: { quiet?: boolean; onStopped?: () => Promise<void> },
): Promise<void> {
  const app = await createApp({ config, databaseUrl: servingUrl, logger });
  await reportServingRole(app.get(DataSource), logger);
  await app.listen(config.PORT);
  if (!options.quiet)
    logger.info(`kartlegg serves GraphQL at http://localhost:${config.PORT}/graphql`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'closing the app failed'));
    await options.onStopped?.();
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
