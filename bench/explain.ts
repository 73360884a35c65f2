import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import { signLocalToken } from 'src/common/auth/tokens';
import { createLogger } from 'src/common/logging/logger';
import { loadConfig } from 'src/config/app-config';
import { FLOOR_SQL } from './floor-sql';

/**
 * `npm run bench:explain`: the query plans of every list query, on the scale database.
 * Runs the real app in-process, captures the SQL each GraphQL request sends (through
 * TypeORM's logger, as the no-N+1 test does) and EXPLAINs every SELECT with its own
 * parameters; then the raw-SQL floor's statements. Prints Markdown for docs/performance.md.
 */

interface Captured {
  query: string;
  parameters: unknown[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      full: { type: 'boolean', default: false },
    },
  });
  const databaseUrl =
    values['database-url'] ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/kartlegg_scale';
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
  } as Record<string, string>);
  const app = await createApp({ config, databaseUrl, logger: createLogger('silent') });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const dataSource = app.get(DataSource);
  let captured: Captured[] = [];
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    captured.push({ query, parameters: (parameters ?? []) as unknown[] });
    return logQuery(query, parameters, queryRunner);
  };
  // The app's connection settings (connection-options.ts): no JIT.
  const db = new Client({ connectionString: databaseUrl, options: '-c jit=off' });
  await db.connect();
  const out: string[] = [];
  const explain = async (title: string, sql: string, params: unknown[]) => {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS${values.full ? '' : ', COSTS OFF'}) ${sql}`,
      params,
    );
    const plan = rows.map((r) => r['QUERY PLAN']);
    const time = plan.find((line) => line.startsWith('Execution Time')) ?? '';
    out.push(`#### ${title} — ${time.replace('Execution Time: ', '')}`, '', '```sql');
    out.push(
      sql
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, values.full ? 100_000 : 400),
    );
    out.push('```', '', '```');
    out.push(
      ...plan.filter(
        (line) =>
          values.full || !/^(Planning|JIT|  Functions|  Options|  Timing)/.test(line.trim()),
      ),
    );
    out.push('```', '');
  };

  try {
    const one = async <T>(sql: string, params: unknown[] = []) =>
      (await db.query(sql, params)).rows[0] as T;
    const { team_id: teamId, staff_id: staffId } = await one<{ team_id: string; staff_id: string }>(
      `SELECT m.team_id, s.id AS staff_id FROM team_memberships m JOIN staff_members s ON s.id = m.staff_id
        WHERE s.email = 'coordinator.d01@scale.local'`,
    );
    const { id: caseId } = await one<{ id: string }>(
      `SELECT h.case_id AS id FROM journal_heads h
        WHERE h.case_id IN (SELECT id FROM assessment_cases WHERE team_id = $1)
        GROUP BY h.case_id ORDER BY count(*) DESC, h.case_id LIMIT 1`,
      [teamId],
    );
    const { id: patientId } = await one<{ id: string }>(
      'SELECT patient_id AS id FROM assessment_cases WHERE id = $1',
      [caseId],
    );
    const token = await signLocalToken(
      'coordinator.d01@scale.local',
      config.AUTH_LOCAL_SIGNING_KEY,
    );
    const privacy = await signLocalToken('privacy@scale.local', config.AUTH_LOCAL_SIGNING_KEY);
    const requests: [string, string, Record<string, unknown>, string][] = [
      [
        'teamDashboard',
        `query($teamId: ID!) { teamDashboard(teamId: $teamId) { openCaseCount countsByStatus { status count }
           casesPerCoordinator { coordinator { name } openCases } openCases { id daysRemaining patient { familyName } coordinator { name } } } }`,
        { teamId },
        token,
      ],
      [
        'assessmentCases (team, open)',
        `query($teamId: ID!) { assessmentCases(first: 50, filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }) {
           totalCount edges { node { id daysRemaining goalCount patient { familyName } coordinator { name } latestJournalEntry { text author { name } } } } } }`,
        { teamId },
        token,
      ],
      [
        'assessmentCases (team, all)',
        `query($teamId: ID!) { assessmentCases(first: 50, filter: { teamId: $teamId }) { totalCount edges { node { id } } } }`,
        { teamId },
        token,
      ],
      [
        'assessmentCases (no filter: every case the caller may see)',
        `{ assessmentCases(first: 50) { totalCount edges { node { id } } } }`,
        {},
        token,
      ],
      [
        'assessmentCases (overdue)',
        `{ assessmentCases(first: 50, filter: { overdue: true }) { totalCount edges { node { id } } } }`,
        {},
        token,
      ],
      [
        'journal (first 50)',
        `query($caseId: ID!) { journal(caseId: $caseId, first: 50) { totalCount edges { node { id author { name } versions { version } } } } }`,
        { caseId },
        token,
      ],
      [
        'journal (search)',
        `query($caseId: ID!) { journal(caseId: $caseId, first: 50, search: "rullator") { totalCount edges { node { id highlight } } } }`,
        { caseId },
        token,
      ],
      // A broad term (thousands of hits in the team), a rare one, and one with no hit.
      ...['rullator', 'fall', 'dusj', 'innlagt', 'trappeheis'].map(
        (term): [string, string, Record<string, unknown>, string] => [
          `teamJournalSearch ("${term}")`,
          `query($teamId: ID!, $search: String!) { teamJournalSearch(teamId: $teamId, search: $search, first: 50) {
             totalCount totalCountIsExact edges { node { id caseId kind writtenAt highlight author { name } } } } }`,
          { teamId, search: term },
          token,
        ],
      ),
      [
        'referrals (team)',
        `query($teamId: ID!) { referrals(first: 50, filter: { teamId: $teamId }) { totalCount edges { node { id } } } }`,
        { teamId },
        token,
      ],
      [
        'searchPatients',
        `{ searchPatients(query: "Hansen", first: 20) { totalCount edges { node { id } } } }`,
        {},
        token,
      ],
      [
        'auditTrail (privacy officer)',
        `query($patientId: ID!) { auditTrail(patientId: $patientId, first: 50) { totalCount edges { node { id } } } }`,
        { patientId },
        privacy,
      ],
    ];
    out.push('### kartlegg (the SQL each GraphQL request sends)', '');
    for (const [title, query, variables, bearer] of requests) {
      captured = [];
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      out.push(`### ${title}`, '');
      if (body.errors) {
        out.push(`(request failed: ${JSON.stringify(body.errors).slice(0, 300)})`, '');
        continue;
      }
      out.push(`${captured.length} statements.`, '');
      const seen = new Set<string>();
      for (const [i, statement] of captured.entries()) {
        const sql = statement.query.trim();
        // The actor look-up, the audit row and primary-key loads are the same in every request.
        if (!/^SELECT/i.test(sql) || seen.has(sql)) continue;
        seen.add(sql);
        if (
          /FROM staff_members s\s+LEFT JOIN team_memberships/.test(sql) &&
          title !== 'teamDashboard'
        )
          continue;
        await explain(`${title}, statement ${i + 1}`, sql, statement.parameters);
      }
    }
    out.push('### raw-SQL floor (bench/floor-sql.ts)', '');
    const teams = [teamId];
    await explain('floor dashboardOpenCases', FLOOR_SQL.dashboardOpenCases, [teamId]);
    await explain('floor casesPage (open)', FLOOR_SQL.casesPage, [
      teams,
      staffId,
      teamId,
      ['ACTIVE', 'ON_HOLD'],
      51,
    ]);
    await explain('floor casesPage (all)', FLOOR_SQL.casesPage, [teams, staffId, teamId, null, 51]);
    await explain('floor journalPage', FLOOR_SQL.journalPage, [caseId, 51]);
    await explain('floor teamSearchPage', FLOOR_SQL.teamSearchPage, [
      teamId,
      'rullator',
      teams,
      staffId,
      51,
    ]);
    await explain('floor teamSearchCount', FLOOR_SQL.teamSearchCount, [
      teamId,
      'rullator',
      teams,
      staffId,
      1001,
    ]);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await db.end();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `explain failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
