import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { insertDecision, insertGoalPlan } from 'test/factories/case-states';
import { idOfTeam, idOfUnit, insertCase } from 'test/factories/cases';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

jest.setTimeout(60_000);

const CASEWORKER = 'caseworker.nord@demo.local';
const COORDINATOR = 'coordinator.nord@demo.local';
const NURSE = 'nurse.nord@demo.local';
const PHYSIO = 'physio.nord@demo.local';
const CASEWORKER_SOR = 'caseworker.sor@demo.local';
const COORDINATOR_SOR = 'coordinator.sor@demo.local';

const LETTER = `query($id: ID!, $input: RecordDecisionInput!) {
  decisionLetterPreview(caseId: $id, input: $input) { letter language decidedOn deadlineDate isLate serviceLevel } }`;
const RECORD = `mutation($id: ID!, $input: RecordDecisionInput!) {
  recordDecision(caseId: $id, input: $input) { id letter isLate } }`;
const SUMMARY = `query($id: ID!, $destination: HandoverDestination!) {
  handoverSummaryPreview(caseId: $id, destination: $destination) { destination text followUpDate } }`;
const HAND_OVER = `mutation($id: ID!, $input: HandOverCaseInput!) {
  handOverCase(caseId: $id, input: $input) { id status handovers { summaryText } } }`;

const granted = {
  outcome: 'GRANTED',
  services: [{ serviceCode: 'HVERDAGSREHABILITERING', hoursPerWeek: 3, fromDate: '2026-03-03' }],
  legalBasisCode: 'HOL_3_2_6A',
  justification: 'Kartleggingen viser at hverdagsrehabilitering dekker behovet',
};

/** The tables a preview must leave untouched (everything but the audit). */
const TABLES = ['decisions', 'decision_services', 'handovers', 'journal_entries', 'case_history'];

