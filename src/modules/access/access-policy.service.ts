import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { refuse } from 'src/common/graphql/domain-error';
import type { Touched } from 'src/modules/audit/model';
import { entityColumns } from 'src/database/entity-columns';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  type CaseRelation,
  decide,
  EMERGENCY_ACCESS_HOURS,
  EMERGENCY_PROFESSIONS,
  INTAKE_PROFESSIONS,
  NO_RELATION,
  type Operation,
  type Refusal,
  REFUSALS,
  type TargetOf,
} from 'src/modules/access/access-rules';
import { Profession } from 'src/modules/identity/model';

export type { CaseRelation, Operation, Refusal } from 'src/modules/access/access-rules';

/** A recorded decision's outcome, as the lifecycle needs it. */
type DecisionOutcome = 'NO_SERVICES' | 'GRANTED' | 'PARTLY_GRANTED';

/** How the caller relates to a case, and the state its next steps depend on. */
export interface CaseStandingRow {
  relation: CaseRelation;
  status: AssessmentCaseEntity['status'];
  decisionOutcome?: DecisionOutcome;
  handoverAcknowledged: boolean;
  /** The case opened with Billund's coordination levels on (its own settings). */
  coordinationLevels: boolean;
  /** The district of the case's team (the person's, while the case is open). */
  districtId: string;
}

/** What the relation of a caller to a case is computed from. */
type CaseRef = Pick<AssessmentCaseEntity, 'id' | 'teamId' | 'coordinatorId'>;

/** Handovers that give the receiving unit access: sent (to decide) or acknowledged. */
const RECEIVING_STATUSES = `('SENT', 'ACKNOWLEDGED')`;

/**
 * SQL condition: `staff` relates to case `alias` as an assigned member: assigned to it
 * (case_members), or, while the case is open, the person's coordinating caseworker (Billund:
 * they follow the person across cases; replaced, they lose it at once).
 */
function assignedSql(alias: string, staff: string): string {
  // By the case's id only (some callers pass a stand-in row with just `id` and `team_id`, as
  // the team-wide journal search does), and uncorrelated: the open cases of the persons the
  // caller follows are found once per query (IX_patients_coordinating_caseworker), not per row.
  return `(EXISTS (SELECT 1 FROM case_members cm WHERE cm.case_id = ${alias}.id AND cm.staff_id = ${staff})
    OR ${alias}.id IN (SELECT ccc.id FROM patients ccw JOIN assessment_cases ccc ON ccc.patient_id = ccw.id
         WHERE ccw.coordinating_caseworker_id = ${staff} AND ccc.status NOT IN ('CLOSED', 'CANCELLED')))`;
}

interface RelationRow {
  assigned: boolean;
  receiving: boolean;
  emergency: boolean;
}

/**
 * The one place that decides who may do what (docs/design.md "Who may do what"): every operation
 * is decided by name (`require`, access-rules.ts) from the caller and their relation, read
 * here; list queries take its SQL conditions (the read models of the same rules). A refusal
 * on person data is audited before it is thrown.
 */
