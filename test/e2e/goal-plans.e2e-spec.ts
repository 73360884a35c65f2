import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';
import { openCaseViaApi } from 'test/factories/cases';

// testTimeout in jest.config.cjs is per project and not applied; the machine is shared with
// benchmarks and other suites, so hooks and the concurrency test get room here.
jest.setTimeout(60_000);

// Monday 2 March 2026, 09:00 in Oslo: every test starts here unless it sets the clock.
const BASE = '2026-03-02T09:00:00+01:00';

const NURSE = 'nurse.nord@demo.local';
const EDUCATOR = 'educator.nord@demo.local';
const PHYSIO = 'physio.nord@demo.local';
const OT = 'ot.nord@demo.local';
const COORDINATOR = 'coordinator.nord@demo.local';
const CASEWORKER = 'caseworker.nord@demo.local';
const LEADER = 'leader.nord@demo.local';
const HOME_CARE = 'homecare.nord@demo.local';
const NURSE_SOR = 'nurse.sor@demo.local';
const NURSE_PSYK = 'nurse.psyk.nord@demo.local';
const PRIVACY = 'privacy@demo.local';

const GOAL = `id text whatMatters functionVariableCode baselineScore targetScore targetDate status
  evaluation version plan { status version }`;
const MEASURE = `id goalId description level justification frequency fromDate toDate status version
  responsible { kind profession staffId name staff { email } }`;

const ADD_GOAL = `mutation($caseId: ID!, $input: AddGoalInput!) { addGoal(caseId: $caseId, input: $input) { ${GOAL} } }`;
const UPDATE_GOAL = `mutation($goalId: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { ${GOAL} } }`;
const EVALUATE_GOAL = `mutation($goalId: ID!, $expectedVersion: Int!, $input: EvaluateGoalInput!) {
  evaluateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { ${GOAL} evaluatedBy { email } } }`;
const ADD_MEASURE = `mutation($goalId: ID!, $input: AddMeasureInput!) { addMeasure(goalId: $goalId, input: $input) { ${MEASURE} } }`;
const UPDATE_MEASURE = `mutation($measureId: ID!, $expectedVersion: Int!, $input: UpdateMeasureInput!) {
  updateMeasure(measureId: $measureId, expectedVersion: $expectedVersion, input: $input) { ${MEASURE} } }`;
const AGREE = `mutation($caseId: ID!, $expectedVersion: Int!, $agreedBy: GoalPlanAgreedBy!, $representativeName: String) {
  agreeGoalPlan(caseId: $caseId, expectedVersion: $expectedVersion, agreedBy: $agreedBy, representativeName: $representativeName) {
    status version agreedAt agreedBy representativeName agreedVersion agreementRecordedBy { email } goals { id status version } } }`;
const PLAN = `query($caseId: ID!) { goalPlan(caseId: $caseId) {
  id status version agreedBy representativeName agreedVersion updatedBy { email }
  goals { id text targetDate status version measures { id status version frequency } }
  revisions { planVersion action goalId measureId changedByProfession changedBy { email } changes { field goalId before after } } } }`;
const REORDER_GOALS = `mutation($caseId: ID!, $goalIds: [ID!]!, $expectedVersion: Int!) {
  reorderGoals(caseId: $caseId, goalIds: $goalIds, expectedVersion: $expectedVersion) {
    status version goals { id position version } } }`;
const REORDER_MEASURES = `mutation($goalId: ID!, $measureIds: [ID!]!, $expectedVersion: Int!) {
  reorderMeasures(goalId: $goalId, measureIds: $measureIds, expectedVersion: $expectedVersion) {
    id version plan { status version } measures { id position version } } }`;
const CASE = `query($id: ID!) { assessmentCase(id: $id) { id atRisk daysElapsed goalCount goalPlan { status version } } }`;
const JOURNAL = `query($caseId: ID!) { journal(caseId: $caseId, kinds: [EVENT], first: 100) { edges { node { text author { email } } } } }`;

interface Goal {
  id: string;
  text: string;
  whatMatters: string | null;
  functionVariableCode: string | null;
  baselineScore: number | null;
  targetScore: number | null;
  targetDate: string;
  status: string;
  evaluation: string | null;
  version: number;
  plan: { status: string; version: number };
}
interface Measure {
  id: string;
  goalId: string;
  description: string;
  level: string;
  justification: string | null;
  frequency: string;
  status: string;
  version: number;
  responsible: {
    kind: string;
    profession: string | null;
    staffId: string | null;
    name: string | null;
  };
}
interface Revision {
  planVersion: number;
  action: string;
  goalId: string | null;
  measureId: string | null;
  changedByProfession: string;
  changedBy: { email: string };
  changes: { field: string; goalId: string | null; before: unknown; after: unknown }[];
}
interface Plan {
  id: string;
  status: string;
  version: number;
  agreedBy: string | null;
  representativeName: string | null;
  agreedVersion: number | null;
  updatedBy: { email: string };
  goals: {
    id: string;
    text: string;
    targetDate: string;
    status: string;
    version: number;
    measures: { id: string; status: string; version: number; frequency: string }[];
  }[];
  revisions: Revision[];
}

const goalInput = (overrides: Record<string, unknown> = {}) => ({
  text: 'Klare å gå til butikken alene igjen',
  whatMatters: 'Å handle selv og treffe folk',
  functionVariableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS',
  baselineScore: 4,
  targetScore: 2,
  targetDate: '2026-04-15',
  ...overrides,
});

const measureInput = (overrides: Record<string, unknown> = {}) => ({
  description: 'Gåtrening ute med rullator',
  level: 'EVERYDAY_REHABILITATION',
  responsible: { kind: 'STAFF', profession: 'PHYSIOTHERAPIST' },
  frequency: 'tre ganger i uka',
  fromDate: '2026-03-03',
  toDate: '2026-04-14',
  ...overrides,
});

/** The tables a refused or bad request must leave untouched. */
const TABLES = ['goal_plans', 'goals', 'measures', 'goal_plan_revisions', 'journal_entries'];

