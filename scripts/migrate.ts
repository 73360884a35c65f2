import 'reflect-metadata';
import { loadConfig } from 'src/config/app-config';
import { createLogger } from 'src/common/logging/logger';
import { openDatabase } from 'src/database/database-setup';
import { migrateDatabase } from 'src/database/migrate';

/**
 * `npm run migrate`: applies pending migrations as the owner role (DATABASE_OWNER_URL, or the
 * embedded database's owner) and grants the runtime role its rights; serves nothing.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.LOG_LEVEL));
  try {
    const applied = await migrateDatabase(database.ownerUrl, undefined, {
      runtimeRole: database.runtimeRole,
    });
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n',
    );
    process.stdout.write(
      database.runtimeRole
        ? `Runtime role ${database.runtimeRole}: granted its rights.\n`
        : 'No separate runtime role (DATABASE_OWNER_URL unset): the service serves as the owner.\n',
    );
  } finally {
    await database.embedded?.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `migrate failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