@Injectable()
export class AccessPolicyService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  /** Every column of `assessment_cases c`, as the entity's properties (cached by entityColumns). */
  private get caseColumns(): string {
    return entityColumns(this.dataSource, AssessmentCaseEntity, 'c');
  }

  /**
   * Decides a named operation (access-rules.ts) and refuses unless it is allowed: the
   * refusal is audited (with the persons and cases it touched) and thrown as FORBIDDEN.
   */
  require<O extends Operation>(
    caller: Caller,
    operation: O,
    target: TargetOf<O>,
    touched: Touched = {},
  ): void {
    const refusal = decide(caller.actor, operation, target);
    if (refusal) this.refuse(caller, operation, touched, refusal);
  }

  /** The decision alone: null or the refusal (the caller audits and ends what it refuses). */
  decision<O extends Operation>(caller: Caller, operation: O, target: TargetOf<O>): Refusal | null {
    return decide(caller.actor, operation, target);
  }

  /** Whether the caller may perform the operation (no audit: for lists of what one may do). */
  allows<O extends Operation>(caller: Caller, operation: O, target: TargetOf<O>): boolean {
    return decide(caller.actor, operation, target) === null;
  }

  /** Refuses with FORBIDDEN and records the refused attempt in the audit trail. */
  refuse(
    caller: Caller,
    operation: Operation,
    touched: Touched,
    reason: Refusal,
    details: Record<string, unknown> = {},
  ): never {
    caller.audit.refused(operation, touched, { reason });
    throw refuse(reason, REFUSALS[reason], details);
  }

  /**
   * What a refusal of a case read tells the client besides its reason: whether the caller may
   * break the glass on it (`emergencyAccessAllowed`) and for how many hours a grant lasts.
   * Only for a caller with no relation to the case, so it says nothing of the case itself.
   */
  emergencyAccessDetails(caller: Caller): Record<string, unknown> {
    return decide(caller.actor, 'requestEmergencyAccess', NO_RELATION) === null
      ? { emergencyAccessAllowed: true, emergencyAccessHours: EMERGENCY_ACCESS_HOURS }
      : {};
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
    const assigned = assignedSql(alias, `$${params.length}::uuid`);
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
   * The case, if the caller may see it (one query: the row and the visibility check
   * together); `notFound` for no such case, FORBIDDEN NO_RELATION_TO_CASE (audited) otherwise.
   */
  async visibleCase(
    runner: Pick<EntityManager, 'query'>,
    caller: Caller,
    caseId: string,
    operation: Operation,
    notFound: () => Error,
  ): Promise<AssessmentCaseEntity> {
    const params: unknown[] = [caseId];
    const visible = this.caseVisibleSql(caller, params);
    const [row] = (await runner.query(
      `SELECT ${this.caseColumns}, ${visible} AS "visibleToCaller" FROM assessment_cases c WHERE c.id = $1`,
      params,
    )) as (AssessmentCaseEntity & { visibleToCaller?: boolean })[];
    if (!row) throw notFound();
    // The SQL condition is the read model of SEE_CASE: it decides, the rule names the refusal.
    if (!row.visibleToCaller)
      this.refuse(
        caller,
        operation,
        { patientIds: [row.patientId], caseIds: [row.id] },
        'NO_RELATION_TO_CASE',
        // Not visible: no team, assignment, receiving unit or running grant.
        this.emergencyAccessDetails(caller),
      );
    delete row.visibleToCaller;
    return row;
  }

  /** SQL condition: the caller works in the unit case `alias` is handed over to. */
  receivingUnitSql(caller: Caller, params: unknown[], alias = 'c'): string {
    if (caller.actor.unitIds.length === 0) return 'FALSE';
    params.push(caller.actor.unitIds);
    return `EXISTS (SELECT 1 FROM handovers ho WHERE ho.case_id = ${alias}.id AND ho.receiving_unit_id = ANY($${params.length}::uuid[]) AND ho.status IN ${RECEIVING_STATUSES})`;
  }

  /** How the caller relates to one case: team, assignment, coordinator, receiving unit, grant. */
  async relationTo(
    manager: Pick<EntityManager, 'query'>,
    caller: Caller,
    kase: CaseRef,
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
      `SELECT ${this.caseColumns}, ${this.relationColumns(caller, params)}
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

  /**
   * For a page of cases at once (one query): how the caller relates to each, and what of the
   * case decides which steps it allows now (`viewerCan`). In key order; null for no such case.
   */
  async caseStandings(
    runner: Pick<EntityManager, 'query'>,
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<(CaseStandingRow | null)[]> {
    const params: unknown[] = [caseIds];
    const rows = (await runner.query(
      `SELECT c.id, c.team_id AS "teamId", c.coordinator_id AS "coordinatorId", c.status,
              c.patient_id AS "patientId", ${this.relationColumns(caller, params)},
              (SELECT d.outcome FROM decisions d WHERE d.case_id = c.id
                ORDER BY d.decided_at DESC LIMIT 1) AS "decisionOutcome",
              EXISTS (SELECT 1 FROM handovers h WHERE h.case_id = c.id
                         AND h.status IN ('ACKNOWLEDGED', 'CLOSED')) AS "handoverAcknowledged",
              COALESCE((c.settings->>'coordinationLevels')::boolean, false) AS "coordinationLevels",
              (SELECT t.district_id FROM assessment_teams t WHERE t.id = c.team_id) AS "districtId"
         FROM assessment_cases c WHERE c.id = ANY($1::uuid[])`,
      params,
    )) as (RelationRow &
      CaseRef & {
        patientId: string;
        status: CaseStandingRow['status'];
        decisionOutcome: DecisionOutcome | null;
        handoverAcknowledged: boolean;
        coordinationLevels: boolean;
        districtId: string;
      })[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return caseIds.map((id) => {
      const row = byId.get(id);
      if (!row) return null;
      return {
        relation: this.toRelation(caller, row, row),
        status: row.status,
        decisionOutcome: row.decisionOutcome ?? undefined,
        handoverAcknowledged: row.handoverAcknowledged,
        coordinationLevels: row.coordinationLevels,
        districtId: row.districtId,
      };
    });
  }

  /** `assigned`, `receiving`, `emergency` of case `c` for the caller ($1 is the case). */
  private relationColumns(caller: Caller, params: unknown[]): string {
    params.push(caller.actor.staffId);
    const staff = `$${params.length}::uuid`;
    const receiving = this.receivingUnitSql(caller, params, 'c');
    const emergency = this.emergencyGrantSql(caller, params, 'c');
    return `${assignedSql('c', staff)} AS assigned,
            ${receiving} AS receiving, ${emergency} AS emergency`;
  }

  private toRelation(
    caller: Caller,
    kase: CaseRef & { patientId?: string },
    row: RelationRow | undefined,
  ): CaseRelation {
    const { staffId, profession, teamIds } = caller.actor;
    const relation: CaseRelation = {
      teamMember: teamIds.includes(kase.teamId),
      assigned: row?.assigned ?? false,
      // "The coordinator": the case's assigned coordinator, or any COORDINATOR of its team.
      coordinator:
        staffId === kase.coordinatorId ||
        (profession === Profession.COORDINATOR && teamIds.includes(kase.teamId)),
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
   * SQL condition: the caller may see referral `r`: with no case yet, staff of the teams in
   * the district of its receiving team (the district it was registered for, which is the
   * person's unless it was taken in by number for a person who moved); once it has a case,
   * through the case.
   */
  referralVisibleSql(caller: Caller, params: unknown[]): string {
    const { profession, teamDistrictIds } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER || profession === Profession.ADMIN)
      return 'FALSE';
    params.push(teamDistrictIds);
    const noCase = `(r.case_id IS NULL AND EXISTS (SELECT 1 FROM assessment_teams rt WHERE rt.id = r.team_id AND rt.district_id = ANY($${params.length}::uuid[])))`;
    const throughCase = `EXISTS (SELECT 1 FROM assessment_cases rc WHERE rc.id = r.case_id AND ${this.caseVisibleSql(caller, params, 'rc')})`;
    return `(${noCase} OR ${throughCase})`;
  }
}
