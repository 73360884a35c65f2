import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';

const REGISTER = `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id status caseId urgency } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(referralId: $id) {
  id status acceptedOn deadlineDate deadline daysElapsed daysRemaining isOverdue atRisk clarificationDays
  coordinator { email } team { name } patient { id } } }`;
const CASE = `query($id: ID!) { assessmentCase(id: $id) { id status deadlineDate deadline daysRemaining holdDays
  history { action fromStatus toStatus reason actor { email } } } }`;
const LIST = `query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 50) { totalCount edges { node { id daysRemaining } } } }`;

type CaseResult = Record<string, unknown> & { id: string; deadlineDate: string; deadline: string };

describe('intake and the clarification period', () => {
  let t: TestApp;
  let nordPatients: string[];

  const referral = (patientId: string, extra: Record<string, unknown> = {}) => ({
    input: {
      patientId,
      source: 'HOSPITAL_DISCHARGE',
      channel: 'DIGITAL',
      receivedAt: t.clock.now().toISOString(),
      description: 'Utskrevet fra UNN etter lårhalsbrudd, bor alene.',
      helpRequested: 'Hjelp til personlig stell og trygghetsalarm',
      ...extra,
    },
  });

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 2 March 2026, 09:00 in Oslo.
    t.clock.set('2026-03-02T09:00:00+01:00');
    const nord = await idOfDistrict(t, 'Nord');
    nordPatients = (
      (await t.dataSource.query(
        'SELECT id FROM patients WHERE district_id = $1 ORDER BY family_name',
        [nord],
      )) as { id: string }[]
    ).map((r) => r.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('opens a case whose deadline is the end of the local day 14 days after acceptance, moved by a hold', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    const registered = await t.gql<{ registerReferral: { id: string; status: string } }>(
      REGISTER,
      referral(nordPatients[0]),
      coordinator,
    );
    expect(registered.data?.registerReferral.status).toBe('RECEIVED');

    const accepted = await t.gql<{ acceptReferral: CaseResult }>(
      ACCEPT,
      { id: registered.data!.registerReferral.id },
      coordinator,
    );
    expect(accepted.errors).toBeUndefined();
    const kase = accepted.data!.acceptReferral;
    expect(kase).toMatchObject({
      status: 'ACTIVE',
      acceptedOn: '2026-03-02',
      deadlineDate: '2026-03-16',
      // End of Monday 16 March in Oslo (UTC+1).
      deadline: '2026-03-16T22:59:59.999Z',
      daysElapsed: 0,
      daysRemaining: 14,
      isOverdue: false,
      atRisk: false,
      clarificationDays: 14,
      coordinator: { email: 'coordinator.nord@demo.local' },
      team: { name: 'Vurderingsteam Nord' },
    });

    await t.gql(
      'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt på sykehus" }) { status } }',
      { id: kase.id },
      coordinator,
    );
    t.clock.advanceDays(3);
    const resumed = await t.gql<{
      resumeCase: { status: string; deadlineDate: string; holdDays: number };
    }>(
      'mutation($id: ID!) { resumeCase(caseId: $id) { status deadlineDate holdDays } }',
      { id: kase.id },
      coordinator,
    );
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data?.resumeCase).toEqual({
      status: 'ACTIVE',
      deadlineDate: '2026-03-19',
      holdDays: 3,
    });

    const read = await t.gql<{
      assessmentCase: {
        history: { action: string; fromStatus: string | null; toStatus: string }[];
        deadline: string;
      };
    }>(CASE, { id: kase.id }, coordinator);
    expect(read.data?.assessmentCase.deadline).toBe('2026-03-19T22:59:59.999Z');
    expect(
      read.data?.assessmentCase.history.map((h) => [h.action, h.fromStatus, h.toStatus]),
    ).toEqual([
      ['ACCEPTED', null, 'ACTIVE'],
      ['HOLD', 'ACTIVE', 'ON_HOLD'],
      ['RESUME', 'ON_HOLD', 'ACTIVE'],
    ]);

    const close = await t.gql(
      'mutation($id: ID!) { closeCase(caseId: $id) { status } }',
      { id: kase.id },
      coordinator,
    );
    expect(errorOf(close)).toEqual({ code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' });

    const otherDistrict = await t.as('nurse.sor@demo.local');
    expect(errorOf(await t.gql(CASE, { id: kase.id }, otherDistrict))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    const theirList = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      otherDistrict,
    );
    expect(theirList.data?.assessmentCases.edges.map((e) => e.node.id)).not.toContain(kase.id);
    const ownList = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      await t.as('nurse.nord@demo.local'),
    );
    expect(ownList.data?.assessmentCases.edges.map((e) => e.node.id)).toContain(kase.id);
  });

  it('opens exactly one case when two coordinators accept the same referral at once', async () => {
    const caseworker = await t.as('caseworker.nord@demo.local');
    const registered = await t.gql<{ registerReferral: { id: string } }>(
      REGISTER,
      referral(nordPatients[1]),
      caseworker,
    );
    const id = registered.data!.registerReferral.id;
    const results = await Promise.all([
      t.gql<{ acceptReferral: { id: string } }>(
        ACCEPT,
        { id },
        await t.as('coordinator.nord@demo.local'),
      ),
      t.gql<{ acceptReferral: { id: string } }>(ACCEPT, { id }, caseworker),
    ]);
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map(errorOf)).toEqual([
      { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
    ]);
    expect(await t.count('assessment_cases', `patient_id = '${nordPatients[1]}'`)).toBe(1);
  });

  it('filters overdue and at-risk cases in SQL the same way the clock computes them', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    t.clock.set('2026-04-01T10:00:00+02:00');
    const registered = await t.gql<{ registerReferral: { id: string } }>(
      REGISTER,
      referral(nordPatients[2]),
      coordinator,
    );
    const accepted = await t.gql<{ acceptReferral: { id: string } }>(
      ACCEPT,
      { id: registered.data!.registerReferral.id },
      coordinator,
    );
    const caseId = accepted.data!.acceptReferral.id;
    const ids = async (filter: Record<string, unknown>) =>
      (
        (
          await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            LIST,
            { filter },
            coordinator,
          )
        ).data?.assessmentCases.edges ?? []
      ).map((e) => e.node.id);

    t.clock.set('2026-04-10T12:00:00+02:00'); // day 9 of 14
    expect(await ids({ atRisk: true })).not.toContain(caseId);
    t.clock.set('2026-04-11T12:00:00+02:00'); // day 10: at risk, no agreed plan
    expect(await ids({ atRisk: true })).toContain(caseId);
    expect(await ids({ overdue: true })).not.toContain(caseId);
    t.clock.set('2026-04-15T23:30:00+02:00'); // the last day, late evening
    expect(await ids({ overdue: true })).not.toContain(caseId);
    t.clock.set('2026-04-16T00:30:00+02:00'); // the day after the deadline
    expect(await ids({ overdue: true })).toContain(caseId);
    // null is "no filter", as clients send it, not "not overdue".
    expect(await ids({ overdue: null, atRisk: null })).toContain(caseId);
    const read = await t.gql<{ assessmentCase: { daysRemaining: number } }>(
      CASE,
      { id: caseId },
      coordinator,
    );
    expect(read.data?.assessmentCase.daysRemaining).toBe(-1);
  });

  it('audits the list read with every case and person shown', async () => {
    const coordinator = await t.as('coordinator.nord@demo.local');
    const before = await t.count('audit_events', `action = 'assessmentCases'`);
    const list = await t.gql<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
      LIST,
      {},
      coordinator,
    );
    expect(list.errors).toBeUndefined();
    const shown = list.data!.assessmentCases.edges.map((e) => e.node.id);
    expect(shown.length).toBeGreaterThan(0);
    const rows = (await t.dataSource.query(
      `SELECT case_ids FROM audit_events WHERE action = 'assessmentCases' ORDER BY occurred_at DESC LIMIT 1`,
    )) as { case_ids: string[] }[];
    expect(await t.count('audit_events', `action = 'assessmentCases'`)).toBe(before + 1);
    expect([...rows[0].case_ids].sort()).toEqual([...shown].sort());
  });

  it('refuses a referral for a person in another district', async () => {
    const result = await t.gql(
      REGISTER,
      referral(nordPatients[3]),
      await t.as('caseworker.sor@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' });
  });

  it('refuses bad referral input naming the fields', async () => {
    const result = await t.gql(
      REGISTER,
      referral(nordPatients[3], { source: 'CARRIER_PIGEON', description: '' }),
      await t.as('caseworker.nord@demo.local'),
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });
});
