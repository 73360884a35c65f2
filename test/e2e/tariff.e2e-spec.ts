import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { insertDecision, insertGoalPlan } from 'test/factories/case-states';
import { type CaseFixture, idOfTeam, idOfUnit, insertCase } from 'test/factories/cases';
import { setDistrictSettings } from 'test/utils/district-settings';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

jest.setTimeout(120_000);

/*
 * Syddjurs' tariff model (issue 16, part 3): a decision's category, its band from the weekly
 * hours and its weekly price; the handover's follow-up date from the category; the team's
 * budget from the decisions in force.
 */

const CASEWORKER = 'caseworker.nord@demo.local';
const COORDINATOR = 'coordinator.nord@demo.local';
const NURSE = 'nurse.nord@demo.local';
const LEADER = 'leader.nord@demo.local';
const LEADER_SOR = 'leader.sor@demo.local';
const COORDINATOR_SOR = 'coordinator.sor@demo.local';

const TARIFF = 'weeklyHours tariffCategory tariffBand weeklyPrice nursingWeeks';
const PREVIEW = `query($id: ID!, $input: RecordDecisionInput!) {
  decisionLetterPreview(caseId: $id, input: $input) { ${TARIFF} } }`;
const RECORD = `mutation($id: ID!, $input: RecordDecisionInput!) {
  recordDecision(caseId: $id, input: $input) { id ${TARIFF} individualJustification } }`;
const SUMMARY = `query($id: ID!) {
  handoverSummaryPreview(caseId: $id, destination: ORDINARY_HOME_CARE) { followUpDate } }`;
const HAND_OVER = `mutation($id: ID!, $input: HandOverCaseInput!) {
  handOverCase(caseId: $id, input: $input) { id status } }`;
const FIGURES = 'decisions tariffWeeks amount';
const BUDGET = `query($team: ID!, $from: Date!, $to: Date!) {
  teamBudget(teamId: $team, from: $from, to: $to) {
    id from to previousFrom previousTo tariffWeeksChange amountChange
    total { ${FIGURES} } previousTotal { ${FIGURES} }
    lines { category band current { ${FIGURES} } previous { ${FIGURES} } tariffWeeksChange amountChange } } }`;

interface Tariff {
  weeklyHours: number;
  tariffCategory: string | null;
  tariffBand: string | null;
  weeklyPrice: number | null;
  nursingWeeks: number | null;
}

/** A decision granting `services`, with the rest of the input. */
const granted = (services: Record<string, unknown>[], more: Record<string, unknown> = {}) => ({
  outcome: 'GRANTED',
  services: services.map((s) => ({ fromDate: '2026-03-03', ...s })),
  legalBasisCode: 'HOL_3_2_6A',
  justification: 'Kartleggingen viser behovet',
  ...more,
});
const hours = (hoursPerWeek: number) => ({ serviceCode: 'PRAKTISK_BISTAND', hoursPerWeek });

/** The tables a refusal must leave untouched (everything but the audit). */
const TABLES = ['decisions', 'decision_services', 'handovers', 'journal_entries', 'case_history'];

