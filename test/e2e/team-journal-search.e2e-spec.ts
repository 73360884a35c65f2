import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { encodeCursor } from 'src/common/graphql/pagination';
import { TEAM_SEARCH_COUNT_CAP } from 'src/modules/journal/journal.enums';
import { idOfTeam, insertCase, openCaseViaApi } from 'test/factories/cases';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

const SEARCH = `query($teamId: ID!, $search: String!, $first: Int, $after: String) {
  teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
    edges { cursor node { id rootId version caseId kind text writtenAt highlight author { email } } } } }`;
const ADD = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id } }`;
const AMEND = `mutation($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {
  amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) { id version } }`;

interface Hit {
  id: string;
  rootId: string;
  version: number;
  caseId: string;
  kind: string;
  text: string;
  writtenAt: string;
  highlight: string;
  author: { email: string };
}
type SearchPage = {
  teamJournalSearch: {
    totalCount: number;
    totalCountIsExact: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
};

/** The `fields` of a BAD_USER_INPUT answer. */
const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions.fields ?? []) as { field: string }[]).map((f) => f.field);

describe('teamJournalSearch: full-text search over the journals of a team', () => {
  let t: TestApp;
  let nordTeam: string;
  let psykTeam: string;
  let sorTeam: string;
  /** Nord SOMATIC cases, opened through the API. */
  let caseA: { caseId: string; patientId: string };
  let caseB: { caseId: string; patientId: string };

  const add = async (caseId: string, text: string, as = 'physio.nord@demo.local') => {
    // Entries a little apart, so that "newest first" is certain.
    t.clock.advanceDays(0.001);
    const result = await t.gql<{ addJournalEntry: { id: string } }>(
      ADD,
      { caseId, input: { kind: 'HOME_VISIT', text } },
      await t.as(as),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.addJournalEntry.id;
  };
  const search = async (
    variables: Record<string, unknown>,
    as = 'nurse.nord@demo.local',
  ): Promise<GqlResult<SearchPage>> =>
    t.gql<SearchPage>(SEARCH, { teamId: nordTeam, ...variables }, await t.as(as));

  beforeAll(async () => {
    t = await createTestApp();
    const nord = await idOfDistrict(t, 'Nord');
    const sor = await idOfDistrict(t, 'Sør');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    psykTeam = await idOfTeam(t, 'Vurderingsteam psykisk helse Nord');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    caseA = await openCaseViaApi(t, { districtId: nord });
    caseB = await openCaseViaApi(t, { districtId: nord });
    const caseSor = await openCaseViaApi(t, {
      districtId: sor,
      coordinatorEmail: 'coordinator.sor@demo.local',
    });
    const casePsyk = await insertCase(t, {
      teamId: psykTeam,
      districtId: nord,
      coordinatorId: await idOfStaff(t, 'coordinator.nord@demo.local'),
    });
    await add(caseA.caseId, 'Hjemmebesøk: bruker rullator inne, men ikke ute.');
    await add(caseB.caseId, 'Hjemmebesøk: rullatoren står i gangen, snublet over teppet.');
    await add(caseA.caseId, 'Spiser godt, sover dårlig.');
    // The same word in other teams' journals: never a hit for Nord's SOMATIC team.
    await add(caseSor.caseId, 'Hjemmebesøk: ny rullator levert.', 'physio.sor@demo.local');
    await add(
      casePsyk.caseId,
      'Samtale: rullator og angst for å gå ute.',
      'nurse.psyk.nord@demo.local',
    );
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('finds the current versions in the team’s cases only, newest first, with « » marks and never HTML', async () => {
    const result = await search({ search: 'rullator' });

    expect(result.errors).toBeUndefined();
    const page = result.data!.teamJournalSearch;
    expect(page.totalCount).toBe(2);
    expect(page.totalCountIsExact).toBe(true);
    expect(page.edges.map((e) => e.node.caseId)).toEqual([caseB.caseId, caseA.caseId]);
    const [newest, older] = page.edges.map((e) => e.node);
    expect(newest).toMatchObject({
      kind: 'HOME_VISIT',
      version: 1,
      author: { email: 'physio.nord@demo.local' },
    });
    expect(Date.parse(newest.writtenAt)).toBeGreaterThan(Date.parse(older.writtenAt));
    // Norwegian stemming: "rullator" finds "rullatoren".
    expect(newest.highlight).toContain('«rullatoren»');
    expect(older.highlight).toContain('«rullator»');
    expect(page.edges.map((e) => e.node.highlight).join(' ')).not.toMatch(/<\/?b>/);
  });

  it('keeps markup typed into an entry out of the highlight, and the text as written', async () => {
    const text = 'Pårørende skrev <b>krykke</b> & <script>alert(1)</script> i lappen.';
    await add(caseA.caseId, text);
    const result = await search({ search: 'krykke' });

    const [hit] = result.data!.teamJournalSearch.edges.map((e) => e.node);
    expect(hit.highlight).toContain('«krykke»');
    expect(hit.highlight).not.toMatch(/[<>]/);
    expect(hit.text).toBe(text);
  });

  it('finds a corrected entry by its new text only, as its current version', async () => {
    const entryId = await add(caseA.caseId, 'Hjemmebesøk: trenger badekarbrett.');
    t.clock.advanceDays(0.001);
    const amended = await t.gql<{ amendJournalEntry: { id: string; version: number } }>(
      AMEND,
      {
        entryId,
        input: { text: 'Hjemmebesøk: trenger dusjkrakk, ikke badekarbrett-løsning likevel.' },
        reason: 'Feil hjelpemiddel',
      },
      await t.as('physio.nord@demo.local'),
    );
    expect(amended.errors).toBeUndefined();
    const old = await t.gql<{ amendJournalEntry: { id: string } }>(
      AMEND,
      {
        entryId: amended.data!.amendJournalEntry.id,
        input: { text: 'Hjemmebesøk: trenger dusjkrakk.' },
        reason: 'Kortere',
      },
      await t.as('physio.nord@demo.local'),
    );
    expect(old.errors).toBeUndefined();

    const byOldText = await search({ search: 'badekarbrett' });
    expect(byOldText.data!.teamJournalSearch.totalCount).toBe(0);
    expect(byOldText.data!.teamJournalSearch.edges).toEqual([]);
    const byNewText = await search({ search: 'dusjkrakk' });
    expect(byNewText.data!.teamJournalSearch.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        rootId: entryId,
        version: 3,
        text: 'Hjemmebesøk: trenger dusjkrakk.',
      }),
    ]);
  });

  it('pages newest first without gaps or repeats, also while new hits arrive', async () => {
    for (let i = 1; i <= 7; i++)
      await add(i % 2 ? caseA.caseId : caseB.caseId, `Trappeheis nummer ${i}.`);

    const first = await search({ search: 'trappeheis', first: 3 });
    const page1 = first.data!.teamJournalSearch;
    await add(caseA.caseId, 'Trappeheis nummer 8 (kom mens vi bladde).');
    const page2 = (
      await search({ search: 'trappeheis', first: 3, after: page1.pageInfo.endCursor })
    ).data!.teamJournalSearch;
    const page3 = (
      await search({ search: 'trappeheis', first: 3, after: page2.pageInfo.endCursor })
    ).data!.teamJournalSearch;

    const texts = (page: SearchPage['teamJournalSearch']) =>
      page.edges.map((e) => e.node.text.replace(/^Trappeheis nummer (\d).*$/, '$1'));
    expect([texts(page1), texts(page2), texts(page3)]).toEqual([
      ['7', '6', '5'],
      ['4', '3', '2'],
      ['1'],
    ]);
    expect(page1.totalCount).toBe(7);
    expect(page2.totalCount).toBe(8);
    expect([page1, page2, page3].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[2].cursor);
  });

  it('counts at most the cap, and says the count is not exact beyond it', async () => {
    // Many old hits straight in the database (one case, originals only).
    const writer = await idOfStaff(t, 'physio.nord@demo.local');
    await t.dataSource.query(
      `WITH rows AS (
         SELECT gen_random_uuid() AS id, i FROM generate_series(1, $1::int) i),
       entries AS (
         INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, version, kind, text,
                                      author_id, author_profession, written_at, ts_config)
         SELECT r.id, c.id, c.patient_id, c.team_id, r.id, 1, 'NOTE', 'Kontroll av hoftebeskytter ' || r.i,
                $2, 'PHYSIOTHERAPIST', timestamptz '2025-01-01' + r.i * interval '1 minute', 'norwegian'
           FROM rows r, assessment_cases c WHERE c.id = $3 RETURNING id, case_id, written_at)
       INSERT INTO journal_heads (root_id, case_id, latest_id, version, original_written_at)
       SELECT id, case_id, id, 1, written_at FROM entries`,
      [TEAM_SEARCH_COUNT_CAP + 5, writer, caseB.caseId],
    );

    const result = await search({ search: 'hoftebeskytter', first: 2 });

    const page = result.data!.teamJournalSearch;
    expect(page.totalCount).toBe(TEAM_SEARCH_COUNT_CAP);
    expect(page.totalCountIsExact).toBe(false);
    expect(page.edges.map((e) => e.node.text)).toEqual([
      `Kontroll av hoftebeskytter ${TEAM_SEARCH_COUNT_CAP + 5}`,
      `Kontroll av hoftebeskytter ${TEAM_SEARCH_COUNT_CAP + 4}`,
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('writes one READ audit row naming the persons and cases of the page, and the search', async () => {
    const result = await search({ search: 'rullator' }, 'coordinator.nord@demo.local');
    expect(result.errors).toBeUndefined();

    const rows = (await t.dataSource.query(
      `SELECT a.access, a.actor_profession, a.patient_ids, a.case_ids, a.args FROM audit_events a
        JOIN staff_members s ON s.id = a.actor_id
       WHERE a.action = 'teamJournalSearch' AND s.email = 'coordinator.nord@demo.local'`,
    )) as {
      access: string;
      actor_profession: string;
      patient_ids: string[];
      case_ids: string[];
      args: Record<string, unknown>;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ access: 'READ', actor_profession: 'COORDINATOR' });
    expect([...rows[0].case_ids].sort()).toEqual([caseA.caseId, caseB.caseId].sort());
    expect([...rows[0].patient_ids].sort()).toEqual([caseA.patientId, caseB.patientId].sort());
    expect(rows[0].args).toMatchObject({ teamId: nordTeam, search: 'rullator', first: 20 });
  });

  it('refuses (FORBIDDEN, audited) anyone who is not a member of the team, district leaders included', async () => {
    const refusals = [
      ['nurse.sor@demo.local', nordTeam],
      ['leader.sor@demo.local', nordTeam],
      // The Nord leader sees the mental-health team's dashboard, but not its journals.
      ['leader.nord@demo.local', psykTeam],
      ['nurse.nord@demo.local', sorTeam],
      ['homecare.nord@demo.local', nordTeam],
      ['privacy@demo.local', nordTeam],
      ['admin@demo.local', nordTeam],
    ] as const;
    for (const [email, teamId] of refusals) {
      const result = await search({ teamId, search: 'rullator' }, email);
      expect({ email, ...errorOf(result), data: result.data }).toEqual({
        email,
        code: 'FORBIDDEN',
        reason: 'NOT_TEAM_MEMBER',
        data: null,
      });
    }
    expect(
      await t.count('audit_events', `action = 'teamJournalSearch' AND access = 'REFUSED'`),
    ).toBe(refusals.length);
    // A member of the team (the leader of Nord's SOMATIC team) searches it.
    const leader = await search({ search: 'rullator' }, 'leader.nord@demo.local');
    expect(leader.data?.teamJournalSearch.totalCount).toBe(2);
    const psyk = await search(
      { teamId: psykTeam, search: 'rullator' },
      'nurse.psyk.nord@demo.local',
    );
    expect(psyk.data?.teamJournalSearch.totalCount).toBe(1);
  });

  it('answers NOT_FOUND for a team that does not exist, and UNAUTHENTICATED without a token', async () => {
    expect(errorOf(await search({ teamId: randomUUID(), search: 'rullator' }))).toEqual({
      code: 'NOT_FOUND',
      reason: 'TEAM_NOT_FOUND',
    });
    const anonymous = await t.gql(SEARCH, { teamId: nordTeam, search: 'rullator' });
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ search: '' }, 'search'],
      [{ search: '   ' }, 'search'],
      [{ search: 'x'.repeat(201) }, 'search'],
      [{ search: 'rull\u0000ator' }, 'search'],
      [{ teamId: 'not-a-uuid', search: 'rullator' }, 'teamId'],
      [{ search: 'rullator', first: 0 }, 'first'],
      [{ search: 'rullator', first: 101 }, 'first'],
      [{ search: 'rullator', first: -1 }, 'first'],
      [{ search: 'rullator', after: 'x'.repeat(501) }, 'after'],
      [{ search: 'rullator', after: 'not a cursor' }, 'after'],
      [{ search: 'rullator', after: encodeCursor(['i går', randomUUID()]) }, 'after'],
      [{ search: 'rullator', after: encodeCursor(['2026-03-02T08:00:00.000Z', 'x']) }, 'after'],
      [{ search: 'rullator', after: encodeCursor([1, 2, 3]) }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const result = await search(variables);
      expect({ variables, code: errorOf(result).code, fields: fieldsOf(result) }).toEqual({
        variables,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    // 200 characters is the limit, not an error; a search of stop words only finds nothing.
    expect((await search({ search: 'x'.repeat(200) })).errors).toBeUndefined();
    const stopWords = await search({ search: 'og i på' });
    expect(stopWords.errors).toBeUndefined();
    expect(stopWords.data!.teamJournalSearch.totalCount).toBe(0);
  });

  it('understands quotes, or and -not (web search syntax)', async () => {
    const phrase = await search({ search: '"bruker rullator"' });
    expect(phrase.data!.teamJournalSearch.edges.map((e) => e.node.caseId)).toEqual([caseA.caseId]);
    const without = await search({ search: 'rullator -teppet' });
    expect(without.data!.teamJournalSearch.edges.map((e) => e.node.caseId)).toEqual([caseA.caseId]);
  });
});
