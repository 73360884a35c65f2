import { adminQuery, ENV_ADMIN_URL, ENV_TEMPLATE } from 'test/utils/test-database';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __KARTLEGG_PG__?: { stop(): Promise<void> } }).__KARTLEGG_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (adminUrl && template) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  }
}
