import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { signLocalToken } from 'src/common/auth/tokens';
import { DEV_SIGNING_KEY } from 'src/config/app-config';
import { SEARCH_TERMS } from '../scripts/scale/journal-text';
import { apiProcessArgs } from './api-process';

/**
 * `npm run bench`: latency and throughput of kartlegg on the scale database
 * (`npm run seed:scale`), side by side with the raw-SQL floor (floor-server.ts) and
 * PostGraphile 4 (bench/peer), all measured with autocannon over HTTP on this machine.
 * Starts the three servers itself unless --api-url names a running API.
 */

const ROOT = path.resolve(__dirname, '..', '..');

interface Options {
  databaseUrl: string;
  apiUrl?: string;
  duration: number;
  warmup: number;
  connections: number;
  only?: string[];
  peer: boolean;
  /** More Node flags for the API process, as argv (it always runs with API_NODE_FLAGS). */
  apiNodeOptions?: string;
  /** The API's port; the floor and PostGraphile take the next two (another bench may run). */
  portBase: number;
  /** API processes on the one port (WEB_CONCURRENCY); 1 = no cluster. */
  apiProcesses: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      'api-url': { type: 'string' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '20' },
      only: { type: 'string' },
      'no-peer': { type: 'boolean', default: false },
      'api-node-options': { type: 'string' },
      'port-base': { type: 'string', default: '3100' },
      'api-processes': { type: 'string', default: '1' },
    },
  });
  return {
    databaseUrl:
      values['database-url'] ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/kartlegg_scale',
    apiUrl: values['api-url'],
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    only: values.only?.split(','),
    peer: !values['no-peer'],
    apiNodeOptions: values['api-node-options'],
    portBase: Number(values['port-base']),
    apiProcesses: Number(values['api-processes']),
  };
}

interface Fixtures {
  teamId: string;
  reader: string;
  writer: string;
  journalCaseId: string;
  journalCaseEntries: number;
  openCaseIds: string[];
  openCases: number;
  journalEntries: number;
  /** Clients per goal in the updateGoal scenario. */
  contention: number;
  /** Staff of the team who may read and write the journal: the API load is spread over them. */
  caseWorkers: string[];
  /** Staff of the team who may edit goal plans. */
  planEditors: string[];
}

async function fixtures(databaseUrl: string): Promise<Fixtures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
      (await db.query(sql, params)).rows[0] as T;
    const { team_id: teamId } = await one<{ team_id: string }>(
      `SELECT m.team_id FROM team_memberships m JOIN staff_members s ON s.id = m.staff_id
        WHERE s.email = 'coordinator.d01@scale.local'`,
    );
    // The busiest journal of the team: a full first page.
    const busiest = await one<{ id: string; n: number }>(
      `SELECT h.case_id AS id, count(*)::int AS n FROM journal_heads h
        WHERE h.case_id IN (SELECT id FROM assessment_cases WHERE team_id = $1)
        GROUP BY h.case_id ORDER BY count(*) DESC, h.case_id LIMIT 1`,
      [teamId],
    );
    const open = await db.query<{ id: string }>(
      `SELECT id FROM assessment_cases WHERE team_id = $1 AND status IN ('ACTIVE', 'ON_HOLD') ORDER BY id`,
      [teamId],
    );
    const { n: journalEntries } = await one<{ n: number }>(
      `SELECT reltuples::bigint::int AS n FROM pg_class WHERE relname = 'journal_entries'`,
    );
    const staff = await db.query<{ email: string; profession: string }>(
      `SELECT s.email, s.profession FROM staff_members s JOIN team_memberships m ON m.staff_id = s.id
        WHERE m.team_id = $1 AND s.active ORDER BY s.email`,
      [teamId],
    );
    const caseWorkers = staff.rows
      .filter((r) => !['LEADER', 'HOME_CARE', 'ADMIN', 'PRIVACY_OFFICER'].includes(r.profession))
      .map((r) => r.email);
    const planEditors = staff.rows
      .filter((r) =>
        [
          'NURSE',
          'SOCIAL_EDUCATOR',
          'PHYSIOTHERAPIST',
          'OCCUPATIONAL_THERAPIST',
          'COORDINATOR',
        ].includes(r.profession),
      )
      .map((r) => r.email);
    return {
      teamId,
      caseWorkers,
      planEditors,
      reader: 'coordinator.d01@scale.local',
      writer: 'nurse.d01@scale.local',
      journalCaseId: busiest.id,
      journalCaseEntries: busiest.n,
      openCaseIds: open.rows.map((r) => r.id),
      openCases: open.rows.length,
      journalEntries,
      contention: 4,
    };
  } finally {
    await db.end();
  }
}

