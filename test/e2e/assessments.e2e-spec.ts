import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';
import {
  acceptReferralViaApi,
  HOSPITAL_DISCHARGE,
  openCaseViaApi,
  registerReferralViaApi,
} from 'test/factories/cases';

// Monday 2 March 2026, 09:00 in Oslo (UTC+1).
const BASE = '2026-03-02T09:00:00+01:00';

const PHYSIO = 'physio.nord@demo.local';
const OT = 'ot.nord@demo.local';
const NURSE = 'nurse.nord@demo.local';
const COORDINATOR = 'coordinator.nord@demo.local';

const ASSESSMENT_FIELDS = `id caseId patientId version isLatest recordedAt scale authorProfession
  selfMastery network voluntary welfareTechnology lowThreshold whatMatters suggestedLevel
  author { email name profession }
  scores { variable { code name area } score }`;
const RECORD = `mutation($caseId: ID!, $input: RecordAssessmentInput!) {
  recordAssessment(caseId: $caseId, input: $input) { ${ASSESSMENT_FIELDS} } }`;
const CASE_ASSESSMENTS = `query($id: ID!) { assessmentCase(id: $id) {
  assessments { ${ASSESSMENT_FIELDS} }
  functionSummary { variable { code name area } score setAt assessmentId setBy { email name profession } }
  lowestSuggestedLevel } }`;
const VARIABLES = `{ functionVariables { code scale area name sort } }`;

interface Score {
  variable: { code: string; name: string; area: string | null };
  score: number;
}
interface AssessmentView {
  id: string;
  caseId: string;
  patientId: string;
  version: number;
  isLatest: boolean;
  recordedAt: string;
  scale: string;
  authorProfession: string;
  selfMastery: string | null;
  network: string | null;
  voluntary: string | null;
  welfareTechnology: string | null;
  lowThreshold: string | null;
  whatMatters: string | null;
  suggestedLevel: string | null;
  author: { email: string; name: string; profession: string };
  scores: Score[];
}
interface SummaryView {
  variable: { code: string; name: string; area: string | null };
  score: number;
  setAt: string;
  assessmentId: string;
  setBy: { email: string; name: string; profession: string };
}
interface CaseAssessments {
  assessments: AssessmentView[];
  functionSummary: SummaryView[];
  lowestSuggestedLevel: string | null;
}

