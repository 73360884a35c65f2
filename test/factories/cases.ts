import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { type TestApp } from 'test/utils/test-app';

let day = 0;
let serial = 0;

/**
 * A valid synthetic fødselsnummer not used before in this test process: one per birth
 * date from 1960 on (the demo seed's persons are born 1930–1959).
 */
export function freshNationalId(): string {
  return nationalIdOfDay(day++ % 14_000);
}

/** The first valid synthetic fødselsnummer of the person born `index` days after 1960-01-01. */
export function nationalIdOfDay(index: number): string {
  const birthDate = new Date(Date.UTC(1960, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  return nextSyntheticFodselsnummer(birthDate).number;
}

async function insert(t: TestApp, table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const rows = (await t.dataSource.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return rows[0].id;
}

export async function idOfTeam(t: TestApp, name: string): Promise<string> {
  const rows = (await t.dataSource.query('SELECT id FROM assessment_teams WHERE name = $1', [
    name,
  ])) as { id: string }[];
  return rows[0].id;
}

export async function idOfUnit(t: TestApp, name: string): Promise<string> {
  const rows = (await t.dataSource.query('SELECT id FROM service_units WHERE name = $1', [
    name,
  ])) as { id: string }[];
  return rows[0].id;
}

/** A staff member straight into the database, with an optional team or unit membership. */
export async function createStaff(
  t: TestApp,
  email: string,
  profession: string,
  membership: { teamId?: string; unitId?: string } = {},
): Promise<string> {
  const id = await insert(t, 'staff_members', {
    email,
    subject: email,
    name: email.split('@')[0],
    profession,
  });
  if (membership.teamId)
    await insert(t, 'team_memberships', { staff_id: id, team_id: membership.teamId });
  if (membership.unitId)
    await insert(t, 'unit_memberships', { staff_id: id, unit_id: membership.unitId });
  return id;
}

export interface PatientFixture {
  patientId: string;
  nationalId: string;
  familyName: string;
}

/** A registered person straight into the database. */
export async function insertPatient(t: TestApp, districtId: string): Promise<PatientFixture> {
  const nationalId = freshNationalId();
  const familyName = `Fixture${++serial}x${Date.now().toString(36)}`;
  const patientId = await insert(t, 'patients', {
    national_id: nationalId,
    national_id_country: 'NO',
    given_name: 'Test',
    family_name: familyName,
    birth_date: '1961-05-17',
    address: 'Storgata 1',
    district_id: districtId,
  });
  return { patientId, nationalId, familyName };
}

export interface CaseFixture extends PatientFixture {
  caseId: string;
  referralId: string;
  teamId: string;
}

/**
 * An open case of `teamId` straight into the database (as the demo seed does): a person,
 * an accepted referral and an ACTIVE (or ON_HOLD) case coordinated by `coordinatorId`.
 */
export async function insertCase(
  t: TestApp,
  options: {
    teamId: string;
    districtId: string;
    coordinatorId: string;
    status?: 'ACTIVE' | 'ON_HOLD';
  },
): Promise<CaseFixture> {
  const patient = await insertPatient(t, options.districtId);
  const now = t.clock.now();
  const today = now.toISOString().slice(0, 10);
  const onHold = options.status === 'ON_HOLD';
  const caseId = await insert(t, 'assessment_cases', {
    patient_id: patient.patientId,
    team_id: options.teamId,
    service_area: 'SOMATIC',
    status: onHold ? 'ON_HOLD' : 'ACTIVE',
    coordinator_id: options.coordinatorId,
    accepted_at: now,
    accepted_on: today,
    clarification_days: 14,
    deadline_date: new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
    on_hold_since: onHold ? today : null,
  });
  if (onHold) {
    await insert(t, 'case_holds', {
      case_id: caseId,
      from_date: today,
      reason: 'Innlagt',
      started_by: options.coordinatorId,
    });
  }
  const referralId = await insertReferral(t, {
    patientId: patient.patientId,
    teamId: options.teamId,
    registeredBy: options.coordinatorId,
    caseId,
  });
  return { ...patient, caseId, referralId, teamId: options.teamId };
}

/** A referral straight into the database: RECEIVED, or ACCEPTED into `caseId`. */
export async function insertReferral(
  t: TestApp,
  options: {
    patientId: string;
    teamId: string;
    registeredBy: string;
    caseId?: string;
    receivedAt?: Date;
  },
): Promise<string> {
  const now = t.clock.now();
  return insert(t, 'referrals', {
    patient_id: options.patientId,
    team_id: options.teamId,
    source: 'GP',
    channel: 'LETTER',
    received_at: options.receivedAt ?? new Date(now.getTime() - 86_400_000),
    description: 'Fastlegen ber om vurdering',
    help_requested: 'Vurdering av hjelpebehov',
    urgency: 'NORMAL',
    status: options.caseId ? 'ACCEPTED' : 'RECEIVED',
    case_id: options.caseId ?? null,
    triaged_at: options.caseId ? now : null,
    triaged_by: options.caseId ? options.registeredBy : null,
    registered_by: options.registeredBy,
  });
}

/** Assigns a staff member to a case straight in the database. */
export async function assign(
  t: TestApp,
  caseId: string,
  staffId: string,
  assignedBy: string,
): Promise<void> {
  await insert(t, 'case_members', {
    case_id: caseId,
    staff_id: staffId,
    role: 'CONSULTANT',
    assigned_by: assignedBy,
  });
}

/** An active emergency access grant straight in the database (4 hours from the test clock). */
export async function grantEmergency(
  t: TestApp,
  kase: { caseId: string; patientId: string },
  staffId: string,
  profession: string,
): Promise<void> {
  const now = t.clock.now();
  await insert(t, 'emergency_access_grants', {
    staff_id: staffId,
    staff_profession: profession,
    case_id: kase.caseId,
    patient_id: kase.patientId,
    reason: 'Akutt tilsyn',
    granted_at: now,
    expires_at: new Date(now.getTime() + 4 * 3_600_000),
    request_id: 'test-fixture',
  });
}

/*
 * Through the API, as the e2e specs meet the service: register a person, register a referral,
 * accept it. Each throws with the API's errors when the call is refused, so a failing set-up
 * says why instead of failing later on a missing id.
 */

const COORDINATOR_NORD = 'coordinator.nord@demo.local';

async function ok<T>(
  t: TestApp,
  by: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const result = await t.gql<T>(query, variables, await t.as(by));
  if (result.errors || !result.data)
    throw new Error(`Set-up call refused: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** What a test may say about a person registered through the API. */
export interface PersonInput {
  nationalId?: string;
  givenName?: string;
  familyName?: string;
  address?: string;
  postalCode?: string;
  city?: string;
}

/**
 * A person registered through the API by `by` (the coordinator of Nord unless told) in
 * `districtId`, with a fresh synthetic national id unless `person` gives one.
 */
export async function registerPatientViaApi(
  t: TestApp,
  options: { districtId: string; by?: string; person?: PersonInput },
): Promise<string> {
  const data = await ok<{ registerPatient: { id: string } }>(
    t,
    options.by ?? COORDINATOR_NORD,
    'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
    {
      input: {
        nationalId: freshNationalId(),
        givenName: 'Test',
        familyName: `Person ${++serial}`,
        address: 'Storgata 1',
        districtId: options.districtId,
        ...options.person,
      },
    },
  );
  return data.registerPatient.id;
}

/** A referral from the hospital at discharge (override of referralInputFor's GP letter). */
export const HOSPITAL_DISCHARGE = {
  source: 'HOSPITAL_DISCHARGE',
  channel: 'DIGITAL',
  description: 'Utskrevet fra UNN etter lårhalsbrudd, bor alene.',
  helpRequested: 'Hjelp til personlig stell og trygghetsalarm',
} as const;

/** A valid RegisterReferralInput for `patientId`: a GP's letter received now. */
export function referralInputFor(
  t: TestApp,
  patientId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    patientId,
    source: 'GP',
    channel: 'LETTER',
    receivedAt: t.clock.now().toISOString(),
    description: 'Fastlegen ber om vurdering',
    helpRequested: 'Vurdering av hjelpebehov',
    ...overrides,
  };
}

/**
 * A referral for `patientId` registered through the API by `by` (the coordinator of Nord
 * unless told); answers the referral with `fields` (its id unless told).
 */
export async function registerReferralViaApi<T = { id: string }>(
  t: TestApp,
  patientId: string,
  options: { by?: string; input?: Record<string, unknown>; fields?: string } = {},
): Promise<T> {
  const data = await ok<{ registerReferral: T }>(
    t,
    options.by ?? COORDINATOR_NORD,
    `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { ${options.fields ?? 'id'} } }`,
    { input: referralInputFor(t, patientId, options.input) },
  );
  return data.registerReferral;
}

/**
 * A referral accepted through the API by `by` (the coordinator of Nord unless told); answers
 * the case it opened or joined, with `fields` (its id unless told).
 */
export async function acceptReferralViaApi<T = { id: string }>(
  t: TestApp,
  referralId: string,
  options: { by?: string; fields?: string } = {},
): Promise<T> {
  const data = await ok<{ acceptReferral: T }>(
    t,
    options.by ?? COORDINATOR_NORD,
    `mutation($id: ID!) { acceptReferral(referralId: $id) { ${options.fields ?? 'id'} } }`,
    { id: referralId },
  );
  return data.acceptReferral;
}

export interface OpenedCase<K = { id: string }> {
  caseId: string;
  patientId: string;
  referralId: string;
  /** The case as acceptReferral answered it, with the `caseFields` asked for. */
  kase: K;
}

/**
 * An ACTIVE case opened through the API, as a team opens one: a new person is registered,
 * a referral for them registered (by `registeredBy`) and accepted (by `coordinatorEmail`),
 * both the coordinator of Nord unless told. A person has one open case at a time, so each
 * call registers a new person.
 */
export async function openCaseViaApi<K extends { id: string } = { id: string }>(
  t: TestApp,
  options: {
    districtId: string;
    coordinatorEmail?: string;
    registeredBy?: string;
    person?: PersonInput;
    referral?: Record<string, unknown>;
    caseFields?: string;
  },
): Promise<OpenedCase<K>> {
  const coordinator = options.coordinatorEmail ?? COORDINATOR_NORD;
  const registeredBy = options.registeredBy ?? coordinator;
  const patientId = await registerPatientViaApi(t, {
    districtId: options.districtId,
    by: registeredBy,
    person: options.person,
  });
  const referral = await registerReferralViaApi(t, patientId, {
    by: registeredBy,
    input: options.referral,
  });
  const kase = await acceptReferralViaApi<K>(t, referral.id, {
    by: coordinator,
    fields: options.caseFields,
  });
  return { caseId: kase.id, patientId, referralId: referral.id, kase };
}