interface Target {
  url: string;
  token: string;
  /** API targets: requests take these staff tokens in turn, as many users would. */
  tokens?: string[];
  /** One body, or a new one per request (writes). */
  body: string | ((context: Record<string, unknown>) => string);
  /** Sees each response body (e.g. to learn a goal's latest version); `context` is per client. */
  onBody?: (body: string, context: Record<string, unknown>) => void;
  /** GraphQL errors with this code are the expected outcome, not failures (CONFLICT). */
  expectedError?: string;
}

interface Scenario {
  key: string;
  title: string;
  /** Fewer clients than the default, for a query too slow for 20 at once. */
  connections?: number;
  api?: Target;
  floor?: Target;
  peer?: Target;
  /** What the API's answer must contain, checked once before measuring. */
  expect?: (data: unknown) => string | null;
}

const gql = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

const DASHBOARD = `query($teamId: ID!) { teamDashboard(teamId: $teamId) {
  team { name } today openCaseCount overdueCount atRiskCount
  countsByStatus { status count }
  casesPerCoordinator { coordinator { name } openCases overdue atRisk }
  openCases { id status deadlineDate daysRemaining isOverdue atRisk patient { givenName familyName } coordinator { name } } } }`;
const PEER_DASHBOARD = `query($team: UUID!) {
  teamStatusCounts(team: $team) { nodes { status count } }
  teamCoordinatorLoads(team: $team) { nodes { coordinatorName openCases overdue atRisk } }
  teamOpenCases(team: $team) { nodes { id status deadlineDate daysRemaining isOverdue atRisk
    patientByPatientId { givenName familyName } staffByCoordinatorId { name } } } }`;
const CASES = `query($teamId: ID!, $status: [CaseStatus!], $first: Int) {
  assessmentCases(first: $first, filter: { teamId: $teamId, status: $status }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status deadlineDate daysRemaining isOverdue atRisk goalCount
      patient { givenName familyName } coordinator { name }
      latestJournalEntry { text writtenAt author { name } } } } } }`;
const PEER_CASES = `query($team: UUID!, $statuses: [String], $first: Int) {
  casesPage(team: $team, statuses: $statuses, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id status deadlineDate daysRemaining isOverdue atRisk goalCount
      patientByPatientId { givenName familyName } staffByCoordinatorId { name }
      latestJournalEntry { text writtenAt staffByAuthorId { name } } } } }`;
const JOURNAL = `query($caseId: ID!, $first: Int, $search: String) {
  journal(caseId: $caseId, first: $first, search: $search) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rootId version kind text writtenAt highlight author { name } } } } }`;
const PEER_JOURNAL = `query($caseId: UUID!, $first: Int) {
  journal(caseId: $caseId, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id rootId version kind text writtenAt staffByAuthorId { name } } } }`;
const PEER_JOURNAL_SEARCH = `query($caseId: UUID!, $first: Int, $q: String!) {
  journalSearch(caseId: $caseId, q: $q, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id rootId version kind text writtenAt highlight(q: $q) staffByAuthorId { name } } } }`;
const TEAM_SEARCH = `query($teamId: ID!, $search: String!, $first: Int) {
  teamJournalSearch(teamId: $teamId, search: $search, first: $first) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
    edges { node { id caseId kind writtenAt highlight author { name } } } } }`;
// The capped count is its own function: PostGraphile's totalCount would count every hit.
const PEER_TEAM_SEARCH = `query($team: UUID!, $first: Int, $q: String!) {
  teamJournalSearchCount(team: $team, q: $q)
  teamJournalSearch(team: $team, q: $q, first: $first) {
    pageInfo { hasNextPage endCursor }
    nodes { id caseId kind writtenAt highlight(q: $q) staffByAuthorId { name } } } }`;
