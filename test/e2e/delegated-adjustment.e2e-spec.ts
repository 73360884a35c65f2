import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enableDelegatedAdjustment, servicesOfCase } from 'test/factories/adjustments';
import { insertDecision, insertGoalPlan, insertHandover } from 'test/factories/case-states';
import { idOfTeam, idOfUnit, insertCase } from 'test/factories/cases';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

/*
 * Delegated adjustment (issue 16, Kolding after Svendborg): the receiving unit moves a
 * decided service's weekly time within the frame, and the team's caseworkers confirm or
 * reverse each move in their weekly review.
 */
const ADJUST = `mutation($id: ID!, $hours: Float!, $reason: String!) {
  adjustServiceTime(decisionServiceId: $id, hoursPerWeek: $hours, reason: $reason) {
    id hoursPerWeek previousHours week review { verdict } } }`;
const CONFIRM = `mutation($id: ID!, $reason: String) {
  confirmServiceAdjustment(adjustmentId: $id, reason: $reason) { id review { verdict reason reviewedBy { name } } } }`;
const REVERSE = `mutation($id: ID!, $reason: String!) {
  reverseServiceAdjustment(adjustmentId: $id, reason: $reason) { id review { verdict reason } } }`;
const REVIEW_LIST = `query($team: ID!, $week: String!) {
  serviceAdjustmentsForReview(teamId: $team, week: $week) {
    id week hoursPerWeek previousHours reason adjustedBy { name } review { verdict }
    service { weeklyHours timeInForce } assessmentCase { id } } }`;
const SERVICES = `query($id: ID!) { assessmentCase(id: $id) { decision { services {
  id weeklyHours timeInForce delegatedFrame { kind value limitHours minHours maxHours }
  adjustments { hoursPerWeek review { verdict } } } } } }`;

interface Service {
  id: string;
  weeklyHours: number | null;
  timeInForce: number | null;
  delegatedFrame: {
    kind: string;
    value: number;
    limitHours: number;
    minHours: number;
    maxHours: number;
  } | null;
  adjustments: { hoursPerWeek: number; review: { verdict: string } | null }[];
}