describe('previews of the decision letter and the handover summary', () => {
  let t: TestApp;
  let nord: string;
  let nordTeam: string;
  let coordinatorId: string;
  let caseworkerId: string;
  let homeCareNord: string;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  const counts = (): Promise<number[]> => Promise.all(TABLES.map((table) => t.count(table)));

  const audited = (access: string, action: string, caseId: string): Promise<number> =>
    t.count('audit_events', 'access = $1 AND action = $2 AND $3 = ANY(case_ids)', [
      access,
      action,
      caseId,
    ]);

  /** Runs a refused call and asserts its code, reason, and that nothing but the audit was written. */
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

  const activeCase = () => insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });

  /** A DECIDED case, its goal plan agreed or still a draft. */
  const decidedCase = async (plan: 'AGREED' | 'DRAFT') => {
    const kase = await activeCase();
    await insertGoalPlan(t, kase, coordinatorId, plan);
    await insertDecision(t, kase, caseworkerId, 'GRANTED');
    return kase;
  };

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    coordinatorId = await idOfStaff(t, COORDINATOR);
    caseworkerId = await idOfStaff(t, CASEWORKER);
    homeCareNord = await idOfUnit(t, 'Hjemmetjenesten Nord');
  });

  afterAll(async () => {
    await t.close();
  });

  it('offers each preview in viewerCan where the change it previews is offered', async () => {
    const viewerCan = async (caseId: string, email: string) =>
      (
        await run<{ assessmentCase: { viewerCan: string[] } }>(
          email,
          'query($id: ID!) { assessmentCase(id: $id) { viewerCan } }',
          { id: caseId },
        )
      ).data!.assessmentCase.viewerCan;
    const active = await activeCase();
    const decided = await decidedCase('AGREED');

    expect(await viewerCan(active.caseId, CASEWORKER)).toEqual(
      expect.arrayContaining(['recordDecision', 'decisionLetterPreview']),
    );
    expect(await viewerCan(active.caseId, PHYSIO)).not.toContain('decisionLetterPreview');
    expect(await viewerCan(active.caseId, COORDINATOR)).not.toContain('handoverSummaryPreview');
    expect(await viewerCan(decided.caseId, CASEWORKER)).not.toContain('decisionLetterPreview');
    expect(await viewerCan(decided.caseId, COORDINATOR)).toEqual(
      expect.arrayContaining(['handOverCase', 'handoverSummaryPreview']),
    );
  });

  describe('decisionLetterPreview', () => {
    it('shows the caseworker the letter recordDecision then writes, audited as a read, recording nothing', async () => {
      const kase = await activeCase();
      const before = await counts();

      const preview = await run<{
        decisionLetterPreview: {
          letter: string;
          language: string;
          isLate: boolean;
          serviceLevel: string;
          decidedOn: string;
        };
      }>(CASEWORKER, LETTER, { id: kase.caseId, input: granted });

      expect(preview.errors).toBeUndefined();
      const { letter, ...rest } = preview.data!.decisionLetterPreview;
      expect(rest).toMatchObject({
        language: 'nb',
        isLate: false,
        serviceLevel: 'EVERYDAY_REHABILITATION',
        decidedOn: '2026-03-02',
      });
      expect(letter).toContain(`Test ${kase.familyName}`);
      expect(letter).toContain('Hverdagsrehabilitering: 3 timer per uke');
      expect(letter).toContain('Klagefristen er tre uker');
      expect(letter).toContain('Statsforvalteren');
      expect(await counts()).toEqual(before);
      expect(await audited('READ', 'decisionLetterPreview', kase.caseId)).toBe(1);

      const recorded = await run<{ recordDecision: { letter: string } }>(CASEWORKER, RECORD, {
        id: kase.caseId,
        input: granted,
      });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordDecision.letter).toBe(letter);
    });

    it('flags a decision that would come after the clarification deadline', async () => {
      const kase = await activeCase();
      t.clock.advanceDays(16);
      try {
        const preview = await run<{ decisionLetterPreview: { isLate: boolean } }>(
          CASEWORKER,
          LETTER,
          { id: kase.caseId, input: granted },
        );
        expect(preview.data!.decisionLetterPreview.isLate).toBe(true);
      } finally {
        t.clock.set('2026-03-02T09:00:00+01:00');
      }
    });

    it('refuses a physiotherapist of the case, and audits the refused attempt', async () => {
      const kase = await activeCase();
      await expectRefused(() => run(PHYSIO, LETTER, { id: kase.caseId, input: granted }), {
        code: 'FORBIDDEN',
        reason: 'NOT_CASE_CASEWORKER',
      });
      await expectRefused(() => run(NURSE, LETTER, { id: kase.caseId, input: granted }), {
        code: 'FORBIDDEN',
        reason: 'NOT_CASE_CASEWORKER',
      });
      expect(await audited('REFUSED', 'decisionLetterPreview', kase.caseId)).toBe(2);
      expect(await audited('READ', 'decisionLetterPreview', kase.caseId)).toBe(0);
    });

    it("refuses a caseworker of another district's team", async () => {
      const kase = await activeCase();
      await expectRefused(() => run(CASEWORKER_SOR, LETTER, { id: kase.caseId, input: granted }), {
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
      });
      expect(await audited('REFUSED', 'decisionLetterPreview', kase.caseId)).toBe(1);
    });

    it('refuses a case that is already decided', async () => {
      const kase = await decidedCase('AGREED');
      await expectRefused(() => run(CASEWORKER, LETTER, { id: kase.caseId, input: granted }), {
        code: 'INVALID_TRANSITION',
        reason: 'CASE_ALREADY_DECIDED',
      });
    });

    it('refuses bad input with the field paths recordDecision gives', async () => {
      const kase = await activeCase();
      const unknown = await expectRefused(
        () =>
          run(CASEWORKER, LETTER, {
            id: kase.caseId,
            input: { ...granted, services: [{ ...granted.services[0], serviceCode: 'NOPE' }] },
          }),
        { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SERVICE' },
      );
      expect(unknown.errors![0].extensions.fields).toEqual([
        { field: 'input.services.0.serviceCode', problems: ['no such service'] },
      ]);
      await expectRefused(
        () =>
          run(CASEWORKER, LETTER, {
            id: kase.caseId,
            input: { ...granted, services: [{ ...granted.services[0], visitsPerWeek: 2 }] },
          }),
        { code: 'BAD_USER_INPUT', reason: 'HOURS_OR_VISITS' },
      );
      await expectRefused(
        () =>
          run(CASEWORKER, LETTER, {
            id: kase.caseId,
            input: { ...granted, legalBasisCode: 'SEL_83' },
          }),
        { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LEGAL_BASIS' },
      );
      // The same input to recordDecision is refused alike.
      expect(
        errorOf(
          await run(CASEWORKER, RECORD, {
            id: kase.caseId,
            input: { ...granted, legalBasisCode: 'SEL_83' },
          }),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LEGAL_BASIS' });
      const minutes = await expectRefused(
        () =>
          run(CASEWORKER, LETTER, {
            id: kase.caseId,
            input: { ...granted, services: [{ ...granted.services[0], minutesPerVisit: 30 }] },
          }),
        { code: 'BAD_USER_INPUT', reason: 'MINUTES_WITHOUT_VISITS' },
      );
      expect(minutes.errors![0].extensions.fields).toEqual([
        {
          field: 'input.services.0.minutesPerVisit',
          problems: ['give minutesPerVisit only with visitsPerWeek'],
        },
      ]);
    });

    it('refuses a frame of its own for delegated adjustment in a case opened without the model', async () => {
      const kase = await activeCase();
      const input = {
        ...granted,
        services: [{ ...granted.services[0], delegatedFrameHours: 0.5 }],
      };
      await expectRefused(() => run(CASEWORKER, LETTER, { id: kase.caseId, input }), {
        code: 'FORBIDDEN',
        reason: 'FEATURE_DISABLED',
      });
      await expectRefused(() => run(CASEWORKER, RECORD, { id: kase.caseId, input }), {
        code: 'FORBIDDEN',
        reason: 'FEATURE_DISABLED',
      });
    });

    it('counts the weekly hours of visits by the decision’s minutes, else the catalogue’s', async () => {
      const kase = await activeCase();
      const services = [
        { serviceCode: 'HVERDAGSREHABILITERING', hoursPerWeek: 3, fromDate: '2026-03-03' },
        { serviceCode: 'HJEMMESYKEPLEIE', visitsPerWeek: 7, fromDate: '2026-03-03' },
        {
          serviceCode: 'PERSONLIG_STELL',
          visitsPerWeek: 7,
          minutesPerVisit: 20,
          fromDate: '2026-03-03',
        },
        { serviceCode: 'TRYGGHETSALARM', visitsPerWeek: 1, fromDate: '2026-03-03' },
      ];
      const recorded = await run<{ recordDecision: { id: string } }>(CASEWORKER, RECORD, {
        id: kase.caseId,
        input: { ...granted, services },
      });
      expect(recorded.errors).toBeUndefined();
      const read = await run<{
        node: {
          services: {
            serviceCode: string;
            minutesPerVisit: number | null;
            weeklyHours: number | null;
          }[];
        };
      }>(
        CASEWORKER,
        `query($id: ID!) { node(id: $id) { ... on Decision { services { serviceCode minutesPerVisit weeklyHours } } } }`,
        { id: recorded.data!.recordDecision.id },
      );
      expect(read.errors).toBeUndefined();
      const byCode = Object.fromEntries(read.data!.node.services.map((s) => [s.serviceCode, s]));
      // Hours as decided; 7 visits × the catalogue's 30 minutes; 7 × the decision's 20 minutes;
      // an alarm has no visit length, so no weekly time.
      expect(byCode.HVERDAGSREHABILITERING).toEqual({
        serviceCode: 'HVERDAGSREHABILITERING',
        minutesPerVisit: null,
        weeklyHours: 3,
      });
      expect(byCode.HJEMMESYKEPLEIE).toEqual({
        serviceCode: 'HJEMMESYKEPLEIE',
        minutesPerVisit: null,
        weeklyHours: 3.5,
      });
      expect(byCode.PERSONLIG_STELL).toEqual({
        serviceCode: 'PERSONLIG_STELL',
        minutesPerVisit: 20,
        weeklyHours: 2.33,
      });
      expect(byCode.TRYGGHETSALARM).toEqual({
        serviceCode: 'TRYGGHETSALARM',
        minutesPerVisit: null,
        weeklyHours: null,
      });
    });
  });

  describe('handoverSummaryPreview', () => {
    it('shows the coordinator the summary handOverCase then sends, audited as a read, sending nothing', async () => {
      const kase = await decidedCase('AGREED');
      const before = await counts();

      const preview = await run<{
        handoverSummaryPreview: { destination: string; text: string; followUpDate: string };
      }>(COORDINATOR, SUMMARY, { id: kase.caseId, destination: 'ORDINARY_HOME_CARE' });

      expect(preview.errors).toBeUndefined();
      const summary = preview.data!.handoverSummaryPreview;
      expect(summary).toMatchObject({
        destination: 'ORDINARY_HOME_CARE',
        followUpDate: '2026-06-02',
      });
      expect(summary.text).toContain(`Test ${kase.familyName}`);
      expect(summary.text).toContain('Klare å dusje selv');
      // Said in words, not codes: the receiving unit reads it.
      expect(summary.text).toContain('OVERFØRING (ordinær hjemmetjeneste)');
      expect(summary.text).toMatch(/innvilget \(Hverdagsrehabilitering\)/);
      expect(summary.text).not.toMatch(/ORDINARY_HOME_CARE|EVERYDAY_REHABILITATION|GRANTED/);
      expect(await counts()).toEqual(before);
      expect(await audited('READ', 'handoverSummaryPreview', kase.caseId)).toBe(1);

      const sent = await run<{ handOverCase: { handovers: { summaryText: string }[] } }>(
        COORDINATOR,
        HAND_OVER,
        {
          id: kase.caseId,
          input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: homeCareNord },
        },
      );
      expect(sent.errors).toBeUndefined();
      expect(sent.data!.handOverCase.handovers[0].summaryText).toBe(summary.text);
    });

    it('needs an agreed goal plan for every destination but closure; closure goes without one', async () => {
      const kase = await decidedCase('DRAFT');
      for (const destination of ['ORDINARY_HOME_CARE', 'OTHER_SERVICES', 'LOW_THRESHOLD']) {
        const refused = await expectRefused(
          () => run(COORDINATOR, SUMMARY, { id: kase.caseId, destination }),
          { code: 'INVALID_TRANSITION', reason: 'GOAL_PLAN_NOT_AGREED' },
        );
        expect(refused.errors![0].message).toMatch(/agreed goal plan/);
      }
      await expectRefused(
        () =>
          run(COORDINATOR, HAND_OVER, {
            id: kase.caseId,
            input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: homeCareNord },
          }),
        { code: 'INVALID_TRANSITION', reason: 'GOAL_PLAN_NOT_AGREED' },
      );

      const closure = await run<{ handoverSummaryPreview: { text: string } }>(
        COORDINATOR,
        SUMMARY,
        {
          id: kase.caseId,
          destination: 'CLOSED',
        },
      );
      expect(closure.errors).toBeUndefined();
      const closed = await run<{ handOverCase: { status: string } }>(COORDINATOR, HAND_OVER, {
        id: kase.caseId,
        input: { destination: 'CLOSED' },
      });
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.handOverCase.status).toBe('CLOSED');
    });

    it('refuses a caseworker of the case, and audits the refused attempt', async () => {
      const kase = await decidedCase('AGREED');
      await expectRefused(
        () => run(CASEWORKER, SUMMARY, { id: kase.caseId, destination: 'CLOSED' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
      );
      expect(await audited('REFUSED', 'handoverSummaryPreview', kase.caseId)).toBe(1);
    });

    it("refuses a coordinator of another district's team", async () => {
      const kase = await decidedCase('AGREED');
      await expectRefused(
        () => run(COORDINATOR_SOR, SUMMARY, { id: kase.caseId, destination: 'CLOSED' }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
      );
    });

    it('refuses a case without a decision', async () => {
      const kase = await activeCase();
      await expectRefused(
        () => run(COORDINATOR, SUMMARY, { id: kase.caseId, destination: 'CLOSED' }),
        { code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' },
      );
    });

    it('refuses an unknown destination and a malformed case id as bad input', async () => {
      const kase = await decidedCase('AGREED');
      const before = await counts();
      expect(
        errorOf(await run(COORDINATOR, SUMMARY, { id: kase.caseId, destination: 'NOWHERE' })).code,
      ).toBe('BAD_USER_INPUT');
      expect(
        errorOf(await run(COORDINATOR, SUMMARY, { id: 'not-a-case', destination: 'CLOSED' })).code,
      ).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
    });
  });
});
