import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signLocalToken } from 'src/common/auth/tokens';
import { DEV_SIGNING_KEY } from 'src/config/app-config';
import { API_NODE_FLAGS } from './api-process';

/**
 * `npm run load`: many staff members at once on the demo municipality, each with their own
 * token, so the production per-user rate limit (1 200/min) stays on. A closed loop per
 * virtual user (no think time) over a realistic mix of reads and writes; reports latency,
 * throughput, errors by code and the API process's memory. Not part of `npm test`.
 * Starts the API itself (as `npm start` would, on DATABASE_URL) unless --api-url is given.
 */

const ROOT = path.resolve(__dirname, '..', '..');

interface Options {
  databaseUrl: string;
  apiUrl?: string;
  users: number;
  duration: number;
  reset: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      'api-url': { type: 'string' },
      users: { type: 'string', default: '50' },
      duration: { type: 'string', default: '60' },
      reset: { type: 'boolean', default: false },
    },
  });
  return {
    databaseUrl:
      values['database-url'] ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/kartlegg_load',
    apiUrl: values['api-url'],
    users: Number(values.users),
    duration: Number(values.duration),
    reset: values.reset,
  };
}

/** Creates the database if it does not exist (dropping it first with --reset). */
async function prepareDatabase(databaseUrl: string, reset: boolean): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    if (reset) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function waitFor(url: string, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface Answer {
  ok: boolean;
  code?: string;
  data?: Record<string, unknown>;
}

async function call(
  apiUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  try {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json().catch(() => ({}))) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.errors?.length)
      return { ok: false, code: body.errors[0].extensions?.code ?? `HTTP_${res.status}` };
    if (!res.ok || !body.data) return { ok: false, code: `HTTP_${res.status}` };
    return { ok: true, data: body.data };
  } catch (error) {
    return { ok: false, code: (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK' };
  }
}

const DASHBOARD = `query($teamId: ID!) { teamDashboard(teamId: $teamId) {
  team { name } today openCaseCount overdueCount atRiskCount
  countsByStatus { status count }
  casesPerCoordinator { coordinator { name } openCases overdue atRisk }
  openCases { id status deadlineDate daysRemaining isOverdue atRisk patient { givenName familyName } coordinator { name } } } }`;
const CASE = `query($id: ID!) { assessmentCase(id: $id) {
  id status deadlineDate daysRemaining isOverdue atRisk patient { givenName familyName } coordinator { name } } }`;
const JOURNAL = `query($caseId: ID!) { journal(caseId: $caseId, first: 50) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id rootId version kind text writtenAt author { name } } } } }`;
const ADD_ENTRY = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id } }`;
const ADD_GOAL = `mutation($caseId: ID!, $input: AddGoalInput!) {
  addGoal(caseId: $caseId, input: $input) { id version } }`;
const UPDATE_GOAL = `mutation($goalId: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { id version } }`;
const CREATE_STAFF = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`;
const ADD_MEMBERSHIP = `mutation($input: TeamMembershipInput!) { addTeamMembership(input: $input) { id } }`;

