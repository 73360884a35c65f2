import type { EntityManager } from 'typeorm';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import type { Profession } from 'src/modules/identity/identity.enums';
import { PatientEntity } from 'src/modules/identity/patient.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/*
 * The identity module's rows as other modules need them, inside their own transaction
 * (`manager`): staff, teams, units and persons by id. No access check: the caller's module
 * has made its own.
 */

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

/** An assessment team, or null for an unknown id. */
export function teamOf(manager: EntityManager, id: string): Promise<AssessmentTeamEntity | null> {
  return manager.findOneBy(AssessmentTeamEntity, { id });
}

/** A service unit, or null for an unknown id. */
export function serviceUnitOf(
  manager: EntityManager,
  id: string,
): Promise<ServiceUnitEntity | null> {
  return manager.findOneBy(ServiceUnitEntity, { id });
}

/** A person whose id another row holds. */
export function patientOf(manager: EntityManager, id: string): Promise<PatientEntity> {
  return manager.findOneByOrFail(PatientEntity, { id });
}
