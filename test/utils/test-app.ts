import { type INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import { type Clock } from 'src/common/clock';
import { createLogger } from 'src/common/logging/logger';
import { signLocalToken } from 'src/common/auth/tokens';
import { type AppConfig, loadConfig } from 'src/config/app-config';
import { createTestDatabase } from 'test/utils/test-database';

/** A clock the test sets: "now" is whatever the test says. */
export class TestClock implements Clock {
  private current: Date;
  constructor(iso = '2026-03-02T09:00:00+01:00') {
    this.current = new Date(iso);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  data: T | null | undefined;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; reason?: string; [k: string]: unknown };
  }[];
}

export interface TestApp {
  app: INestApplication;
  /** The app's own pool: it connects as the runtime role, like the service in production. */
  dataSource: DataSource;
  clock: TestClock;
  config: AppConfig;
  /** The runtime role's URL of this file's database (what the app serves with). */
  databaseUrl: string;
  /** The owner role's URL of the same database. */
  ownerUrl: string;
  /**
   * SQL as the owner role, for what a test does that the service may not (create a trigger,
   * show that the append-only triggers hold even for the owner).
   */
  ownerQuery<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** A bearer token for a seeded (or created) staff member, by e-mail. */
  as(email: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /**
   * Counts the rows of `table` that match `where` (to prove what was or was not written).
   * Values go in `parameters` and are named `$1`, `$2`, ... in `where`, never pasted into it.
   */
  count(table: string, where?: string, parameters?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/** Builds the real app in-process on its own database cloned from the migrated template. */
export async function createTestApp(
  options: { env?: Record<string, string>; clock?: TestClock } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const clock = options.clock ?? new TestClock();
  const app = await createApp({
    config,
    databaseUrl: database.url,
    logger: createLogger(config.LOG_LEVEL),
    clock,
  });
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();
  let owner: Pool | undefined;
  return {
    app,
    dataSource,
    clock,
    config,
    databaseUrl: database.url,
    ownerUrl: database.ownerUrl,
    async ownerQuery<T>(sql: string, parameters: unknown[] = []) {
      owner ??= new Pool({ connectionString: database.ownerUrl, max: 2 });
      return (await owner.query(sql, parameters)).rows as T[];
    },
    as: (email) => signLocalToken(email, config.AUTH_LOCAL_SIGNING_KEY),
    async gql(query, variables = {}, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return {
        status: res.status,
        headers: res.headers as Record<string, string>,
        data: res.body.data,
        errors: res.body.errors,
      };
    },
    async count(table, where = 'TRUE', parameters = []) {
      // A table name cannot be a parameter: accept only a plain identifier.
      if (!/^[a-z_]+$/.test(table)) throw new Error(`count: not a table name: ${table}`);
      const [{ n }] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
        parameters,
      )) as { n: number }[];
      return n;
    },
    async close() {
      await app.close();
      await owner?.end();
      await database.drop();
    },
  };
}

/** The first error's `extensions.code` (and reason), for assertions. */
export function errorOf(result: GqlResult): { code?: string; reason?: string } {
  const ext = result.errors?.[0]?.extensions;
  return { code: ext?.code, reason: ext?.reason };
}

export async function idOfStaff(t: TestApp, email: string): Promise<string> {
  const rows = (await t.dataSource.query('SELECT id FROM staff_members WHERE email = $1', [
    email,
  ])) as { id: string }[];
  return rows[0].id;
}

export async function idOfDistrict(t: TestApp, name: 'Nord' | 'Sør'): Promise<string> {
  const rows = (await t.dataSource.query('SELECT id FROM districts WHERE name = $1', [name])) as {
    id: string;
  }[];
  return rows[0].id;
}
