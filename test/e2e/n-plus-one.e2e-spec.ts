import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { createTestApp, idOfStaff, type TestApp } from 'test/utils/test-app';

// No N+1: the SQL statements one GraphQL request sends do not grow with the page size.
// Field resolvers batch through per-request DataLoaders (one `= ANY($1)` query per field).

const CASES = `query($teamId: ID!, $first: Int) {
  assessmentCases(first: $first, filter: { teamId: $teamId }) {
    totalCount
    edges { node {
      id status daysRemaining atRisk
      patient { givenName familyName }
      coordinator { name }
      team { name }
      history { action actor { name } }
      members { role staff { name } }
      holds { reason }
      goalCount
      viewerCan
      latestJournalEntry { text version author { name } }
    } } } }`;

const JOURNAL = `query($caseId: ID!, $first: Int) {
  journal(caseId: $caseId, first: $first) {
    totalCount
    edges { node { id text author { name } versions { version author { name } } } } } }`;

const TEAM_SEARCH = `query($teamId: ID!, $first: Int) {
  teamJournalSearch(teamId: $teamId, search: "badet", first: $first) {
    totalCount totalCountIsExact
    edges { node { id caseId kind writtenAt highlight author { name } } } } }`;

const PAGE_SIZES = [5, 50] as const;
/** The staff loader's batch (src/common/graphql/loaders.ts findByKeys). */
const STAFF_BY_ID = /FROM staff_members x\s+WHERE x\."id" = ANY/;

