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
import { seedDemo, seedDemoCases } from 'src/database/seed/demo-seed';
import { Client } from 'pg';
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
    config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      // The write-load test sends a few hundred calls a second from one coordinator.
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    await migrateDatabase(pg.url, async (dataSource) => {
      await seedDemo(dataSource, { MUNICIPALITY_LANGUAGE: 'nb' });
      await seedDemoCases(dataSource, config, new TestClock().now());
    });
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

  it('keeps every acknowledged write exactly once, and no half write, when PostgreSQL stops under write load', async () => {
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    const caseId = (
      await db.query<{ id: string }>(
        `SELECT c.id FROM assessment_cases c JOIN staff_members s ON s.id = c.coordinator_id
          WHERE s.email = 'coordinator.nord@demo.local' AND c.status = 'ACTIVE' ORDER BY c.id LIMIT 1`,
      )
    ).rows[0].id;
    await db.end();
    const writer = await signLocalToken(
      'coordinator.nord@demo.local',
      config.AUTH_LOCAL_SIGNING_KEY,
    );
    const ADD = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
      addJournalEntry(caseId: $caseId, input: $input) { id } }`;

    const acknowledged = new Map<string, string>();
    const refused = new Map<string, number>();
    const unexpected: string[] = [];
    let slowest = 0;
    let sent = 0;
    let running = true;
    let lastSuccess = 0;
    const loop = async (worker: number) => {
      for (let n = 0; running; n++) {
        const key = `fault-${worker}-${n}`;
        const started = Date.now();
        sent++;
        try {
          const res = await request(app.getHttpServer())
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('authorization', `Bearer ${writer}`)
            .timeout(10_000)
            .send({
              query: ADD,
              variables: {
                caseId,
                input: { kind: 'NOTE', text: `Notat ${key}`, idempotencyKey: key },
              },
            });
          slowest = Math.max(slowest, Date.now() - started);
          const id = (res.body as { data?: { addJournalEntry?: { id: string } } }).data
            ?.addJournalEntry?.id;
          if (id) {
            acknowledged.set(key, id);
            lastSuccess = Date.now();
          } else {
            const code = String(res.body.errors?.[0]?.extensions?.code);
            refused.set(code, (refused.get(code) ?? 0) + 1);
            if (code !== 'SERVICE_UNAVAILABLE' || /stacktrace|ECONNREFUSED/.test(res.text))
              unexpected.push(`${key}: ${res.status} ${res.text.slice(0, 300)}`);
          }
        } catch (error) {
          unexpected.push(`${key}: ${String(error)} after ${Date.now() - started} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await sleep(1500);
    const beforeOutage = acknowledged.size;
    expect(beforeOutage).toBeGreaterThan(0);
    await pg.stop();
    await sleep(2000);
    const health = await request(app.getHttpServer()).get('/health').timeout(5000);
    expect(health.status).toBe(503);
    const duringOutage = acknowledged.size;

    pg = await start();
    const restarted = Date.now();
    while (lastSuccess < restarted && Date.now() - restarted < 15_000) await sleep(50);
    const recoveredMs = lastSuccess - restarted;
    await sleep(1500);
    running = false;
    await Promise.all(loops);

    expect(unexpected).toEqual([]);
    expect(slowest).toBeLessThan(5000);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(recoveredMs).toBeLessThan(10_000);
    expect(refused.get('SERVICE_UNAVAILABLE') ?? 0).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(duringOutage);
    expect((await request(app.getHttpServer()).get('/health')).status).toBe(200);

    // Every entry the load wrote, committed or not acknowledged, with its head and audit row.
    const check = new Client({ connectionString: pg.url });
    await check.connect();
    const rows = (
      await check.query<{ id: string; key: string; heads: number; audits: number }>(
        `SELECT e.id, e.idempotency_key AS key,
                (SELECT count(*)::int FROM journal_heads h WHERE h.root_id = e.id AND h.latest_id = e.id) AS heads,
                (SELECT count(*)::int FROM audit_events a
                  WHERE a.action = 'addJournalEntry' AND a.access = 'WRITE' AND a.args ->> 'entryId' = e.id::text) AS audits
           FROM journal_entries e WHERE e.case_id = $1 AND e.idempotency_key LIKE 'fault-%'`,
        [caseId],
      )
    ).rows;
    await check.end();
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
    const lost = [...acknowledged].filter(([key, id]) => byKey.get(key)?.join() !== id);
    const halfWritten = rows.filter((row) => row.heads !== 1 || row.audits !== 1);
    expect(lost).toEqual([]);
    expect(halfWritten).toEqual([]);
    // Written but never acknowledged (the answer was lost with the connection): whole, or absent.
    const unacknowledged = rows.filter((row) => !acknowledged.has(row.key)).length;
    if (process.env.RELIABILITY_REPORT)
      process.stderr.write(
        `write load: ${sent} calls, ${acknowledged.size} acknowledged (${beforeOutage} before the outage), ` +
          `refused ${JSON.stringify(Object.fromEntries(refused))}, slowest ${slowest} ms, ` +
          `recovered ${recoveredMs} ms after restart, ${rows.length} entries in the database ` +
          `(${unacknowledged} committed but unacknowledged), lost 0, half-written 0\n`,
      );
  }, 60_000);
});
