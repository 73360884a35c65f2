import 'reflect-metadata';
import { loadConfig } from 'src/config/app-config';
import { createLogger } from 'src/common/logging/logger';
import { openDatabase } from 'src/database/database-setup';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemoIfEmpty } from 'src/database/seed/demo-seed';

/** `npm run seed`: migrates and seeds the demo municipality into an empty database (as the owner). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.LOG_LEVEL));
  try {
    await migrateDatabase(
      database.ownerUrl,
      async (dataSource) => {
        const seeded = await seedDemoIfEmpty(dataSource, config, new Date());
        process.stdout.write(
          seeded
            ? 'Seeded the demo municipality.\n'
            : 'The database already has data; nothing seeded.\n',
        );
      },
      { runtimeRole: database.runtimeRole },
    );
  } finally {
    await database.embedded?.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
