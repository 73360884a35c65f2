import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  insertDecision,
  insertGoalPlan,
  insertHandover,
  insertJournalEntry,
} from 'test/factories/case-states';
import { assign, type CaseFixture, idOfTeam, idOfUnit, insertCase } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';

/** An audit row as the client's access left it (the arguments differ between the two reads). */
interface AuditRow {
  action: string;
  access: string;
  patientIds: string[];
  caseIds: string[];
}

/**
 * `node(id)`: any object by its uuid, with the access check and the audit of its type's own
 * read (docs/design.md "Who may do what"; issue 13 "API conventions the client needs").
 */
describe('node(id)', () => {
  let t: TestApp;
  let kase: CaseFixture;
  let entryId: string;
  let goalId: string;
  let nordTeam: string;

  /** What one request wrote to the audit trail as `email`. */
  async function audited(email: string, run: () => Promise<unknown>): Promise<AuditRow[]> {
    const actor = await idOfStaff(t, email);
    const ids = `SELECT id FROM audit_events WHERE actor_id = $1`;
    const before = new Set(
      ((await t.dataSource.query(ids, [actor])) as { id: string }[]).map((r) => r.id),
    );
    await run();
    const rows = (await t.dataSource.query(
      `SELECT id, action, access, patient_ids AS "patientIds", case_ids AS "caseIds"
         FROM audit_events WHERE actor_id = $1`,
      [actor],
    )) as (AuditRow & { id: string })[];
    return rows.filter((r) => !before.has(r.id)).map(({ id: _id, ...row }) => row);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    const coordinator = await idOfStaff(t, 'coordinator.nord@demo.local');
    kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId: coordinator });
    // A second case, so that the case list has a second page.
    await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId: coordinator });
    entryId = await insertJournalEntry(t, kase, { id: coordinator, profession: 'COORDINATOR' });
    ({ goalId } = await insertGoalPlan(t, kase, coordinator, 'DRAFT'));
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  const OWN_READS: [string, string, (k: CaseFixture) => string, string][] = [
    [
      'AssessmentCase',
      'query($id: ID!) { assessmentCase(id: $id) { id } }',
      (k) => k.caseId,
      'NO_RELATION_TO_CASE',
    ],
    [
      'Patient',
      'query($id: ID!) { patient(id: $id) { id } }',
      (k) => k.patientId,
      'NO_RELATION_TO_PATIENT',
    ],
    [
      'Referral',
      'query($id: ID!) { referral(id: $id) { id } }',
      (k) => k.referralId,
      'NO_RELATION_TO_REFERRAL',
    ],
  ];

  it.each(OWN_READS)(
    'answers a %s to a member of its team, audited exactly as its own query',
    async (type, ownQuery, idOf) => {
      const id = idOf(kase);
      const token = await t.as('nurse.nord@demo.local');
      let answer: unknown;
      const byNode = await audited('nurse.nord@demo.local', async () => {
        answer = await t.gql(NODE, { id }, token);
      });
      const byOwn = await audited('nurse.nord@demo.local', () => t.gql(ownQuery, { id }, token));

      expect(answer).toMatchObject({ data: { node: { __typename: type, id } } });
      expect(byNode).toHaveLength(1);
      expect(byNode[0].access).toBe('READ');
      expect(byNode).toEqual(byOwn);
    },
  );

  it.each(OWN_READS)(
    "refuses a %s to another district's nurse, and audits the refusal as its own query does",
    async (_type, ownQuery, idOf, reason) => {
      const id = idOf(kase);
      const token = await t.as('nurse.sor@demo.local');
      let answer: Parameters<typeof errorOf>[0] | undefined;
      const byNode = await audited('nurse.sor@demo.local', async () => {
        answer = await t.gql(NODE, { id }, token);
      });
      const byOwn = await audited('nurse.sor@demo.local', () => t.gql(ownQuery, { id }, token));

      expect(errorOf(answer!)).toEqual({ code: 'FORBIDDEN', reason });
      expect(answer!.data?.node ?? null).toBeNull();
      expect(byNode).toHaveLength(1);
      expect(byNode[0].access).toBe('REFUSED');
      expect(byNode).toEqual(byOwn);
    },
  );

  it("answers a journal entry through the case's journal, audited as a journal read", async () => {
    const token = await t.as('physio.nord@demo.local');
    let answer: unknown;
    const byNode = await audited('physio.nord@demo.local', async () => {
      answer = await t.gql(
        'query($id: ID!) { node(id: $id) { __typename id ... on JournalEntry { text author { email } } } }',
        { id: entryId },
        token,
      );
    });
    const byJournal = await audited('physio.nord@demo.local', () =>
      t.gql('query($id: ID!) { journal(caseId: $id) { totalCount } }', { id: kase.caseId }, token),
    );

    expect(answer).toMatchObject({
      data: {
        node: {
          __typename: 'JournalEntry',
          id: entryId,
          text: 'Notat fra hjemmebesøk',
          author: { email: 'coordinator.nord@demo.local' },
        },
      },
    });
    expect(byNode).toEqual(byJournal);
    expect(byNode).toEqual([
      { action: 'journal', access: 'READ', patientIds: [kase.patientId], caseIds: [kase.caseId] },
    ]);
  });

  it("refuses a journal entry to another district's nurse, audited as a refused journal read", async () => {
    const token = await t.as('nurse.sor@demo.local');
    let answer: Parameters<typeof errorOf>[0] | undefined;
    const byNode = await audited('nurse.sor@demo.local', async () => {
      answer = await t.gql(NODE, { id: entryId }, token);
    });

    expect(errorOf(answer!)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    expect(byNode).toEqual([
      {
        action: 'journal',
        access: 'REFUSED',
        patientIds: [kase.patientId],
        caseIds: [kase.caseId],
      },
    ]);
  });

  it("answers a goal through its case's goal plan, audited as the goal plan's read", async () => {
    const token = await t.as('nurse.nord@demo.local');
    let answer: unknown;
    const byNode = await audited('nurse.nord@demo.local', async () => {
      answer = await t.gql(
        'query($id: ID!) { node(id: $id) { __typename id ... on Goal { plan { id } } } }',
        { id: goalId },
        token,
      );
    });

    expect(answer).toMatchObject({ data: { node: { __typename: 'Goal', id: goalId } } });
    expect(byNode[0]).toEqual({
      action: 'goalPlan',
      access: 'READ',
      patientIds: [kase.patientId],
      caseIds: [kase.caseId],
    });
  });

  it("answers every part of a case through the case's read, with its fields resolved", async () => {
    const coordinator = await idOfStaff(t, 'coordinator.nord@demo.local');
    const decided = await insertCase(t, {
      teamId: nordTeam,
      districtId: await idOfDistrict(t, 'Nord'),
      coordinatorId: coordinator,
    });
    await assign(t, decided.caseId, await idOfStaff(t, 'physio.nord@demo.local'), coordinator);
    await insertGoalPlan(t, decided, coordinator, 'AGREED');
    await insertDecision(t, decided, await idOfStaff(t, 'caseworker.nord@demo.local'), 'GRANTED');
    await insertHandover(t, decided, {
      unitId: await idOfUnit(t, 'Hjemmetjenesten Nord'),
      by: coordinator,
    });
    const token = await t.as('nurse.nord@demo.local');
    const parts = await t.gql<{ assessmentCase: Record<string, unknown> }>(
      `query($id: ID!) { assessmentCase(id: $id) {
        __typename id members { __typename id } history { __typename id }
        decision { __typename id services { __typename id } } handovers { __typename id }
        goalPlan { __typename id goals { __typename id measures { __typename id } } revisions { __typename id } }
        patient { __typename id contacts { __typename id } } team { __typename id } coordinator { __typename id }
      } }`,
      { id: decided.caseId },
      token,
    );
    expect(parts.errors).toBeUndefined();
    // Every object with an id in the answer, as { __typename, id } (the factories write no
    // history, revisions or contacts).
    const found: { __typename: string; id: string }[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        if (typeof object.id === 'string')
          found.push({ __typename: object.__typename as string, id: object.id });
        Object.values(object).forEach(walk);
      }
    };
    walk(parts.data!.assessmentCase);
    expect(new Set(found.map((f) => f.__typename))).toEqual(
      new Set([
        'AssessmentCase',
        'CaseMember',

        'Decision',
        'GrantedService',
        'Handover',
        'GoalPlan',
        'Goal',
        'Measure',

        'Patient',

        'AssessmentTeam',
        'StaffMember',
      ]),
    );

    // Another staff member is the administrator's to read.
    const adminToken = await t.as('admin@demo.local');
    const answers = await Promise.all(
      found.map(({ id }) =>
        t.gql(
          `query($id: ID!) { node(id: $id) { __typename id
            ... on Decision { isLate daysToDecision letter services { id } }
            ... on Handover { handoverStatus: status summaryText receivingUnit { id } }
            ... on CaseMember { role staff { id } }
            ... on Measure { status level }
            ... on CaseHistoryEntry { action actor { id } }
            ... on PatientContact { name }
            ... on GrantedService { serviceCode }
          } }`,
          { id },
          id === coordinator ? adminToken : token,
        ),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(
      answers.map((a) => {
        const node = a.data?.node as { __typename: string; id: string };
        return { __typename: node.__typename, id: node.id };
      }),
    ).toEqual(found);
  });

  it('answers staff members by the administrator’s rule, and oneself to anyone', async () => {
    const coordinator = await idOfStaff(t, 'coordinator.nord@demo.local');
    const nurse = await idOfStaff(t, 'nurse.nord@demo.local');
    const nurseToken = await t.as('nurse.nord@demo.local');

    const self = await t.gql(NODE, { id: nurse }, nurseToken);
    const other = await t.gql(NODE, { id: coordinator }, nurseToken);
    const byAdmin = await t.gql(NODE, { id: coordinator }, await t.as('admin@demo.local'));

    expect(self.data?.node).toEqual({ __typename: 'StaffMember', id: nurse });
    expect(errorOf(other)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
    expect(byAdmin.data?.node).toEqual({ __typename: 'StaffMember', id: coordinator });
  });

  it('answers the organisation (a team) to every signed-in staff member', async () => {
    const result = await t.gql(NODE, { id: nordTeam }, await t.as('nurse.sor@demo.local'));
    expect(result.data?.node).toEqual({ __typename: 'AssessmentTeam', id: nordTeam });
  });

  it('answers NOT_FOUND for an id no object has', async () => {
    const result = await t.gql(
      NODE,
      { id: '6f1d3c1e-2b4a-4c9d-8e7f-0a1b2c3d4e5f' },
      await t.as('nurse.nord@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'NODE_NOT_FOUND' });
    expect(result.data?.node ?? null).toBeNull();
  });

  it('refuses an id that is no uuid as bad input', async () => {
    const result = await t.gql(NODE, { id: 'not-a-uuid' }, await t.as('nurse.nord@demo.local'));
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(errorOf(result).reason).toBe('VALIDATION_FAILED');
  });

  it('gives the team dashboard the team’s id, so a client caches one per team', async () => {
    const result = await t.gql(
      'query($id: ID!) { teamDashboard(teamId: $id) { id team { id } } }',
      { id: nordTeam },
      await t.as('nurse.nord@demo.local'),
    );
    expect(result.data?.teamDashboard).toEqual({ id: nordTeam, team: { id: nordTeam } });
  });

  it('gives statistics an id made of their district and period', async () => {
    const nord = await idOfDistrict(t, 'Nord');
    const result = await t.gql(
      'query($d: ID!) { statistics(districtId: $d, from: "2026-01-01T00:00:00Z", to: "2026-04-01T00:00:00+02:00") { id districtId } }',
      { d: nord },
      await t.as('leader.nord@demo.local'),
    );
    expect(result.data?.statistics).toEqual({
      id: `${nord}/2026-01-01T00:00:00.000Z/2026-03-31T22:00:00.000Z`,
      districtId: nord,
    });
  });

  it('pages forward with the complete Relay page information', async () => {
    const token = await t.as('nurse.nord@demo.local');
    const PAGE = `query($after: String) { assessmentCases(first: 1, after: $after) {
      edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    type Page = {
      assessmentCases: {
        edges: { cursor: string }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string;
          endCursor: string;
        };
      };
    };
    const first = (await t.gql<Page>(PAGE, {}, token)).data!.assessmentCases;
    const second = (await t.gql<Page>(PAGE, { after: first.pageInfo.endCursor }, token)).data!
      .assessmentCases;

    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
  });
});