describe('goal and action plans', () => {
  let t: TestApp;
  let nord: string;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  /** Runs and expects no error; answers the data. */
  const ok = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const result = await run<T>(email, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  const counts = async (): Promise<number[]> => Promise.all(TABLES.map((table) => t.count(table)));

  /** Asserts the error's code and reason, and that no goal-plan or journal row was written. */
  const expectRefused = async (
    act: () => Promise<GqlResult>,
    expected: { code: string; reason: string },
  ): Promise<GqlResult> => {
    const before = await counts();
    const result = await act();
    expect(errorOf(result)).toEqual(expected);
    expect(await counts()).toEqual(before);
    return result;
  };

  /** A fresh Nord case for a newly registered person (a person has one open case at a time). */
  const openCase = async (): Promise<string> =>
    (await openCaseViaApi(t, { districtId: nord })).caseId;

  const addGoal = async (caseId: string, overrides: Record<string, unknown> = {}, as = NURSE) =>
    (await ok<{ addGoal: Goal }>(as, ADD_GOAL, { caseId, input: goalInput(overrides) })).addGoal;
  const addMeasure = async (goalId: string, overrides: Record<string, unknown> = {}, as = PHYSIO) =>
    (await ok<{ addMeasure: Measure }>(as, ADD_MEASURE, { goalId, input: measureInput(overrides) }))
      .addMeasure;
  const plan = async (caseId: string, as = NURSE): Promise<Plan> =>
    (await ok<{ goalPlan: Plan }>(as, PLAN, { caseId })).goalPlan;
  const agree = async (caseId: string, as = NURSE) => {
    const current = await plan(caseId);
    return ok<{ agreeGoalPlan: Plan }>(as, AGREE, {
      caseId,
      expectedVersion: current.version,
      agreedBy: 'PERSON',
    });
  };
  const goalFrom = async (caseId: string, index = 0) => (await plan(caseId)).goals[index];

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  describe('done when', () => {
    it('lets one of a nurse and a physiotherapist editing the same version win; the other gets CONFLICT naming the current version, and only the accepted change is kept', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      expect(goal).toMatchObject({ version: 1, status: 'PROPOSED', plan: { version: 1 } });

      const byNurse = await run<{ updateGoal: Goal }>(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 1,
        input: { text: 'Gå til butikken og kirken alene' },
      });
      expect(byNurse.errors).toBeUndefined();
      expect(byNurse.data!.updateGoal).toMatchObject({ version: 2, plan: { version: 2 } });

      const byPhysio = await expectRefused(
        () =>
          run(PHYSIO, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: 1,
            input: { text: 'Gå tur rundt kvartalet', targetDate: '2026-05-01' },
          }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
      );
      expect(byPhysio.errors![0].extensions).toMatchObject({
        entity: 'GOAL',
        currentVersion: 2,
        changedBy: await idOfStaff(t, NURSE),
        changedByName: 'Sykepleier Nord',
      });
      expect(byPhysio.errors![0].message).toContain('current version is 2');

      const current = await plan(caseId, PHYSIO);
      expect(current.goals[0]).toMatchObject({
        text: 'Gå til butikken og kirken alene',
        version: 2,
      });
      expect(current.revisions.map((r) => [r.planVersion, r.action, r.changedBy.email])).toEqual([
        [2, 'UPDATE_GOAL', NURSE],
        [1, 'ADD_GOAL', NURSE],
      ]);
      expect(current.revisions[0].changes).toEqual([
        {
          field: 'text',
          goalId: null,
          before: 'Klare å gå til butikken alene igjen',
          after: 'Gå til butikken og kirken alene',
        },
      ]);
    });

    it("answers a caseworker's updateGoal with FORBIDDEN, and lets the caseworker read the plan", async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      await expectRefused(
        () =>
          run(CASEWORKER, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: 1,
            input: { text: 'Saksbehandlerens mål' },
          }),
        { code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' },
      );
      expect((await plan(caseId, CASEWORKER)).goals[0]).toMatchObject({ version: 1 });
      const refused = await t.count(
        'audit_events',
        `access = 'REFUSED' AND action = 'updateGoal' AND $1 = ANY(case_ids)`,
        [caseId],
      );
      expect(refused).toBe(1);
    });
  });

  describe('no lost update', () => {
    it('lets exactly one of 20 parallel updateGoal calls with the same expectedVersion win over real HTTP', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const token = await t.as(NURSE);
      const revisionsBefore = await t.count('goal_plan_revisions');
      const journalBefore = await t.count('journal_entries');
      const inputs = Array.from({ length: 20 }, (_, i) => ({
        text: `Gå til postkassen alene, forslag ${i + 1}`,
        targetDate: `2026-04-${String(i + 1).padStart(2, '0')}`,
      }));

      const results = await Promise.all(
        inputs.map((input) =>
          t.gql<{ updateGoal: Goal }>(
            UPDATE_GOAL,
            { goalId: goal.id, expectedVersion: 1, input },
            token,
          ),
        ),
      );

      const winners = results.flatMap((r, i) => (r.errors ? [] : [i]));
      expect(winners).toHaveLength(1);
      const losers = results.filter((r) => r.errors);
      expect(losers).toHaveLength(19);
      for (const loser of losers) {
        expect(errorOf(loser)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
        expect(loser.errors![0].extensions).toMatchObject({ currentVersion: 2 });
      }
      expect(await t.count('goal_plan_revisions')).toBe(revisionsBefore + 1);
      expect(await t.count('journal_entries')).toBe(journalBefore + 1);
      const final = await plan(caseId);
      expect(final.goals[0]).toMatchObject({ ...inputs[winners[0]], version: 2 });
      expect(final.version).toBe(2);
      expect(final.revisions[0].changes).toEqual([
        {
          field: 'text',
          goalId: null,
          before: 'Klare å gå til butikken alene igjen',
          after: inputs[winners[0]].text,
        },
        {
          field: 'targetDate',
          goalId: null,
          before: '2026-04-15',
          after: inputs[winners[0]].targetDate,
        },
      ]);
    });

    it('does not let edits of two different goals at once conflict; both bump the plan version', async () => {
      const caseId = await openCase();
      const first = await addGoal(caseId);
      const second = await addGoal(caseId, { text: 'Lage middag selv' });
      const [a, b] = await Promise.all([
        run<{ updateGoal: Goal }>(NURSE, UPDATE_GOAL, {
          goalId: first.id,
          expectedVersion: 1,
          input: { whatMatters: 'Å være ute' },
        }),
        run<{ updateGoal: Goal }>(PHYSIO, UPDATE_GOAL, {
          goalId: second.id,
          expectedVersion: 1,
          input: { whatMatters: 'Å lage mat til barnebarna' },
        }),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const current = await plan(caseId);
      expect(current.version).toBe(4);
      expect(current.revisions.map((r) => r.planVersion)).toEqual([4, 3, 2, 1]);
    });

    it('refuses a measure update on a stale version and an agreement on a stale plan version', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id);
      await ok(NURSE, UPDATE_MEASURE, {
        measureId: measure.id,
        expectedVersion: 1,
        input: { status: 'ACTIVE' },
      });
      const staleMeasure = await expectRefused(
        () =>
          run(OT, UPDATE_MEASURE, {
            measureId: measure.id,
            expectedVersion: 1,
            input: { frequency: 'daglig' },
          }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
      );
      expect(staleMeasure.errors![0].extensions).toMatchObject({
        entity: 'MEASURE',
        currentVersion: 2,
        changedBy: await idOfStaff(t, NURSE),
      });

      // The person saw version 2; a measure changed since (version 3): they did not agree to that.
      const stalePlan = await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: 2, agreedBy: 'PERSON' }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
      );
      expect(stalePlan.errors![0].extensions).toMatchObject({
        entity: 'GOAL_PLAN',
        currentVersion: 3,
        changedByName: 'Sykepleier Nord',
      });
      expect((await plan(caseId)).status).toBe('DRAFT');
    });
  });

  describe('agreement', () => {
    it('agrees exactly the version seen, moves PROPOSED goals to AGREED, and mirrors it on the case', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      await addMeasure(goal.id);
      expect(
        (await ok<{ assessmentCase: { goalPlan: Plan } }>(NURSE, CASE, { id: caseId }))
          .assessmentCase.goalPlan,
      ).toEqual({ status: 'DRAFT', version: 2 });

      const agreed = await ok<{ agreeGoalPlan: Plan & { agreementRecordedBy: { email: string } } }>(
        OT,
        AGREE,
        {
          caseId,
          expectedVersion: 2,
          agreedBy: 'REPRESENTATIVE',
          representativeName: 'Kari Nilsen (datter)',
        },
      );
      expect(agreed.agreeGoalPlan).toMatchObject({
        status: 'AGREED',
        version: 3,
        agreedBy: 'REPRESENTATIVE',
        representativeName: 'Kari Nilsen (datter)',
        agreedVersion: 2,
        agreementRecordedBy: { email: OT },
        goals: [{ id: goal.id, status: 'AGREED', version: 2 }],
      });
      const [{ goal_plan_agreed }] = (await t.dataSource.query(
        'SELECT goal_plan_agreed FROM assessment_cases WHERE id = $1',
        [caseId],
      )) as { goal_plan_agreed: boolean }[];
      expect(goal_plan_agreed).toBe(true);
      const revision = (await plan(caseId)).revisions[0];
      expect(revision).toMatchObject({ planVersion: 3, action: 'AGREE_PLAN', goalId: null });
      expect(revision.changes).toEqual(
        expect.arrayContaining([
          { field: 'status', goalId: null, before: 'DRAFT', after: 'AGREED' },
          { field: 'agreedBy', goalId: null, before: null, after: 'REPRESENTATIVE' },
          { field: 'status', goalId: goal.id, before: 'PROPOSED', after: 'AGREED' },
        ]),
      );

      await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: 3, agreedBy: 'PERSON' }),
        { code: 'INVALID_TRANSITION', reason: 'PLAN_ALREADY_AGREED' },
      );
    });

    it('marks an agreed plan CHANGED_SINCE_AGREEMENT after an edit, until it is agreed again; progress of a measure keeps the agreement', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id);
      await agree(caseId);

      await ok(PHYSIO, UPDATE_MEASURE, {
        measureId: measure.id,
        expectedVersion: 1,
        input: { status: 'ACTIVE' },
      });
      expect((await plan(caseId)).status).toBe('AGREED');

      const agreedGoal = await goalFrom(caseId);
      await ok(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: agreedGoal.version,
        input: { targetDate: '2026-05-01' },
      });
      const changed = await plan(caseId);
      expect(changed.status).toBe('CHANGED_SINCE_AGREEMENT');
      expect(changed.goals[0].status).toBe('AGREED');
      const view = await ok<{ assessmentCase: { goalPlan: Plan; goalCount: number } }>(
        CASEWORKER,
        CASE,
        { id: caseId },
      );
      expect(view.assessmentCase.goalPlan.status).toBe('CHANGED_SINCE_AGREEMENT');
      expect(view.assessmentCase.goalCount).toBe(changed.goals.length);
      expect(await t.count('assessment_cases', 'id = $1 AND goal_plan_agreed', [caseId])).toBe(0);

      // A new goal after agreement is proposed, and the next agreement takes it in.
      const extra = await addGoal(caseId, { text: 'Sove bedre om natta' });
      expect(extra.status).toBe('PROPOSED');
      const again = await agree(caseId, COORDINATOR);
      expect(again.agreeGoalPlan.status).toBe('AGREED');
      expect(again.agreeGoalPlan.goals.map((g) => g.status)).toEqual(['AGREED', 'AGREED']);
      expect(await t.count('assessment_cases', 'id = $1 AND goal_plan_agreed', [caseId])).toBe(1);
    });

    it('flips atRisk on the case when the plan is agreed, and back when it is changed', async () => {
      const caseId = await openCase();
      t.clock.advanceDays(10);
      const atRisk = async () =>
        (
          await ok<{ assessmentCase: { atRisk: boolean; daysElapsed: number } }>(NURSE, CASE, {
            id: caseId,
          })
        ).assessmentCase;
      const listed = async (risk: boolean) =>
        (
          await ok<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            NURSE,
            'query($risk: Boolean) { assessmentCases(filter: { atRisk: $risk }, first: 100) { edges { node { id } } } }',
            { risk },
          )
        ).assessmentCases.edges.some((e) => e.node.id === caseId);
      expect(await atRisk()).toMatchObject({ atRisk: true, daysElapsed: 10, goalPlan: null });
      expect(await listed(true)).toBe(true);

      const goal = await addGoal(caseId);
      expect((await atRisk()).atRisk).toBe(true);
      await agree(caseId);
      expect((await atRisk()).atRisk).toBe(false);
      expect(await listed(true)).toBe(false);
      expect(await listed(false)).toBe(true);

      const agreedGoal = await goalFrom(caseId);
      await ok(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: agreedGoal.version,
        input: { text: 'Gå til butikken med følge' },
      });
      expect((await atRisk()).atRisk).toBe(true);
      expect(await listed(true)).toBe(true);
    });

    it('refuses a representative without a name, a name without a representative, and a plan with no goal', async () => {
      const caseId = await openCase();
      await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: 0, agreedBy: 'PERSON' }),
        { code: 'INVALID_TRANSITION', reason: 'NO_GOALS_TO_AGREE' },
      );
      await addGoal(caseId);
      await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: 1, agreedBy: 'REPRESENTATIVE' }),
        { code: 'BAD_USER_INPUT', reason: 'REPRESENTATIVE_NAME_REQUIRED' },
      );
      await expectRefused(
        () =>
          run(NURSE, AGREE, {
            caseId,
            expectedVersion: 1,
            agreedBy: 'PERSON',
            representativeName: 'Noen',
          }),
        { code: 'BAD_USER_INPUT', reason: 'REPRESENTATIVE_NAME_NOT_ALLOWED' },
      );
      const goal = await goalFrom(caseId);
      await ok(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 1,
        input: { cancel: true },
      });
      await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: 2, agreedBy: 'PERSON' }),
        { code: 'INVALID_TRANSITION', reason: 'NO_GOALS_TO_AGREE' },
      );
    });
  });

  describe('goals and measures', () => {
    it("takes journal entries about the plan's own goals and measures, not another case's", async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id);
      const ENTRY = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
        addJournalEntry(caseId: $caseId, input: $input) { goalId measureId } }`;
      const about = { kind: 'NOTE', text: 'Gikk til butikken med rullator.' };
      expect(
        await ok(NURSE, ENTRY, {
          caseId,
          input: { ...about, goalId: goal.id, measureId: measure.id },
        }),
      ).toEqual({ addJournalEntry: { goalId: goal.id, measureId: measure.id } });
      const other = await openCase();
      const refused = await run(NURSE, ENTRY, {
        caseId: other,
        input: { ...about, goalId: goal.id },
      });
      expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'GOAL_NOT_IN_CASE' });
    });

    it('evaluates an agreed goal (again at follow-up), but not a proposed one; an evaluated goal is no longer edited', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      await expectRefused(
        () =>
          run(NURSE, EVALUATE_GOAL, {
            goalId: goal.id,
            expectedVersion: 1,
            input: { outcome: 'ACHIEVED', evaluation: 'Går alene' },
          }),
        { code: 'INVALID_TRANSITION', reason: 'GOAL_NOT_AGREED' },
      );
      await agree(caseId);
      const evaluated = await ok<{ evaluateGoal: Goal & { evaluatedBy: { email: string } } }>(
        PHYSIO,
        EVALUATE_GOAL,
        {
          goalId: goal.id,
          expectedVersion: 2,
          input: {
            outcome: 'PARTLY_ACHIEVED',
            evaluation: 'Går til butikken med rullator, ikke alene ennå.',
          },
        },
      );
      expect(evaluated.evaluateGoal).toMatchObject({
        status: 'PARTLY_ACHIEVED',
        version: 3,
        evaluatedBy: { email: PHYSIO },
        plan: { status: 'AGREED', version: 3 },
      });
      const again = await ok<{ evaluateGoal: Goal }>(NURSE, EVALUATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 3,
        input: { outcome: 'ACHIEVED', evaluation: 'Går alene til butikken.' },
      });
      expect(again.evaluateGoal).toMatchObject({ status: 'ACHIEVED', version: 4 });
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, { goalId: goal.id, expectedVersion: 4, input: { text: 'x' } }),
        { code: 'INVALID_TRANSITION', reason: 'GOAL_EVALUATED' },
      );
      await expectRefused(
        () => run(NURSE, ADD_MEASURE, { goalId: goal.id, input: measureInput() }),
        {
          code: 'INVALID_TRANSITION',
          reason: 'GOAL_EVALUATED',
        },
      );
    });

    it('requires a justification for a measure above the lowest suggested step, on add and on update', async () => {
      const caseId = await openCase();
      await ok(
        PHYSIO,
        'mutation($caseId: ID!) { recordAssessment(caseId: $caseId, input: { suggestedLevel: LOW_THRESHOLD }) { id } }',
        {
          caseId,
        },
      );
      await ok(
        NURSE,
        'mutation($caseId: ID!) { recordAssessment(caseId: $caseId, input: { suggestedLevel: WELFARE_TECHNOLOGY }) { id } }',
        {
          caseId,
        },
      );
      const goal = await addGoal(caseId);

      const refused = await expectRefused(
        () =>
          run(NURSE, ADD_MEASURE, {
            goalId: goal.id,
            input: measureInput({ level: 'HOME_NURSING' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'JUSTIFICATION_REQUIRED' },
      );
      expect(refused.errors![0].extensions).toMatchObject({
        lowestSuggestedLevel: 'WELFARE_TECHNOLOGY',
        fields: [{ field: 'input.justification' }],
      });
      // On the lowest suggested step (or below) no justification is needed.
      const alarm = await addMeasure(goal.id, {
        description: 'Trygghetsalarm',
        level: 'WELFARE_TECHNOLOGY',
        responsible: { kind: 'STAFF', profession: 'OCCUPATIONAL_THERAPIST' },
        frequency: 'en gang',
      });
      const nursing = await addMeasure(goal.id, {
        level: 'HOME_NURSING',
        justification: 'Sårstell krever sykepleier',
        responsible: {
          kind: 'STAFF',
          profession: 'NURSE',
          staffId: await idOfStaff(t, NURSE),
        },
      });
      expect(nursing).toMatchObject({
        justification: 'Sårstell krever sykepleier',
        responsible: { kind: 'STAFF', profession: 'NURSE', staff: { email: NURSE } },
      });

      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: alarm.id,
            expectedVersion: 1,
            input: { level: 'PRACTICAL_ASSISTANCE' },
          }),
        { code: 'BAD_USER_INPUT', reason: 'JUSTIFICATION_REQUIRED' },
      );
      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: nursing.id,
            expectedVersion: 1,
            input: { justification: null },
          }),
        { code: 'BAD_USER_INPUT', reason: 'JUSTIFICATION_REQUIRED' },
      );
      const moved = await ok<{ updateMeasure: Measure }>(NURSE, UPDATE_MEASURE, {
        measureId: alarm.id,
        expectedVersion: 1,
        input: { level: 'PRACTICAL_ASSISTANCE', justification: 'Klarer ikke innkjøp selv' },
      });
      expect(moved.updateMeasure).toMatchObject({ level: 'PRACTICAL_ASSISTANCE', version: 2 });
    });

    it('names relatives and volunteers as responsible, refuses staff without a profession and unknown staff', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id, {
        level: 'NETWORK',
        responsible: { kind: 'RELATIVE', name: 'Datteren Kari' },
      });
      expect(measure.responsible).toEqual({
        kind: 'RELATIVE',
        profession: null,
        staffId: null,
        name: 'Datteren Kari',
        staff: null,
      });
      const refused = await expectRefused(
        () =>
          run(NURSE, ADD_MEASURE, {
            goalId: goal.id,
            input: measureInput({ responsible: { kind: 'STAFF' } }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'INVALID_RESPONSIBLE' },
      );
      expect(refused.errors![0].extensions.fields).toEqual([
        { field: 'input.responsible.profession', problems: ['required for STAFF'] },
      ]);
      // A physiotherapist is not a nurse.
      const physioId = await idOfStaff(t, PHYSIO);
      await expectRefused(
        () =>
          run(NURSE, ADD_MEASURE, {
            goalId: goal.id,
            input: measureInput({
              responsible: {
                kind: 'STAFF',
                profession: 'NURSE',
                staffId: physioId,
              },
            }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'STAFF_NOT_FOUND' },
      );
      const moved = await ok<{ updateMeasure: Measure }>(EDUCATOR, UPDATE_MEASURE, {
        measureId: measure.id,
        expectedVersion: 1,
        input: { responsible: { kind: 'VOLUNTEER', name: 'Besøksvenn fra Røde Kors' } },
      });
      expect(moved.updateMeasure.responsible).toMatchObject({
        kind: 'VOLUNTEER',
        name: 'Besøksvenn fra Røde Kors',
      });
    });

    it('keeps a done measure as it was, and refuses planning a started one again', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id, { status: 'ACTIVE' });
      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: measure.id,
            expectedVersion: 1,
            input: { status: 'PLANNED' },
          }),
        { code: 'INVALID_TRANSITION', reason: 'MEASURE_ALREADY_STARTED' },
      );
      await ok(NURSE, UPDATE_MEASURE, {
        measureId: measure.id,
        expectedVersion: 1,
        input: { status: 'DONE' },
      });
      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: measure.id,
            expectedVersion: 2,
            input: { frequency: 'daglig' },
          }),
        { code: 'INVALID_TRANSITION', reason: 'MEASURE_FINISHED' },
      );
    });

    it('answers the same values again without a new version or revision', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const before = await counts();
      const same = await ok<{ updateGoal: Goal }>(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 1,
        input: { text: goal.text, targetDate: goal.targetDate },
      });
      expect(same.updateGoal.version).toBe(1);
      expect(await counts()).toEqual(before);
    });

    it('clears the scores with the function variable, and cancels a goal', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const cleared = await ok<{ updateGoal: Goal }>(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 1,
        input: { functionVariableCode: null, whatMatters: null },
      });
      expect(cleared.updateGoal).toMatchObject({
        functionVariableCode: null,
        baselineScore: null,
        targetScore: null,
        whatMatters: null,
        version: 2,
      });
      const cancelled = await ok<{ updateGoal: Goal }>(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 2,
        input: { cancel: true },
      });
      expect(cancelled.updateGoal.status).toBe('CANCELLED');
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, { goalId: goal.id, expectedVersion: 3, input: { text: 'x' } }),
        { code: 'INVALID_TRANSITION', reason: 'GOAL_CANCELLED' },
      );
    });
  });

  describe('bad input (nothing written)', () => {
    let caseId: string;
    let goal: Goal;
    beforeAll(async () => {
      t.clock.set(BASE);
      caseId = await openCase();
      goal = await addGoal(caseId);
    });

    it.each([
      ['an empty goal text', { text: '' }],
      ['a blank goal text', { text: '   \n ' }],
      ['control characters', { text: 'Gå\u0000 tur' }],
      ['a goal text over 2000 characters', { text: 'x'.repeat(2001) }],
    ])('refuses %s', async (_, overrides) => {
      const result = await expectRefused(
        () => run(NURSE, ADD_GOAL, { caseId, input: goalInput(overrides) }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
      );
      expect((result.errors![0].extensions.fields as { field: string }[])[0].field).toBe(
        'input.text',
      );
    });

    it('refuses a target date before today (in the municipality), on add and on update', async () => {
      // 00:30 in Oslo on 3 March is still 2 March in UTC: today is the 3rd.
      t.clock.set('2026-03-03T00:30:00+01:00');
      const added = await expectRefused(
        () => run(NURSE, ADD_GOAL, { caseId, input: goalInput({ targetDate: '2026-03-02' }) }),
        { code: 'BAD_USER_INPUT', reason: 'TARGET_DATE_IN_PAST' },
      );
      expect(added.errors![0].extensions).toMatchObject({
        today: '2026-03-03',
        fields: [{ field: 'input.targetDate' }],
      });
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: 1,
            input: { targetDate: '2026-03-01' },
          }),
        { code: 'BAD_USER_INPUT', reason: 'TARGET_DATE_IN_PAST' },
      );
      // Today itself is fine.
      await ok(NURSE, ADD_GOAL, { caseId, input: goalInput({ targetDate: '2026-03-03' }) });
    });

    it('refuses an unknown measure, an unknown goal and an unknown case', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: unknown,
            expectedVersion: 1,
            input: { frequency: 'daglig' },
          }),
        { code: 'NOT_FOUND', reason: 'MEASURE_NOT_FOUND' },
      );
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, { goalId: unknown, expectedVersion: 1, input: { text: 'x' } }),
        { code: 'NOT_FOUND', reason: 'GOAL_NOT_FOUND' },
      );
      await expectRefused(
        () => run(NURSE, ADD_MEASURE, { goalId: unknown, input: measureInput() }),
        {
          code: 'NOT_FOUND',
          reason: 'GOAL_NOT_FOUND',
        },
      );
      await expectRefused(() => run(NURSE, ADD_GOAL, { caseId: unknown, input: goalInput() }), {
        code: 'NOT_FOUND',
        reason: 'CASE_NOT_FOUND',
      });
    });

    it.each([
      [
        'an unknown function variable',
        { functionVariableCode: 'FSIII_VASKE_SIG' },
        'UNKNOWN_VARIABLE',
      ],
      ['a score outside the scale', { targetScore: 6 }, 'SCORE_OUT_OF_RANGE'],
      ['"not relevant" as a score', { baselineScore: 9 }, 'SCORE_OUT_OF_RANGE'],
      [
        'a score without a function variable',
        { functionVariableCode: null },
        'SCORE_NEEDS_FUNCTION_VARIABLE',
      ],
    ])('refuses %s', async (_, overrides, reason) => {
      await expectRefused(() => run(NURSE, ADD_GOAL, { caseId, input: goalInput(overrides) }), {
        code: 'BAD_USER_INPUT',
        reason,
      });
    });

    it('refuses an update that changes nothing, a null for a required field, and measure dates out of order', async () => {
      await expectRefused(
        () => run(NURSE, UPDATE_GOAL, { goalId: goal.id, expectedVersion: 1, input: {} }),
        { code: 'BAD_USER_INPUT', reason: 'EMPTY_CHANGE' },
      );
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, { goalId: goal.id, expectedVersion: 1, input: { text: null } }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
      );
      await expectRefused(
        () =>
          run(NURSE, ADD_MEASURE, {
            goalId: goal.id,
            input: measureInput({ fromDate: '2026-03-10', toDate: '2026-03-09' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'DATES_OUT_OF_ORDER' },
      );
    });
  });

  describe('who may do what', () => {
    interface Runner {
      /** Brings the plan where the mutation applies (by a nurse), before anything is counted. */
      prepare?: (caseId: string) => Promise<void>;
      /** The mutation, built from the plan's current versions (read by a nurse). */
      act: (email: string, caseId: string) => Promise<GqlResult>;
    }

    const MUTATIONS: Record<string, Runner> = {
      addGoal: {
        act: (email, caseId) =>
          run(email, ADD_GOAL, { caseId, input: goalInput({ text: `Mål fra ${email}` }) }),
      },
      updateGoal: {
        act: async (email, caseId) => {
          const goal = await goalFrom(caseId);
          return run(email, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: goal.version,
            input: { text: `Endret av ${email}` },
          });
        },
      },
      addMeasure: {
        act: async (email, caseId) =>
          run(email, ADD_MEASURE, {
            goalId: (await goalFrom(caseId)).id,
            input: measureInput({ description: `Tiltak fra ${email}` }),
          }),
      },
      updateMeasure: {
        act: async (email, caseId) => {
          const measure = (await goalFrom(caseId)).measures[0];
          return run(email, UPDATE_MEASURE, {
            measureId: measure.id,
            expectedVersion: measure.version,
            input: { frequency: `slik ${email} sier` },
          });
        },
      },
      agreeGoalPlan: {
        // Something to agree (again): a change since the last agreement.
        prepare: async (caseId) => {
          const current = await plan(caseId);
          if (current.status !== 'AGREED') return;
          await ok(NURSE, UPDATE_GOAL, {
            goalId: current.goals[0].id,
            expectedVersion: current.goals[0].version,
            input: { whatMatters: `Endret etter avtale ${current.version}` },
          });
        },
        act: async (email, caseId) =>
          run(email, AGREE, {
            caseId,
            expectedVersion: (await plan(caseId)).version,
            agreedBy: 'PERSON',
          }),
      },
      reorderGoals: {
        // Two goals, so that a new order changes something.
        prepare: async (caseId) => {
          if ((await plan(caseId)).goals.length < 2) await addGoal(caseId, { text: 'Lage middag' });
        },
        act: async (email, caseId) => {
          const current = await plan(caseId);
          return run(email, REORDER_GOALS, {
            caseId,
            goalIds: current.goals.map((g) => g.id).reverse(),
            expectedVersion: current.version,
          });
        },
      },
      reorderMeasures: {
        prepare: async (caseId) => {
          const goal = await goalFrom(caseId);
          if (goal.measures.length < 2)
            await addMeasure(goal.id, { description: 'Handle med følge' });
        },
        act: async (email, caseId) => {
          const goal = await goalFrom(caseId);
          return run(email, REORDER_MEASURES, {
            goalId: goal.id,
            measureIds: goal.measures.map((m) => m.id).reverse(),
            expectedVersion: goal.version,
          });
        },
      },
      evaluateGoal: {
        // Only an agreed goal is evaluated.
        prepare: async (caseId) => {
          if ((await goalFrom(caseId)).status === 'PROPOSED') await agree(caseId);
        },
        act: async (email, caseId) => {
          const goal = await goalFrom(caseId);
          return run(email, EVALUATE_GOAL, {
            goalId: goal.id,
            expectedVersion: goal.version,
            input: { outcome: 'PARTLY_ACHIEVED', evaluation: `Vurdert av ${email}` },
          });
        },
      },
    };
    const ALLOWED = [NURSE, EDUCATOR, PHYSIO, OT, COORDINATOR];
    const REFUSED: [string, string][] = [
      [CASEWORKER, 'PROFESSION_NOT_ALLOWED'],
      [LEADER, 'PROFESSION_NOT_ALLOWED'],
      [HOME_CARE, 'NO_RELATION_TO_CASE'],
      [NURSE_SOR, 'NO_RELATION_TO_CASE'],
      [NURSE_PSYK, 'NO_RELATION_TO_CASE'],
      [PRIVACY, 'NO_RELATION_TO_CASE'],
    ];

    describe.each(Object.keys(MUTATIONS))('%s', (mutation) => {
      let caseId: string;
      beforeAll(async () => {
        t.clock.set(BASE);
        caseId = await openCase();
        const goal = await addGoal(caseId);
        await addMeasure(goal.id);
      });

      it.each(ALLOWED)('lets %s do it', async (email) => {
        await MUTATIONS[mutation].prepare?.(caseId);
        const result = await MUTATIONS[mutation].act(email, caseId);
        expect(result.errors).toBeUndefined();
        const last = (await plan(caseId)).revisions[0];
        expect(last.changedBy.email).toBe(email);
      });

      it.each(REFUSED)(
        'refuses %s (%s), writing nothing but the audit of the attempt',
        async (email, reason) => {
          await MUTATIONS[mutation].prepare?.(caseId);
          const version = (await plan(caseId)).version;
          const refusals = `access = 'REFUSED' AND action = '${mutation}' AND '${caseId}' = ANY(case_ids)`;
          const audited = await t.count('audit_events', refusals);
          await expectRefused(() => MUTATIONS[mutation].act(email, caseId), {
            code: 'FORBIDDEN',
            reason,
          });
          expect((await plan(caseId)).version).toBe(version);
          expect(await t.count('audit_events', refusals)).toBe(audited + 1);
        },
      );
    });

    it('lets the caseworker read the plan, and refuses another district and home care before handover', async () => {
      const caseId = await openCase();
      await addGoal(caseId);
      expect((await plan(caseId, CASEWORKER)).goals).toHaveLength(1);
      for (const email of [NURSE_SOR, HOME_CARE]) {
        const result = await run(email, PLAN, { caseId });
        expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
      }
      const other = await run<{ assessmentCase: unknown }>(NURSE_SOR, CASE, { id: caseId });
      expect(errorOf(other)).toEqual({ code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' });
    });
  });

  describe('after handover and on finished cases', () => {
    it('refuses edits of a handed-over case as CASE_READ_ONLY, and lets the team and the receiving unit evaluate', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const measure = await addMeasure(goal.id);
      await agree(caseId);
      await ok(
        CASEWORKER,
        'mutation($caseId: ID!, $input: RecordDecisionInput!) { recordDecision(caseId: $caseId, input: $input) { id } }',
        {
          caseId,
          input: {
            outcome: 'GRANTED',
            serviceLevel: 'WELFARE_TECHNOLOGY',
            services: [{ serviceCode: 'TRYGGHETSALARM', visitsPerWeek: 1, fromDate: '2026-03-03' }],
            legalBasisCode: 'HOL_3_2_6A',
            justification: 'Trenger opptrening etter fall',
          },
        },
      );
      const [{ id: unitId }] = (await t.dataSource.query(
        `SELECT id FROM service_units WHERE name = 'Hjemmetjenesten Nord'`,
      )) as { id: string }[];
      await ok(
        COORDINATOR,
        'mutation($caseId: ID!, $input: HandOverCaseInput!) { handOverCase(caseId: $caseId, input: $input) { status } }',
        {
          caseId,
          input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: unitId },
        },
      );

      const readOnly = { code: 'INVALID_TRANSITION', reason: 'CASE_READ_ONLY' };
      const current = await goalFrom(caseId);
      await expectRefused(() => run(NURSE, ADD_GOAL, { caseId, input: goalInput() }), readOnly);
      await expectRefused(
        () =>
          run(NURSE, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: current.version,
            input: { text: 'x' },
          }),
        readOnly,
      );
      await expectRefused(
        () => run(NURSE, ADD_MEASURE, { goalId: goal.id, input: measureInput() }),
        readOnly,
      );
      await expectRefused(
        () =>
          run(NURSE, UPDATE_MEASURE, {
            measureId: measure.id,
            expectedVersion: 1,
            input: { status: 'ACTIVE' },
          }),
        readOnly,
      );
      const version = (await plan(caseId)).version;
      await expectRefused(
        () => run(NURSE, AGREE, { caseId, expectedVersion: version, agreedBy: 'PERSON' }),
        readOnly,
      );
      await expectRefused(
        () => run(NURSE, REORDER_GOALS, { caseId, goalIds: [goal.id], expectedVersion: version }),
        readOnly,
      );
      await expectRefused(
        () =>
          run(NURSE, REORDER_MEASURES, {
            goalId: goal.id,
            measureIds: [measure.id],
            expectedVersion: current.version,
          }),
        readOnly,
      );
      // The receiving unit reads the plan, but does not edit it.
      expect((await plan(caseId, HOME_CARE)).status).toBe('AGREED');
      await expectRefused(
        () =>
          run(HOME_CARE, UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: current.version,
            input: { text: 'x' },
          }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
      );

      const byTeam = await ok<{ evaluateGoal: Goal }>(NURSE, EVALUATE_GOAL, {
        goalId: goal.id,
        expectedVersion: current.version,
        input: { outcome: 'PARTLY_ACHIEVED', evaluation: 'Halvveis ved overføring' },
      });
      const byUnit = await ok<{ evaluateGoal: Goal & { evaluatedBy: { email: string } } }>(
        HOME_CARE,
        EVALUATE_GOAL,
        {
          goalId: goal.id,
          expectedVersion: byTeam.evaluateGoal.version,
          input: { outcome: 'ACHIEVED', evaluation: 'Går alene til butikken ved oppfølging' },
        },
      );
      expect(byUnit.evaluateGoal).toMatchObject({
        status: 'ACHIEVED',
        evaluatedBy: { email: HOME_CARE },
        plan: { status: 'AGREED' },
      });
      // Evaluating carries the plan out: the case keeps its agreed plan.
      expect(await t.count('assessment_cases', 'id = $1 AND goal_plan_agreed', [caseId])).toBe(1);
    });

    it('refuses edits of a cancelled case, but evaluation goes on', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      await agree(caseId);
      await ok(
        COORDINATOR,
        'mutation($id: ID!) { cancelCase(caseId: $id, input: { reason: "Flyttet" }) { status } }',
        {
          id: caseId,
        },
      );
      await expectRefused(() => run(NURSE, ADD_GOAL, { caseId, input: goalInput() }), {
        code: 'INVALID_TRANSITION',
        reason: 'CASE_READ_ONLY',
      });
      const evaluated = await ok<{ evaluateGoal: Goal }>(OT, EVALUATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 2,
        input: { outcome: 'NOT_ACHIEVED', evaluation: 'Flyttet før målet ble nådd' },
      });
      expect(evaluated.evaluateGoal.status).toBe('NOT_ACHIEVED');
    });
  });

  describe('order', () => {
    const ORDER = `query($caseId: ID!) { goalPlan(caseId: $caseId) { status version
      goals { id text position version measures { id description position } }
      revisions { planVersion action goalId changedBy { email } changes { field before after } } } }`;
    interface Ordered {
      status: string;
      version: number;
      goals: {
        id: string;
        text: string;
        position: number;
        version: number;
        measures: { id: string; description: string; position: number }[];
      }[];
      revisions: {
        planVersion: number;
        action: string;
        goalId: string | null;
        changedBy: { email: string };
        changes: { field: string; before: unknown; after: unknown }[];
      }[];
    }
    const ordered = async (caseId: string): Promise<Ordered> =>
      (await ok<{ goalPlan: Ordered }>(NURSE, ORDER, { caseId })).goalPlan;

    it('lists goals and measures by position; reorderGoals keeps each goal version, bumps the plan, keeps a revision and undoes an agreement', async () => {
      const caseId = await openCase();
      const a = await addGoal(caseId, { text: 'Gå til butikken' });
      const b = await addGoal(caseId, { text: 'Lage middag' });
      const c = await addGoal(caseId, { text: 'Dusje selv' });
      const before = await ordered(caseId);
      expect(before.goals.map((g) => [g.text, g.position])).toEqual([
        ['Gå til butikken', 1],
        ['Lage middag', 2],
        ['Dusje selv', 3],
      ]);
      await agree(caseId);
      const agreed = await ordered(caseId);

      const result = await ok<{ reorderGoals: Ordered }>(OT, REORDER_GOALS, {
        caseId,
        goalIds: [c.id, a.id, b.id],
        expectedVersion: agreed.version,
      });
      expect(result.reorderGoals).toMatchObject({
        status: 'CHANGED_SINCE_AGREEMENT',
        version: agreed.version + 1,
      });
      const after = await ordered(caseId);
      expect(after.goals.map((g) => [g.id, g.position])).toEqual([
        [c.id, 1],
        [a.id, 2],
        [b.id, 3],
      ]);
      // The order is the plan's: no goal's own version moved, so nobody's edit conflicts.
      expect(after.goals.map((g) => g.version)).toEqual([2, 2, 2]);
      expect(after.revisions[0]).toEqual({
        planVersion: agreed.version + 1,
        action: 'REORDER_GOALS',
        goalId: null,
        changedBy: { email: OT },
        changes: [{ field: 'goalOrder', before: [a.id, b.id, c.id], after: [c.id, a.id, b.id] }],
      });
      const texts = (
        await ok<{ journal: { edges: { node: { text: string } }[] } }>(NURSE, JOURNAL, { caseId })
      ).journal.edges.map((e) => e.node.text);
      // Written at the same instant as the rest: found by its words, not its place.
      const reordered = texts.find((text) => text.startsWith('Målene har fått ny rekkefølge'));
      expect(reordered).toBe(
        'Målene har fått ny rekkefølge: 1. «Dusje selv», 2. «Gå til butikken», 3. «Lage middag». Planen er endret etter at den ble avtalt, og må avtales på nytt.',
      );

      // The same order again changes nothing; a new goal goes last.
      await ok(OT, REORDER_GOALS, {
        caseId,
        goalIds: [c.id, a.id, b.id],
        expectedVersion: after.version,
      });
      expect((await ordered(caseId)).version).toBe(after.version);
      const d = await addGoal(caseId, { text: 'Treffe venner' });
      expect((await ordered(caseId)).goals.map((g) => g.id)).toEqual([c.id, a.id, b.id, d.id]);
    });

    it('reorders the measures of a goal on the goal version, and refuses a stale one with CONFLICT', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const m1 = await addMeasure(goal.id, { description: 'Gåtrening' });
      const m2 = await addMeasure(goal.id, { description: 'Handle med følge' });
      const m3 = await addMeasure(goal.id, { description: 'Rullator' });
      const result = await ok<{
        reorderMeasures: { version: number; measures: { id: string; position: number }[] };
      }>(NURSE, REORDER_MEASURES, {
        goalId: goal.id,
        measureIds: [m3.id, m1.id, m2.id],
        expectedVersion: 1,
      });
      expect(result.reorderMeasures.version).toBe(2);
      expect(result.reorderMeasures.measures).toEqual([
        { id: m3.id, position: 1, version: 1 },
        { id: m1.id, position: 2, version: 1 },
        { id: m2.id, position: 3, version: 1 },
      ]);
      const current = await ordered(caseId);
      expect(current.revisions[0]).toMatchObject({
        action: 'REORDER_MEASURES',
        goalId: goal.id,
        changes: [
          { field: 'measureOrder', before: [m1.id, m2.id, m3.id], after: [m3.id, m1.id, m2.id] },
        ],
      });

      // A colleague who still saw version 1 gets CONFLICT, naming who changed it; nothing moves.
      const stale = await expectRefused(
        () =>
          run(PHYSIO, REORDER_MEASURES, {
            goalId: goal.id,
            measureIds: [m1.id, m2.id, m3.id],
            expectedVersion: 1,
          }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
      );
      expect(stale.errors![0].extensions).toMatchObject({
        entity: 'GOAL',
        currentVersion: 2,
        changedByName: expect.any(String),
      });
      const staleGoals = await expectRefused(
        () =>
          run(PHYSIO, REORDER_GOALS, {
            caseId,
            goalIds: [goal.id],
            expectedVersion: current.version - 1,
          }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
      );
      expect(staleGoals.errors![0].extensions).toMatchObject({
        entity: 'GOAL_PLAN',
        currentVersion: current.version,
      });
      expect((await ordered(caseId)).goals[0].measures.map((m) => m.id)).toEqual([
        m3.id,
        m1.id,
        m2.id,
      ]);
    });

    it('refuses an order that does not name every goal or measure exactly once (BAD_USER_INPUT), and a goal plan with no goal', async () => {
      const caseId = await openCase();
      const empty = await openCase();
      await expectRefused(
        () => run(NURSE, REORDER_GOALS, { caseId: empty, goalIds: [], expectedVersion: 1 }),
        { code: 'INVALID_TRANSITION', reason: 'NO_GOALS' },
      );
      const a = await addGoal(caseId, { text: 'Gå til butikken' });
      const b = await addGoal(caseId, { text: 'Lage middag' });
      const m1 = await addMeasure(a.id, { description: 'Gåtrening' });
      const m2 = await addMeasure(a.id, { description: 'Rullator' });
      const other = await addMeasure(b.id, { description: 'Komfyrvakt' });
      const version = (await ordered(caseId)).version;
      const mismatch = { code: 'BAD_USER_INPUT', reason: 'ORDER_MISMATCH' };
      for (const goalIds of [[a.id], [a.id, b.id, b.id], [a.id, b.id, m1.id], [b.id, b.id]]) {
        await expectRefused(
          () => run(NURSE, REORDER_GOALS, { caseId, goalIds, expectedVersion: version }),
          mismatch,
        );
      }
      for (const measureIds of [[m2.id], [m2.id, m1.id, other.id], [m2.id, m2.id]]) {
        await expectRefused(
          () => run(NURSE, REORDER_MEASURES, { goalId: a.id, measureIds, expectedVersion: 1 }),
          mismatch,
        );
      }
      const bad = await run(NURSE, REORDER_GOALS, {
        caseId,
        goalIds: [a.id],
        expectedVersion: version,
      });
      expect(bad.errors![0].extensions).toMatchObject({
        fields: [{ field: 'goalIds', problems: [`${b.id} missing`] }],
      });
    });

    it('refuses reordering the measures of an evaluated goal', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const m1 = await addMeasure(goal.id, { description: 'Gåtrening' });
      const m2 = await addMeasure(goal.id, { description: 'Rullator' });
      await agree(caseId);
      const evaluated = await ok<{ evaluateGoal: Goal }>(NURSE, EVALUATE_GOAL, {
        goalId: goal.id,
        expectedVersion: 2,
        input: { outcome: 'ACHIEVED', evaluation: 'Går alene' },
      });
      await expectRefused(
        () =>
          run(NURSE, REORDER_MEASURES, {
            goalId: goal.id,
            measureIds: [m2.id, m1.id],
            expectedVersion: evaluated.evaluateGoal.version,
          }),
        { code: 'INVALID_TRANSITION', reason: 'GOAL_EVALUATED' },
      );
    });
  });

  describe('history', () => {
    it('writes the plan, its agreement and each revision as journal EVENT entries', async () => {
      const caseId = await openCase();
      // A day apart each, so the journal's newest-first order is certain.
      t.clock.advanceDays(1);
      const goal = await addGoal(caseId);
      t.clock.advanceDays(1);
      await addMeasure(goal.id);
      t.clock.advanceDays(1);
      await agree(caseId);
      t.clock.advanceDays(1);
      const agreedGoal = await goalFrom(caseId);
      await ok(NURSE, UPDATE_GOAL, {
        goalId: goal.id,
        expectedVersion: agreedGoal.version,
        input: { targetDate: '2026-05-01' },
      });
      const texts = (
        await ok<{ journal: { edges: { node: { text: string } }[] } }>(NURSE, JOURNAL, { caseId })
      ).journal.edges.map((e) => e.node.text);
      // Newest first: the edit, the agreement, the measure, the goal, the acceptance.
      expect(texts).toHaveLength(5);
      expect(texts[0]).toContain(
        'Mål endret: «Klare å gå til butikken alene igjen». måldato: 2026-04-15 → 2026-05-01.',
      );
      expect(texts[0]).toContain('Planen er endret etter at den ble avtalt');
      expect(texts[1]).toContain('Mål- og tiltaksplanen (versjon 2) er avtalt med personen selv.');
      expect(texts[1]).toContain('1. Klare å gå til butikken alene igjen (AGREED, 2026-04-15)');
      expect(texts[1]).toContain(
        '– Gåtrening ute med rullator (EVERYDAY_REHABILITATION, tre ganger i uka)',
      );
      expect(texts[2]).toContain('Nytt tiltak for målet «Klare å gå til butikken alene igjen»');
      expect(texts[3]).toContain(
        'Nytt mål i mål- og tiltaksplanen: «Klare å gå til butikken alene igjen» (måldato 2026-04-15).',
      );
    });

    it('keeps revisions append-only in the database itself', async () => {
      const caseId = await openCase();
      await addGoal(caseId);
      const before = await t.count('goal_plan_revisions');
      await expect(t.ownerQuery('DELETE FROM goal_plan_revisions')).rejects.toThrow(/append-only/);
      await expect(
        t.ownerQuery(`UPDATE goal_plan_revisions SET changes = '[]'::jsonb`),
      ).rejects.toThrow(/append-only/);
      await expect(t.ownerQuery('TRUNCATE goal_plan_revisions CASCADE')).rejects.toThrow(
        /append-only/,
      );
      expect(await t.count('goal_plan_revisions')).toBe(before);
    });

    it('audits writes without free text, and the plan read', async () => {
      const caseId = await openCase();
      const goal = await addGoal(caseId);
      const [write] = (await t.dataSource.query(
        `SELECT args FROM audit_events WHERE access = 'WRITE' AND action = 'addGoal' AND $1 = ANY(case_ids)`,
        [caseId],
      )) as { args: Record<string, unknown> }[];
      expect(write.args).toMatchObject({ caseId, goalId: goal.id, planVersion: 1 });
      expect(JSON.stringify(write.args)).not.toContain('butikken');
      await plan(caseId, PHYSIO);
      expect(
        await t.count(
          'audit_events',
          `access = 'READ' AND action LIKE '%goalPlan%' AND $1 = ANY(case_ids)`,
          [caseId],
        ),
      ).toBeGreaterThan(0);
    });
  });
});