const ADD_GOAL = `mutation($caseId: ID!, $input: AddGoalInput!) {
  addGoal(caseId: $caseId, input: $input) { id version } }`;
const UPDATE_GOAL = `mutation($goalId: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { id version } }`;
// Issue 16 (Syddjurs): the team's tariff budget over a year of decisions.
const BUDGET = `query($teamId: ID!, $from: Date!, $to: Date!) {
  teamBudget(teamId: $teamId, from: $from, to: $to) {
    total { decisions tariffWeeks amount } previousTotal { decisions tariffWeeks amount } amountChange
    lines { category band amountChange current { decisions tariffWeeks amount } previous { decisions tariffWeeks amount } } } }`;
const ADD_ENTRY = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id version writtenAt } }`;

function scenarios(
  f: Fixtures,
  urls: Urls,
  tokens: Record<string, string>,
  pools: { caseWorkers: string[]; planEditors: string[] },
  goals: { id: string; version: number }[],
): Scenario[] {
  // The API's load is spread over the team's staff, so the production rate limit
  // (RATE_LIMIT_PER_MINUTE per user) stays on, as it would with many users.
  const api = (body: Target['body'], token = tokens.reader, pool = pools.caseWorkers): Target => ({
    url: `${urls.api}/graphql`,
    token,
    tokens: pool,
    body,
  });
  const floor = (route: string, body: Record<string, unknown>): Target => ({
    url: `${urls.floor}${route}`,
    token: tokens.reader,
    body: JSON.stringify(body),
  });
  const peer = (body: string): Target => ({
    url: `${urls.peer}/graphql`,
    token: tokens.reader,
    body,
  });
  const open = ['ACTIVE', 'ON_HOLD'];
  const term = SEARCH_TERMS[0];
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  let next = 0;
  // Contention: every goal is edited by several clients at once, each sending the latest
  // version it has seen; the losers get CONFLICT (no lost update), as in the UI.
  const versions = new Map(goals.map((g) => [g.id, g.version]));
  let edit = 0;
  return [
    {
      key: 'dashboard',
      title: `(1) teamDashboard, ${f.openCases} open cases`,
      api: api(gql(DASHBOARD, { teamId: f.teamId })),
      floor: floor('/dashboard', { teamId: f.teamId }),
      peer: peer(gql(PEER_DASHBOARD, { team: f.teamId })),
      expect: (d) =>
        (d as { teamDashboard?: { openCases: unknown[] } }).teamDashboard?.openCases.length
          ? null
          : 'no open cases',
    },
    {
      key: 'cases',
      title: '(2) assessmentCases, page of 50 (team, open)',
      api: api(gql(CASES, { teamId: f.teamId, status: open, first: 50 })),
      floor: floor('/cases', { teamId: f.teamId, statuses: open, first: 50 }),
      peer: peer(gql(PEER_CASES, { team: f.teamId, statuses: open, first: 50 })),
      expect: (d) =>
        (d as { assessmentCases?: { edges: unknown[] } }).assessmentCases?.edges.length === 50
          ? null
          : 'page is not 50 cases',
    },
    {
      key: 'cases-all',
      title: '(2b) assessmentCases, page of 50 (team, all 5 years)',
      api: api(gql(CASES, { teamId: f.teamId, first: 50 })),
      floor: floor('/cases', { teamId: f.teamId, first: 50 }),
      peer: peer(gql(PEER_CASES, { team: f.teamId, first: 50 })),
    },
    {
      key: 'journal',
      title: `(3) journal of one case, first 50 of ${f.journalCaseEntries}`,
      api: api(gql(JOURNAL, { caseId: f.journalCaseId, first: 50 })),
      floor: floor('/journal', { caseId: f.journalCaseId, first: 50 }),
      peer: peer(gql(PEER_JOURNAL, { caseId: f.journalCaseId, first: 50 })),
      expect: (d) =>
        (d as { journal?: { edges: unknown[] } }).journal?.edges.length === 50
          ? null
          : 'journal page is not 50 entries',
    },
    {
      key: 'journal-search',
      title: `(3) search "${term}" in one case's journal`,
      api: api(gql(JOURNAL, { caseId: f.journalCaseId, first: 50, search: term })),
      floor: floor('/journal', { caseId: f.journalCaseId, first: 50, search: term }),
      peer: peer(gql(PEER_JOURNAL_SEARCH, { caseId: f.journalCaseId, first: 50, q: term })),
    },
    {
      key: 'team-search',
      title: `(3) teamJournalSearch "${term}" over all journals of the team, first 50 (count capped at 1000; 4 clients)`,
      // 4 clients, as when the scenario was first measured (raw SQL through the cases: 4 s).
      connections: 4,
      api: api(gql(TEAM_SEARCH, { teamId: f.teamId, search: term, first: 50 })),
      floor: floor('/team-search', { teamId: f.teamId, search: term, first: 50 }),
      peer: peer(gql(PEER_TEAM_SEARCH, { team: f.teamId, q: term, first: 50 })),
      expect: (d) =>
        (d as { teamJournalSearch?: { edges: unknown[] } }).teamJournalSearch?.edges.length === 50
          ? null
          : 'page is not 50 hits',
    },
    {
      key: 'budget',
      title: `(16) teamBudget over the last 365 days and the 365 before (${yearAgo} – ${today})`,
      api: api(gql(BUDGET, { teamId: f.teamId, from: yearAgo, to: today })),
      expect: (d) =>
        ((d as { teamBudget?: { total: { decisions: number } } }).teamBudget?.total.decisions ??
          0) > 0
          ? null
          : 'no decisions in force (seed with decisions: npm run seed:scale)',
    },
    {
      key: 'add-entry',
      title: '(4) addJournalEntry, audit on',
      api: api(() => {
        const caseId = f.openCaseIds[next++ % f.openCaseIds.length];
        return gql(ADD_ENTRY, {
          caseId,
          input: {
            kind: 'PHONE_CALL',
            text: `Telefon fra datteren ${next}. Hun forteller at moren har vært svimmel og redd for å falle. Avtalt hjemmebesøk på torsdag.`,
          },
        });
      }, tokens.writer),
    },
    ...(goals.length
      ? [
          {
            key: 'update-goal',
            title: `(5) updateGoal under contention: ${goals.length} goals, ${f.contention} clients each`,
            api: {
              ...api(
                (context) => {
                  const goal = goals[edit++ % goals.length];
                  context.goal = goal.id;
                  return gql(UPDATE_GOAL, {
                    goalId: goal.id,
                    expectedVersion: versions.get(goal.id),
                    input: { text: `Klare å gå til butikken uten hjelp innen ${edit % 28} dager` },
                  });
                },
                tokens.writer,
                pools.planEditors,
              ),
              // The loser reads the goal again (the answer names the current version) and retries.
              onBody: (text: string, context: Record<string, unknown>) => {
                const match = /"version":(\d+)/.exec(text) ?? /"currentVersion":(\d+)/.exec(text);
                const id = context.goal as string;
                if (match) versions.set(id, Math.max(versions.get(id) ?? 0, Number(match[1])));
              },
              expectedError: 'CONFLICT',
            },
          },
        ]
      : []),
  ];
}

