import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { FLOOR_SQL } from './floor-sql';

/**
 * The raw-SQL floor of `npm run bench`: the same logical reads as the GraphQL API
 * (same token check, same actor look-up, same access filter, same fields, an audit
 * row per request) as hand-written SQL through pg behind a bare HTTP server, with
 * joins instead of GraphQL resolvers. What no framework can beat on this database.
 */

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kartlegg_scale';
const port = Number(process.env.PORT ?? 3101);
const key = new TextEncoder().encode(
  process.env.AUTH_LOCAL_SIGNING_KEY ?? 'kartlegg-local-development-signing-key-not-for-production',
);
/** The API's TEAM_SEARCH_COUNT_CAP (journal.enums.ts): team-wide search counts up to this. */
const TEAM_SEARCH_COUNT_CAP = 1000;

// The same connection settings as the API (connection-options.ts): 20 connections, no JIT.
const pool = new Pool({
  connectionString: url,
  max: 20,
  application_name: 'kartlegg-bench-floor',
  options: '-c jit=off',
});

interface Actor {
  id: string;
  profession: string;
  team_ids: string[];
}

async function actorOf(req: IncomingMessage): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw new Error('no token');
  const { payload } = await jwtVerify(match[1], key, {
    issuer: 'kartlegg-local',
    audience: 'kartlegg',
    algorithms: ['HS256'],
  });
  const { rows } = await pool.query<Actor>(FLOOR_SQL.actor, [payload.sub]);
  if (!rows[0]) throw new Error('unknown subject');
  return rows[0];
}

async function audit(
  actor: Actor,
  action: string,
  patientIds: string[],
  caseIds: string[],
  args: unknown,
): Promise<void> {
  await pool.query(FLOOR_SQL.audit, [
    actor.id,
    actor.profession,
    action,
    [...new Set(patientIds)],
    [...new Set(caseIds)],
    JSON.stringify(args),
  ]);
}

type Handler = (actor: Actor, body: Record<string, unknown>) => Promise<unknown>;

const handlers: Record<string, Handler> = {
  async '/dashboard'(actor, body) {
    const teamId = body.teamId as string;
    if (!actor.team_ids.includes(teamId)) throw new Error('forbidden');
    const [counts, loads, open] = await Promise.all([
      pool.query(FLOOR_SQL.dashboardCounts, [teamId]),
      pool.query(FLOOR_SQL.dashboardLoads, [teamId]),
      pool.query<{ id: string; patient_id: string }>(FLOOR_SQL.dashboardOpenCases, [teamId]),
    ]);
    await audit(
      actor,
      'teamDashboard',
      open.rows.map((r) => r.patient_id),
      open.rows.map((r) => r.id),
      { teamId },
    );
    return { countsByStatus: counts.rows, casesPerCoordinator: loads.rows, openCases: open.rows };
  },

  async '/cases'(actor, body) {
    const first = Number(body.first ?? 50);
    const args = [actor.team_ids, actor.id, body.teamId, body.statuses ?? null];
    const [page, count] = await Promise.all([
      pool.query<{ id: string; patient_id: string }>(FLOOR_SQL.casesPage, [...args, first + 1]),
      pool.query<{ n: number }>(FLOOR_SQL.casesCount, args),
    ]);
    const rows = page.rows.slice(0, first);
    await audit(
      actor,
      'assessmentCases',
      rows.map((r) => r.patient_id),
      rows.map((r) => r.id),
      { teamId: body.teamId, first },
    );
    return { totalCount: count.rows[0].n, hasNextPage: page.rows.length > first, nodes: rows };
  },

  async '/journal'(actor, body) {
    const caseId = body.caseId as string;
    const first = Number(body.first ?? 50);
    const search = (body.search as string | undefined) ?? null;
    const visible = await pool.query<{ patient_id: string }>(FLOOR_SQL.caseVisible, [
      caseId,
      actor.team_ids,
      actor.id,
    ]);
    if (!visible.rows[0]) throw new Error('forbidden');
    const [page, count] = await Promise.all([
      search
        ? pool.query(FLOOR_SQL.journalSearchPage, [caseId, search, first + 1])
        : pool.query(FLOOR_SQL.journalPage, [caseId, first + 1]),
      search
        ? pool.query<{ n: number }>(FLOOR_SQL.journalSearchCount, [caseId, search])
        : pool.query<{ n: number }>(FLOOR_SQL.journalCount, [caseId]),
    ]);
    await audit(actor, 'journal', [visible.rows[0].patient_id], [caseId], {
      caseId,
      search,
      first,
    });
    return { totalCount: count.rows[0].n, nodes: page.rows.slice(0, first) };
  },

  async '/team-search'(actor, body) {
    const teamId = body.teamId as string;
    const first = Number(body.first ?? 50);
    // As the API: members of the team only, the count capped at 1000.
    if (!actor.team_ids.includes(teamId)) throw new Error('forbidden');
    const args = [teamId, body.search, actor.team_ids, actor.id];
    const [page, count] = await Promise.all([
      pool.query<{ case_id: string; patient_id: string }>(FLOOR_SQL.teamSearchPage, [
        ...args,
        first + 1,
      ]),
      pool.query<{ n: number }>(FLOOR_SQL.teamSearchCount, [...args, TEAM_SEARCH_COUNT_CAP + 1]),
    ]);
    const rows = page.rows.slice(0, first);
    await audit(
      actor,
      'teamJournalSearch',
      rows.map((r) => r.patient_id),
      rows.map((r) => r.case_id),
      { teamId, search: body.search, first },
    );
    return {
      totalCount: Math.min(count.rows[0].n, TEAM_SEARCH_COUNT_CAP),
      totalCountIsExact: count.rows[0].n <= TEAM_SEARCH_COUNT_CAP,
      nodes: rows,
    };
  },
};

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as never) : {});
      } catch (error) {
        reject(error as Error);
      }
    });
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  const handler = handlers[req.url ?? ''];
  if (!handler || req.method !== 'POST') {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readBody(req);
    const actor = await actorOf(req);
    const data = await handler(actor, body);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  } catch (error) {
    res
      .writeHead(500, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  }
}

const server = createServer((req, res) => void handle(req, res));
server.listen(port, '127.0.0.1', () =>
  process.stdout.write(`raw-SQL floor at http://127.0.0.1:${port}\n`),
);
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
