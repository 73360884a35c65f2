import 'reflect-metadata';
import { loadConfig } from 'src/config/app-config';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemoIfEmpty } from 'src/database/seed/demo-seed';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';

/** `npm run seed`: migrates and seeds the demo municipality into an empty database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.EMBEDDED_PG_DIR,
        port: config.EMBEDDED_PG_PORT,
        persistent: true,
      });
  const url = config.DATABASE_URL ?? (embedded as { url: string }).url;
  try {
    await migrateDatabase(url, async (dataSource) => {
      const seeded = await seedDemoIfEmpty(dataSource, config, new Date());
      process.stdout.write(
        seeded
          ? 'Seeded the demo municipality.\n'
          : 'The database already has data; nothing seeded.\n',
      );
    });
  } finally {
    await embedded?.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