/** The mix, by weight: mostly reads, as on a working day. */
const MIX: { op: string; weight: number }[] = [
  { op: 'teamDashboard', weight: 20 },
  { op: 'assessmentCase', weight: 30 },
  { op: 'journal', weight: 30 },
  { op: 'addJournalEntry', weight: 12 },
  { op: 'updateGoal', weight: 8 },
];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const apiUrl = options.apiUrl ?? 'http://127.0.0.1:3110';
  let api: ChildProcess | undefined;
  const stop = () => api?.kill('SIGTERM');
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    if (!options.apiUrl) {
      await prepareDatabase(options.databaseUrl, options.reset);
      api = spawn(process.execPath, [...API_NODE_FLAGS, 'dist/src/main.js'], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_PATH: 'dist',
          DATABASE_URL: options.databaseUrl,
          PORT: '3110',
          // Local tokens are refused in production; everything else as in production,
          // including the per-user rate limit (RATE_LIMIT_PER_MINUTE is not overridden).
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'true',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      api.on('exit', (code) => {
        if (code && code !== 143) process.stderr.write(`api exited with ${code}\n`);
      });
    }
    await waitFor(apiUrl);
    const key = process.env.AUTH_LOCAL_SIGNING_KEY ?? DEV_SIGNING_KEY;

    // The demo's Nord somatic team and its open cases.
    const db = new Client({ connectionString: options.databaseUrl });
    await db.connect();
    const { rows: teams } = await db.query<{ id: string }>(
      `SELECT t.id FROM assessment_teams t JOIN districts d ON d.id = t.district_id
        WHERE d.name = 'Nord' AND t.service_area = 'SOMATIC'`,
    );
    const teamId = teams[0].id;
    const { rows: cases } = await db.query<{ id: string; status: string }>(
      `SELECT id, status FROM assessment_cases WHERE team_id = $1 AND status IN ('ACTIVE', 'ON_HOLD') ORDER BY id`,
      [teamId],
    );
    if (!cases.length) throw new Error('no open cases in the Nord team: seed the demo data');
    const caseIds = cases.map((c) => c.id);

    // One staff member per virtual user, created through the admin API on first use.
    const admin = await signLocalToken('admin@demo.local', key);
    const tokens: string[] = [];
    for (let i = 1; i <= options.users; i++) {
      const email = `load.user${String(i).padStart(3, '0')}@demo.local`;
      const created = await call(apiUrl, admin, CREATE_STAFF, {
        input: { email, name: `Lastbruker ${i}`, profession: 'NURSE' },
      });
      const staffId =
        ((created.data?.createStaffMember as { id: string } | undefined)?.id ??
          (await db.query<{ id: string }>('SELECT id FROM staff_members WHERE email = $1', [email]))
            .rows[0]?.id) ||
        '';
      if (!staffId) throw new Error(`could not create ${email}: ${created.code}`);
      const joined = await call(apiUrl, admin, ADD_MEMBERSHIP, { input: { staffId, teamId } });
      if (!joined.ok && joined.code !== 'CONFLICT')
        throw new Error(`could not add ${email} to the team: ${joined.code}`);
      tokens.push(await signLocalToken(email, key));
    }

    // A goal on each active case for updateGoal (its versions are shared by all users).
    const goals: { id: string; version: number }[] = [];
    const coordinator = await signLocalToken('coordinator.nord@demo.local', key);
    const targetDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    for (const c of cases.filter((k) => k.status === 'ACTIVE')) {
      const added = await call(apiUrl, coordinator, ADD_GOAL, {
        caseId: c.id,
        input: { text: 'Klare å dusje selv med støtte', targetDate, whatMatters: 'Bo hjemme' },
      });
      const goal = added.data?.addGoal as { id: string; version: number } | undefined;
      if (goal) goals.push({ ...goal });
      else process.stderr.write(`addGoal on ${c.id} answered ${added.code}\n`);
    }
    await db.end();

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
    process.stdout.write(
      `kartlegg load: ${machine}; ${options.users} users (own tokens, rate limit on), ` +
        `${options.duration} s, ${caseIds.length} open cases, ${goals.length} goals\n`,
    );

    const latencies: Record<string, number[]> = {};
    const errors: Record<string, Record<string, number>> = {};
    const ops = MIX.flatMap((m) => Array<string>(m.weight).fill(m.op));
    const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
    let rssPeak = 0;
    const rssSamples: number[] = [];
    const sampler = api?.pid
      ? setInterval(() => {
          const rss = rssMiB(api!.pid!);
          if (rss !== null) {
            rssPeak = Math.max(rssPeak, rss);
            rssSamples.push(rss);
          }
        }, 500)
      : undefined;
    const rssBefore = api?.pid ? rssMiB(api.pid) : null;

    let serial = 0;
    const started = performance.now();
    const until = started + options.duration * 1000;
    const user = async (token: string, index: number) => {
      while (performance.now() < until) {
        let op = pick(ops);
        if (op === 'updateGoal' && !goals.length) op = 'journal';
        const t0 = performance.now();
        let answer: Answer;
        switch (op) {
          case 'teamDashboard':
            answer = await call(apiUrl, token, DASHBOARD, { teamId });
            break;
          case 'assessmentCase':
            answer = await call(apiUrl, token, CASE, { id: pick(caseIds) });
            break;
          case 'journal':
            answer = await call(apiUrl, token, JOURNAL, { caseId: pick(caseIds) });
            break;
          case 'addJournalEntry':
            answer = await call(apiUrl, token, ADD_ENTRY, {
              caseId: pick(caseIds),
              input: {
                kind: 'HOME_VISIT',
                text: `Hjemmebesøk ${++serial}: bruker i god form, spiste frokost selv.`,
                idempotencyKey: `load-${process.pid}-${index}-${serial}`,
              },
            });
            break;
          default: {
            const goal = pick(goals);
            answer = await call(apiUrl, token, UPDATE_GOAL, {
              goalId: goal.id,
              expectedVersion: goal.version,
              input: { whatMatters: `Bo hjemme (${++serial})` },
            });
            const updated = answer.data?.updateGoal as { version: number } | undefined;
            if (updated) goal.version = Math.max(goal.version, updated.version);
          }
        }
        (latencies[op] ??= []).push(performance.now() - t0);
        if (!answer.ok) {
          const code = answer.code ?? 'UNKNOWN';
          (errors[op] ??= {})[code] = (errors[op]?.[code] ?? 0) + 1;
        }
      }
    };
    await Promise.all(tokens.map((token, i) => user(token, i)));
    const elapsed = (performance.now() - started) / 1000;
    if (sampler) clearInterval(sampler);

    const row = (name: string, values: number[], errs: Record<string, number> = {}) => {
      const sorted = [...values].sort((a, b) => a - b);
      const errText = Object.entries(errs)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
      return (
        `${name.padEnd(16)} ${String(values.length).padStart(7)} ` +
        `${(values.length / elapsed).toFixed(1).padStart(8)} ` +
        `${percentile(sorted, 50).toFixed(0).padStart(7)} ${percentile(sorted, 95).toFixed(0).padStart(7)} ` +
        `${percentile(sorted, 99).toFixed(0).padStart(7)}  ${errText || '—'}\n`
      );
    };
    process.stdout.write(
      `\n${'operation'.padEnd(16)} ${'calls'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  errors\n`,
    );
    for (const { op } of MIX) process.stdout.write(row(op, latencies[op] ?? [], errors[op]));
    const all = Object.values(latencies).flat();
    const allErrors: Record<string, number> = {};
    for (const byCode of Object.values(errors))
      for (const [code, n] of Object.entries(byCode)) allErrors[code] = (allErrors[code] ?? 0) + n;
    process.stdout.write(row('all', all, allErrors));
    const unexpected = Object.entries(allErrors).filter(([code]) => code !== 'CONFLICT');
    if (rssBefore !== null)
      process.stdout.write(
        `\nAPI RSS: ${rssBefore.toFixed(0)} MiB before, peak ${rssPeak.toFixed(0)} MiB, ` +
          `${(rssSamples.at(-1) ?? 0).toFixed(0)} MiB at the end\n`,
      );
    process.stdout.write(
      `${elapsed.toFixed(1)} s; unexpected errors: ${
        unexpected.length ? unexpected.map(([c, n]) => `${c} ${n}`).join(', ') : 'none'
      } (CONFLICT on updateGoal is expected: users race for the same goal version)\n`,
    );
    if (unexpected.length) process.exitCode = 1;
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
