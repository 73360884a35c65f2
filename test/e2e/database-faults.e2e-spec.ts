import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from 'src/app.factory';
import { signLocalToken } from 'src/common/auth/tokens';
import { createLogger } from 'src/common/logging/logger';
import { type AppConfig, loadConfig } from 'src/config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { migrateDatabase } from 'src/database/migrate';
import { seedDemo } from 'src/database/seed/demo-seed';
import { TestClock } from 'test/utils/test-app';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const ME = '{ me { email } }';
const SEARCH = 'query { searchPatients(query: "Hansen") { totalCount } }';

/**
 * PostgreSQL goes away and comes back. This file stops PostgreSQL, so it runs its own
 * embedded instance (never the shared test server).
 */
describe('database faults', () => {
  let dir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let app: INestApplication;
  let config: AppConfig;
  let token: string;

  const start = (): Promise<EmbeddedDatabase> =>
    startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, persistent: true });

  const gql = async (query: string) => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query });
    return res;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kartlegg-faults-pg-'));
    port = await freePort();
    pg = await start();
    await migrateDatabase(pg.url, (dataSource) =>
      seedDemo(dataSource, { MUNICIPALITY_LANGUAGE: 'nb' }).then(() => undefined),
    );
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    app = await createApp({
      config,
      databaseUrl: pg.url,
      logger: createLogger(config.LOG_LEVEL),
      clock: new TestClock(),
    });
    token = await signLocalToken('nurse.nord@demo.local', config.AUTH_LOCAL_SIGNING_KEY);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('answers normally while PostgreSQL is up', async () => {
    const res = await gql(ME);
    expect(res.body).toEqual({ data: { me: { email: 'nurse.nord@demo.local' } } });
    expect((await request(app.getHttpServer()).get('/health')).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE within seconds, without a stack, and /health 503 while PostgreSQL is down', async () => {
    await pg.stop();

    for (const query of [ME, SEARCH]) {
      const started = Date.now();
      const res = await gql(query);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors[0].extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/stacktrace|ECONNREFUSED|\.ts:\d+|at [A-Za-z]+ \(/);
    }

    const started = Date.now();
    const health = await request(app.getHttpServer()).get('/health');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable', database: 'down' });
  }, 30_000);

  it('serves again once PostgreSQL is back', async () => {
    pg = await start();
    // The pool drops its dead connections and opens new ones on demand.
    let res = await gql(ME);
    for (let attempt = 0; attempt < 10 && res.body.errors; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      res = await gql(ME);
    }
    expect(res.body).toEqual({ data: { me: { email: 'nurse.nord@demo.local' } } });
    expect((await gql(SEARCH)).body.errors).toBeUndefined();
    expect((await request(app.getHttpServer()).get('/health')).status).toBe(200);
  }, 30_000);
});