describe('tariff categories, bands and the team budget (Syddjurs)', () => {
  let t: TestApp;
  let nord: string;
  let sor: string;
  let nordTeam: string;
  let sorTeam: string;
  let coordinatorId: string;
  let caseworkerId: string;
  let homeCareNord: string;

  const run = async <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GqlResult<T>> => t.gql<T>(query, variables, await t.as(email));

  const counts = (): Promise<number[]> => Promise.all(TABLES.map((table) => t.count(table)));

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

  /** An ACTIVE case of Nord's team that opened with tariffCategories on (or off). */
  const activeCase = async (tariff = true): Promise<CaseFixture> => {
    const kase = await insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId });
    if (tariff)
      await t.dataSource.query(
        `UPDATE assessment_cases SET settings = '{"tariffCategories": true}'::jsonb WHERE id = $1`,
        [kase.caseId],
      );
    return kase;
  };

  const preview = async (input: Record<string, unknown>, kase?: CaseFixture) => {
    const result = await run<{ decisionLetterPreview: Tariff }>(CASEWORKER, PREVIEW, {
      id: (kase ?? (await activeCase())).caseId,
      input,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.decisionLetterPreview;
  };

  const record = async (kase: CaseFixture, input: Record<string, unknown>) => {
    const result = await run<{ recordDecision: Tariff & { individualJustification: string } }>(
      CASEWORKER,
      RECORD,
      { id: kase.caseId, input },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.recordDecision;
  };

  const today = () => t.clock.now().toISOString().slice(0, 10);
  const plusDays = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    sor = await idOfDistrict(t, 'Sør');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    coordinatorId = await idOfStaff(t, COORDINATOR);
    caseworkerId = await idOfStaff(t, CASEWORKER);
    homeCareNord = await idOfUnit(t, 'Hjemmetjenesten Nord');
    await setDistrictSettings(t, nord, { tariffCategories: true });
    await setDistrictSettings(t, sor, { tariffCategories: false });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('the band from the weekly hours', () => {
    it.each([
      [4.99, 'BAND_1', 1_900],
      [5, 'BAND_2', 5_700],
      [15, 'BAND_3', 11_400],
      [25, 'BAND_3', 11_400],
    ])('%s hours a week: %s at %s kr a week', async (weekly, band, price) => {
      expect(await preview(granted([hours(weekly)], { tariffCategory: 'MAINTAINING' }))).toEqual({
        weeklyHours: weekly,
        tariffCategory: 'MAINTAINING',
        tariffBand: band,
        weeklyPrice: price,
        nursingWeeks: null,
      });
    });

    it('sums the services: 2 + 3 hours is band 2', async () => {
      const result = await preview(
        granted([hours(2), { serviceCode: 'HVERDAGSREHABILITERING', hoursPerWeek: 3 }], {
          tariffCategory: 'DEVELOPING',
        }),
      );
      expect(result).toMatchObject({ weeklyHours: 5, tariffBand: 'BAND_2' });
    });

    it('above 25 is INDIVIDUAL, refused without a justification and priced per hour with one', async () => {
      const kase = await activeCase();
      const input = granted([hours(25.01)], { tariffCategory: 'MAINTAINING' });
      await expectRefused(() => run(CASEWORKER, RECORD, { id: kase.caseId, input }), {
        code: 'BAD_USER_INPUT',
        reason: 'INDIVIDUAL_JUSTIFICATION_REQUIRED',
      });
      const refused = await run(CASEWORKER, PREVIEW, { id: kase.caseId, input });
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.individualJustification', problems: ['required above band 3'] },
      ]);
      const decided = await record(kase, {
        ...input,
        individualJustification: 'Trenger to på stell morgen og kveld',
      });
      expect(decided).toEqual({
        id: expect.any(String),
        weeklyHours: 25.01,
        tariffCategory: 'MAINTAINING',
        tariffBand: 'INDIVIDUAL',
        // 25.01 × 570 kr = 14 255.70, to the krone.
        weeklyPrice: 14_256,
        nursingWeeks: null,
        individualJustification: 'Trenger to på stell morgen og kveld',
      });
    });

    it('keeps no justification within band 3', async () => {
      const decided = await record(
        await activeCase(),
        granted([hours(10)], { tariffCategory: 'DEVELOPING', individualJustification: 'Unødig' }),
      );
      expect(decided).toMatchObject({ tariffBand: 'BAND_2', individualJustification: null });
    });

    it('counts visits by the minutes the decision states, else the catalogue’s', async () => {
      // Personal care: 45 minutes a visit in the catalogue; 7 visits are 5.25 hours.
      const care = (more: Record<string, unknown> = {}) => ({
        serviceCode: 'PERSONLIG_STELL',
        visitsPerWeek: 7,
        ...more,
      });
      expect(await preview(granted([care()], { tariffCategory: 'MAINTAINING' }))).toMatchObject({
        weeklyHours: 5.25,
        tariffBand: 'BAND_2',
      });
      expect(
        await preview(granted([care({ minutesPerVisit: 40 })], { tariffCategory: 'MAINTAINING' })),
      ).toMatchObject({ weeklyHours: 4.67, tariffBand: 'BAND_1', weeklyPrice: 1_900 });
    });
  });

  describe('the category', () => {
    it('is required when the case opened with the model on and services are granted', async () => {
      const kase = await activeCase();
      await expectRefused(
        () => run(CASEWORKER, RECORD, { id: kase.caseId, input: granted([hours(3)]) }),
        { code: 'BAD_USER_INPUT', reason: 'TARIFF_CATEGORY_REQUIRED' },
      );
    });

    it('is refused as FEATURE_DISABLED for a case that opened with the model off', async () => {
      const kase = await activeCase(false);
      const input = granted([hours(3)], { tariffCategory: 'DEVELOPING' });
      await expectRefused(() => run(CASEWORKER, RECORD, { id: kase.caseId, input }), {
        code: 'FORBIDDEN',
        reason: 'FEATURE_DISABLED',
      });
      // Without it, the case decides as before: no category, band or price.
      expect(await record(kase, granted([hours(3)]))).toMatchObject({
        weeklyHours: 3,
        tariffCategory: null,
        tariffBand: null,
        weeklyPrice: null,
      });
    });

    it('is refused on a NO_SERVICES decision, which needs none', async () => {
      const kase = await activeCase();
      const none = {
        outcome: 'NO_SERVICES',
        services: [],
        legalBasisCode: 'HOL_3_2_6A',
        justification: 'Klarer seg selv',
      };
      await expectRefused(
        () =>
          run(CASEWORKER, RECORD, {
            id: kase.caseId,
            input: { ...none, tariffCategory: 'MAINTAINING' },
          }),
        { code: 'BAD_USER_INPUT', reason: 'TARIFF_CATEGORY_NOT_EXPECTED' },
      );
      expect(await record(kase, none)).toMatchObject({ weeklyHours: 0, tariffCategory: null });
    });

    it('takes nursing weeks with SHORT_NURSING only (3 by default, 1–3)', async () => {
      const kase = await activeCase();
      await expectRefused(
        () =>
          run(CASEWORKER, RECORD, {
            id: kase.caseId,
            input: granted([hours(3)], { tariffCategory: 'DEVELOPING', nursingWeeks: 2 }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'NURSING_WEEKS_NOT_EXPECTED' },
      );
      await expectRefused(
        () =>
          run(CASEWORKER, RECORD, {
            id: kase.caseId,
            input: granted([hours(3)], { tariffCategory: 'SHORT_NURSING', nursingWeeks: 4 }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
      );
      expect(
        await preview(granted([hours(3)], { tariffCategory: 'SHORT_NURSING' }), kase),
      ).toMatchObject({ nursingWeeks: 3 });
    });

    it('is the caseworker’s: a nurse of the team is refused', async () => {
      const kase = await activeCase();
      await expectRefused(
        () =>
          run(NURSE, RECORD, {
            id: kase.caseId,
            input: granted([hours(3)], { tariffCategory: 'DEVELOPING' }),
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_CASEWORKER' },
      );
    });
  });

  describe('the follow-up date from the category', () => {
    /** A case decided through the API with `more`, its goal plan agreed. */
    const decided = async (more: Record<string, unknown>) => {
      const kase = await activeCase();
      await insertGoalPlan(t, kase, coordinatorId, 'AGREED');
      await record(kase, granted([hours(3)], more));
      return kase;
    };
    const handOver = async (kase: CaseFixture, followUpDate?: string) => {
      const result = await run(COORDINATOR, HAND_OVER, {
        id: kase.caseId,
        input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: homeCareNord, followUpDate },
      });
      expect(result.errors).toBeUndefined();
      const [row] = (await t.dataSource.query(
        `SELECT follow_up_date::text AS date FROM handovers WHERE case_id = $1`,
        [kase.caseId],
      )) as { date: string }[];
      return row.date;
    };
    const previewed = async (kase: CaseFixture) =>
      (
        await run<{ handoverSummaryPreview: { followUpDate: string } }>(COORDINATOR, SUMMARY, {
          id: kase.caseId,
        })
      ).data!.handoverSummaryPreview.followUpDate;

    it('DEVELOPING: 12 weeks on', async () => {
      const kase = await decided({ tariffCategory: 'DEVELOPING' });
      expect(await previewed(kase)).toBe(plusDays(today(), 84));
      expect(await handOver(kase)).toBe(plusDays(today(), 84));
    });

    it('MAINTAINING: 12 months on', async () => {
      const kase = await decided({ tariffCategory: 'MAINTAINING' });
      const inAYear = `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`;
      expect(await previewed(kase)).toBe(inAYear);
      expect(await handOver(kase)).toBe(inAYear);
    });

    it('SHORT_NURSING: when its nursing weeks end', async () => {
      const kase = await decided({ tariffCategory: 'SHORT_NURSING', nursingWeeks: 2 });
      expect(await previewed(kase)).toBe(plusDays(today(), 14));
      expect(await handOver(kase)).toBe(plusDays(today(), 14));
    });

    it('the coordinator’s own date wins', async () => {
      const kase = await decided({ tariffCategory: 'DEVELOPING' });
      expect(await handOver(kase, plusDays(today(), 30))).toBe(plusDays(today(), 30));
    });

    it('without a category: FOLLOW_UP_MONTHS (3) months as before', async () => {
      const kase = await activeCase(false);
      await insertGoalPlan(t, kase, coordinatorId, 'AGREED');
      await insertDecision(t, kase, caseworkerId, 'GRANTED');
      const inThreeMonths = `${today().slice(0, 5)}${String(Number(today().slice(5, 7)) + 3).padStart(2, '0')}${today().slice(7)}`;
      expect(await handOver(kase)).toBe(inThreeMonths);
    });
  });

  describe('the team budget', () => {
    const budget = (email: string, vars: Record<string, unknown>) => run(email, BUDGET, vars);

    beforeAll(async () => {
      // A: DEVELOPING, 3 hours (band 1, 1 900 kr), 20 March to 9 April.
      await record(
        await activeCase(),
        granted([{ ...hours(3), fromDate: '2026-03-20', toDate: '2026-04-09' }], {
          tariffCategory: 'DEVELOPING',
        }),
      );
      // B: MAINTAINING, 14 visits of personal care at 45 minutes: 10.5 hours (band 2, 5 700
      // kr), from 15 April, open-ended.
      await record(
        await activeCase(),
        granted([{ serviceCode: 'PERSONLIG_STELL', visitsPerWeek: 14, fromDate: '2026-04-15' }], {
          tariffCategory: 'MAINTAINING',
        }),
      );
    });

    it('sums the decisions in force per category and band, against the previous period', async () => {
      const result = await budget(LEADER, { team: nordTeam, from: '2026-04-01', to: '2026-04-30' });
      expect(result.errors).toBeUndefined();
      const b = (result.data as { teamBudget: Record<string, unknown> }).teamBudget as {
        previousFrom: string;
        previousTo: string;
        lines: {
          category: string;
          band: string;
          current: { decisions: number; tariffWeeks: number; amount: number };
          previous: { decisions: number; tariffWeeks: number; amount: number };
          tariffWeeksChange: number;
          amountChange: number;
        }[];
      };
      expect(b.previousFrom).toBe('2026-03-02');
      expect(b.previousTo).toBe('2026-03-31');
      expect(b.lines).toHaveLength(12);
      // The other tests' decisions all start 3 March and are open-ended: 30 days in April
      // (4.29 weeks) and 29 days in March (4.14 weeks) each. A and B come on top.
      const others = (await t.dataSource.query(
        `SELECT d.tariff_category AS category, d.tariff_band AS band, d.weekly_price AS price
           FROM decisions d JOIN assessment_cases c ON c.id = d.case_id
          WHERE c.team_id = $1 AND d.tariff_category IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM decision_services s WHERE s.decision_id = d.id AND s.from_date <> '2026-03-03')`,
        [nordTeam],
      )) as { category: string; band: string; price: number }[];
      const line = (category: string, band: string) =>
        b.lines.find((l) => l.category === category && l.band === band)!;
      const othersIn = (category: string, band: string) =>
        others.filter((o) => o.category === category && o.band === band);
      const developing1 = othersIn('DEVELOPING', 'BAND_1');
      // A: April 1–9 = 9 days = 1.29 weeks × 1 900 = 2 451; March 20–31 = 12 days = 1.71 weeks = 3 249.
      expect(line('DEVELOPING', 'BAND_1').current).toEqual({
        decisions: 1 + developing1.length,
        tariffWeeks: Math.round((1.29 + 4.29 * developing1.length) * 100) / 100,
        amount: 2_451 + developing1.reduce((sum, o) => sum + 4.29 * o.price, 0),
      });
      expect(line('DEVELOPING', 'BAND_1').previous).toEqual({
        decisions: 1 + developing1.length,
        tariffWeeks: Math.round((1.71 + 4.14 * developing1.length) * 100) / 100,
        amount: 3_249 + developing1.reduce((sum, o) => sum + 4.14 * o.price, 0),
      });
      const maintaining2 = othersIn('MAINTAINING', 'BAND_2');
      // B: April 15–30 = 16 days = 2.29 weeks × 5 700 = 13 053; nothing in March.
      expect(line('MAINTAINING', 'BAND_2').current).toEqual({
        decisions: 1 + maintaining2.length,
        tariffWeeks: Math.round((2.29 + 4.29 * maintaining2.length) * 100) / 100,
        amount: 13_053 + maintaining2.reduce((sum, o) => sum + 4.29 * o.price, 0),
      });
      expect(line('MAINTAINING', 'BAND_2').amountChange).toBe(
        13_053 + maintaining2.reduce((sum, o) => sum + 0.15 * o.price, 0),
      );
    });

    it('is the team’s: for its members and its district’s leader, not another district’s', async () => {
      const args = { team: nordTeam, from: '2026-04-01', to: '2026-04-30' };
      expect((await budget(NURSE, args)).errors).toBeUndefined();
      expect(errorOf(await budget(LEADER_SOR, args))).toEqual({
        code: 'FORBIDDEN',
        reason: 'NOT_TEAM_MEMBER',
      });
      expect(errorOf(await budget('privacy@demo.local', args))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        await t.count('audit_events', "access = 'REFUSED' AND action = 'teamBudget'"),
      ).toBeGreaterThan(0);
    });

    it('is refused as FEATURE_DISABLED where the district has the model off', async () => {
      expect(
        errorOf(
          await budget(COORDINATOR_SOR, { team: sorTeam, from: '2026-04-01', to: '2026-04-30' }),
        ),
      ).toEqual({ code: 'FORBIDDEN', reason: 'FEATURE_DISABLED' });
    });

    it('takes a period of 1 to 366 days', async () => {
      expect(
        errorOf(await budget(LEADER, { team: nordTeam, from: '2026-04-30', to: '2026-04-01' })),
      ).toEqual({ code: 'BAD_USER_INPUT', reason: 'BUDGET_PERIOD_OUT_OF_ORDER' });
      expect(
        errorOf(await budget(LEADER, { team: nordTeam, from: '2026-01-01', to: '2027-01-02' })),
      ).toEqual({ code: 'BAD_USER_INPUT', reason: 'BUDGET_PERIOD_TOO_LONG' });
      expect(
        (await budget(LEADER, { team: nordTeam, from: '2028-01-01', to: '2028-12-31' })).errors,
      ).toBeUndefined();
    });

    it('is audited as a read of figures, naming no person or case', async () => {
      await budget(LEADER, { team: nordTeam, from: '2026-05-01', to: '2026-05-31' });
      const rows = (await t.dataSource.query(
        `SELECT patient_ids AS "patientIds", case_ids AS "caseIds" FROM audit_events
          WHERE access = 'READ' AND action = 'teamBudget'`,
      )) as { patientIds: string[]; caseIds: string[] }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect([row.patientIds, row.caseIds]).toEqual([[], []]);
    });
  });

  it('statistics give the mix of the period’s decisions by tariff category', async () => {
    for (let i = 0; i < 5; i++)
      await record(await activeCase(), granted([hours(2)], { tariffCategory: 'MAINTAINING' }));
    const rows = (await t.dataSource.query(
      `SELECT d.tariff_category AS category, count(*)::int AS n FROM decisions d
         JOIN assessment_cases c ON c.id = d.case_id JOIN assessment_teams tm ON tm.id = c.team_id
        WHERE tm.district_id = $1 GROUP BY 1`,
      [nord],
    )) as { category: string | null; n: number }[];
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const order = [null, 'DEVELOPING', 'MAINTAINING', 'SHORT_NURSING'];
    const result = await run<{ statistics: { perTariffCategory: unknown[] } }>(
      LEADER,
      `query($d: ID!) { statistics(districtId: $d, from: "2026-03-01T00:00:00+01:00", to: "2026-04-01T00:00:00+02:00") {
         perTariffCategory { tariffCategory count share suppressed } } }`,
      { d: nord },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.statistics.perTariffCategory).toEqual(
      rows
        .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
        .map((r) => ({
          tariffCategory: r.category,
          count: r.n < 5 ? null : r.n,
          share: r.n < 5 ? null : r.n / total,
          suppressed: r.n < 5,
        })),
    );
    // Five or more MAINTAINING decisions: their figure is shown.
    expect(rows.find((r) => r.category === 'MAINTAINING')!.n).toBeGreaterThanOrEqual(5);
  });
});
