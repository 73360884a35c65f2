import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { DomainError } from 'src/common/graphql/domain-error';
import type { Touched } from 'src/modules/audit/audit-collector';
import { type AssessmentCaseEntity, CASE_COLUMNS } from 'src/modules/cases/assessment-case.entity';
import { CLINICAL_PROFESSIONS, Profession } from 'src/modules/identity/identity.enums';

/** Who registers referrals and persons, and triages referrals. */
export const INTAKE_PROFESSIONS: readonly Profession[] = [
  Profession.CASEWORKER,
  Profession.COORDINATOR,
];

/** Who writes in a case: journal, interim services, assessments. */
export const CASE_WORK_PROFESSIONS: readonly Profession[] = [
  ...CLINICAL_PROFESSIONS,
  Profession.CASEWORKER,
  Profession.COORDINATOR,
];

/** Who may break the glass (DESIGN.md "Who may do what": emergency access). */
export const EMERGENCY_PROFESSIONS: readonly Profession[] = [
  ...CLINICAL_PROFESSIONS,
  Profession.CASEWORKER,
];

/** How long an emergency access grant lasts. */
export const EMERGENCY_ACCESS_HOURS = 4;

/** How the caller relates to one case (answered by the case query). */
export interface CaseRelation {
  teamMember: boolean;
  assigned: boolean;
  /** Staff of the unit the case is handed over to (sent or acknowledged). */
  receivingUnit?: boolean;
  /** An active emergency access grant (break-the-glass): read and journal entries only. */
  emergencyGrant?: boolean;
}

/** Why a journal entry is no longer pushed to a subscriber (the subscription ends). */
export type JournalDeliveryRefusal =
  'STAFF_DEACTIVATED' | 'NO_RELATION_TO_CASE' | 'EMERGENCY_ACCESS_EXPIRED';

/** A subscriber as they stand at the moment an entry is delivered. */
export interface SubscriberStanding {
  /** False once the staff member is deactivated. */
  active: boolean;
  /** Their relation to the case now (team, assignment, receiving unit, unexpired grant). */
  relation: CaseRelation;
  /** They held an emergency access grant on the case, and it has run out. */
  emergencyGrantExpired: boolean;
}

/** Handovers that give the receiving unit access: sent (to decide) or acknowledged. */
const RECEIVING_STATUSES = `('SENT', 'ACKNOWLEDGED')`;

/**
 * The one place that decides who may do what (DESIGN.md "Who may do what").
 * Services ask it before reading or writing; list queries take its SQL filters.
 * A refusal on person data is audited before it is thrown.
 */
interface RelationRow {
  assigned: boolean;
  receiving: boolean;
  emergency: boolean;
}