describe('delegated adjustment of a decided service’s time (issue 16, Kolding)', () => {
  let t: TestApp;
  let sorTeam: string;
  let sor: string;
  let homeCareSor: string;
  let coordinator: string;
  let caseworker: string;
  let unitStaffId: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];

  /** A granted Sør case (3 hours a week) handed over to Hjemmetjenesten Sør. */
  async function scene(
    options: {
      acknowledged?: boolean;
      frame?: { kind: 'PERCENT' | 'HOURS'; value: number } | null;
    } = {},
  ): Promise<{ caseId: string; serviceId: string; patientId: string }> {
    const kase = await insertCase(t, {
      teamId: sorTeam,
      districtId: sor,
      coordinatorId: coordinator,
    });
    await insertGoalPlan(t, kase, coordinator, 'AGREED');
    await insertDecision(t, kase, caseworker, 'GRANTED');
    await insertHandover(t, kase, {
      unitId: homeCareSor,
      by: coordinator,
      acknowledgedBy: options.acknowledged === false ? undefined : unitStaffId,
    });
    if (options.frame !== null) await enableDelegatedAdjustment(t, kase.caseId, options.frame);
    const [serviceId] = await servicesOfCase(t, kase.caseId);
    return { caseId: kase.caseId, serviceId, patientId: kase.patientId };
  }

  const adjust = (who: string, id: string, hours: number, reason = 'Trenger mer tid til stell') =>
    t.gql<{
      adjustServiceTime: { id: string; hoursPerWeek: number; previousHours: number; week: string };
    }>(ADJUST, { id, hours, reason }, as(who));
  const okAdjust = async (id: string, hours: number) => {
    const result = await adjust('homecare.sor', id, hours);
    expect(result.errors).toBeUndefined();
    return result.data!.adjustServiceTime;
  };
  const serviceOf = async (caseId: string, who = 'homecare.sor'): Promise<Service> => {
    const result = await t.gql<{ assessmentCase: { decision: { services: Service[] } } }>(
      SERVICES,
      { id: caseId },
      as(who),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.assessmentCase.decision.services[0];
  };
  /** What a refusal may not write: adjustments, reviews, history, journal and audit writes. */
  const written = async () => ({
    adjustments: await t.count('service_adjustments'),
    reviews: await t.count('service_adjustment_reviews'),
    history: await t.count('case_history'),
    journal: await t.count('journal_entries'),
    writes: await t.count('audit_events', `access = 'WRITE'`),
  });
  const expectRefusedAndAudited = async (
    call: () => Promise<GqlResult>,
    code: string,
    reason: string,
    action: string,
  ): Promise<GqlResult> => {
    const before = await written();
    const audits = await t.count('audit_events', `action = $1 AND access <> 'WRITE'`, [action]);
    const result = await call();
    expect(errorOf(result)).toEqual({ code, reason });
    expect(await written()).toEqual(before);
    expect(await t.count('audit_events', `action = $1 AND access <> 'WRITE'`, [action])).toBe(
      audits + 1,
    );
    return result;
  };

  beforeAll(async () => {
    t = await createTestApp();
    sor = await idOfDistrict(t, 'Sør');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    homeCareSor = await idOfUnit(t, 'Hjemmetjenesten Sør');
    coordinator = await idOfStaff(t, 'coordinator.sor@demo.local');
    caseworker = await idOfStaff(t, 'caseworker.sor@demo.local');
    unitStaffId = await idOfStaff(t, 'homecare.sor@demo.local');
    for (const who of [
      'homecare.sor',
      'homecare.nord',
      'nurse.sor',
      'caseworker.sor',
      'caseworker.nord',
      'coordinator.sor',
    ])
      tokens[who] = await t.as(`${who}@demo.local`);
    // The weekly review reads the district's current setting.
    await t.dataSource.query(
      `INSERT INTO district_settings (district_id, delegated_adjustment) VALUES ($1, true)
       ON CONFLICT (district_id) DO UPDATE SET delegated_adjustment = true`,
      [sor],
    );
  });
  afterAll(() => t?.close());

  it('lets the unit adjust within a percentage frame, measured from the decided time (cumulative)', async () => {
    const { caseId, serviceId } = await scene();
    expect(await serviceOf(caseId)).toMatchObject({
      weeklyHours: 3,
      timeInForce: 3,
      delegatedFrame: { kind: 'PERCENT', value: 20, limitHours: 0.6, minHours: 2.4, maxHours: 3.6 },
      adjustments: [],
    });
    const history = await t.count('case_history', 'case_id = $1', [caseId]);
    const first = await okAdjust(serviceId, 3.5);
    expect(first).toMatchObject({ hoursPerWeek: 3.5, previousHours: 3, week: '2026-W10' });
    expect((await serviceOf(caseId)).timeInForce).toBe(3.5);

    // 3.5 + another 0.2 would be 3.7: outside 20 % of the decided 3 hours.
    const refused = await expectRefusedAndAudited(
      () => adjust('homecare.sor', serviceId, 3.7),
      'BAD_USER_INPUT',
      'OUTSIDE_DELEGATED_FRAME',
      'adjustServiceTime',
    );
    expect(refused.errors![0].message).toContain('between 2.4 and 3.6 hours a week');
    expect(refused.errors![0].extensions).toMatchObject({
      min: 2.4,
      max: 3.6,
      fields: [{ field: 'hoursPerWeek' }],
    });
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', serviceId, 2.3),
      'BAD_USER_INPUT',
      'OUTSIDE_DELEGATED_FRAME',
      'adjustServiceTime',
    );

    const second = await okAdjust(serviceId, 2.4);
    expect(second).toMatchObject({ hoursPerWeek: 2.4, previousHours: 3.5 });
    expect(await serviceOf(caseId)).toMatchObject({
      timeInForce: 2.4,
      adjustments: [
        { hoursPerWeek: 3.5, review: null },
        { hoursPerWeek: 2.4, review: null },
      ],
    });
    // Each adjustment: a history row, a system event in the journal, an audit write.
    expect(await t.count('case_history', 'case_id = $1', [caseId])).toBe(history + 2);
    const [event] = (await t.dataSource.query(
      `SELECT text, kind FROM journal_entries WHERE case_id = $1 AND text LIKE '%fra 3,5 til 2,4%'`,
      [caseId],
    )) as { text: string; kind: string }[];
    expect(event.kind).toBe('EVENT');
    expect(event.text).toContain('Hjemmetjenesten Sør har justert tiden');
    expect(event.text).toContain('fra 3,5 til 2,4 timer i uka');
    expect(
      await t.count('audit_events', `action = 'adjustServiceTime' AND access = 'WRITE'`),
    ).toBeGreaterThanOrEqual(2);
    // The decision is untouched.
    const [decided] = (await t.dataSource.query(
      'SELECT hours_per_week::float AS hours FROM decision_services WHERE id = $1',
      [serviceId],
    )) as { hours: number }[];
    expect(decided.hours).toBe(3);
  });

  it('measures an hours frame in hours a week, and refuses the same time again', async () => {
    const { caseId, serviceId } = await scene({ frame: { kind: 'HOURS', value: 1 } });
    expect((await serviceOf(caseId)).delegatedFrame).toMatchObject({
      kind: 'HOURS',
      minHours: 2,
      maxHours: 4,
    });
    await okAdjust(serviceId, 4);
    const refused = await expectRefusedAndAudited(
      () => adjust('homecare.sor', serviceId, 4.01),
      'BAD_USER_INPUT',
      'OUTSIDE_DELEGATED_FRAME',
      'adjustServiceTime',
    );
    expect(refused.errors![0].message).toContain('between 2 and 4 hours a week');
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', serviceId, 4),
      'BAD_USER_INPUT',
      'EMPTY_CHANGE',
      'adjustServiceTime',
    );
  });

  it('keeps to the narrower frame a decision gives the service', async () => {
    const kase = await insertCase(t, {
      teamId: sorTeam,
      districtId: sor,
      coordinatorId: coordinator,
    });
    await enableDelegatedAdjustment(t, kase.caseId, { kind: 'PERCENT', value: 20 });
    const decided = await t.gql(
      `mutation($id: ID!, $input: RecordDecisionInput!) { recordDecision(caseId: $id, input: $input) {
         services { weeklyHours delegatedFrameHours } } }`,
      {
        id: kase.caseId,
        input: {
          outcome: 'GRANTED',
          services: [
            {
              serviceCode: 'PRAKTISK_BISTAND',
              hoursPerWeek: 3,
              delegatedFrameHours: 0.25,
              fromDate: '2026-01-01',
            },
          ],
          legalBasisCode: 'HOL_3_2_6B',
          justification: 'Trenger praktisk bistand, med en smal ramme for justering',
        },
      },
      as('caseworker.sor'),
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data).toEqual({
      recordDecision: { services: [{ weeklyHours: 3, delegatedFrameHours: 0.25 }] },
    });
    await insertGoalPlan(t, kase, coordinator, 'AGREED');
    await insertHandover(t, kase, {
      unitId: homeCareSor,
      by: coordinator,
      acknowledgedBy: unitStaffId,
    });
    const [serviceId] = await servicesOfCase(t, kase.caseId);
    // The setting's 20 % of 3 hours (0.6) narrowed to the decision's 0.25 hours.
    expect((await serviceOf(kase.caseId)).delegatedFrame).toMatchObject({
      limitHours: 0.25,
      minHours: 2.75,
      maxHours: 3.25,
    });
    const refused = await expectRefusedAndAudited(
      () => adjust('homecare.sor', serviceId, 3.5),
      'BAD_USER_INPUT',
      'OUTSIDE_DELEGATED_FRAME',
      'adjustServiceTime',
    );
    expect(refused.errors![0].message).toContain('between 2.75 and 3.25 hours a week');
    await okAdjust(serviceId, 3.25);
  });

  it('refuses before acknowledgement, the wrong unit, the team, and a case without the model', async () => {
    const sent = await scene({ acknowledged: false });
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', sent.serviceId, 3.5),
      'INVALID_TRANSITION',
      'HANDOVER_NOT_ACKNOWLEDGED',
      'adjustServiceTime',
    );
    const { serviceId } = await scene();
    await expectRefusedAndAudited(
      () => adjust('homecare.nord', serviceId, 3.5),
      'FORBIDDEN',
      'NO_RELATION_TO_CASE',
      'adjustServiceTime',
    );
    await expectRefusedAndAudited(
      () => adjust('nurse.sor', serviceId, 3.5),
      'FORBIDDEN',
      'NOT_RECEIVING_UNIT',
      'adjustServiceTime',
    );
    await expectRefusedAndAudited(
      () => adjust('coordinator.sor', serviceId, 3.5),
      'FORBIDDEN',
      'NOT_RECEIVING_UNIT',
      'adjustServiceTime',
    );
    const off = await scene({ frame: null });
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', off.serviceId, 3.5),
      'FORBIDDEN',
      'FEATURE_DISABLED',
      'adjustServiceTime',
    );
    expect((await serviceOf(off.caseId)).delegatedFrame).toBeNull();
    // Input validation before anything: a negative time, an empty reason.
    const bad = await adjust('homecare.sor', serviceId, -1, '');
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a service without weekly time, and one no longer in force', async () => {
    const { caseId, serviceId } = await scene();
    const [{ code }] = (await t.dataSource.query(
      `SELECT code FROM service_catalogue WHERE minutes_per_visit IS NULL ORDER BY code LIMIT 1`,
    )) as { code: string }[];
    const [{ id: untimed }] = (await t.dataSource.query(
      `INSERT INTO decision_services (decision_id, service_code, visits_per_week, from_date)
       SELECT decision_id, $2, 1, from_date FROM decision_services WHERE id = $1 RETURNING id`,
      [serviceId, code],
    )) as { id: string }[];
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', untimed, 1),
      'INVALID_TRANSITION',
      'NO_WEEKLY_TIME',
      'adjustServiceTime',
    );
    const [{ id: ended }] = (await t.dataSource.query(
      `INSERT INTO decision_services (decision_id, service_code, hours_per_week, from_date, to_date)
       SELECT decision_id, service_code, 2, '2026-01-01', '2026-02-01' FROM decision_services
        WHERE id = $1 RETURNING id`,
      [serviceId],
    )) as { id: string }[];
    await expectRefusedAndAudited(
      () => adjust('homecare.sor', ended, 2.2),
      'INVALID_TRANSITION',
      'SERVICE_NOT_IN_FORCE',
      'adjustServiceTime',
    );
    expect(caseId).toBeTruthy();
  });

  it("lists the team's adjustments by ISO week in municipal time, for the team's caseworkers only", async () => {
    const { caseId, serviceId } = await scene();
    const now = t.clock.now().toISOString();
    try {
      // Sunday 23:30 in Oslo is still week 10; half past midnight on Monday is week 11,
      // though both are Sunday in UTC.
      t.clock.set('2026-03-08T23:30:00+01:00');
      const sunday = await okAdjust(serviceId, 3.2);
      t.clock.set('2026-03-09T00:30:00+01:00');
      const monday = await okAdjust(serviceId, 3.4);
      expect([sunday.week, monday.week]).toEqual(['2026-W10', '2026-W11']);

      const list = async (week: string, who = 'caseworker.sor') => {
        const result = await t.gql<{
          serviceAdjustmentsForReview: { id: string; assessmentCase: { id: string } }[];
        }>(REVIEW_LIST, { team: sorTeam, week }, as(who));
        return result;
      };
      const w10 = await list('2026-W10');
      expect(w10.errors).toBeUndefined();
      const ids10 = w10.data!.serviceAdjustmentsForReview.map((a) => a.id);
      expect(ids10).toContain(sunday.id);
      expect(ids10).not.toContain(monday.id);
      const w11 = (await list('2026-W11')).data!.serviceAdjustmentsForReview;
      expect(w11).toEqual([
        expect.objectContaining({
          id: monday.id,
          week: '2026-W11',
          hoursPerWeek: 3.4,
          previousHours: 3.2,
          reason: 'Trenger mer tid til stell',
          adjustedBy: { name: 'Hjemmetjeneste Sør' },
          review: null,
          service: { weeklyHours: 3, timeInForce: 3.4 },
          assessmentCase: { id: caseId },
        }),
      ]);
      // Audited as a read naming the cases.
      const [audit] = (await t.dataSource.query(
        `SELECT case_ids AS "caseIds" FROM audit_events
          WHERE action = 'serviceAdjustmentsForReview' AND access = 'READ'
          ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      )) as { caseIds: string[] }[];
      expect(audit.caseIds).toEqual([caseId]);

      expect(errorOf(await list('2026-W11', 'nurse.sor'))).toEqual({
        code: 'FORBIDDEN',
        reason: 'PROFESSION_NOT_ALLOWED',
      });
      expect(errorOf(await list('2026-W11', 'caseworker.nord'))).toEqual({
        code: 'FORBIDDEN',
        reason: 'NOT_TEAM_MEMBER',
      });
      expect(errorOf(await list('2026-W11', 'homecare.sor'))).toEqual({
        code: 'FORBIDDEN',
        reason: 'NOT_TEAM_MEMBER',
      });
      expect(errorOf(await list('2025-W53'))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_WEEK',
      });
      expect(errorOf(await list('week 11')).code).toBe('BAD_USER_INPUT');
    } finally {
      t.clock.set(now);
    }
  });

  it('lets a caseworker confirm once, and refuses a second review', async () => {
    const { caseId, serviceId } = await scene();
    const adjusted = await okAdjust(serviceId, 3.5);
    const history = await t.count('case_history', 'case_id = $1', [caseId]);
    await expectRefusedAndAudited(
      () => t.gql(CONFIRM, { id: adjusted.id }, as('nurse.sor')),
      'FORBIDDEN',
      'NOT_CASE_CASEWORKER',
      'confirmServiceAdjustment',
    );
    await expectRefusedAndAudited(
      () => t.gql(CONFIRM, { id: adjusted.id }, as('caseworker.nord')),
      'FORBIDDEN',
      'NO_RELATION_TO_CASE',
      'confirmServiceAdjustment',
    );
    const confirmed = await t.gql<{
      confirmServiceAdjustment: { review: { verdict: string; reason: string | null } };
    }>(CONFIRM, { id: adjusted.id, reason: 'Avtalt med bruker' }, as('caseworker.sor'));
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmServiceAdjustment.review).toEqual({
      verdict: 'CONFIRMED',
      reason: 'Avtalt med bruker',
      reviewedBy: { name: 'Saksbehandler Sør' },
    });
    expect(await t.count('case_history', 'case_id = $1', [caseId])).toBe(history + 1);
    expect((await serviceOf(caseId)).timeInForce).toBe(3.5);
    await expectRefusedAndAudited(
      () => t.gql(CONFIRM, { id: adjusted.id }, as('caseworker.sor')),
      'INVALID_TRANSITION',
      'ADJUSTMENT_ALREADY_REVIEWED',
      'confirmServiceAdjustment',
    );
    await expectRefusedAndAudited(
      () => t.gql(REVERSE, { id: adjusted.id, reason: 'Likevel ikke' }, as('caseworker.sor')),
      'INVALID_TRANSITION',
      'ADJUSTMENT_ALREADY_REVIEWED',
      'reverseServiceAdjustment',
    );
  });

  it('reverses the newest adjustment first, restoring the time before it, and tells the unit in the journal', async () => {
    const { caseId, serviceId } = await scene();
    const a = await okAdjust(serviceId, 3.5);
    const b = await okAdjust(serviceId, 3.2);
    await expectRefusedAndAudited(
      () => t.gql(REVERSE, { id: a.id, reason: 'Ikke avtalt' }, as('caseworker.sor')),
      'INVALID_TRANSITION',
      'LATER_ADJUSTMENT_EXISTS',
      'reverseServiceAdjustment',
    );
    const reversed = await t.gql(
      REVERSE,
      { id: b.id, reason: 'Behovet er ikke endret' },
      as('caseworker.sor'),
    );
    expect(reversed.errors).toBeUndefined();
    expect((await serviceOf(caseId)).timeInForce).toBe(3.5);
    // The unit reads the journal of the case it received.
    const journal = await t.gql<{ journal: { edges: { node: { text: string } }[] } }>(
      'query($id: ID!) { journal(caseId: $id, first: 50) { edges { node { text } } } }',
      { id: caseId },
      as('homecare.sor'),
    );
    expect(journal.errors).toBeUndefined();
    expect(journal.data!.journal.edges.map((e) => e.node.text)).toContain(
      'Saksbehandler har omgjort justeringen av ' +
        (await serviceName(serviceId)) +
        ': tiden er igjen 3,5 timer i uka (ikke 3,2). Til Hjemmetjenesten Sør: Behovet er ikke endret',
    );
    const again = await t.gql(REVERSE, { id: a.id, reason: 'Ikke avtalt' }, as('caseworker.sor'));
    expect(again.errors).toBeUndefined();
    expect((await serviceOf(caseId)).timeInForce).toBe(3);
    // A reversal needs its reason.
    const noReason = await t.gql(REVERSE, { id: a.id, reason: '' }, as('caseworker.sor'));
    expect(errorOf(noReason).code).toBe('BAD_USER_INPUT');
  });

  async function serviceName(serviceId: string): Promise<string> {
    const [row] = (await t.dataSource.query(
      `SELECT c.name_nb AS name FROM decision_services s JOIN service_catalogue c ON c.code = s.service_code
        WHERE s.id = $1`,
      [serviceId],
    )) as { name: string }[];
    return row.name;
  }

  it('refuses a review when the case opened without the model', async () => {
    const { caseId, serviceId } = await scene();
    const adjusted = await okAdjust(serviceId, 3.5);
    await t.dataSource.query(
      `UPDATE assessment_cases SET settings = settings || '{"delegatedAdjustment": false}' WHERE id = $1`,
      [caseId],
    );
    await expectRefusedAndAudited(
      () => t.gql(CONFIRM, { id: adjusted.id }, as('caseworker.sor')),
      'FORBIDDEN',
      'FEATURE_DISABLED',
      'confirmServiceAdjustment',
    );
  });
});