describe('structured assessments', () => {
  let t: TestApp;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  /** A fresh Nord person with an open case (a person has only one open case). */
  const openCase = async (): Promise<{ caseId: string; patientId: string }> =>
    openCaseViaApi(t, { districtId: await idOfDistrict(t, 'Nord') });

  const record = (email: string, caseId: string, input: Record<string, unknown>) =>
    run<{ recordAssessment: AssessmentView }>(email, RECORD, { caseId, input });

  const recorded = async (email: string, caseId: string, input: Record<string, unknown>) => {
    const result = await record(email, caseId, input);
    expect(result.errors).toBeUndefined();
    return result.data!.recordAssessment;
  };

  const readAssessments = async (caseId: string, email = COORDINATOR) => {
    const result = await run<{ assessmentCase: CaseAssessments }>(email, CASE_ASSESSMENTS, {
      id: caseId,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.assessmentCase;
  };

  const assessmentCounts = async () => ({
    assessments: await t.count('assessments'),
    scores: await t.count('assessment_scores'),
  });

  /** Runs an attempt that must be refused, and proves no assessment or score was written. */
  const expectRefused = async (
    attempt: () => Promise<GqlResult>,
    expected: { code: string; reason: string },
  ): Promise<GqlResult> => {
    const before = await assessmentCounts();
    const result = await attempt();
    expect(errorOf(result)).toEqual(expected);
    expect(result.data ?? null).toBeNull();
    expect(await assessmentCounts()).toEqual(before);
    return result;
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(BASE);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records a physiotherapist’s assessment with IPLOS scores, audited in the same transaction', async () => {
    const { caseId, patientId } = await openCase();
    t.clock.set('2026-03-03T10:15:00+01:00');

    const assessment = await recorded(PHYSIO, caseId, {
      selfMastery: 'Klarer forflytning selv med rullator.\nKan lære å bruke dusjstol.',
      network: 'Datter kommer innom to ganger i uka.',
      whatMatters: 'Å kunne gå til butikken selv igjen.',
      scores: [
        { variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 4 },
        { variableCode: 'IPLOS_BEVEGE_SEG_INNENDOERS', score: 2 },
        { variableCode: 'IPLOS_SYN', score: 9 },
      ],
      suggestedLevel: 'EVERYDAY_REHABILITATION',
    });

    expect(assessment).toMatchObject({
      caseId,
      patientId,
      version: 1,
      isLatest: true,
      recordedAt: '2026-03-03T09:15:00.000Z',
      scale: 'IPLOS',
      authorProfession: 'PHYSIOTHERAPIST',
      selfMastery: 'Klarer forflytning selv med rullator.\nKan lære å bruke dusjstol.',
      network: 'Datter kommer innom to ganger i uka.',
      voluntary: null,
      welfareTechnology: null,
      lowThreshold: null,
      whatMatters: 'Å kunne gå til butikken selv igjen.',
      suggestedLevel: 'EVERYDAY_REHABILITATION',
      author: { email: PHYSIO, name: 'Fysioterapeut Nord', profession: 'PHYSIOTHERAPIST' },
    });
    // In the order of the code list, not of the input.
    expect(assessment.scores).toEqual([
      {
        variable: {
          code: 'IPLOS_BEVEGE_SEG_INNENDOERS',
          name: 'Bevege seg innendørs',
          area: 'Mobilitet',
        },
        score: 2,
      },
      {
        variable: {
          code: 'IPLOS_BEVEGE_SEG_UTENDOERS',
          name: 'Bevege seg utendørs',
          area: 'Mobilitet',
        },
        score: 4,
      },
      { variable: { code: 'IPLOS_SYN', name: 'Syn', area: 'Sanser' }, score: 9 },
    ]);

    const writes = (await t.dataSource.query(
      `SELECT actor_profession, patient_ids, case_ids, args FROM audit_events
        WHERE access = 'WRITE' AND action = 'recordAssessment' AND $1 = ANY(case_ids)`,
      [caseId],
    )) as {
      actor_profession: string;
      patient_ids: string[];
      case_ids: string[];
      args: Record<string, unknown>;
    }[];
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      actor_profession: 'PHYSIOTHERAPIST',
      patient_ids: [patientId],
      case_ids: [caseId],
      args: { caseId, assessmentId: assessment.id, version: 1, scale: 'IPLOS' },
    });
    // The audit trail holds no free text about the person.
    expect(JSON.stringify(writes[0].args)).not.toContain('rullator');
  });

  it('records again as version 2 and leaves version 1 as it was', async () => {
    const { caseId } = await openCase();
    const first = await recorded(PHYSIO, caseId, {
      welfareTechnology: 'Trygghetsalarm ønskes.',
      scores: [{ variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 4 }],
      suggestedLevel: 'HOME_NURSING',
    });
    const before = await readAssessments(caseId);
    const v1Before = before.assessments.find((a) => a.id === first.id)!;
    expect(v1Before.isLatest).toBe(true);

    t.clock.advanceDays(2);
    const second = await recorded(PHYSIO, caseId, {
      welfareTechnology: 'Trygghetsalarm installert; rullator utlevert.',
      scores: [{ variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 3 }],
      suggestedLevel: 'EVERYDAY_REHABILITATION',
    });
    expect(second).toMatchObject({ version: 2, isLatest: true });
    expect(second.id).not.toBe(first.id);

    const after = await readAssessments(caseId);
    // Newest first; version 1 is still there, unchanged except that it is no longer the latest.
    expect(after.assessments.map((a) => [a.version, a.isLatest])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(after.assessments[1]).toEqual({ ...v1Before, isLatest: false });
    expect(after.assessments[1].scores).toEqual([
      {
        variable: {
          code: 'IPLOS_BEVEGE_SEG_UTENDOERS',
          name: 'Bevege seg utendørs',
          area: 'Mobilitet',
        },
        score: 4,
      },
    ]);
    expect(await t.count('assessments', 'case_id = $1', [caseId])).toBe(2);
  });

  it('summarises the latest score per variable over every author’s latest version, naming who set it', async () => {
    const { caseId, patientId } = await openCase();
    t.clock.set('2026-03-04T09:00:00+01:00');
    await recorded(PHYSIO, caseId, {
      scores: [
        { variableCode: 'IPLOS_BEVEGE_SEG_INNENDOERS', score: 3 },
        { variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 4 },
      ],
      suggestedLevel: 'EVERYDAY_REHABILITATION',
    });
    t.clock.set('2026-03-05T13:30:00+01:00');
    const ot = await recorded(OT, caseId, {
      scores: [
        // The overlap: the occupational therapist scores outdoor mobility later, and lower.
        { variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 2 },
        { variableCode: 'IPLOS_LAGE_MAT', score: 3 },
      ],
      suggestedLevel: 'WELFARE_TECHNOLOGY',
    });

    const auditedBefore = await t.count(
      'audit_events',
      `access = 'READ' AND 'assessments' = ANY(string_to_array(action, ',')) AND $1 = ANY(case_ids)`,
      [caseId],
    );
    const read = await readAssessments(caseId);
    const summary = read.functionSummary.map((s) => [
      s.variable.code,
      s.score,
      s.setBy.email,
      s.setAt,
    ]);
    // In the order of the code list.
    expect(summary).toEqual([
      ['IPLOS_LAGE_MAT', 3, OT, '2026-03-05T12:30:00.000Z'],
      ['IPLOS_BEVEGE_SEG_INNENDOERS', 3, PHYSIO, '2026-03-04T08:00:00.000Z'],
      ['IPLOS_BEVEGE_SEG_UTENDOERS', 2, OT, '2026-03-05T12:30:00.000Z'],
    ]);
    expect(read.functionSummary[0]).toMatchObject({
      variable: { name: 'Lage mat', area: 'Husholdning' },
      assessmentId: ot.id,
      setBy: { name: 'Ergoterapeut Nord', profession: 'OCCUPATIONAL_THERAPIST' },
    });
    expect(read.lowestSuggestedLevel).toBe('WELFARE_TECHNOLOGY');
    // The read of the assessments is audited, naming the case and the person.
    expect(
      await t.count(
        'audit_events',
        `access = 'READ' AND 'assessments' = ANY(string_to_array(action, ',')) AND $1 = ANY(case_ids) AND $2 = ANY(patient_ids)`,
        [caseId, patientId],
      ),
    ).toBe(auditedBefore + 1);

    // The physiotherapist's new version replaces their earlier one: its scores and suggestion.
    t.clock.set('2026-03-06T08:00:00+01:00');
    await recorded(PHYSIO, caseId, {
      scores: [{ variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 3 }],
      suggestedLevel: 'HOME_NURSING',
    });
    const later = await readAssessments(caseId);
    expect(later.functionSummary.map((s) => [s.variable.code, s.score, s.setBy.email])).toEqual([
      ['IPLOS_LAGE_MAT', 3, OT],
      ['IPLOS_BEVEGE_SEG_UTENDOERS', 3, PHYSIO],
    ]);
    expect(later.lowestSuggestedLevel).toBe('WELFARE_TECHNOLOGY');

    // A latest version without a suggestion withdraws that author's earlier one.
    await recorded(OT, caseId, { lowThreshold: 'Frisklivssentralens trimgruppe passer.' });
    expect((await readAssessments(caseId)).lowestSuggestedLevel).toBe('HOME_NURSING');
  });

  describe('why this level (suggestedLevelReason)', () => {
    const REASON = `query($id: ID!) { assessmentCase(id: $id) {
      lowestSuggestedLevel
      suggestedLevelReason {
        level rule
        assessment { id version authorProfession recordedAt author { email } }
        suggestions { id suggestedLevel author { email } }
        answers { question level text }
        scores { score variable { code } }
      } } }`;
    interface Reason {
      level: string;
      rule: string;
      assessment: {
        id: string;
        version: number;
        authorProfession: string;
        recordedAt: string;
        author: { email: string };
      };
      suggestions: { id: string; suggestedLevel: string; author: { email: string } }[];
      answers: { question: string; level: string | null; text: string }[];
      scores: { score: number; variable: { code: string } }[];
    }
    const readReason = async (caseId: string, email = COORDINATOR) => {
      const result = await run<{
        assessmentCase: {
          lowestSuggestedLevel: string | null;
          suggestedLevelReason: Reason | null;
        };
      }>(email, REASON, { id: caseId });
      expect(result.errors).toBeUndefined();
      return result.data!.assessmentCase;
    };

    it('names the suggestion behind the level, with the answers up to its step and the scores showing a need', async () => {
      const { caseId, patientId } = await openCase();
      t.clock.set('2026-03-04T09:00:00+01:00');
      await recorded(NURSE, caseId, {
        selfMastery: 'Klarer personlig hygiene med tilrettelegging.',
        suggestedLevel: 'HOME_NURSING',
      });
      t.clock.set('2026-03-05T10:00:00+01:00');
      const physio = await recorded(PHYSIO, caseId, {
        selfMastery: 'Går trygt innendørs med rullator.',
        network: 'Datter kommer to ganger i uka.',
        voluntary: 'Ingen aktuelle tilbud.',
        welfareTechnology: 'Trygghetsalarm og dørsensor vil hjelpe.',
        lowThreshold: 'Trimgruppe når hun er sterkere.',
        whatMatters: 'Å bo hjemme og gå tur med hunden.',
        scores: [
          { variableCode: 'IPLOS_SPISE', score: 1 },
          { variableCode: 'IPLOS_BEVEGE_SEG_INNENDOERS', score: 3 },
          { variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 4 },
          { variableCode: 'IPLOS_SYN', score: 9 },
        ],
        suggestedLevel: 'WELFARE_TECHNOLOGY',
      });

      const auditedBefore = await t.count(
        'audit_events',
        `access = 'READ' AND 'assessments' = ANY(string_to_array(action, ',')) AND $1 = ANY(case_ids) AND $2 = ANY(patient_ids)`,
        [caseId, patientId],
      );
      const read = await readReason(caseId);
      const reason = read.suggestedLevelReason!;
      // The reason is for the level the case shows.
      expect(reason.level).toBe(read.lowestSuggestedLevel);
      expect(reason).toMatchObject({
        level: 'WELFARE_TECHNOLOGY',
        rule: 'LOWEST_LATEST_SUGGESTION',
        assessment: {
          id: physio.id,
          version: 1,
          authorProfession: 'PHYSIOTHERAPIST',
          recordedAt: '2026-03-05T09:00:00.000Z',
          author: { email: PHYSIO },
        },
      });
      expect(reason.suggestions.map((s) => [s.author.email, s.suggestedLevel])).toEqual([
        [PHYSIO, 'WELFARE_TECHNOLOGY'],
        [NURSE, 'HOME_NURSING'],
      ]);
      // The steps up to the suggested one, and what matters; not the low-threshold step above it.
      expect(reason.answers).toEqual([
        {
          question: 'SELF_MASTERY',
          level: 'SELF_MASTERY',
          text: 'Går trygt innendørs med rullator.',
        },
        { question: 'NETWORK', level: 'NETWORK', text: 'Datter kommer to ganger i uka.' },
        { question: 'VOLUNTARY', level: 'VOLUNTARY', text: 'Ingen aktuelle tilbud.' },
        {
          question: 'WELFARE_TECHNOLOGY',
          level: 'WELFARE_TECHNOLOGY',
          text: 'Trygghetsalarm og dørsensor vil hjelpe.',
        },
        { question: 'WHAT_MATTERS', level: null, text: 'Å bo hjemme og gå tur med hunden.' },
      ]);
      // Only the scores showing a need, largest first: not "no problems" (1), not "not relevant" (9).
      expect(reason.scores.map((s) => [s.variable.code, s.score])).toEqual([
        ['IPLOS_BEVEGE_SEG_UTENDOERS', 4],
        ['IPLOS_BEVEGE_SEG_INNENDOERS', 3],
      ]);
      expect(
        await t.count(
          'audit_events',
          `access = 'READ' AND 'assessments' = ANY(string_to_array(action, ',')) AND $1 = ANY(case_ids) AND $2 = ANY(patient_ids)`,
          [caseId, patientId],
        ),
      ).toBe(auditedBefore + 1);
    });

    it('follows the level when a later version withdraws the lowest suggestion, and is none without suggestions', async () => {
      const { caseId } = await openCase();
      expect(await readReason(caseId)).toEqual({
        lowestSuggestedLevel: null,
        suggestedLevelReason: null,
      });
      await recorded(NURSE, caseId, { suggestedLevel: 'PRACTICAL_ASSISTANCE' });
      await recorded(OT, caseId, { welfareTechnology: 'Dusjkrakk', suggestedLevel: 'NETWORK' });
      expect((await readReason(caseId)).suggestedLevelReason).toMatchObject({
        level: 'NETWORK',
        answers: [],
        scores: [],
      });
      // The occupational therapist's next version has no suggestion: the nurse's decides now.
      await recorded(OT, caseId, { welfareTechnology: 'Dusjkrakk og gripetang' });
      const read = await readReason(caseId);
      expect(read.lowestSuggestedLevel).toBe('PRACTICAL_ASSISTANCE');
      expect(read.suggestedLevelReason).toMatchObject({
        level: 'PRACTICAL_ASSISTANCE',
        assessment: { author: { email: NURSE } },
        suggestions: [{ author: { email: NURSE } }],
      });
    });

    it('refuses the reason to staff of another district, like the case', async () => {
      const { caseId } = await openCase();
      await recorded(NURSE, caseId, { suggestedLevel: 'NETWORK' });
      const result = await run('nurse.sor@demo.local', REASON, { id: caseId });
      expect(errorOf(result).code).toBe('FORBIDDEN');
    });
  });

  it('answers no assessments, an empty summary and no level for a case without assessments', async () => {
    const { caseId } = await openCase();
    expect(await readAssessments(caseId)).toEqual({
      assessments: [],
      functionSummary: [],
      lowestSuggestedLevel: null,
    });
  });

  it('gives one author’s concurrent recordings versions 1, 2 and 3 in turn, without a conflict', async () => {
    const { caseId } = await openCase();
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        record(NURSE, caseId, {
          whatMatters: `Å bo hjemme (${i}).`,
          scores: [{ variableCode: 'IPLOS_PERSONLIG_HYGIENE', score: i }],
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.recordAssessment.version).sort()).toEqual([1, 2, 3]);
    const read = await readAssessments(caseId);
    expect(read.assessments.filter((a) => a.isLatest).map((a) => a.version)).toEqual([3]);
  });

  it('loads the assessment fields of many cases with one query per field (no N+1)', async () => {
    const cases = [await openCase(), await openCase(), await openCase()];
    for (const { caseId } of cases) {
      await recorded(PHYSIO, caseId, {
        scores: [{ variableCode: 'IPLOS_TOALETT', score: 2 }],
        suggestedLevel: 'PRACTICAL_ASSISTANCE',
      });
      await recorded(OT, caseId, { scores: [{ variableCode: 'IPLOS_SPISE', score: 1 }] });
    }
    const spy = jest.spyOn(t.dataSource, 'query');
    try {
      const result = await run<{
        assessmentCases: { edges: { node: { id: string } & CaseAssessments }[] };
      }>(
        COORDINATOR,
        `{ assessmentCases(first: 100) { edges { node { id
          assessments { version author { email } scores { score variable { code } } }
          functionSummary { score variable { code } setBy { email } }
          lowestSuggestedLevel } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.assessmentCases.edges.map((e) => e.node);
      for (const { caseId } of cases) {
        const node = nodes.find((n) => n.id === caseId)!;
        expect(node.assessments).toHaveLength(2);
        expect(node.lowestSuggestedLevel).toBe('PRACTICAL_ASSISTANCE');
      }
      const assessmentQueries = spy.mock.calls.filter(([sql]) =>
        /FROM (assessments|assessment_scores)\b/.test(String(sql)),
      );
      // assessments, functionSummary, lowestSuggestedLevel, scores: one query each.
      expect(assessmentQueries).toHaveLength(4);
    } finally {
      spy.mockRestore();
    }
  });

  describe('refusals (nothing written)', () => {
    let caseId: string;
    const valid = { scores: [{ variableCode: 'IPLOS_SPISE', score: 2 }] };

    beforeAll(async () => {
      ({ caseId } = await openCase());
    });

    it('refuses a nurse of another district, and audits the refused attempt', async () => {
      const refusedBefore = await t.count(
        'audit_events',
        `access = 'REFUSED' AND action = 'recordAssessment' AND $1 = ANY(case_ids)`,
        [caseId],
      );
      await expectRefused(() => record('nurse.sor@demo.local', caseId, valid), {
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
      });
      const refused = (await t.dataSource.query(
        `SELECT actor_id FROM audit_events
          WHERE access = 'REFUSED' AND action = 'recordAssessment' AND $1 = ANY(case_ids)`,
        [caseId],
      )) as { actor_id: string }[];
      expect(refused).toHaveLength(refusedBefore + 1);
      expect(refused.at(-1)!.actor_id).toBe(await idOfStaff(t, 'nurse.sor@demo.local'));
    });

    it('refuses a leader of the team (not a profession that assesses)', async () => {
      await expectRefused(() => record('leader.nord@demo.local', caseId, valid), {
        code: 'FORBIDDEN',
        reason: 'PROFESSION_NOT_ALLOWED',
      });
    });

    it.each([6, 0, -1, 8, 10])('refuses IPLOS score %p', async (score) => {
      const result = await expectRefused(
        () =>
          record(PHYSIO, caseId, {
            scores: [
              { variableCode: 'IPLOS_SPISE', score: 2 },
              { variableCode: 'IPLOS_TOALETT', score },
            ],
          }),
        { code: 'BAD_USER_INPUT', reason: 'SCORE_OUT_OF_RANGE' },
      );
      expect(result.errors![0].extensions.fields).toEqual([
        { field: 'input.scores.1.score', problems: ['must be 1–5 or 9 (not relevant)'] },
      ]);
    });

    it('refuses an unknown variable, naming the field', async () => {
      const result = await expectRefused(
        () =>
          record(PHYSIO, caseId, {
            scores: [
              { variableCode: 'IPLOS_SPISE', score: 2 },
              { variableCode: 'IPLOS_FLYGE', score: 3 },
            ],
          }),
        { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_VARIABLE' },
      );
      expect(result.errors![0].extensions.fields).toEqual([
        { field: 'input.scores.1.variableCode', problems: ['no IPLOS variable with this code'] },
      ]);
    });

    it('refuses a variable of the other scale (FSIII in a Norwegian municipality)', async () => {
      await expectRefused(
        () => record(PHYSIO, caseId, { scores: [{ variableCode: 'FSIII_VASKE_SIG', score: 2 }] }),
        { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_VARIABLE' },
      );
    });

    it('refuses the same variable twice in one assessment', async () => {
      const result = await expectRefused(
        () =>
          record(PHYSIO, caseId, {
            scores: [
              { variableCode: 'IPLOS_SPISE', score: 2 },
              { variableCode: 'IPLOS_SPISE', score: 3 },
            ],
          }),
        { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_VARIABLE' },
      );
      expect(result.errors![0].extensions.fields).toEqual([
        {
          field: 'input.scores.1.variableCode',
          problems: ['variable already scored in this input'],
        },
      ]);
    });

    it.each([{}, { scores: [] }])('refuses an empty assessment %p', async (input) => {
      await expectRefused(() => record(PHYSIO, caseId, input), {
        code: 'BAD_USER_INPUT',
        reason: 'EMPTY_ASSESSMENT',
      });
    });

    it('refuses a text over 5000 characters, naming the field', async () => {
      const result = await expectRefused(
        () => record(PHYSIO, caseId, { whatMatters: 'x'.repeat(5001) }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
      );
      expect(
        (result.errors![0].extensions.fields as { field: string }[]).map((f) => f.field),
      ).toEqual(['input.whatMatters']);
      // Exactly 5000 is allowed.
      await recorded(PHYSIO, caseId, { whatMatters: 'x'.repeat(5000) });
    });

    it('refuses control characters in a text', async () => {
      await expectRefused(() => record(PHYSIO, caseId, { network: 'Datter\u0000 og sønn' }), {
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
      });
    });

    it('refuses an unknown case', async () => {
      await expectRefused(() => record(PHYSIO, '00000000-0000-4000-8000-000000000000', valid), {
        code: 'NOT_FOUND',
        reason: 'CASE_NOT_FOUND',
      });
    });

    it('refuses assessments once the case is cancelled (read-only)', async () => {
      const other = await openCase();
      const cancelled = await run(
        COORDINATOR,
        'mutation($id: ID!) { cancelCase(caseId: $id, input: { reason: "Flyttet" }) { status } }',
        { id: other.caseId },
      );
      expect(cancelled.errors).toBeUndefined();
      await expectRefused(() => record(PHYSIO, other.caseId, valid), {
        code: 'INVALID_TRANSITION',
        reason: 'CASE_READ_ONLY',
      });
    });
  });

  it('has the database refuse UPDATE, DELETE and TRUNCATE of assessments and scores', async () => {
    const { caseId } = await openCase();
    const assessment = await recorded(PHYSIO, caseId, {
      selfMastery: 'Klarer seg selv innendørs.',
      scores: [{ variableCode: 'IPLOS_SPISE', score: 1 }],
    });
    const refusal = /append-only/;
    await expect(
      t.ownerQuery(`UPDATE assessments SET self_mastery = 'endret' WHERE id = $1`, [assessment.id]),
    ).rejects.toThrow(refusal);
    await expect(
      t.ownerQuery(`DELETE FROM assessments WHERE id = $1`, [assessment.id]),
    ).rejects.toThrow(refusal);
    await expect(
      t.ownerQuery(`UPDATE assessment_scores SET score = 5 WHERE assessment_id = $1`, [
        assessment.id,
      ]),
    ).rejects.toThrow(refusal);
    await expect(
      t.ownerQuery(`DELETE FROM assessment_scores WHERE assessment_id = $1`, [assessment.id]),
    ).rejects.toThrow(refusal);
    await expect(t.ownerQuery(`TRUNCATE assessment_scores`)).rejects.toThrow(refusal);
    await expect(t.ownerQuery(`TRUNCATE assessments CASCADE`)).rejects.toThrow(refusal);
    // And the score range holds in the database too.
    await expect(
      t.dataSource.query(
        `INSERT INTO assessment_scores (assessment_id, variable_code, score) VALUES ($1, 'IPLOS_SYN', 6)`,
        [assessment.id],
      ),
    ).rejects.toThrow(/CHK_assessment_scores_score/);

    const read = await readAssessments(caseId);
    expect(read.assessments[0]).toMatchObject({
      selfMastery: 'Klarer seg selv innendørs.',
      scores: [{ variable: { code: 'IPLOS_SPISE' }, score: 1 }],
    });
  });

  it('answers the IPLOS list (17 variables, in order) for a Norwegian municipality', async () => {
    const result = await run<{
      functionVariables: {
        code: string;
        scale: string;
        area: string | null;
        name: string;
        sort: number;
      }[];
    }>(NURSE, VARIABLES);
    expect(result.errors).toBeUndefined();
    const variables = result.data!.functionVariables;
    expect(variables).toHaveLength(17);
    expect(variables.every((v) => v.scale === 'IPLOS')).toBe(true);
    expect(variables.map((v) => v.sort)).toEqual([...Array(17).keys()].map((i) => i + 1));
    expect(variables[0]).toEqual({
      code: 'IPLOS_SOSIAL_DELTAKELSE',
      scale: 'IPLOS',
      area: 'Sosial fungering',
      name: 'Sosial deltakelse',
      sort: 1,
    });
    expect(variables.at(-1)).toMatchObject({ code: 'IPLOS_HOERSEL', name: 'Hørsel' });
  });

  it('refuses the code list without a token', async () => {
    expect(errorOf(await t.gql(VARIABLES))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('structured assessments in a Danish municipality', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MUNICIPALITY_LANGUAGE: 'da' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the FSIII list (30 variables in five areas)', async () => {
    const result = await t.gql<{
      functionVariables: { code: string; scale: string; area: string }[];
    }>(VARIABLES, {}, await t.as(NURSE));
    expect(result.errors).toBeUndefined();
    const variables = result.data!.functionVariables;
    expect(variables).toHaveLength(30);
    expect(variables[0]).toMatchObject({ code: 'FSIII_VASKE_SIG', scale: 'FSIII' });
    expect([...new Set(variables.map((v) => v.area))]).toEqual([
      'Egenomsorg',
      'Praktiske opgaver',
      'Mobilitet',
      'Mentale funktioner',
      'Samfundsliv',
    ]);
  });

  it('scores on FSIII: 0–4 or 9, and refuses IPLOS variables and IPLOS-only scores', async () => {
    const [{ id: patientId }] = (await t.dataSource.query(
      `SELECT p.id FROM patients p JOIN districts d ON d.id = p.district_id
        WHERE d.name = $1 AND NOT EXISTS (SELECT 1 FROM assessment_cases c WHERE c.patient_id = p.id)
        ORDER BY p.family_name LIMIT 1`,
      ['Nord'],
    )) as { id: string }[];
    const referral = await registerReferralViaApi(t, patientId, {
      input: {
        ...HOSPITAL_DISCHARGE,
        description: 'Udskrevet efter fald.',
        helpRequested: 'Afklaring af behov',
      },
    });
    const { id: caseId } = await acceptReferralViaApi(t, referral.id);
    const physio = await t.as(PHYSIO);
    const record = (scores: { variableCode: string; score: number }[]) =>
      t.gql<{ recordAssessment: { scale: string; scores: { score: number }[] } }>(
        RECORD,
        { caseId, input: { scores } },
        physio,
      );

    const ok = await record([
      { variableCode: 'FSIII_VASKE_SIG', score: 0 },
      { variableCode: 'FSIII_GAA', score: 4 },
      { variableCode: 'FSIII_HAVE_LOENNET_BESKAEFTIGELSE', score: 9 },
    ]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordAssessment.scale).toBe('FSIII');
    expect(ok.data!.recordAssessment.scores.map((s) => s.score)).toEqual([0, 4, 9]);

    const before = await t.count('assessment_scores');
    expect(errorOf(await record([{ variableCode: 'FSIII_GAA', score: 5 }]))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'SCORE_OUT_OF_RANGE',
    });
    expect(errorOf(await record([{ variableCode: 'IPLOS_SPISE', score: 2 }]))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_VARIABLE',
    });
    expect(await t.count('assessment_scores')).toBe(before);
  });
});