@Injectable()
export class AccessPolicyService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Refuses with FORBIDDEN and records the refused attempt in the audit trail. */
  refuse(caller: Caller, action: string, touched: Touched, reason: string, message: string): never {
    caller.audit.refused(action, touched, { reason });
    throw new DomainError('FORBIDDEN', reason, message);
  }

  requireProfession(
    caller: Caller,
    action: string,
    allowed: readonly Profession[],
    touched: Touched = {},
  ): void {
    if (!allowed.includes(caller.actor.profession)) {
      this.refuse(
        caller,
        action,
        touched,
        'PROFESSION_NOT_ALLOWED',
        `Only ${allowed.join(', ')} may do this`,
      );
    }
  }

  /** Register a patient or referral: CASEWORKER or COORDINATOR of a team in the patient's district. */
  canRegisterInDistrict(caller: Caller, districtId: string): boolean {
    const { profession, teamDistrictIds } = caller.actor;
    return (
      (profession === Profession.CASEWORKER || profession === Profession.COORDINATOR) &&
      teamDistrictIds.includes(districtId)
    );
  }

  /**
   * SQL condition: the caller may see this patient (`p`). Intake staff (caseworkers and
   * coordinators) of the person's district always may, to register referrals; other team
   * staff of the district may until the person has a case, and after that only through a
   * case they may see. The privacy officer may look a person up (never journal contents).
   */
  patientVisibleSql(caller: Caller, params: unknown[]): string {
    const { profession, teamDistrictIds } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER) return 'TRUE';
    if (profession === Profession.ADMIN) return 'FALSE';
    params.push(teamDistrictIds);
    const inDistrict = `p.district_id = ANY($${params.length}::uuid[])`;
    const throughCase = `EXISTS (SELECT 1 FROM assessment_cases pc WHERE pc.patient_id = p.id AND ${this.caseVisibleSql(caller, params, 'pc')})`;
    if (INTAKE_PROFESSIONS.includes(profession)) return `(${inDistrict} OR ${throughCase})`;
    const noCaseYet = `NOT EXISTS (SELECT 1 FROM assessment_cases nc WHERE nc.patient_id = p.id)`;
    return `((${inDistrict} AND ${noCaseYet}) OR ${throughCase})`;
  }

  /**
   * SQL condition: the caller may see case `alias`: member of its team, assigned to it,
   * staff of the unit it is handed over to, or holding an active emergency access grant.
   */
  caseVisibleSql(caller: Caller, params: unknown[], alias = 'c'): string {
    const { profession, teamIds, staffId } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER || profession === Profession.ADMIN)
      return 'FALSE';
    params.push(teamIds);
    const team = `${alias}.team_id = ANY($${params.length}::uuid[])`;
    params.push(staffId);
    const assigned = `EXISTS (SELECT 1 FROM case_members cm WHERE cm.case_id = ${alias}.id AND cm.staff_id = $${params.length}::uuid)`;
    return `(${team} OR ${assigned} OR ${this.receivingUnitSql(caller, params, alias)} OR ${this.emergencyGrantSql(caller, params, alias)})`;
  }

  /**
   * SQL condition: the caller holds an active emergency access grant (break-the-glass)
   * on case `alias`. The grant lives in the database and runs out by the injected clock.
   */
  emergencyGrantSql(caller: Caller, params: unknown[], alias = 'c'): string {
    if (!EMERGENCY_PROFESSIONS.includes(caller.actor.profession)) return 'FALSE';
    params.push(caller.actor.staffId, this.clock.now());
    return `${alias}.id IN (SELECT eg.case_id FROM emergency_access_grants eg WHERE eg.staff_id = $${params.length - 1}::uuid AND eg.expires_at > $${params.length}::timestamptz)`;
  }

  /**
   * Refuses (audited) unless the caller may see the case: the same SQL condition the list
   * queries use, asked of one row. `runner` is the data source or a transaction's manager.
   */
  /**
   * The case, if the caller may see it (one query: the row and the visibility check
   * together); `notFound` for no such case, FORBIDDEN NO_RELATION_TO_CASE (audited) otherwise.
   */
  async visibleCase(
    runner: Pick<EntityManager, 'query'>,
    caller: Caller,
    caseId: string,
    action: string,
    notFound: () => Error,
  ): Promise<AssessmentCaseEntity> {
    const params: unknown[] = [caseId];
    const visible = this.caseVisibleSql(caller, params);
    const [row] = (await runner.query(
      `SELECT ${CASE_COLUMNS}, ${visible} AS "visibleToCaller" FROM assessment_cases c WHERE c.id = $1`,
      params,
    )) as (AssessmentCaseEntity & { visibleToCaller?: boolean })[];
    if (!row) throw notFound();
    if (!row.visibleToCaller) {
      this.refuse(
        caller,
        action,
        { patientIds: [row.patientId], caseIds: [row.id] },
        'NO_RELATION_TO_CASE',
        'You have no relation to this case',
      );
    }
    delete row.visibleToCaller;
    return row;
  }

  /** SQL condition: the caller works in the unit case `alias` is handed over to. */
  receivingUnitSql(caller: Caller, params: unknown[], alias = 'c'): string {
    if (caller.actor.unitIds.length === 0) return 'FALSE';
    params.push(caller.actor.unitIds);
    return `EXISTS (SELECT 1 FROM handovers ho WHERE ho.case_id = ${alias}.id AND ho.receiving_unit_id = ANY($${params.length}::uuid[]) AND ho.status IN ${RECEIVING_STATUSES})`;
  }

  /** How the caller relates to one case: team, assignment, receiving unit. */
  async relationTo(
    manager: Pick<EntityManager, 'query'>,
    caller: Caller,
    kase: { id: string; teamId: string },
  ): Promise<CaseRelation> {
    const params: unknown[] = [kase.id];
    const [row] = (await manager.query(
      `SELECT ${this.relationColumns(caller, params)}, c.patient_id AS "patientId"
         FROM assessment_cases c WHERE c.id = $1`,
      params,
    )) as (RelationRow & { patientId: string })[];
    return this.toRelation(caller, { ...kase, patientId: row?.patientId }, row);
  }

  /**
   * The case and how the caller relates to it, in one query (a write's first step); null
   * when there is no such case.
   */
  async caseWithRelation(
    manager: Pick<EntityManager, 'query'>,
    caller: Caller,
    caseId: string,
  ): Promise<{ kase: AssessmentCaseEntity; relation: CaseRelation } | null> {
    const params: unknown[] = [caseId];
    const [row] = (await manager.query(
      `SELECT ${CASE_COLUMNS}, ${this.relationColumns(caller, params)}
         FROM assessment_cases c WHERE c.id = $1`,
      params,
    )) as (AssessmentCaseEntity & RelationRow)[];
    if (!row) return null;
    const { assigned, receiving, emergency, ...kase } = row;
    return {
      kase,
      relation: this.toRelation(caller, kase, { assigned, receiving, emergency }),
    };
  }

  /** `assigned`, `receiving`, `emergency` of case `c` for the caller ($1 is the case). */
  private relationColumns(caller: Caller, params: unknown[]): string {
    params.push(caller.actor.staffId);
    const staff = `$${params.length}::uuid`;
    const receiving = this.receivingUnitSql(caller, params, 'c');
    const emergency = this.emergencyGrantSql(caller, params, 'c');
    return `EXISTS (SELECT 1 FROM case_members cm WHERE cm.case_id = c.id AND cm.staff_id = ${staff}) AS assigned,
            ${receiving} AS receiving, ${emergency} AS emergency`;
  }

  private toRelation(
    caller: Caller,
    kase: { id: string; teamId: string; patientId?: string },
    row: RelationRow | undefined,
  ): CaseRelation {
    const relation: CaseRelation = {
      teamMember: caller.actor.teamIds.includes(kase.teamId),
      assigned: row?.assigned ?? false,
      receivingUnit: row?.receiving ?? false,
      emergencyGrant: row?.emergency ?? false,
    };
    // Reached only by breaking the glass: this request's audit events on the case are flagged.
    if (
      relation.emergencyGrant &&
      !relation.teamMember &&
      !relation.assigned &&
      !relation.receivingUnit &&
      kase.patientId
    )
      caller.audit.underEmergency([{ caseId: kase.id, patientId: kase.patientId }]);
    return relation;
  }

  /** Any relation that lets the caller see the case. */
  hasRelation(relation: CaseRelation): boolean {
    return (
      relation.teamMember ||
      relation.assigned ||
      relation.receivingUnit === true ||
      relation.emergencyGrant === true
    );
  }

  /**
   * A new journal entry pushed to a `journalEntryAdded` subscriber: decided again at every
   * delivery from the subscriber as they stand now (re-read from the database), never from
   * the subscription's start. Answers why it is refused, or null to deliver.
   */
  journalDelivery(caller: Caller, standing: SubscriberStanding): JournalDeliveryRefusal | null {
    if (!standing.active) return 'STAFF_DEACTIVATED';
    // As for the case list (caseVisibleSql): the privacy officer and the administrator never read journals.
    const { profession } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER || profession === Profession.ADMIN)
      return 'NO_RELATION_TO_CASE';
    if (this.hasRelation(standing.relation)) return null;
    return standing.emergencyGrantExpired ? 'EMERGENCY_ACCESS_EXPIRED' : 'NO_RELATION_TO_CASE';
  }

  /**
   * Whether the caller held an emergency access grant on the case that has run out by now
   * (to name why a subscription ends).
   */
  async emergencyGrantExpired(
    runner: Pick<EntityManager, 'query'>,
    caller: Caller,
    caseId: string,
  ): Promise<boolean> {
    const [row] = (await runner.query(
      `SELECT EXISTS (SELECT 1 FROM emergency_access_grants eg
                       WHERE eg.staff_id = $1 AND eg.case_id = $2 AND eg.expires_at <= $3::timestamptz) AS expired`,
      [caller.actor.staffId, caseId, this.clock.now()],
    )) as { expired: boolean }[];
    return row?.expired ?? false;
  }

  /**
   * Journal entries: case workers, the receiving unit's staff after handover, and
   * holders of an emergency access grant (break-the-glass allows journal entries).
   */
  canWriteJournal(caller: Caller, relation: CaseRelation): boolean {
    return (
      this.canWorkInCase(caller, relation) ||
      relation.receivingUnit === true ||
      (relation.emergencyGrant === true && EMERGENCY_PROFESSIONS.includes(caller.actor.profession))
    );
  }

  /**
   * SQL condition: the caller may see referral `r` (of patient `p`): with no case yet,
   * staff of the teams in the person's district; once it has a case, through the case.
   */
  referralVisibleSql(caller: Caller, params: unknown[]): string {
    const { profession, teamDistrictIds } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER || profession === Profession.ADMIN)
      return 'FALSE';
    params.push(teamDistrictIds);
    const noCase = `(r.case_id IS NULL AND p.district_id = ANY($${params.length}::uuid[]))`;
    const throughCase = `EXISTS (SELECT 1 FROM assessment_cases rc WHERE rc.id = r.case_id AND ${this.caseVisibleSql(caller, params, 'rc')})`;
    return `(${noCase} OR ${throughCase})`;
  }

  /** Accept, reject or redirect: CASEWORKER or COORDINATOR of the receiving team. */
  canTriage(caller: Caller, teamId: string): boolean {
    return (
      INTAKE_PROFESSIONS.includes(caller.actor.profession) && caller.actor.teamIds.includes(teamId)
    );
  }

  /** "The coordinator": the case's assigned coordinator, or any COORDINATOR of its team. */
  isCoordinatorOf(caller: Caller, kase: { coordinatorId: string; teamId: string }): boolean {
    const { staffId, profession, teamIds } = caller.actor;
    return (
      staffId === kase.coordinatorId ||
      (profession === Profession.COORDINATOR && teamIds.includes(kase.teamId))
    );
  }

  /** Journal entries, interim services, assessments: clinical staff, caseworkers and coordinators of the case. */
  canWorkInCase(caller: Caller, relation: CaseRelation): boolean {
    return (
      (relation.teamMember || relation.assigned) &&
      CASE_WORK_PROFESSIONS.includes(caller.actor.profession)
    );
  }

  /**
   * Team-wide journal search: members of the team. Unlike the dashboard's figures, the hits
   * are journal text, so a district leader outside the team is refused; staff who reach
   * single cases otherwise (assigned, receiving unit, emergency access) search those cases'
   * journals one case at a time.
   */
  canSearchTeamJournals(caller: Caller, teamId: string): boolean {
    return caller.actor.teamIds.includes(teamId);
  }

  /** Team dashboard: members of the team, and leaders of its district. */
  /** Statistics (no names): leaders and team staff of the district; never ADMIN or PO. */
  canSeeDistrictStatistics(caller: Caller, districtId: string): boolean {
    const { profession, teamDistrictIds } = caller.actor;
    return (
      teamDistrictIds.includes(districtId) &&
      profession !== Profession.ADMIN &&
      profession !== Profession.PRIVACY_OFFICER
    );
  }

  canSeeTeamDashboard(caller: Caller, team: { id: string; districtId: string }): boolean {
    const { profession, teamIds, teamDistrictIds } = caller.actor;
    return (
      teamIds.includes(team.id) ||
      (profession === Profession.LEADER && teamDistrictIds.includes(team.districtId))
    );
  }
}
