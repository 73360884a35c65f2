import { type EntityManager, type FindOptionsWhere, In } from 'typeorm';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import { PatientEntity } from 'src/modules/identity/patient.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import type { Profession } from 'src/modules/identity/identity.enums';

/**
 * The identity module's reads for other modules: SQL fragments that name its tables, so that
 * another module's query can join a person or a staff member in the same round trip, and
 * small look-ups taking the caller's EntityManager (inside its transaction where it has one).
 */

/** `JOIN staff_members <alias> ON <alias>.id = <on>` (`LEFT JOIN` with `left`). */
export function staffJoin(alias: string, on: string, left = false): string {
  return `${left ? 'LEFT JOIN' : 'JOIN'} staff_members ${alias} ON ${alias}.id = ${on}`;
}

/** `JOIN patients <alias> ON <alias>.id = <on>` (`LEFT JOIN` with `left`). */
export function patientJoin(alias: string, on: string, left = false): string {
  return `${left ? 'LEFT JOIN' : 'JOIN'} patients ${alias} ON ${alias}.id = ${on}`;
}

/** A team by id, or null. */
export function findTeam(manager: EntityManager, id: string): Promise<AssessmentTeamEntity | null> {
  return manager.getRepository(AssessmentTeamEntity).findOneBy({ id });
}

/** Service units by id, in no particular order (a DataLoader batch orders them). */
export function findUnits(
  manager: EntityManager,
  ids: readonly string[],
): Promise<ServiceUnitEntity[]> {
  return manager.getRepository(ServiceUnitEntity).findBy({ id: In([...ids]) });
}

/** The person as a handover summary names them, with their contacts (next of kin first). */
export async function personSummaryOf(
  manager: EntityManager,
  patientId: string,
): Promise<{
  name: string;
  birthDate: string;
  address: string;
  contacts: { name: string; relation: string; phone: string | null }[];
}> {
  const [person] = (await manager.query(
    `SELECT p.given_name || ' ' || p.family_name AS name, p.birth_date AS "birthDate",
            concat_ws(', ', p.address, nullif(concat_ws(' ', p.postal_code, p.city), '')) AS address
       FROM patients p WHERE p.id = $1`,
    [patientId],
  )) as { name: string; birthDate: string; address: string }[];
  const contacts = (await manager.query(
    'SELECT name, relation, phone FROM patient_contacts WHERE patient_id = $1 ORDER BY is_next_of_kin DESC, name',
    [patientId],
  )) as { name: string; relation: string; phone: string | null }[];
  return { ...person, contacts };
}

/** Whether a person is registered under this id. */
export async function patientExists(manager: EntityManager, id: string): Promise<boolean> {
  const rows = (await manager.query('SELECT 1 FROM patients WHERE id = $1', [id])) as unknown[];
  return rows.length > 0;
}

/** The first person matching, or null. */
export function findPatientBy(
  manager: EntityManager,
  where: FindOptionsWhere<PatientEntity>,
): Promise<PatientEntity | null> {
  return manager.findOneBy(PatientEntity, where);
}

/** The person matching; throws when there is none (a row this transaction just wrote). */
export function findPatientOrFail(
  manager: EntityManager,
  where: FindOptionsWhere<PatientEntity>,
): Promise<PatientEntity> {
  return manager.findOneByOrFail(PatientEntity, where);
}

/** Serialises work on one person (intake): holds their row until the transaction ends. */
export async function lockPatientRow(manager: EntityManager, patientId: string): Promise<void> {
  await manager.query('SELECT 1 FROM patients WHERE id = $1 FOR UPDATE', [patientId]);
}

/** A district by id, or null. */
export function findDistrict(manager: EntityManager, id: string): Promise<DistrictEntity | null> {
  return manager.findOneBy(DistrictEntity, { id });
}

/** Every district, by name. */
export function listDistricts(manager: EntityManager): Promise<DistrictEntity[]> {
  return manager.find(DistrictEntity, { order: { name: 'ASC' } });
}

/** The first team matching, or null. */
export function findTeamBy(
  manager: EntityManager,
  where: FindOptionsWhere<AssessmentTeamEntity>,
): Promise<AssessmentTeamEntity | null> {
  return manager.findOneBy(AssessmentTeamEntity, where);
}

/** The team; throws when there is none (a team a stored row refers to). */
export function findTeamOrFail(manager: EntityManager, id: string): Promise<AssessmentTeamEntity> {
  return manager.findOneByOrFail(AssessmentTeamEntity, { id });
}

/** A staff member, active or not (one whose id another row holds). */
export function staffMemberOf(manager: EntityManager, id: string): Promise<StaffMemberEntity> {
  return manager.findOneByOrFail(StaffMemberEntity, { id });
}

/** A staff member still active, else null; with `profession`, only one of that profession. */
export function activeStaffMember(
  manager: EntityManager,
  id: string,
  profession?: Profession,
): Promise<StaffMemberEntity | null> {
  return manager.findOneBy(StaffMemberEntity, {
    id,
    active: true,
    ...(profession ? { profession } : {}),
  });
}

/** A staff member's name, or null for an unknown id. */
export async function staffNameOf(manager: EntityManager, id: string): Promise<string | null> {
  const staff = await manager.findOneBy(StaffMemberEntity, { id });
  return staff?.name ?? null;
}

/** Active COORDINATORs of a team, by name: who may coordinate its cases. */
export async function activeCoordinatorsOf(
  manager: EntityManager,
  teamId: string,
): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT s.id FROM staff_members s JOIN team_memberships m ON m.staff_id = s.id
      WHERE m.team_id = $1 AND s.active AND s.profession = 'COORDINATOR' ORDER BY s.name, s.id`,
    [teamId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A service unit, or null for an unknown id. */
export function serviceUnitOf(
  manager: EntityManager,
  id: string,
): Promise<ServiceUnitEntity | null> {
  return manager.findOneBy(ServiceUnitEntity, { id });
}

/**
 * Whether the staff member may be a person's coordinating caseworker in the district: an
 * active CASEWORKER of an assessment team there.
 */
export async function isActiveCaseworkerInDistrict(
  manager: EntityManager,
  staffId: string,
  districtId: string,
): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM staff_members s
       JOIN team_memberships m ON m.staff_id = s.id
       JOIN assessment_teams t ON t.id = m.team_id
      WHERE s.id = $1 AND s.active AND s.profession = 'CASEWORKER' AND t.district_id = $2
      LIMIT 1`,
    [staffId, districtId],
  )) as unknown[];
  return rows.length > 0;
}

/** Sets (or, with null, clears) a person's coordinating caseworker. */
export async function setCoordinatingCaseworkerOf(
  manager: EntityManager,
  patientId: string,
  staffId: string | null,
): Promise<void> {
  await manager.update(PatientEntity, { id: patientId }, { coordinatingCaseworkerId: staffId });
}