describe('SQL statements per GraphQL request (no N+1)', () => {
  let t: TestApp;
  let teamId: string;
  let busyCaseId: string;
  let statements: string[] = [];

  /** Sends one request and answers the statements it made the database run. */
  const countStatements = async (
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ statements: string[]; data: Record<string, unknown> | null | undefined }> => {
    const token = await t.as('coordinator.nord@demo.local');
    statements = [];
    const result = await t.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    return { statements: [...statements], data: result.data };
  };

  beforeAll(async () => {
    t = await createTestApp();
    // Every statement the app sends passes TypeORM's logger, logging on or off.
    const logger = t.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      statements.push(query);
      return logQuery(query, parameters, queryRunner);
    };

    const [team] = (await t.dataSource.query(
      `SELECT t.id, t.district_id FROM assessment_teams t JOIN districts d ON d.id = t.district_id
        WHERE d.name = 'Nord' AND t.service_area = 'SOMATIC'`,
    )) as { id: string; district_id: string }[];
    teamId = team.id;
    const coordinator = await idOfStaff(t, 'coordinator.nord@demo.local');
    const nurse = await idOfStaff(t, 'nurse.nord@demo.local');
    const physio = await idOfStaff(t, 'physio.nord@demo.local');
    // 60 persons with a case each: history, a member, some holds.
    let individual = 500;
    for (let i = 0; i < 60; i++) {
      const { number, individual: used } = nextSyntheticFodselsnummer('1941-05-17', individual);
      individual = used + 1;
      const patientId = randomUUID();
      const caseId = randomUUID();
      const acceptedOn = `2026-02-${String((i % 27) + 1).padStart(2, '0')}`;
      const onHold = i % 7 === 0;
      await t.dataSource.query(
        `INSERT INTO patients (id, national_id, national_id_country, given_name, family_name, birth_date, address, district_id)
         VALUES ($1, $2, 'NO', 'Person', $3, '1941-05-17', 'Storgata 1', $4)`,
        [patientId, number, `Nummer ${i}`, team.district_id],
      );
      await t.dataSource.query(
        `INSERT INTO assessment_cases (id, patient_id, team_id, service_area, status, coordinator_id, accepted_at,
           accepted_on, clarification_days, deadline_date, on_hold_since)
         VALUES ($1, $2, $3, 'SOMATIC', $4, $5, $6::date + time '09:00', $6, 14, $6::date + 14, $7)`,
        [
          caseId,
          patientId,
          teamId,
          onHold ? 'ON_HOLD' : 'ACTIVE',
          coordinator,
          acceptedOn,
          onHold ? '2026-03-01' : null,
        ],
      );
      await t.dataSource.query(
        `INSERT INTO case_history (case_id, action, from_status, to_status, actor_id, occurred_at)
         VALUES ($1, 'ACCEPTED', NULL, 'ACTIVE', $2, now())`,
        [caseId, coordinator],
      );
      if (onHold)
        await t.dataSource.query(
          `INSERT INTO case_holds (case_id, from_date, reason, started_by) VALUES ($1, '2026-03-01', 'Innlagt', $2)`,
          [caseId, coordinator],
        );
      await t.dataSource.query(
        `INSERT INTO case_members (case_id, staff_id, role, assigned_by) VALUES ($1, $2, 'ASSESSOR', $3)`,
        [caseId, i % 2 ? nurse : physio, coordinator],
      );
      if (i === 0) busyCaseId = caseId;
    }
    // One busy journal: 60 entries by two authors, a few corrected.
    for (let i = 0; i < 60; i++) {
      const id = randomUUID();
      const author = i % 2 ? nurse : physio;
      const profession = i % 2 ? 'NURSE' : 'PHYSIOTHERAPIST';
      const at = new Date(Date.UTC(2026, 1, 1, 9, i)).toISOString();
      await t.dataSource.query(
        `INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, version, kind, text, author_id,
           author_profession, written_at, ts_config)
         SELECT $1, c.id, c.patient_id, c.team_id, $1, 1, 'NOTE', $2, $3, $4, $5, 'norwegian'
           FROM assessment_cases c WHERE c.id = $6`,
        [id, `Hjemmebesøk nummer ${i}: falt på badet.`, author, profession, at, busyCaseId],
      );
      let latest = id;
      if (i % 10 === 0) {
        latest = randomUUID();
        await t.dataSource.query(
          `INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, amends_id, version, kind, text,
             author_id, author_profession, written_at, amend_reason, ts_config)
           SELECT $1, e.case_id, e.patient_id, e.team_id, e.id, e.id, 2, e.kind, e.text || ' Rettet.', e.author_id,
             e.author_profession, e.written_at, 'Rettelse', 'norwegian'
             FROM journal_entries e WHERE e.id = $2`,
          [latest, id],
        );
      }
      await t.dataSource.query(
        `INSERT INTO journal_heads (root_id, case_id, latest_id, version, original_written_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, busyCaseId, latest, latest === id ? 1 : 2, at],
      );
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('runs as many statements for a page of 50 cases as for a page of 5', async () => {
    const small = await countStatements(CASES, { teamId, first: PAGE_SIZES[0] });
    const large = await countStatements(CASES, { teamId, first: PAGE_SIZES[1] });

    const edges = (r: typeof small) =>
      (r.data as { assessmentCases: { edges: unknown[] } }).assessmentCases.edges.length;
    expect(edges(small)).toBe(5);
    expect(edges(large)).toBe(50);
    // The same statements for 5 and for 50 cases. Staff are looked up by three fields at
    // different depths (history actors, members, journal authors): DataLoader batches
    // those that arrive in the same tick, so that look-up runs once or twice by timing,
    // whatever the page size. Everything else runs exactly once.
    const staffLookups = (r: typeof small) =>
      r.statements.filter((s) => STAFF_BY_ID.test(s)).length;
    const others = (r: typeof small) => r.statements.filter((s) => !STAFF_BY_ID.test(s)).sort();
    expect(others(large)).toEqual(others(small));
    expect(new Set(others(small)).size).toBe(others(small).length);
    for (const r of [small, large]) expect([1, 2, 3]).toContain(staffLookups(r));
    // Actor, page (with each case's person and coordinator joined), count, one per resolved
    // field (team, history, members, holds, goal count, viewerCan, latest journal entry),
    // staff, audit.
    expect(others(small)).toHaveLength(11);
    // The busy case's newest entry, in its current (corrected) version; no goals yet.
    type Node = {
      id: string;
      goalCount: number;
      latestJournalEntry: { text: string; version: number; author: { name: string } } | null;
    };
    const nodes = (
      large.data as { assessmentCases: { edges: { node: Node }[] } }
    ).assessmentCases.edges.map((e) => e.node);
    const busy = nodes.find((n) => n.id === busyCaseId);
    expect(busy?.latestJournalEntry).toEqual({
      text: 'Hjemmebesøk nummer 59: falt på badet.',
      version: 1,
      author: { name: expect.any(String) },
    });
    expect(nodes.filter((n) => n.latestJournalEntry === null)).toHaveLength(49);
    expect(nodes.every((n) => n.goalCount === 0)).toBe(true);
  });

  it('runs as many statements for a journal page of 50 entries as for a page of 5', async () => {
    const small = await countStatements(JOURNAL, { caseId: busyCaseId, first: PAGE_SIZES[0] });
    const large = await countStatements(JOURNAL, { caseId: busyCaseId, first: PAGE_SIZES[1] });

    const edges = (r: typeof small) =>
      (r.data as { journal: { edges: unknown[] } }).journal.edges.length;
    expect(edges(small)).toBe(5);
    expect(edges(large)).toBe(50);
    expect(large.statements).toHaveLength(small.statements.length);
    expect(small.statements.length).toBeLessThanOrEqual(10);
  });

  it('runs as many statements for a team-wide search page of 50 hits as for a page of 5', async () => {
    const small = await countStatements(TEAM_SEARCH, { teamId, first: PAGE_SIZES[0] });
    const large = await countStatements(TEAM_SEARCH, { teamId, first: PAGE_SIZES[1] });

    type Search = { teamJournalSearch: { totalCount: number; edges: unknown[] } };
    expect((small.data as Search).teamJournalSearch.edges).toHaveLength(5);
    expect((large.data as Search).teamJournalSearch.edges).toHaveLength(50);
    expect((large.data as Search).teamJournalSearch.totalCount).toBe(60);
    expect(large.statements).toHaveLength(small.statements.length);
    // Actor, page, capped count, authors, the audit row.
    expect(small.statements.length).toBeLessThanOrEqual(6);
  });
});