interface Urls {
  api: string;
  floor: string;
  peer: string;
}

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  /** Non-2xx, timeouts and GraphQL errors (a rate-limited or failed request is no result). */
  errors: number;
  /** Answers with the expected error (CONFLICT under contention). */
  expected: number;
  /**
   * The API's own Server-Timing header, summed over all answers: time spent writing audit
   * rows, and time from the request reaching GraphQL to the response (milliseconds).
   */
  serverTiming?: { audit: number; app: number };
}

const SERVER_TIMING = /audit;dur=([\d.]+), app;dur=([\d.]+)/;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(target: Target, seconds: number, connections: number): Promise<Measured> {
  const latencies: number[] = [];
  const dynamic = typeof target.body === 'function' ? target.body : null;
  let failed = 0;
  let expected = 0;
  const timing = { audit: 0, app: 0, seen: 0 };
  const inspect = (
    _status: number,
    text: string,
    context: object,
    headers?: IncomingHttpHeaders,
  ) => {
    const header = headers?.['server-timing'];
    const match = typeof header === 'string' ? SERVER_TIMING.exec(header) : null;
    if (match) {
      timing.audit += Number(match[1]);
      timing.app += Number(match[2]);
      timing.seen++;
    }
    target.onBody?.(text, context as Record<string, unknown>);
    if (!text.includes('"errors"') && !text.includes('"error"')) return;
    if (target.expectedError && text.includes(`"${target.expectedError}"`)) expected++;
    else failed++;
  };
  let turn = 0;
  // Each request is sent as the next staff member of the pool (API targets only).
  const withToken = (req: autocannon.Request): autocannon.Request =>
    target.tokens?.length
      ? {
          ...req,
          headers: {
            ...req.headers,
            authorization: `Bearer ${target.tokens[turn++ % target.tokens.length]}`,
          },
        }
      : req;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        connections,
        duration: seconds,
        timeout: 30,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
        body: dynamic ? undefined : (target.body as string),
        requests: [
          {
            ...(dynamic
              ? {
                  setupRequest: (req: autocannon.Request, context: object) => ({
                    ...withToken(req),
                    body: dynamic(context as Record<string, unknown>),
                  }),
                }
              : target.tokens?.length
                ? { setupRequest: (req: autocannon.Request) => withToken(req) }
                : {}),
            onResponse: inspect,
          },
        ],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors: result.non2xx + result.errors + result.timeouts + failed,
    expected,
    ...(timing.seen ? { serverTiming: { audit: timing.audit, app: timing.app } } : {}),
  };
}

