import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import type { AppConfig } from 'src/config/app-config';
import { reportServingRole } from 'src/database/database-setup';

/** Builds the app, listens on PORT, and closes it on SIGINT or SIGTERM (then exits 0). */
export async function serve(
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
