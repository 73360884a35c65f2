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

/** A case opened through the API: register the person, the referral, accept it. */
export async function openCaseViaApi(
  t: TestApp,
  options: { districtId: string; coordinatorEmail?: string },
): Promise<{ caseId: string; patientId: string; referralId: string }> {
  const coordinator = await t.as(options.coordinatorEmail ?? 'coordinator.nord@demo.local');
  const patient = await t.gql<{ registerPatient: { id: string } }>(
    'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
    {
      input: {
        nationalId: freshNationalId(),
        givenName: 'Test',
        familyName: `Person ${++serial}`,
        address: 'Storgata 1',
        districtId: options.districtId,
      },
    },
    coordinator,
  );
  const patientId = patient.data!.registerPatient.id;
  const registered = await t.gql<{ registerReferral: { id: string } }>(
    'mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }',
    {
      input: {
        patientId,
        source: 'GP',
        channel: 'LETTER',
        receivedAt: t.clock.now().toISOString(),
        description: 'Fastlegen ber om vurdering',
        helpRequested: 'Vurdering av hjelpebehov',
      },
    },
    coordinator,
  );
  const referralId = registered.data!.registerReferral.id;
  const accepted = await t.gql<{ acceptReferral: { id: string } }>(
    'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
    { id: referralId },
    coordinator,
  );
  return { caseId: accepted.data!.acceptReferral.id, patientId, referralId };
}
