import { expect } from '@jest/globals';
import {
  acceptReferralViaApi,
  HOSPITAL_DISCHARGE,
  idOfTeam,
  openCaseViaApi,
  type OpenedCase,
  registerPatientViaApi,
  registerReferralViaApi,
} from 'test/factories/cases';
import { errorOf, type GqlResult, idOfDistrict, type TestApp } from 'test/utils/test-app';

/*
 * What the specs of a case's life share (case-lifecycle, case-members, interim-services,
 * referrals, team-dashboard): the GraphQL documents, the views they answer, the set-up
 * through the API, and the check that a refused mutation changed nothing.
 */

// Monday 2 March 2026, 09:00 in Oslo (UTC+1): every test starts here unless it sets the clock.
export const BASE = '2026-03-02T09:00:00+01:00';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export const CASE_FIELDS = `id status patientId teamId coordinatorId acceptedOn deadlineDate deadline
  daysRemaining holdDays extensionDays onHoldSince cancelReason
  coordinator { email }
  holds { fromDate untilDate reason startedBy }
  extensions { days reason extendedBy }
  members { staffId role assignedBy staff { email } }
  interimServices { id caseId kind description frequency fromDate toDate responsible recordedBy }
  referrals { id status }
  history { action fromStatus toStatus reason actorId actor { email } }`;

export const REGISTER_PATIENT = `mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
export const REFERRAL_FIELDS = `id status caseId teamId urgency receivedAt rejectionReason redirectedTo
  redirectReason triagedAt triagedBy triageDeadline triageOverdue`;
export const REGISTER_REFERRAL = `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptReferral(referralId: $id) { ${CASE_FIELDS} } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectReferral(referralId: $id, input: { reason: $reason }) { ${REFERRAL_FIELDS} } }`;
export const REDIRECT = `mutation($id: ID!, $to: String!, $reason: String!) {
  redirectReferral(referralId: $id, input: { redirectedTo: $to, reason: $reason }) { ${REFERRAL_FIELDS} } }`;
export const REFERRAL = `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
export const REFERRALS = `query($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id urgency receivedAt } } pageInfo { hasNextPage endCursor } } }`;

export const HOLD = `mutation($id: ID!, $reason: String!) { putCaseOnHold(caseId: $id, input: { reason: $reason }) { ${CASE_FIELDS} } }`;
export const RESUME = `mutation($id: ID!) { resumeCase(caseId: $id) { ${CASE_FIELDS} } }`;
export const EXTEND = `mutation($id: ID!, $days: Int!, $reason: String!) {
  extendDeadline(caseId: $id, input: { days: $days, reason: $reason }) { ${CASE_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCase(caseId: $id, input: { reason: $reason }) { ${CASE_FIELDS} } }`;
export const CLOSE = `mutation($id: ID!) { closeCase(caseId: $id) { ${CASE_FIELDS} } }`;
export const ASSIGN = `mutation($id: ID!, $staffId: ID!, $role: CaseRole!) {
  assignCaseMember(caseId: $id, input: { staffId: $staffId, role: $role }) { ${CASE_FIELDS} } }`;
export const CHANGE_COORDINATOR = `mutation($id: ID!, $coordinatorId: ID!) {
  changeCaseCoordinator(caseId: $id, coordinatorId: $coordinatorId) { ${CASE_FIELDS} } }`;
export const INTERIM = `mutation($id: ID!, $input: RecordInterimServiceInput!) {
  recordInterimService(caseId: $id, input: $input) { id caseId kind description frequency fromDate toDate responsible recordedBy } }`;
