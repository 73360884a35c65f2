import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { signLocalToken } from 'src/common/auth/tokens';
import { DEV_SIGNING_KEY } from 'src/config/app-config';
import { type ApiProcess, ensureApiBuilt, freePort, startApi } from 'test/utils/api-process';
import { idOfTeam, insertCase } from 'test/factories/cases';
import { idOfDistrict, idOfStaff, TestClock, type TestApp } from 'test/utils/test-app';
import { createTestDatabase, type TestDatabase } from 'test/utils/test-database';

/*
 * Scale-out with real processes (`dist/src/main.js`, as `npm start` runs it) on one database:
 * two instances, each with its own rate-limit budget without Redis and one shared budget with
 * it; a journal entry written through one instance reaches a subscriber on the other; and one
 * instance of two cluster workers (WEB_CONCURRENCY=2) that share the port and one budget,
 * restart a worker that dies and stop together. The Redis case needs a Redis at
 * 127.0.0.1:6379 and is skipped, saying so, where none answers; the others need no Redis.
 */

const ME = '{ me { email } }';
const NURSE = 'nurse.nord@demo.local';

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
    worker?: number;
    redis?: string;
  };
}

/** One request on a connection of its own (a cluster hands connections to workers in turn). */
function request(
  url: string,
  options: { path?: string; query?: string; variables?: unknown; token?: string } = {},
): Promise<Answer> {
  const body = options.query
    ? JSON.stringify({ query: options.query, variables: options.variables ?? {} })
    : undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${options.path ?? '/graphql'}`,
      {
        method: body ? 'POST' : 'GET',
        agent: false,
        headers: {
          connection: 'close',
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const health = (api: ApiProcess) => request(api.url, { path: '/health' });
const me = (api: ApiProcess, token: string) => request(api.url, { query: ME, token });
const refused = (answer: Answer) =>
  answer.status === 429 && answer.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED';
const served = (answer: Answer) => answer.status === 200 && !answer.body.errors;

/** Whether a Redis answers PING at 127.0.0.1:6379 within a second. */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const apis: ApiProcess[] = [];
const databases: TestDatabase[] = [];
let nurseToken: string;

beforeAll(async () => {
  ensureApiBuilt();
  nurseToken = await signLocalToken(NURSE, DEV_SIGNING_KEY);
}, 180_000);

afterAll(async () => {
  await Promise.all(apis.map((api) => api.stop()));
  await Promise.all(databases.map((database) => database.drop()));
}, 60_000);

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase();
  databases.push(created);
  return created;
}

async function started(...pending: Promise<ApiProcess>[]): Promise<ApiProcess[]> {
  const all = await Promise.allSettled(pending);
  for (const result of all) if (result.status === 'fulfilled') apis.push(result.value);
  const failed = all.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return all.map((result) => (result as PromiseFulfilledResult<ApiProcess>).value);
}

describe('two instances without Redis (one with a Redis that does not answer)', () => {
  let db: TestDatabase;
  let plain: ApiProcess;
  let redisDown: ApiProcess;

  beforeAll(async () => {
    db = await database();
    const nowhere = await freePort();
    [plain, redisDown] = await started(
      startApi(db, { RATE_LIMIT_PER_MINUTE: '3' }),
      startApi(db, { RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: `redis://127.0.0.1:${nowhere}` }),
    );
  }, 180_000);

  it('gives each instance its own budget: N instances allow N times the rate', async () => {
    for (let i = 0; i < 3; i++) expect(served(await me(plain, nurseToken))).toBe(true);
    expect(refused(await me(plain, nurseToken))).toBe(true);
    // The other instance has not counted those.
    for (let i = 0; i < 3; i++) expect(served(await me(redisDown, nurseToken))).toBe(true);
    expect(refused(await me(redisDown, nurseToken))).toBe(true);
  });

  it('serves while its Redis does not answer, on its own buckets, and says so in /health and the log', async () => {
    expect((await health(redisDown)).body).toEqual({ status: 'ok', database: 'up', redis: 'down' });
    expect((await health(plain)).body).toEqual({ status: 'ok', database: 'up' });
    expect(redisDown.log()).toContain('the rate limit is per process until it does');
  });

  it('delivers a journal entry written through one instance to a subscriber on the other', async () => {
    const pg = new PgClient({ connectionString: db.ownerUrl });
    await pg.connect();
    try {
      // The factories' rows, written as the owner role, dated now (the processes' clock).
      const t = {
        dataSource: {
          query: async (sql: string, parameters?: unknown[]) =>
            (await pg.query(sql, parameters)).rows,
        },
        clock: new TestClock(new Date().toISOString()),
      } as unknown as TestApp;
      const { caseId } = await insertCase(t, {
        teamId: await idOfTeam(t, 'Vurderingsteam Nord'),
        districtId: await idOfDistrict(t, 'Nord'),
        coordinatorId: await idOfStaff(t, 'coordinator.nord@demo.local'),
      });
      const subscriber = 'coordinator.nord@demo.local';
      const client = createClient({
        url: `ws://127.0.0.1:${plain.port}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: {
          authorization: `Bearer ${await signLocalToken(subscriber, DEV_SIGNING_KEY)}`,
        },
      });
      const received: unknown[] = [];
      client.subscribe(
        {
          query: 'subscription($caseId: ID!) { journalEntryAdded(caseId: $caseId) { id text } }',
          variables: { caseId },
        },
        {
          next: (value) => received.push(value.data ?? value.errors),
          error: (error) => received.push({ error }),
          complete: () => undefined,
        },
      );
      try {
        // The subscription is live once its audit row is written.
        await until('the subscription', async () => {
          const audit = await pg.query(
            `SELECT 1 FROM audit_events a JOIN staff_members s ON s.id = a.actor_id
              WHERE a.action = 'journalEntryAdded' AND s.email = $1 AND $2 = ANY(a.case_ids)`,
            [subscriber, caseId],
          );
          return (audit.rowCount ?? 0) > 0;
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const written = await request(redisDown.url, {
          query: `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
            addJournalEntry(caseId: $caseId, input: $input) { id } }`,
          variables: {
            caseId,
            input: { kind: 'NOTE', text: 'Skrevet gjennom den andre instansen' },
          },
          token: await signLocalToken('physio.nord@demo.local', DEV_SIGNING_KEY),
        });
        expect(written.body.errors).toBeUndefined();
        const id = (written.body.data as { addJournalEntry: { id: string } }).addJournalEntry.id;
        await until('the delivery', () => received.length > 0, 10_000);
        expect(received[0]).toEqual({
          journalEntryAdded: { id, text: 'Skrevet gjennom den andre instansen' },
        });
      } finally {
        await client.dispose();
      }
    } finally {
      await pg.end();
    }
  });
});

describe('two instances sharing a rate limit through Redis (REDIS_URL)', () => {
  let available = false;
  let first: ApiProcess;
  let second: ApiProcess;

  beforeAll(async () => {
    available = await redisAnswers();
    if (!available) {
      console.warn('No Redis answers at 127.0.0.1:6379: the shared rate-limit test is skipped.');
      return;
    }
    const db = await database();
    // Keys of this run only: other runs may use the same Redis and the same staff.
    const env = {
      RATE_LIMIT_PER_MINUTE: '4',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `kartlegg-test-${process.pid}-${Date.now()}:`,
    };
    [first, second] = await started(startApi(db, env), startApi(db, env));
  }, 180_000);

  it('counts a staff member once across instances: N instances do not multiply the rate', async () => {
    if (!available) return;
    expect((await health(first)).body).toMatchObject({ redis: 'up' });
    for (const api of [first, second, first, second])
      expect(served(await me(api, nurseToken))).toBe(true);
    const over = await me(second, nurseToken);
    expect(refused(over)).toBe(true);
    // 4 a minute: a token every 15 s (less the time the four requests took).
    const retryAfter = over.body.errors?.[0]?.extensions?.retryAfterSeconds ?? 0;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15);
    expect(refused(await me(first, nurseToken))).toBe(true);
  });
});

describe('one instance of two processes (WEB_CONCURRENCY=2)', () => {
  let api: ApiProcess;
  const workers = () =>
    execFileSync('pgrep', ['-P', String(api.child.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);

  beforeAll(async () => {
    const db = await database();
    [api] = await started(startApi(db, { WEB_CONCURRENCY: '2', RATE_LIMIT_PER_MINUTE: '4' }));
    await until('both workers', () => api.log().includes('with 2 processes'), 60_000);
  }, 180_000);

  it('serves from both workers on the one port', async () => {
    const seen = new Set<number | undefined>();
    for (let i = 0; i < 6; i++) seen.add((await health(api)).body.worker);
    expect([...seen].sort()).toEqual([1, 2]);
    expect(api.log().match(/applied migrations|seeded/g) ?? []).toEqual([]);
  });

  it('shares one budget between its workers (kept by the primary)', async () => {
    for (let i = 0; i < 4; i++) expect(served(await me(api, nurseToken))).toBe(true);
    expect(refused(await me(api, nurseToken))).toBe(true);
    expect(refused(await me(api, nurseToken))).toBe(true);
  });

  it('restarts a worker that dies, and stops every worker on SIGTERM', async () => {
    const [victim] = workers();
    process.kill(victim, 'SIGKILL');
    await until('the restart', () => api.log().includes('died; starting another'));
    // A worker starts in 1–2 s on a quiet machine; allow for a busy one.
    await until(
      'the new worker',
      async () => {
        const answers = await Promise.all([health(api), health(api)]);
        return answers.some((answer) => answer.body.worker === 3);
      },
      100_000,
    );
    const before = workers();
    expect(before).toHaveLength(2);
    expect(before).not.toContain(victim);
    expect(await api.stop()).toBe(0);
    for (const pid of before) expect(() => process.kill(pid, 0)).toThrow();
  }, 150_000);
});
