import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from 'src/config/app-config';
import { createLogger } from 'src/common/logging/logger';
import { runPrimary, WORKER_DATABASE_URL } from 'src/cluster/primary';
import { openDatabase } from 'src/database/database-setup';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemoIfEmpty } from 'src/database/seed/demo-seed';

/**
 * The serving half (Nest, Apollo, every module), loaded only in a process that serves: the
 * cluster's primary never loads it (70 MB and most of the start-up CPU, docs/performance.md).
 */
async function loadServe(): Promise<typeof import('./serve.js').serve> {
  return (await import('./serve.js')).serve;
}

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
    const serve = await loadServe();
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
  const serve = await loadServe();
  await serve(config, database.servingUrl, logger, { onStopped: stopEmbedded });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `kartlegg failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