/** One request, to check the answer before measuring (a fast error is no result). */
async function check(target: Target, expect?: (data: unknown) => string | null): Promise<number> {
  const context = {};
  const body = typeof target.body === 'function' ? target.body(context) : target.body;
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body,
  });
  const text = await res.text();
  target.onBody?.(text, context);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown; error?: unknown };
  if (res.status !== 200 || json.errors || json.error || !json.data)
    throw new Error(`${target.url} answered ${res.status}: ${text.slice(0, 500)}`);
  const problem = expect?.(json.data);
  if (problem) throw new Error(`${target.url}: ${problem}`);
  return text.length;
}

function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code && code !== 143) process.stderr.write(`${name} exited with ${code}\n`);
  });
  return child;
}

async function waitFor(url: string, seconds = 120, child?: ChildProcess): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    // A process that has already exited (a refused flag, a bad configuration) will not come up.
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the process exited with ${child.exitCode} before it answered`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function count(databaseUrl: string, table: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  } finally {
    await db.end();
  }
}

async function hasMutation(apiUrl: string, token: string, name: string): Promise<boolean> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name } } }' }),
  });
  const json = (await res.json()) as { data?: { __type?: { fields: { name: string }[] } } };
  return Boolean(json.data?.__type?.fields.some((f) => f.name === name));
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

async function main(): Promise<void> {
  const options = parseOptions();
  const urls: Urls = {
    api: options.apiUrl ?? `http://127.0.0.1:${options.portBase}`,
    floor: `http://127.0.0.1:${options.portBase + 1}`,
    peer: `http://127.0.0.1:${options.portBase + 2}`,
  };
  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    const db = { DATABASE_URL: options.databaseUrl };
    // Node flags go on the API's command line (apiProcessArgs): NODE_OPTIONS refuses --cpu-prof.
    const api = options.apiUrl
      ? undefined
      : start('api', process.execPath, apiProcessArgs(options.apiNodeOptions), {
          ...db,
          NODE_PATH: 'dist',
          PORT: String(options.portBase),
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          WEB_CONCURRENCY: String(options.apiProcesses),
        });
    if (api) children.push(api);
    children.push(
      start('floor', process.execPath, ['dist/bench/floor-server.js'], {
        ...db,
        PORT: String(options.portBase + 1),
      }),
    );
    if (options.peer)
      children.push(
        start('peer', process.execPath, ['bench/peer/server.js', '--install-schema'], {
          ...db,
          PORT: String(options.portBase + 2),
        }),
      );
    const f = await fixtures(options.databaseUrl);
    await Promise.all([
      waitFor(urls.api, 120, api),
      waitFor(urls.floor),
      options.peer ? waitFor(urls.peer) : Promise.resolve(),
    ]);
    const key = process.env.AUTH_LOCAL_SIGNING_KEY ?? DEV_SIGNING_KEY;
    const tokens = {
      reader: await signLocalToken(f.reader, key),
      writer: await signLocalToken(f.writer, key),
    };
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
    process.stdout.write(
      `kartlegg bench: ${machine}; ${f.journalEntries.toLocaleString('en')} journal entries; ` +
        `${options.connections} connections, ${options.duration} s per run (+${options.warmup} s warm-up)\n\n`,
    );
    const goals: { id: string; version: number }[] = [];
    const wantsGoals = !options.only || options.only.includes('update-goal');
    if (wantsGoals && (await hasMutation(urls.api, tokens.reader, 'updateGoal'))) {
      const count = Math.max(1, Math.round(options.connections / f.contention));
      for (const caseId of f.openCaseIds.slice(0, count)) {
        const res = await fetch(`${urls.api}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.writer}` },
          body: gql(ADD_GOAL, {
            caseId,
            input: {
              text: 'Klare å gå til butikken uten hjelp',
              targetDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
            },
          }),
        });
        const json = (await res.json()) as { data?: { addGoal?: { id: string; version: number } } };
        if (!json.data?.addGoal) throw new Error(`addGoal failed: ${JSON.stringify(json)}`);
        goals.push(json.data.addGoal);
      }
    }
    const results: Record<string, Record<string, Measured>> = {};
    const pools = {
      caseWorkers: await Promise.all(f.caseWorkers.map((email) => signLocalToken(email, key))),
      planEditors: await Promise.all(f.planEditors.map((email) => signLocalToken(email, key))),
    };
    for (const scenario of scenarios(f, urls, tokens, pools, goals)) {
      if (options.only && !options.only.includes(scenario.key)) continue;
      const rows: Record<string, Measured> = {};
      process.stdout.write(`${scenario.title}\n`);
      for (const [name, target] of [
        ['kartlegg', scenario.api],
        ['raw SQL', scenario.floor],
        ['PostGraphile', options.peer ? scenario.peer : undefined],
      ] as const) {
        if (!target) continue;
        const bytes = await check(target, name === 'kartlegg' ? scenario.expect : undefined);
        const before =
          scenario.key === 'add-entry'
            ? await Promise.all([
                count(options.databaseUrl, 'journal_entries'),
                count(options.databaseUrl, 'audit_events'),
              ])
            : null;
        const clients = scenario.connections ?? options.connections;
        if (options.warmup > 0) await measure(target, options.warmup, clients);
        const m = await measure(target, options.duration, clients);
        rows[name] = m;
        let extra = `${bytes} B`;
        if (target.expectedError)
          extra = `${m.expected} of ${m.requests} answered ${target.expectedError}; ${((m.requests - m.expected) / options.duration).toFixed(0)} changes/s`;
        if (before) {
          const [entries, audits] = await Promise.all([
            count(options.databaseUrl, 'journal_entries'),
            count(options.databaseUrl, 'audit_events'),
          ]);
          extra = `${entries - before[0]} entries and ${audits - before[1]} audit rows written (warm-up included)`;
        }
        if (m.serverTiming)
          extra += `; audit ${((100 * m.serverTiming.audit) / m.serverTiming.app).toFixed(1)} % of server time`;
        process.stdout.write(
          `  ${name.padEnd(13)} p50 ${ms(m.p50).padStart(7)} ms  p95 ${ms(m.p95).padStart(7)} ms  p99 ${ms(m.p99).padStart(7)} ms  ${m.rps.toFixed(0).padStart(6)} req/s  errors ${m.errors}  (${extra})\n`,
        );
      }
      const api = rows.kartlegg;
      for (const other of ['raw SQL', 'PostGraphile'] as const) {
        if (api && rows[other])
          process.stdout.write(
            `  kartlegg / ${other}: p95 ${(api.p95 / rows[other].p95).toFixed(2)}×, throughput ${(api.rps / rows[other].rps).toFixed(2)}×\n`,
          );
      }
      results[scenario.key] = rows;
      process.stdout.write('\n');
    }
    if (wantsGoals && !goals.length)
      process.stdout.write(
        '(5) updateGoal under contention: pending (no updateGoal mutation in the API yet)\n',
      );
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ machine, options, fixtures: { ...f, openCaseIds: undefined }, results }, null, 2)}\n`,
    );
    process.stdout.write(`\nResults: ${path.relative(ROOT, file)}\n`);
  } finally {
    stopAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
