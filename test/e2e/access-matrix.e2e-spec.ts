import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { insertJournalEntry } from 'test/factories/case-states';
import { insertPatient, insertReferral } from 'test/factories/cases';
import { setDistrictSettings } from 'test/utils/district-settings';
import {
  type Actor,
  createMatrixWorld,
  EXEMPT,
  expectedCell,
  expectRow,
  expectRowsWalked,
  fieldOf,
  MATRIX,
  type MatrixCase,
  type MatrixWorld,
  type Operation,
  operationsOf,
  outcome,
  walkRow,
} from 'test/utils/access-matrix';

/*
 * The access matrix (test/utils/access-matrix.ts, from docs/design.md "Who may do what") for
 * every query and subscription of the running schema; access-matrix-mutations.e2e-spec.ts
 * walks the mutations. This file also checks that every operation of the schema has a row
 * (or is exempt, with a reason): a new operation fails here until the matrix says who may.
 */
type Edges<T> = { edges: { node: T }[] };

describe('the access matrix (docs/design.md "Who may do what"): queries and subscriptions', () => {
  let world: MatrixWorld;
  let openReferral: { id: string; receivedAt: Date };

  const gql = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    world.gql(actor, query, variables);

  /** Handovers due in the next four months, for the team or the receiving unit. */
  const followUps = async (actor: Actor, scope: 'team' | 'unit') => {
    const acknowledged = await world.shared('ACKNOWLEDGED');
    return outcome(
      await gql(
        actor,
        'query($team: ID, $unit: ID, $due: Date!) { followUps(teamId: $team, unitId: $unit, dueBefore: $due) { caseId } }',
        {
          team: scope === 'team' ? world.nordTeam : null,
          unit: scope === 'unit' ? world.receivingUnit : null,
          due: '2026-07-01',
        },
      ),
      (data) =>
        (data.followUps as { caseId: string }[]).some((h) => h.caseId === acknowledged.caseId),
    );
  };

  /** `node(id)`: allowed when it answers the object, as its own type; any other answer fails. */
  const node = async (actor: Actor, id: string, type: string) => {
    const result = await gql(actor, 'query($id: ID!) { node(id: $id) { __typename id } }', {
      id,
    });
    const found = result.data?.node as { __typename: string; id: string } | null | undefined;
    if (!result.errors && (found?.__typename !== type || found.id !== id))
      return `answered ${JSON.stringify(found)}`;
    return outcome(result);
  };
  /** One journal entry in each case a row meets (written once, by the shared coordinator). */
  const entries = new Map<string, Promise<string>>();
  const entryIn = (kase: MatrixCase): Promise<string> => {
    if (!entries.has(kase.caseId))
      entries.set(
        kase.caseId,
        insertJournalEntry(world.t, kase, {
          id: world.sharedCoordinator,
          profession: 'COORDINATOR',
        }),
      );
    return entries.get(kase.caseId)!;
  };

  const OPERATIONS: Record<string, Operation> = {
    patient: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { patient(id: $id) { id } }', { id: kase.patientId }),
        ),
    },
    searchPatients: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($q: String!) { searchPatients(query: $q) { edges { node { id } } } }',
            { q: kase.nationalId },
          ),
          (data) =>
            (data.searchPatients as Edges<{ id: string }>).edges.some(
              (e) => e.node.id === kase.patientId,
            ),
        ),
    },
    'referral (no case yet)': {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { referral(id: $id) { id } }', { id: openReferral.id }),
        ),
    },
    'referral (of a case)': {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { referral(id: $id) { id } }', { id: kase.referralId }),
        ),
    },
    referrals: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'query($filter: ReferralFilter) { referrals(filter: $filter, first: 100) { edges { node { id } } } }',
            {
              filter: {
                receivedFrom: openReferral.receivedAt.toISOString(),
                receivedTo: new Date(openReferral.receivedAt.getTime() + 1000).toISOString(),
              },
            },
          ),
          (data) =>
            (data.referrals as Edges<{ id: string }>).edges.some(
              (e) => e.node.id === openReferral.id,
            ),
        ),
    },
    assessmentCase: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { assessmentCase(id: $id) { id } }', {
            id: kase.caseId,
          }),
        ),
    },
    assessmentCases: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 100) { edges { node { id } } } }',
            { filter: { coordinatorId: world.sharedCoordinator } },
          ),
          (data) =>
            (data.assessmentCases as Edges<{ id: string }>).edges.some(
              (e) => e.node.id === kase.caseId,
            ),
        ),
    },
    goalPlan: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { goalPlan(caseId: $id) { id goals { id } } }', {
            id: kase.caseId,
          }),
          (data) => (data.goalPlan as { id: string } | null)?.id === kase.plan?.planId,
        ),
    },
    teamDashboard: {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { teamDashboard(teamId: $id) { openCaseCount } }', {
            id: world.nordTeam,
          }),
        ),
    },
    statistics: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'query($d: ID!) { statistics(districtId: $d, from: "2026-01-01T00:00:00Z", to: "2026-04-01T00:00:00Z") { casesOpened } }',
            { d: world.nord },
          ),
        ),
    },
    serviceAdjustmentsForReview: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'query($id: ID!) { serviceAdjustmentsForReview(teamId: $id, week: "2026-W10") { id } }',
            { id: world.nordTeam },
          ),
        ),
    },
    teamBudget: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'query($id: ID!) { teamBudget(teamId: $id, from: "2026-01-01", to: "2026-03-31") { total { decisions } } }',
            { id: world.nordTeam },
          ),
        ),
    },
    'followUps (team)': { run: async ({ actor }) => followUps(actor, 'team') },
    'followUps (unit)': { run: async ({ actor }) => followUps(actor, 'unit') },
    decisionLetterPreview: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            `query($id: ID!) { decisionLetterPreview(caseId: $id, input: { outcome: NO_SERVICES, services: [],
               legalBasisCode: "HOL_3_2_6A", justification: "Klarer seg selv" }) { letter } }`,
            { id: kase.caseId },
          ),
        ),
    },
    handoverSummaryPreview: {
      state: 'DECIDED',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($id: ID!) { handoverSummaryPreview(caseId: $id, destination: ORDINARY_HOME_CARE) { text } }',
            { id: kase.caseId },
          ),
        ),
    },
    journal: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { journal(caseId: $id) { totalCount } }', {
            id: kase.caseId,
          }),
        ),
    },
    teamJournalSearch: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($id: ID!) { teamJournalSearch(teamId: $id, search: "matrisenotat") { edges { node { caseId } } } }',
            { id: world.nordTeam },
          ),
          (data) =>
            (data.teamJournalSearch as Edges<{ caseId: string }>).edges.some(
              (e) => e.node.caseId === kase.caseId,
            ),
        ),
    },
    teamStaff: {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { teamStaff(teamId: $id) { id } }', {
            id: world.nordTeam,
          }),
          (data) =>
            (data.teamStaff as { id: string }[]).some((s) => s.id === world.sharedCoordinator),
        ),
    },
    auditTrail: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { auditTrail(patientId: $id) { totalCount } }', {
            id: kase.patientId,
          }),
        ),
    },
    emergencyAccesses: {
      run: async ({ actor }) => outcome(await gql(actor, '{ emergencyAccesses { totalCount } }')),
    },
    municipalitySettings: {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, '{ municipalitySettings { version defaults { clarificationDays } } }'),
        ),
    },
    staffMembers: {
      run: async ({ actor }) => outcome(await gql(actor, '{ staffMembers { id } }')),
    },
    'node (a person)': {
      run: async ({ actor, kase }) => node(actor, kase.patientId, 'Patient'),
    },
    'node (a case)': {
      run: async ({ actor, kase }) => node(actor, kase.caseId, 'AssessmentCase'),
    },
    'node (a journal entry)': {
      run: async ({ actor, kase }) => node(actor, await entryIn(kase), 'JournalEntry'),
    },
    'node (a goal)': {
      run: async ({ actor, kase }) => node(actor, kase.plan!.goalId, 'Goal'),
    },
  };
  /** Walked by their own test below (one socket per actor, all at once). */
  const SUBSCRIPTIONS = ['journalEntryAdded'];

  beforeAll(async () => {
    world = await createMatrixWorld();
    const { t } = world;
    // Nord uses the tariff and delegated adjustment models, so its team's budget and weekly
    // review answer (or are refused by role).
    await setDistrictSettings(t, world.nord, { tariffCategories: true, delegatedAdjustment: true });
    // An entry in the shared case's journal for the team-wide search to find.
    await insertJournalEntry(
      t,
      await world.shared('ACTIVE'),
      { id: world.sharedCoordinator, profession: 'COORDINATOR' },
      'Matrisenotat om hjemmebesøk',
    );
    const receivedAt = new Date('2025-11-03T10:00:00Z');
    const withoutCase = await insertPatient(t, world.nord);
    openReferral = {
      id: await insertReferral(t, {
        patientId: withoutCase.patientId,
        teamId: world.nordTeam,
        registeredBy: world.sharedCoordinator,
        receivedAt,
      }),
      receivedAt,
    };
  }, 60_000);

  afterAll(async () => {
    await world.t.close();
  });

  it('has a row for every query, mutation and subscription of the running schema', () => {
    const schema = operationsOf(world.t);
    const fields = [...schema.query, ...schema.mutation, ...schema.subscription];
    const rows = Object.keys(MATRIX);
    // An operation without a row fails here until the matrix says who may call it.
    expect(fields.filter((f) => !(f in EXEMPT) && !rows.some((r) => fieldOf(r) === f))).toEqual([]);
    // No row or exemption for an operation that is gone, and none both.
    expect(rows.filter((r) => !fields.includes(fieldOf(r)))).toEqual([]);
    expect(Object.keys(EXEMPT).filter((f) => !fields.includes(f))).toEqual([]);
    expect(rows.filter((r) => fieldOf(r) in EXEMPT)).toEqual([]);
    for (const reason of Object.values(EXEMPT)) expect(reason.length).toBeGreaterThan(10);
  });

  it('walks every query and subscription row of the matrix', () => {
    const schema = operationsOf(world.t);
    const walked = Object.fromEntries(
      [...Object.keys(OPERATIONS), ...SUBSCRIPTIONS].map((row) => [row, { run: async () => '' }]),
    );
    expectRowsWalked(walked, [...schema.query, ...schema.subscription]);
  });

  for (const row of Object.keys(OPERATIONS)) {
    it(`${row}: every profession and relation gets what the matrix says`, async () => {
      expectRow(await walkRow(world, row, OPERATIONS[row]));
    }, 60_000);
  }

  it('journalEntryAdded: every profession and relation gets what the matrix says', async () => {
    const { t } = world;
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const clients: Client[] = [];
    const cells: { actor: Actor; kase: MatrixCase; answer: Promise<string> }[] = [];
    try {
      for (const actor of world.actors) {
        if (expectedCell('journalEntryAdded', actor.relation, actor.profession) === '-') continue;
        const kase = await world.caseFor(actor, {
          run: () => Promise.resolve(''),
        });
        const client = createClient({
          url: `ws://127.0.0.1:${port}/graphql`,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          lazy: false,
          connectionParams: { authorization: `Bearer ${actor.token}` },
        });
        clients.push(client);
        // Accepted: the entry written below arrives. Refused: FORBIDDEN at once.
        const answer = new Promise<string>((resolve) => {
          const timer = setTimeout(() => resolve('no answer within 10 s'), 10_000);
          const done = (value: string) => {
            clearTimeout(timer);
            resolve(value);
          };
          client.subscribe(
            {
              query: 'subscription($id: ID!) { journalEntryAdded(caseId: $id) { id } }',
              variables: { id: kase.caseId },
            },
            {
              next: (value) =>
                done(
                  outcome({
                    status: 200,
                    headers: {},
                    data: value.data as Record<string, unknown> | null | undefined,
                    errors: value.errors as never,
                  }),
                ),
              error: (error) =>
                done(
                  Array.isArray(error)
                    ? outcome({ status: 200, headers: {}, data: null, errors: error as never })
                    : `closed ${(error as { code?: number }).code ?? String(error)}`,
                ),
              complete: () => undefined,
            },
          );
        });
        cells.push({ actor, kase, answer });
      }
      // Write in every case with a subscription still waiting, once a second: one registered
      // late (a loaded machine) gets the next entry; a refused one has answered already.
      const writer = world.actors.find((a) => a.relation === 'own' && a.profession === 'NURSE')!;
      const answered = new Set<number>();
      cells.forEach((cell, index) => void cell.answer.then(() => answered.add(index)));
      for (let round = 0; round < 8 && answered.size < cells.length; round++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const waiting = cells.filter((_, index) => !answered.has(index));
        for (const caseId of new Set(waiting.map((c) => c.kase.caseId))) {
          const written = await gql(
            writer,
            'mutation($id: ID!) { addJournalEntry(caseId: $id, input: { kind: NOTE, text: "Abonnert notat" }) { id } }',
            { id: caseId },
          );
          expect(written.errors).toBeUndefined();
        }
      }
      const mismatches: string[] = [];
      for (const { actor, answer } of cells) {
        const expected = expectedCell('journalEntryAdded', actor.relation, actor.profession);
        const actual = await answer;
        if (actual !== expected)
          mismatches.push(
            `${actor.relation} ${actor.profession}: expected ${expected}, got ${actual}`,
          );
      }
      expect(mismatches).toEqual([]);
      expect(cells.length).toBeGreaterThan(0);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  }, 60_000);
});