export const READ_CASE = `query($id: ID!) { assessmentCase(id: $id) { ${CASE_FIELDS} } }`;
export const LIST_CASES = `query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
export const DASHBOARD = `query($teamId: ID!) { teamDashboard(teamId: $teamId) {
  today openCaseCount overdueCount atRiskCount team { name }
  countsByStatus { status count }
  casesPerCoordinator { coordinatorId openCases overdue atRisk coordinator { email } }
  openCases { id status deadlineDate isOverdue } } }`;

export interface CaseView {
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

export interface ReferralView {
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

export interface Dashboard {
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
export const DOMAIN_TABLES = [
  'patients',
  'referrals',
  'assessment_cases',
  'case_history',
  'case_holds',
  'deadline_extensions',
  'case_members',
  'interim_services',
] as const;

export interface DomainState {
  counts: Record<string, number>;
  kase: unknown;
  referral: unknown;
}

export const CASEWORKER_NORD = 'caseworker.nord@demo.local';
export const COORDINATOR_NORD = 'coordinator.nord@demo.local';

/** Runs a document as a seeded (or created) staff member, by e-mail. */
/**
 * A spec's callers: `as(email, query, variables)` and the Nord coordinator's
 * `coordinator(query, variables)`, on the app `app()` answers when they are called (a spec
 * makes its app in `beforeAll`).
 */
export function callersOf(app: () => TestApp) {
  const as = <T = Record<string, unknown>>(
    email: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => run<T>(app(), email, query, variables);
  const coordinator = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ) => as<T>(COORDINATOR_NORD, query, variables);
  return { as, coordinator };
}

export async function run<T = Record<string, unknown>>(
  app: TestApp,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  return app.gql<T>(query, variables, await app.as(email));
}

/** A person registered in `district` by its caseworker (a person has one open case at a time). */
export async function newPatient(app: TestApp, district: 'Nord' | 'Sør' = 'Nord'): Promise<string> {
  return registerPatientViaApi(app, {
    districtId: await idOfDistrict(app, district),
    by: district === 'Nord' ? CASEWORKER_NORD : 'caseworker.sor@demo.local',
  });
}

/** The variables of registerReferral: a discharge from hospital received now, and `extra`. */
export function dischargeReferral(
  app: TestApp,
  patientId: string,
  extra: Record<string, unknown> = {},
): { input: Record<string, unknown> } {
  return {
    input: {
      patientId,
      ...HOSPITAL_DISCHARGE,
      receivedAt: app.clock.now().toISOString(),
      ...extra,
    },
  };
}

/** A discharge referral for `patientId` registered by `email` (Nord's caseworker unless told). */
export async function registerReferral(
  app: TestApp,
  patientId: string,
  extra: Record<string, unknown> = {},
  email = CASEWORKER_NORD,
): Promise<ReferralView> {
  return registerReferralViaApi<ReferralView>(app, patientId, {
    by: email,
    input: { ...HOSPITAL_DISCHARGE, ...extra },
    fields: REFERRAL_FIELDS,
  });
}

/** The referral accepted by Nord's coordinator; answers the case it opened or joined. */
export async function acceptReferral(app: TestApp, referralId: string): Promise<CaseView> {
  return acceptReferralViaApi<CaseView>(app, referralId, { fields: CASE_FIELDS });
}

/**
 * An ACTIVE case of Vurderingsteam Nord for a new person: a discharge referral registered by
 * Nord's caseworker and accepted by its coordinator.
 */
export async function openDischargeCase(app: TestApp): Promise<OpenedCase<CaseView>> {
  return openCaseViaApi<CaseView>(app, {
    districtId: await idOfDistrict(app, 'Nord'),
    registeredBy: CASEWORKER_NORD,
    referral: HOSPITAL_DISCHARGE,
    caseFields: CASE_FIELDS,
  });
}

export async function readCase(app: TestApp, caseId: string): Promise<CaseView> {
  const result = await run<{ assessmentCase: CaseView }>(app, COORDINATOR_NORD, READ_CASE, {
    id: caseId,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.assessmentCase;
}

/** The row counts of DOMAIN_TABLES, and the case and referral rows as they stand. */
export async function domainState(
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
export async function expectRefused(
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

/** How many refusals of `action` on `caseId` the audit trail holds. */
export const refusedAudits = (app: TestApp, action: string, caseId: string): Promise<number> =>
  app.count('audit_events', `access = 'REFUSED' AND action = $1 AND $2 = ANY(case_ids)`, [
    action,
    caseId,
  ]);

export const teamNordId = (app: TestApp): Promise<string> => idOfTeam(app, 'Vurderingsteam Nord');

/** A valid RecordInterimServiceInput (a safety alarm for the first two weeks), and `extra`. */
export const interimInput = (extra: Record<string, unknown> = {}) => ({
  kind: 'SAFETY_ALARM',
  description: 'Trygghetsalarm utlånt i vurderingsperioden',
  frequency: 'døgnet rundt',
  fromDate: '2026-03-02',
  toDate: '2026-03-16',
  responsible: 'Hjemmetjenesten Nord',
  ...extra,
});
