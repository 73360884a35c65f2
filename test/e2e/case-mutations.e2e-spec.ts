import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import {
  createTestApp,
  errorOf,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';
import { createStaff, idOfTeam } from 'test/factories/cases';

// Monday 2 March 2026, 09:00 in Oslo (UTC+1): every test starts here unless it sets the clock.
const BASE = '2026-03-02T09:00:00+01:00';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const CASE_FIELDS = `id status patientId teamId coordinatorId acceptedOn deadlineDate deadline
  daysRemaining holdDays extensionDays onHoldSince cancelReason
  coordinator { email }
  holds { fromDate untilDate reason startedBy }
  extensions { days reason extendedBy }
  members { staffId role assignedBy staff { email } }
  interimServices { id caseId kind description frequency fromDate toDate responsible recordedBy }
  referrals { id status }
  history { action fromStatus toStatus reason actorId actor { email } }`;

const REGISTER_PATIENT = `mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const REFERRAL_FIELDS = `id status caseId teamId urgency receivedAt rejectionReason redirectedTo
  redirectReason triagedAt triagedBy triageDeadline triageOverdue`;
const REGISTER_REFERRAL = `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(referralId: $id) { ${CASE_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectReferral(referralId: $id, input: { reason: $reason }) { ${REFERRAL_FIELDS} } }`;
const REDIRECT = `mutation($id: ID!, $to: String!, $reason: String!) {
  redirectReferral(referralId: $id, input: { redirectedTo: $to, reason: $reason }) { ${REFERRAL_FIELDS} } }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
const REFERRALS = `query($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id urgency receivedAt } } pageInfo { hasNextPage endCursor } } }`;

const HOLD = `mutation($id: ID!, $reason: String!) { putCaseOnHold(caseId: $id, input: { reason: $reason }) { ${CASE_FIELDS} } }`;
const RESUME = `mutation($id: ID!) { resumeCase(caseId: $id) { ${CASE_FIELDS} } }`;
const EXTEND = `mutation($id: ID!, $days: Int!, $reason: String!) {
  extendDeadline(caseId: $id, input: { days: $days, reason: $reason }) { ${CASE_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCase(caseId: $id, input: { reason: $reason }) { ${CASE_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeCase(caseId: $id) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $staffId: ID!, $role: CaseRole!) {
  assignCaseMember(caseId: $id, input: { staffId: $staffId, role: $role }) { ${CASE_FIELDS} } }`;
const CHANGE_COORDINATOR = `mutation($id: ID!, $coordinatorId: ID!) {
  changeCaseCoordinator(caseId: $id, coordinatorId: $coordinatorId) { ${CASE_FIELDS} } }`;
const INTERIM = `mutation($id: ID!, $input: RecordInterimServiceInput!) {
  recordInterimService(caseId: $id, input: $input) { id caseId kind description frequency fromDate toDate responsible recordedBy } }`;
const READ_CASE = `query($id: ID!) { assessmentCase(id: $id) { ${CASE_FIELDS} } }`;
const LIST_CASES = `query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
const DASHBOARD = `query($teamId: ID!) { teamDashboard(teamId: $teamId) {
  today openCaseCount overdueCount atRiskCount team { name }
  countsByStatus { status count }
  casesPerCoordinator { coordinatorId openCases overdue atRisk coordinator { email } }
  openCases { id status deadlineDate isOverdue } } }`;

interface CaseView {
  id: string;
  status: string;
  patientId: string;
  teamId: string;
  coordinatorId: string;
  acceptedOn: string;
  deadlineDate: string;
  deadline: string;
  daysRemaining: number;
  holdDays: number;
  extensionDays: number;
  onHoldSince: string | null;
  cancelReason: string | null;
  coordinator: { email: string };
  holds: { fromDate: string; untilDate: string | null; reason: string; startedBy: string }[];
  extensions: { days: number; reason: string; extendedBy: string }[];
  members: { staffId: string; role: string; assignedBy: string; staff: { email: string } }[];
  interimServices: Record<string, unknown>[];
  referrals: { id: string; status: string }[];
  history: {
    action: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    actorId: string;
    actor: { email: string };
  }[];
}

interface ReferralView {
  id: string;
  status: string;
  caseId: string | null;
  teamId: string;
  urgency: string;
  receivedAt: string;
  rejectionReason: string | null;
  redirectedTo: string | null;
  redirectReason: string | null;
  triagedAt: string | null;
  triagedBy: string | null;
  triageDeadline: string | null;
  triageOverdue: boolean;
}

interface Dashboard {
  today: string;
  openCaseCount: number;
  overdueCount: number;
  atRiskCount: number;
  team: { name: string };
  countsByStatus: { status: string; count: number }[];
  casesPerCoordinator: {
    coordinatorId: string;
    openCases: number;
    overdue: number;
    atRisk: number;
    coordinator: { email: string };
  }[];
  openCases: { id: string; status: string; deadlineDate: string; isOverdue: boolean }[];
}

/** Tables a refused mutation must leave alone (the audit trail is not one of them). */
const DOMAIN_TABLES = [
  'patients',
  'referrals',
  'assessment_cases',
  'case_history',
  'case_holds',
  'deadline_extensions',
  'case_members',
  'interim_services',
] as const;

interface DomainState {
  counts: Record<string, number>;
  kase: unknown;
  referral: unknown;
}

let patientSerial = 0;

/** Runs a document as a seeded (or created) staff member, by e-mail. */
async function run<T = Record<string, unknown>>(
  app: TestApp,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  return app.gql<T>(query, variables, await app.as(email));
}

/** A freshly registered person (a person can have only one open case, so each test takes its own). */
async function newPatient(app: TestApp, district: 'Nord' | 'Sør' = 'Nord'): Promise<string> {
  patientSerial += 1;
  const birthDate = new Date(Date.UTC(1936, 0, 1) + patientSerial * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const result = await run<{ registerPatient: { id: string } }>(
    app,
    district === 'Nord' ? 'caseworker.nord@demo.local' : 'caseworker.sor@demo.local',
    REGISTER_PATIENT,
    {
      input: {
        nationalId: nextSyntheticFodselsnummer(birthDate, 450).number,
        givenName: 'Testperson',
        familyName: `Nummer${patientSerial}`,
        address: `Testveien ${patientSerial}`,
        postalCode: '9406',
        city: 'Harstad',
        districtId: await idOfDistrict(app, district),
      },
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerPatient.id;
}

function referralInput(app: TestApp, patientId: string, extra: Record<string, unknown> = {}) {
  return {
    input: {
      patientId,
      source: 'HOSPITAL_DISCHARGE',
      channel: 'DIGITAL',
      receivedAt: app.clock.now().toISOString(),
      description: 'Utskrevet fra UNN etter lårhalsbrudd, bor alene.',
      helpRequested: 'Hjelp til personlig stell og trygghetsalarm',
      ...extra,
    },
  };
}

async function registerReferral(
  app: TestApp,
  patientId: string,
  extra: Record<string, unknown> = {},
  email = 'caseworker.nord@demo.local',
): Promise<ReferralView> {
  const result = await run<{ registerReferral: ReferralView }>(
    app,
    email,
    REGISTER_REFERRAL,
    referralInput(app, patientId, extra),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerReferral;
}

async function acceptReferral(app: TestApp, referralId: string): Promise<CaseView> {
  const result = await run<{ acceptReferral: CaseView }>(
    app,
    'coordinator.nord@demo.local',
    ACCEPT,
    { id: referralId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.acceptReferral;
}

/** Registers (caseworker.nord) and accepts (coordinator.nord) a referral for a fresh Nord person. */
async function openCase(
  app: TestApp,
): Promise<{ caseId: string; patientId: string; referralId: string; kase: CaseView }> {
  const patientId = await newPatient(app);
  const referral = await registerReferral(app, patientId);
  const kase = await acceptReferral(app, referral.id);
  return { caseId: kase.id, patientId, referralId: referral.id, kase };
}

async function readCase(app: TestApp, caseId: string): Promise<CaseView> {
  const result = await run<{ assessmentCase: CaseView }>(
    app,
    'coordinator.nord@demo.local',
    READ_CASE,
    { id: caseId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.assessmentCase;
}

async function domainState(
  app: TestApp,
  ids: { caseId?: string; referralId?: string } = {},
): Promise<DomainState> {
  const counts: Record<string, number> = {};
  for (const table of DOMAIN_TABLES) counts[table] = await app.count(table);
  const rowOf = async (table: string, id?: string): Promise<unknown> => {
    if (!id) return null;
    const rows = (await app.dataSource.query(
      `SELECT to_jsonb(x) AS row FROM ${table} x WHERE x.id = $1`,
      [id],
    )) as { row: unknown }[];
    return rows[0]?.row ?? null;
  };
  return {
    counts,
    kase: await rowOf('assessment_cases', ids.caseId),
    referral: await rowOf('referrals', ids.referralId),
  };
}

/** Runs a mutation that must be refused, and proves the domain tables did not change. */
async function expectRefused(
  app: TestApp,
  attempt: () => Promise<GqlResult>,
  expected: { code: string; reason: string },
  ids: { caseId?: string; referralId?: string } = {},
): Promise<GqlResult> {
  const before = await domainState(app, ids);
  const result = await attempt();
  expect(errorOf(result)).toEqual(expected);
  expect(result.data ?? null).toBeNull();
  expect(await domainState(app, ids)).toEqual(before);
  return result;
}

const refusedAudits = (app: TestApp, action: string, caseId: string) =>
  app.count(
    'audit_events',
    `access = 'REFUSED' AND action = '${action}' AND '${caseId}' = ANY(case_ids)`,
  );

const interimInput = (extra: Record<string, unknown> = {}) => ({
  kind: 'SAFETY_ALARM',
  description: 'Trygghetsalarm utlånt i vurderingsperioden',
  frequency: 'døgnet rundt',
  fromDate: '2026-03-02',
  toDate: '2026-03-16',
  responsible: 'Hjemmetjenesten Nord',
  ...extra,
});

describe('case mutations', () => {
  let t: TestApp;
  let coordinatorNordId: string;
  let nurseNordId: string;
  let nurseSorId: string;
  let caseworkerNordId: string;
  let teamNord: string;
  let teamSor: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinatorNordId = await idOfStaff(t, 'coordinator.nord@demo.local');
    nurseNordId = await idOfStaff(t, 'nurse.nord@demo.local');
    nurseSorId = await idOfStaff(t, 'nurse.sor@demo.local');
    caseworkerNordId = await idOfStaff(t, 'caseworker.nord@demo.local');
    const teams = (await t.dataSource.query('SELECT id, name FROM assessment_teams')) as {
      id: string;
      name: string;
    }[];
    teamNord = teams.find((team) => team.name === 'Vurderingsteam Nord')!.id;
    teamSor = teams.find((team) => team.name === 'Vurderingsteam Sør')!.id;
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.clock.set(BASE);
  });

  const as = <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => run<T>(t, email, query, variables);
  const coordinator = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ) => as<T>('coordinator.nord@demo.local', query, variables);

  describe('putCaseOnHold and resumeCase', () => {
    it('pauses the clock for three days and moves the deadline by exactly three days', async () => {
      const { caseId, kase } = await openCase(t);
      expect(kase).toMatchObject({ acceptedOn: '2026-03-02', deadlineDate: '2026-03-16' });

      const held = await coordinator<{ putCaseOnHold: CaseView }>(HOLD, {
        id: caseId,
        reason: 'Innlagt på UNN Harstad',
      });
      expect(held.errors).toBeUndefined();
      expect(held.data!.putCaseOnHold).toMatchObject({
        status: 'ON_HOLD',
        onHoldSince: '2026-03-02',
        holdDays: 0,
        deadlineDate: '2026-03-16',
        holds: [{ fromDate: '2026-03-02', untilDate: null, reason: 'Innlagt på UNN Harstad' }],
      });

      t.clock.advanceDays(3);
      // While on hold the deadline moves day by day.
      expect(await readCase(t, caseId)).toMatchObject({
        status: 'ON_HOLD',
        holdDays: 3,
        deadlineDate: '2026-03-19',
      });

      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        status: 'ACTIVE',
        onHoldSince: null,
        holdDays: 3,
        deadlineDate: '2026-03-19',
        // End of Thursday 19 March in Oslo (UTC+1).
        deadline: '2026-03-19T22:59:59.999Z',
        daysRemaining: 14,
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-05' }],
      });

      // Once resumed, the clock runs again and the deadline stays put.
      t.clock.advanceDays(1);
      expect(await readCase(t, caseId)).toMatchObject({
        holdDays: 3,
        deadlineDate: '2026-03-19',
        daysRemaining: 13,
      });
    });

    it('adds no days for a hold resumed on the same local day', async () => {
      const { caseId } = await openCase(t);
      expect((await coordinator(HOLD, { id: caseId, reason: 'Legevaktbesøk' })).errors).toBe(
        undefined,
      );
      t.clock.set('2026-03-02T23:30:00+01:00');
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        status: 'ACTIVE',
        holdDays: 0,
        deadlineDate: '2026-03-16',
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-02' }],
      });
    });

    it('counts a hold by local dates: from 23:00 to 01:00 the next day adds one day', async () => {
      const { caseId } = await openCase(t);
      t.clock.set('2026-03-02T23:00:00+01:00');
      expect((await coordinator(HOLD, { id: caseId, reason: 'Innlagt om kvelden' })).errors).toBe(
        undefined,
      );
      t.clock.set('2026-03-03T01:00:00+01:00');
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({ holdDays: 1, deadlineDate: '2026-03-17' });
    });

    it('keeps the dates of every hold when a case is put on hold twice', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Første innleggelse' });
      t.clock.advanceDays(3);
      expect((await coordinator(RESUME, { id: caseId })).errors).toBeUndefined();
      t.clock.advanceDays(2);
      await coordinator(HOLD, { id: caseId, reason: 'Andre innleggelse' });
      t.clock.advanceDays(1);
      const resumed = await coordinator<{ resumeCase: CaseView }>(RESUME, { id: caseId });
      expect(resumed.errors).toBeUndefined();
      expect(resumed.data!.resumeCase).toMatchObject({
        holdDays: 4,
        deadlineDate: '2026-03-20',
        holds: [
          { fromDate: '2026-03-02', untilDate: '2026-03-05', reason: 'Første innleggelse' },
          { fromDate: '2026-03-07', untilDate: '2026-03-08', reason: 'Andre innleggelse' },
        ],
      });
    });

    it('shows HOLD and RESUME in the history with statuses, reason and actor', async () => {
      const { caseId } = await openCase(t);
      t.clock.set('2026-03-02T10:00:00+01:00');
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt på sykehus' });
      t.clock.advanceDays(2);
      await coordinator(RESUME, { id: caseId });

      const { history } = await readCase(t, caseId);
      expect(history.map((h) => h.action)).toEqual(['ACCEPTED', 'HOLD', 'RESUME']);
      expect(history[1]).toEqual({
        action: 'HOLD',
        fromStatus: 'ACTIVE',
        toStatus: 'ON_HOLD',
        reason: 'Innlagt på sykehus',
        actorId: coordinatorNordId,
        actor: { email: 'coordinator.nord@demo.local' },
      });
      expect(history[2]).toEqual({
        action: 'RESUME',
        fromStatus: 'ON_HOLD',
        toStatus: 'ACTIVE',
        reason: null,
        actorId: coordinatorNordId,
        actor: { email: 'coordinator.nord@demo.local' },
      });
    });

    it('lists the history oldest first even when several changes share the same instant', async () => {
      const { caseId } = await openCase(t);
      // The test clock stands still: every change below has the same occurredAt.
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      await coordinator(RESUME, { id: caseId });
      await coordinator(EXTEND, { id: caseId, days: 2, reason: 'Venter på hjelpemidler' });
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'CONSULTANT' });
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      const { history } = await readCase(t, caseId);
      expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
        ['ACCEPTED', null, 'ACTIVE'],
        ['HOLD', 'ACTIVE', 'ON_HOLD'],
        ['RESUME', 'ON_HOLD', 'ACTIVE'],
        ['EXTEND', 'ACTIVE', 'ACTIVE'],
        ['ASSIGN_MEMBER', 'ACTIVE', 'ACTIVE'],
        ['CANCEL', 'ACTIVE', 'CANCELLED'],
      ]);
    });

    it('refuses resumeCase with INVALID_TRANSITION when the case is active', async () => {
      const { caseId } = await openCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(RESUME, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_NOT_ON_HOLD' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.status).toBe('ACTIVE');
    });

    it('refuses putCaseOnHold with INVALID_TRANSITION when the case is already on hold', async () => {
      const { caseId } = await openCase(t);
      expect((await coordinator(HOLD, { id: caseId, reason: 'Innlagt' })).errors).toBeUndefined();
      await expectRefused(
        t,
        () => coordinator(HOLD, { id: caseId, reason: 'Innlagt igjen' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_NOT_ACTIVE' },
        { caseId },
      );
    });

    it('refuses putCaseOnHold when the caller is a team nurse, not the coordinator, and audits it', async () => {
      const { caseId } = await openCase(t);
      const audits = await refusedAudits(t, 'putCaseOnHold', caseId);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
      expect(await refusedAudits(t, 'putCaseOnHold', caseId)).toBe(audits + 1);
    });

    it('refuses resumeCase when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(1);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', RESUME, { id: caseId }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses putCaseOnHold when the caller is the coordinator of another district', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('coordinator.sor@demo.local', HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
      expect(await refusedAudits(t, 'putCaseOnHold', caseId)).toBe(1);
    });

    it('refuses putCaseOnHold with BAD_USER_INPUT when the reason is empty or blank', async () => {
      const { caseId } = await openCase(t);
      for (const reason of ['', '   ']) {
        const result = await expectRefused(
          t,
          () => coordinator(HOLD, { id: caseId, reason }),
          { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
          { caseId },
        );
        expect(result.errors?.[0].extensions.fields).toEqual([
          { field: 'input.reason', problems: expect.any(Array) },
        ]);
      }
    });

    it('refuses putCaseOnHold with NOT_FOUND when the case does not exist', async () => {
      await expectRefused(t, () => coordinator(HOLD, { id: UNKNOWN_ID, reason: 'Innlagt' }), {
        code: 'NOT_FOUND',
        reason: 'CASE_NOT_FOUND',
      });
    });
  });

  describe('extendDeadline', () => {
    it('adds five days to the deadline and keeps the extension with its reason', async () => {
      const { caseId } = await openCase(t);
      const result = await coordinator<{ extendDeadline: CaseView }>(EXTEND, {
        id: caseId,
        days: 5,
        reason: 'Venter på ergoterapeutens hjemmebesøk',
      });
      expect(result.errors).toBeUndefined();
      const kase = result.data!.extendDeadline;
      expect(kase).toMatchObject({
        status: 'ACTIVE',
        deadlineDate: '2026-03-21',
        extensionDays: 5,
        extensions: [
          {
            days: 5,
            reason: 'Venter på ergoterapeutens hjemmebesøk',
            extendedBy: coordinatorNordId,
          },
        ],
      });
      expect(kase.history.find((h) => h.action === 'EXTEND')).toMatchObject({
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        reason: 'Venter på ergoterapeutens hjemmebesøk',
        actor: { email: 'coordinator.nord@demo.local' },
      });
      expect(await readCase(t, caseId)).toMatchObject({
        deadlineDate: '2026-03-21',
        extensions: [{ days: 5, reason: 'Venter på ergoterapeutens hjemmebesøk' }],
      });
    });

    it('refuses extendDeadline with BAD_USER_INPUT when days is 0 or 61', async () => {
      const { caseId } = await openCase(t);
      for (const days of [0, 61]) {
        const result = await expectRefused(
          t,
          () => coordinator(EXTEND, { id: caseId, days, reason: 'Trenger mer tid' }),
          { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
          { caseId },
        );
        expect(result.errors?.[0].extensions.fields).toEqual([
          { field: 'input.days', problems: expect.any(Array) },
        ]);
      }
    });

    it('refuses extendDeadline with BAD_USER_INPUT when the reason is empty', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => coordinator(EXTEND, { id: caseId, days: 3, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses extendDeadline with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openCase(t);
      expect((await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' })).errors).toBe(undefined);
      await expectRefused(
        t,
        () => coordinator(EXTEND, { id: caseId, days: 5, reason: 'Trenger mer tid' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses extendDeadline when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', EXTEND, { id: caseId, days: 5, reason: 'Mer tid' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });

  describe('cancelCase', () => {
    it('cancels an active case with its reason and keeps it in the history', async () => {
      const { caseId } = await openCase(t);
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen har flyttet ut av kommunen',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.cancelCase).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'Personen har flyttet ut av kommunen',
      });
      expect((await readCase(t, caseId)).history.at(-1)).toMatchObject({
        action: 'CANCEL',
        fromStatus: 'ACTIVE',
        toStatus: 'CANCELLED',
        reason: 'Personen har flyttet ut av kommunen',
        actorId: coordinatorNordId,
      });
    });

    it('cancels a case on hold and ends the open hold', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(2);
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen døde på sykehuset',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.cancelCase).toMatchObject({
        status: 'CANCELLED',
        onHoldSince: null,
        cancelReason: 'Personen døde på sykehuset',
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-04' }],
      });
      expect(result.data!.cancelCase.history.at(-1)).toMatchObject({
        action: 'CANCEL',
        fromStatus: 'ON_HOLD',
        toStatus: 'CANCELLED',
      });
    });

    it('keeps the days a cancelled case spent on hold in holdDays and its deadline', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      t.clock.advanceDays(2);
      expect(await readCase(t, caseId)).toMatchObject({ holdDays: 2, deadlineDate: '2026-03-18' });
      const result = await coordinator<{ cancelCase: CaseView }>(CANCEL, {
        id: caseId,
        reason: 'Personen døde på sykehuset',
      });
      expect(result.errors).toBeUndefined();
      // The hold ran from 2 to 4 March (its own record says so): the case must say so too.
      expect(result.data!.cancelCase).toMatchObject({
        holds: [{ fromDate: '2026-03-02', untilDate: '2026-03-04' }],
        holdDays: 2,
        deadlineDate: '2026-03-18',
      });
    });

    it('does not report a cancelled case as overdue or at risk once its deadline has passed', async () => {
      const { caseId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      t.clock.advanceDays(20);
      const read = await coordinator<{
        assessmentCase: { status: string; isOverdue: boolean; atRisk: boolean };
      }>(`query($id: ID!) { assessmentCase(id: $id) { status isOverdue atRisk } }`, {
        id: caseId,
      });
      expect(read.data!.assessmentCase).toEqual({
        status: 'CANCELLED',
        isOverdue: false,
        atRisk: false,
      });
      // The same answer as the list filters, which count only open cases.
      const listed = async (filter: Record<string, unknown>) =>
        (
          await coordinator<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            LIST_CASES,
            { filter: { ...filter, status: ['CANCELLED'] } },
          )
        ).data!.assessmentCases.edges.map((e) => e.node.id);
      expect(await listed({ overdue: true })).not.toContain(caseId);
      expect(await listed({ atRisk: true })).not.toContain(caseId);
    });

    it('refuses putCaseOnHold with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      const result = await expectRefused(
        t,
        () => coordinator(HOLD, { id: caseId, reason: 'Innlagt' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.status).toBe('CANCELLED');
    });

    it('refuses cancelCase with INVALID_TRANSITION when the case is already cancelled', async () => {
      const { caseId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      await expectRefused(
        t,
        () => coordinator(CANCEL, { id: caseId, reason: 'Igjen' }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses cancelCase with BAD_USER_INPUT when the reason is empty', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => coordinator(CANCEL, { id: caseId, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses cancelCase when the caller is a team caseworker, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('caseworker.nord@demo.local', CANCEL, { id: caseId, reason: 'Flyttet' }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('opens a new case when a new referral for the same person is accepted after a cancel', async () => {
      const { caseId, patientId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Trakk søknaden' });
      t.clock.advanceDays(1);

      const again = await registerReferral(t, patientId, { source: 'RELATIVE', channel: 'PHONE' });
      expect(again).toMatchObject({ status: 'RECEIVED', caseId: null });
      const cases = await t.count('assessment_cases', `patient_id = '${patientId}'`);
      const reopened = await acceptReferral(t, again.id);
      expect(reopened.id).not.toBe(caseId);
      expect(reopened).toMatchObject({
        status: 'ACTIVE',
        patientId,
        acceptedOn: '2026-03-03',
        deadlineDate: '2026-03-17',
        referrals: [{ id: again.id, status: 'ACCEPTED' }],
      });
      expect(await t.count('assessment_cases', `patient_id = '${patientId}'`)).toBe(cases + 1);
      expect((await readCase(t, caseId)).status).toBe('CANCELLED');
    });
  });

  describe('closeCase', () => {
    it('refuses closeCase with INVALID_TRANSITION DECISION_REQUIRED when the case is active, changing nothing', async () => {
      const { caseId } = await openCase(t);
      const history = await t.count('case_history', `case_id = '${caseId}'`);
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' },
        { caseId },
      );
      expect((await readCase(t, caseId)).status).toBe('ACTIVE');
      expect(await t.count('case_history', `case_id = '${caseId}'`)).toBe(history);
    });

    it('refuses closeCase with INVALID_TRANSITION DECISION_REQUIRED when the case is on hold', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'DECISION_REQUIRED' },
        { caseId },
      );
    });

    it('refuses closeCase with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      await expectRefused(
        t,
        () => coordinator(CLOSE, { id: caseId }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });

    it('refuses closeCase when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', CLOSE, { id: caseId }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });

  describe('assignCaseMember', () => {
    it('gives a nurse of another district access to the case as CONSULTANT', async () => {
      const { caseId } = await openCase(t);
      const listFor = async () =>
        (
          await as<{ assessmentCases: { edges: { node: { id: string } }[] } }>(
            'nurse.sor@demo.local',
            LIST_CASES,
            { filter: { teamId: teamNord } },
          )
        ).data!.assessmentCases.edges.map((e) => e.node.id);

      expect(errorOf(await as('nurse.sor@demo.local', READ_CASE, { id: caseId }))).toEqual({
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
      });
      expect(await listFor()).not.toContain(caseId);

      const assigned = await coordinator<{ assignCaseMember: CaseView }>(ASSIGN, {
        id: caseId,
        staffId: nurseSorId,
        role: 'CONSULTANT',
      });
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data!.assignCaseMember.members).toEqual([
        {
          staffId: nurseSorId,
          role: 'CONSULTANT',
          assignedBy: coordinatorNordId,
          staff: { email: 'nurse.sor@demo.local' },
        },
      ]);
      expect(assigned.data!.assignCaseMember.history.at(-1)).toMatchObject({
        action: 'ASSIGN_MEMBER',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
      });

      const read = await as<{ assessmentCase: CaseView }>('nurse.sor@demo.local', READ_CASE, {
        id: caseId,
      });
      expect(read.errors).toBeUndefined();
      expect(read.data!.assessmentCase.id).toBe(caseId);
      expect(await listFor()).toContain(caseId);
    });

    it('lets an assigned nurse of another district record interim help', async () => {
      const { caseId } = await openCase(t);
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'ASSESSOR' });
      const result = await as<{ recordInterimService: { recordedBy: string } }>(
        'nurse.sor@demo.local',
        INTERIM,
        { id: caseId, input: interimInput() },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordInterimService.recordedBy).toBe(nurseSorId);
    });

    it('refuses assignCaseMember with CONFLICT when the staff member is already assigned', async () => {
      const { caseId } = await openCase(t);
      await coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'CONSULTANT' });
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: nurseSorId, role: 'ASSESSOR' }),
        { code: 'CONFLICT', reason: 'ALREADY_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff member is the admin', async () => {
      const { caseId } = await openCase(t);
      const adminId = await idOfStaff(t, 'admin@demo.local');
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: adminId, role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'PROFESSION_CANNOT_BE_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff member is home-care staff', async () => {
      const { caseId } = await openCase(t);
      const homeCareId = await idOfStaff(t, 'homecare.nord@demo.local');
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: homeCareId, role: 'PRIMARY_CONTACT' }),
        { code: 'BAD_USER_INPUT', reason: 'PROFESSION_CANNOT_BE_ASSIGNED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff id is unknown', async () => {
      const { caseId } = await openCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: UNKNOWN_ID, role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'STAFF_NOT_FOUND' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.staffId', problems: expect.any(Array) },
      ]);
    });

    it('refuses assignCaseMember with BAD_USER_INPUT when the staff id is not a uuid', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => coordinator(ASSIGN, { id: caseId, staffId: 'nurse.sor', role: 'CONSULTANT' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is a coordinator of another team who is only assigned', async () => {
      const { caseId } = await openCase(t);
      const coordinatorSorId = await idOfStaff(t, 'coordinator.sor@demo.local');
      await coordinator(ASSIGN, { id: caseId, staffId: coordinatorSorId, role: 'CONSULTANT' });
      await expectRefused(
        t,
        () =>
          as('coordinator.sor@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses assignCaseMember when the caller is the coordinator of another district', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () =>
          as('coordinator.sor@demo.local', ASSIGN, {
            id: caseId,
            staffId: nurseSorId,
            role: 'CONSULTANT',
          }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
    });
  });

  describe('changeCaseCoordinator', () => {
    it('hands the case to another coordinator of the team', async () => {
      const admin = await t.as('admin@demo.local');
      const created = await t.gql<{ createStaffMember: { id: string } }>(
        `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
        {
          input: {
            email: 'coordinator2.nord@demo.local',
            name: 'Koordinator to Nord',
            profession: 'COORDINATOR',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const secondId = created.data!.createStaffMember.id;
      const joined = await t.gql(
        `mutation($input: TeamMembershipInput!) { addTeamMembership(input: $input) { id } }`,
        { input: { staffId: secondId, teamId: teamNord } },
        admin,
      );
      expect(joined.errors).toBeUndefined();

      const { caseId } = await openCase(t);
      const result = await coordinator<{ changeCaseCoordinator: CaseView }>(CHANGE_COORDINATOR, {
        id: caseId,
        coordinatorId: secondId,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.changeCaseCoordinator).toMatchObject({
        coordinatorId: secondId,
        coordinator: { email: 'coordinator2.nord@demo.local' },
      });
      expect(result.data!.changeCaseCoordinator.history.at(-1)).toMatchObject({
        action: 'CHANGE_COORDINATOR',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        actorId: coordinatorNordId,
      });
      expect((await readCase(t, caseId)).coordinatorId).toBe(secondId);
    });

    it('refuses changeCaseCoordinator with BAD_USER_INPUT when the new coordinator is a nurse', async () => {
      const { caseId } = await openCase(t);
      const result = await expectRefused(
        t,
        () => coordinator(CHANGE_COORDINATOR, { id: caseId, coordinatorId: nurseNordId }),
        { code: 'BAD_USER_INPUT', reason: 'NOT_A_TEAM_COORDINATOR' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'coordinatorId', problems: expect.any(Array) },
      ]);
    });

    it('refuses changeCaseCoordinator with BAD_USER_INPUT when the new coordinator is of another team', async () => {
      const { caseId } = await openCase(t);
      const coordinatorSorId = await idOfStaff(t, 'coordinator.sor@demo.local');
      await expectRefused(
        t,
        () => coordinator(CHANGE_COORDINATOR, { id: caseId, coordinatorId: coordinatorSorId }),
        { code: 'BAD_USER_INPUT', reason: 'NOT_A_TEAM_COORDINATOR' },
        { caseId },
      );
    });

    it('refuses changeCaseCoordinator when the caller is a team nurse, not the coordinator', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', CHANGE_COORDINATOR, {
            id: caseId,
            coordinatorId: coordinatorNordId,
          }),
        { code: 'FORBIDDEN', reason: 'NOT_CASE_COORDINATOR' },
        { caseId },
      );
    });
  });

  describe('recordInterimService', () => {
    it('records interim help by a team nurse and lists it on the case', async () => {
      const { caseId } = await openCase(t);
      const result = await as<{ recordInterimService: Record<string, unknown> }>(
        'nurse.nord@demo.local',
        INTERIM,
        { id: caseId, input: interimInput() },
      );
      expect(result.errors).toBeUndefined();
      const service = result.data!.recordInterimService;
      expect(service).toMatchObject({
        caseId,
        kind: 'SAFETY_ALARM',
        description: 'Trygghetsalarm utlånt i vurderingsperioden',
        frequency: 'døgnet rundt',
        fromDate: '2026-03-02',
        toDate: '2026-03-16',
        responsible: 'Hjemmetjenesten Nord',
        recordedBy: nurseNordId,
      });
      expect((await readCase(t, caseId)).interimServices).toEqual([service]);
    });

    it('records interim help without a last day while the case is on hold', async () => {
      const { caseId } = await openCase(t);
      await coordinator(HOLD, { id: caseId, reason: 'Innlagt' });
      const result = await as<{ recordInterimService: { toDate: string | null } }>(
        'nurse.nord@demo.local',
        INTERIM,
        { id: caseId, input: interimInput({ kind: 'MEALS', toDate: null }) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordInterimService.toDate).toBeNull();
    });

    it('refuses recordInterimService with BAD_USER_INPUT when toDate is before fromDate', async () => {
      const { caseId } = await openCase(t);
      const result = await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', INTERIM, {
            id: caseId,
            input: interimInput({ fromDate: '2026-03-10', toDate: '2026-03-09' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'DATES_OUT_OF_ORDER' },
        { caseId },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.toDate', problems: expect.any(Array) },
      ]);
    });

    it('refuses recordInterimService with BAD_USER_INPUT when a date is not a calendar day', async () => {
      const { caseId } = await openCase(t);
      const result = await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', INTERIM, {
            id: caseId,
            input: interimInput({ fromDate: '2026-02-30' }),
          }),
        { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' },
        { caseId },
      );
      expect(result.errors).toHaveLength(1);
    });

    it('refuses recordInterimService when the caller is the team leader (profession not allowed)', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('leader.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' },
        { caseId },
      );
    });

    it('refuses recordInterimService when the caller is a nurse of another district', async () => {
      const { caseId } = await openCase(t);
      const audits = await refusedAudits(t, 'recordInterimService', caseId);
      await expectRefused(
        t,
        () => as('nurse.sor@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
      expect(await refusedAudits(t, 'recordInterimService', caseId)).toBe(audits + 1);
    });

    it('refuses recordInterimService when the caller is home-care staff before any handover', async () => {
      const { caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('homecare.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' },
        { caseId },
      );
    });

    it('refuses recordInterimService with INVALID_TRANSITION when the case is cancelled', async () => {
      const { caseId } = await openCase(t);
      await coordinator(CANCEL, { id: caseId, reason: 'Flyttet' });
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', INTERIM, { id: caseId, input: interimInput() }),
        { code: 'INVALID_TRANSITION', reason: 'CASE_FINISHED' },
        { caseId },
      );
    });
  });

  describe('rejectReferral and redirectReferral', () => {
    it('rejects a referral with its reason', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      const result = await as<{ rejectReferral: ReferralView }>(
        'caseworker.nord@demo.local',
        REJECT,
        { id: referral.id, reason: 'Behovet dekkes av fastlegen' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.rejectReferral).toMatchObject({
        id: referral.id,
        status: 'REJECTED',
        rejectionReason: 'Behovet dekkes av fastlegen',
        caseId: null,
        triagedBy: caseworkerNordId,
        triagedAt: new Date(BASE).toISOString(),
      });
      const read = await as<{ referral: ReferralView }>('caseworker.nord@demo.local', REFERRAL, {
        id: referral.id,
      });
      expect(read.data!.referral).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'Behovet dekkes av fastlegen',
      });
    });

    it('redirects a referral to another service with its reason', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      const result = await coordinator<{ redirectReferral: ReferralView }>(REDIRECT, {
        id: referral.id,
        to: 'Spesialisthelsetjenesten',
        reason: 'Trenger utredning i spesialisthelsetjenesten',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.redirectReferral).toMatchObject({
        status: 'REDIRECTED',
        redirectedTo: 'Spesialisthelsetjenesten',
        redirectReason: 'Trenger utredning i spesialisthelsetjenesten',
        triagedBy: coordinatorNordId,
      });
      const read = await coordinator<{ referral: ReferralView }>(REFERRAL, { id: referral.id });
      expect(read.data!.referral).toMatchObject({
        status: 'REDIRECTED',
        redirectedTo: 'Spesialisthelsetjenesten',
      });
    });

    it('refuses rejectReferral with INVALID_TRANSITION when the referral is already accepted', async () => {
      const { referralId, caseId } = await openCase(t);
      await expectRefused(
        t,
        () => as('caseworker.nord@demo.local', REJECT, { id: referralId, reason: 'For sent' }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { caseId, referralId },
      );
    });

    it('refuses redirectReferral with INVALID_TRANSITION when the referral is already accepted', async () => {
      const { referralId, caseId } = await openCase(t);
      await expectRefused(
        t,
        () => coordinator(REDIRECT, { id: referralId, to: 'Fastlegen', reason: 'Feil instans' }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { caseId, referralId },
      );
    });

    it('refuses acceptReferral with INVALID_TRANSITION when the referral is already rejected', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await coordinator(REJECT, { id: referral.id, reason: 'Ikke behov' });
      await expectRefused(
        t,
        () => coordinator(ACCEPT, { id: referral.id }),
        { code: 'INVALID_TRANSITION', reason: 'REFERRAL_ALREADY_TRIAGED' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral when the caller is a team nurse (not caseworker or coordinator)', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => as('nurse.nord@demo.local', REJECT, { id: referral.id, reason: 'Ikke behov' }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses redirectReferral when the caller is a team nurse (not caseworker or coordinator)', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () =>
          as('nurse.nord@demo.local', REDIRECT, {
            id: referral.id,
            to: 'Fastlegen',
            reason: 'Feil instans',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral and redirectReferral when the caller is a caseworker of another district', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => as('caseworker.sor@demo.local', REJECT, { id: referral.id, reason: 'Ikke behov' }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
      await expectRefused(
        t,
        () =>
          as('caseworker.sor@demo.local', REDIRECT, {
            id: referral.id,
            to: 'Fastlegen',
            reason: 'Feil instans',
          }),
        { code: 'FORBIDDEN', reason: 'NOT_RECEIVING_TEAM' },
        { referralId: referral.id },
      );
    });

    it('refuses rejectReferral with BAD_USER_INPUT when the reason is empty', async () => {
      const referral = await registerReferral(t, await newPatient(t));
      await expectRefused(
        t,
        () => coordinator(REJECT, { id: referral.id, reason: '' }),
        { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
        { referralId: referral.id },
      );
    });
  });

  describe('registerReferral', () => {
    it('refuses registerReferral with BAD_USER_INPUT when receivedAt is a day in the future', async () => {
      const patientId = await newPatient(t);
      const tomorrow = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
      const result = await expectRefused(
        t,
        () =>
          as(
            'caseworker.nord@demo.local',
            REGISTER_REFERRAL,
            referralInput(t, patientId, { receivedAt: tomorrow }),
          ),
        { code: 'BAD_USER_INPUT', reason: 'RECEIVED_IN_FUTURE' },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.receivedAt', problems: expect.any(Array) },
      ]);
    });

    it('refuses registerReferral with BAD_USER_INPUT when the team is in another district', async () => {
      const patientId = await newPatient(t);
      const result = await expectRefused(
        t,
        () =>
          as(
            'caseworker.nord@demo.local',
            REGISTER_REFERRAL,
            referralInput(t, patientId, { teamId: teamSor }),
          ),
        { code: 'BAD_USER_INPUT', reason: 'TEAM_OUTSIDE_DISTRICT' },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.teamId', problems: expect.any(Array) },
      ]);
    });

    it('refuses registerReferral when the caller is a caseworker of another district', async () => {
      const patientId = await newPatient(t);
      await expectRefused(
        t,
        () => as('caseworker.sor@demo.local', REGISTER_REFERRAL, referralInput(t, patientId)),
        { code: 'FORBIDDEN', reason: 'NOT_IN_DISTRICT' },
      );
    });

    it('attaches a second referral for a person with an open case to that case', async () => {
      const { caseId, patientId, referralId } = await openCase(t);
      t.clock.advanceDays(2);
      const cases = await t.count('assessment_cases');
      const second = await registerReferral(t, patientId, {
        source: 'GP',
        channel: 'LETTER',
        receivedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
      });
      expect(second).toMatchObject({ status: 'ACCEPTED', caseId, teamId: teamNord });
      expect(await t.count('assessment_cases')).toBe(cases);

      const kase = await readCase(t, caseId);
      expect(kase.referrals.map((r) => r.id).sort()).toEqual([referralId, second.id].sort());
      expect(kase.referrals.every((r) => r.status === 'ACCEPTED')).toBe(true);
      // Joining adds no time to the clarification period.
      expect(kase.deadlineDate).toBe('2026-03-16');
    });
    it('joins a second referral accepted after the first to the case the first opened', async () => {
      const patientId = await newPatient(t);
      const first = await registerReferral(t, patientId);
      const second = await registerReferral(t, patientId, { source: 'RELATIVE', channel: 'PHONE' });
      expect(second).toMatchObject({ status: 'RECEIVED', caseId: null });
      const kase = await acceptReferral(t, first.id);
      const cases = await t.count('assessment_cases');
      const joined = await acceptReferral(t, second.id);
      expect(joined.id).toBe(kase.id);
      expect(await t.count('assessment_cases')).toBe(cases);
      expect(joined.referrals.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
      expect(joined.history.filter((h) => h.action === 'ACCEPTED')).toHaveLength(1);
    });
  });

  describe('referrals list', () => {
    it('lists URGENT referrals first regardless of when they arrived, across pages', async () => {
      const patientId = await newPatient(t);
      const at = (time: string) => `2025-11-10T${time}:00+01:00`;
      const normalEarly = await registerReferral(t, patientId, { receivedAt: at('08:00') });
      const urgentLate = await registerReferral(t, patientId, {
        receivedAt: at('10:00'),
        urgency: 'URGENT',
      });
      const normalLate = await registerReferral(t, patientId, { receivedAt: at('09:00') });
      const urgentEarly = await registerReferral(t, patientId, {
        receivedAt: at('09:30'),
        urgency: 'URGENT',
      });
      const filter = { receivedFrom: at('00:00'), receivedTo: '2025-11-11T00:00:00+01:00' };
      const expected = [urgentEarly.id, urgentLate.id, normalEarly.id, normalLate.id];

      type Page = {
        referrals: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const all = await coordinator<Page>(REFERRALS, { filter });
      expect(all.errors).toBeUndefined();
      expect(all.data!.referrals.edges.map((e) => e.node.id)).toEqual(expected);

      const first = await coordinator<Page>(REFERRALS, { filter, first: 3 });
      expect(first.data!.referrals.pageInfo.hasNextPage).toBe(true);
      const rest = await coordinator<Page>(REFERRALS, {
        filter,
        first: 3,
        after: first.data!.referrals.pageInfo.endCursor,
      });
      expect(
        [...first.data!.referrals.edges, ...rest.data!.referrals.edges].map((e) => e.node.id),
      ).toEqual(expected);
    });

    it('makes an URGENT referral overdue for triage only after the end of the next local day', async () => {
      // Received 00:30 on Tuesday 3 March in Oslo (still Monday in UTC).
      t.clock.set('2026-03-03T10:00:00+01:00');
      const patientId = await newPatient(t);
      const receivedAt = '2026-03-03T00:30:00+01:00';
      const urgent = await registerReferral(t, patientId, { receivedAt, urgency: 'URGENT' });
      const normal = await registerReferral(t, patientId, { receivedAt });
      expect(urgent.triageDeadline).toBe('2026-03-04T22:59:59.999Z');
      expect(normal.triageDeadline).toBeNull();

      const overdue = async (id: string) =>
        (await coordinator<{ referral: ReferralView }>(REFERRAL, { id })).data!.referral
          .triageOverdue;

      t.clock.set('2026-03-04T23:00:00+01:00');
      expect(await overdue(urgent.id)).toBe(false);
      expect(await overdue(normal.id)).toBe(false);

      t.clock.set('2026-03-05T00:30:00+01:00');
      expect(await overdue(urgent.id)).toBe(true);
      expect(await overdue(normal.id)).toBe(false);

      t.clock.set('2026-04-30T12:00:00+02:00');
      expect(await overdue(normal.id)).toBe(false);

      // Once triaged, it is no longer overdue.
      expect((await coordinator(REJECT, { id: urgent.id, reason: 'Ikke behov' })).errors).toBe(
        undefined,
      );
      expect(await overdue(urgent.id)).toBe(false);
    });

    it('counts the URGENT triage deadline in local days across the start of summer time', async () => {
      // Saturday 28 March 2026; summer time starts Sunday 29 March at 02:00.
      t.clock.set('2026-03-28T12:00:00+01:00');
      const urgent = await registerReferral(t, await newPatient(t), {
        receivedAt: '2026-03-28T11:00:00+01:00',
        urgency: 'URGENT',
      });
      expect(urgent.triageDeadline).toBe('2026-03-29T21:59:59.999Z');
      const overdue = async () =>
        (await coordinator<{ referral: ReferralView }>(REFERRAL, { id: urgent.id })).data!.referral
          .triageOverdue;
      t.clock.set('2026-03-29T23:00:00+02:00');
      expect(await overdue()).toBe(false);
      t.clock.set('2026-03-30T00:30:00+02:00');
      expect(await overdue()).toBe(true);
    });
  });
});

describe('teamDashboard', () => {
  let d: TestApp;
  let teamNord: string;
  let coordinatorNordId: string;

  beforeAll(async () => {
    // Its own database: the figures count every case of the team.
    d = await createTestApp();
    d.clock.set(BASE);
    const rows = (await d.dataSource.query(
      `SELECT id FROM assessment_teams WHERE name = 'Vurderingsteam Nord'`,
    )) as { id: string }[];
    teamNord = rows[0].id;
    coordinatorNordId = await idOfStaff(d, 'coordinator.nord@demo.local');
  });
  afterAll(async () => {
    await d.close();
  });

  const dashboard = (email: string, teamId = teamNord) =>
    run<{ teamDashboard: Dashboard }>(d, email, DASHBOARD, { teamId });

  it("shows the coordinator the team's open, overdue and per-coordinator counts", async () => {
    const empty = await dashboard('coordinator.nord@demo.local');
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.teamDashboard).toMatchObject({
      today: '2026-03-02',
      openCaseCount: 0,
      overdueCount: 0,
      casesPerCoordinator: [],
      team: { name: 'Vurderingsteam Nord' },
    });

    const active = await openCase(d);
    const onHold = await openCase(d);
    const cancelled = await openCase(d);
    const token = await d.as('coordinator.nord@demo.local');
    expect(
      (await d.gql(HOLD, { id: onHold.caseId, reason: 'Innlagt' }, token)).errors,
    ).toBeUndefined();
    expect(
      (await d.gql(CANCEL, { id: cancelled.caseId, reason: 'Flyttet' }, token)).errors,
    ).toBeUndefined();

    const now = (await dashboard('coordinator.nord@demo.local')).data!.teamDashboard;
    expect(now).toMatchObject({ openCaseCount: 2, overdueCount: 0, atRiskCount: 0 });
    expect(now.countsByStatus).toEqual(
      expect.arrayContaining([
        { status: 'ACTIVE', count: 1 },
        { status: 'ON_HOLD', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ]),
    );
    expect(now.casesPerCoordinator).toEqual([
      {
        coordinatorId: coordinatorNordId,
        openCases: 2,
        overdue: 0,
        atRisk: 0,
        coordinator: { email: 'coordinator.nord@demo.local' },
      },
    ]);
    expect(now.openCases.map((c) => c.id).sort()).toEqual([active.caseId, onHold.caseId].sort());

    // Tuesday 17 March: the active case is past its deadline (16 March); the one on hold
    // has had its deadline moved by the days on hold.
    d.clock.advanceDays(15);
    const later = (await dashboard('coordinator.nord@demo.local')).data!.teamDashboard;
    expect(later).toMatchObject({
      today: '2026-03-17',
      openCaseCount: 2,
      overdueCount: 1,
      atRiskCount: 1,
    });
    expect(later.casesPerCoordinator).toEqual([
      {
        coordinatorId: coordinatorNordId,
        openCases: 2,
        overdue: 1,
        atRisk: 1,
        coordinator: { email: 'coordinator.nord@demo.local' },
      },
    ]);
    expect(later.openCases).toEqual([
      { id: active.caseId, status: 'ACTIVE', deadlineDate: '2026-03-16', isOverdue: true },
      { id: onHold.caseId, status: 'ON_HOLD', deadlineDate: '2026-03-31', isOverdue: false },
    ]);
  });

  it("lets the district's leader see the team's figures, but not its persons", async () => {
    // A leader of the district who is not in this team (member of the district's other team).
    await createStaff(d, 'leader.psyk.nord@demo.local', 'LEADER', {
      teamId: await idOfTeam(d, 'Vurderingsteam psykisk helse Nord'),
    });
    const result = await dashboard('leader.psyk.nord@demo.local');
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamDashboard).toMatchObject({
      openCaseCount: 2,
      overdueCount: 1,
      atRiskCount: 1,
      openCases: [],
    });
    // No person of the team is in the leader's audit row either.
    const [row] = (await d.dataSource.query(
      `SELECT a.patient_ids FROM audit_events a JOIN staff_members s ON s.id = a.actor_id
        WHERE s.email = 'leader.psyk.nord@demo.local' AND a.action = 'teamDashboard'
        ORDER BY a.occurred_at DESC LIMIT 1`,
    )) as { patient_ids: string[] }[];
    expect(row.patient_ids).toEqual([]);
  });

  it('lets a nurse of the team see its dashboard, with its cases', async () => {
    const result = await dashboard('nurse.nord@demo.local');
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamDashboard.openCases).toHaveLength(2);
  });

  it('refuses teamDashboard when the caller is a nurse of another district', async () => {
    const result = await dashboard('nurse.sor@demo.local');
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
    expect(result.data ?? null).toBeNull();
  });

  it('refuses teamDashboard when the caller is the leader of another district', async () => {
    expect(errorOf(await dashboard('leader.sor@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_TEAM_MEMBER',
    });
  });

  it('refuses teamDashboard when the caller is in the mental-health team, not the somatic one', async () => {
    expect(errorOf(await dashboard('educator.psyk.nord@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_TEAM_MEMBER',
    });
  });

  it('refuses teamDashboard with NOT_FOUND when the team does not exist', async () => {
    expect(errorOf(await dashboard('coordinator.nord@demo.local', UNKNOWN_ID))).toEqual({
      code: 'NOT_FOUND',
      reason: 'TEAM_NOT_FOUND',
    });
  });
});
