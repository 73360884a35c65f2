import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import type { TaggedNode } from 'src/common/graphql/node.interface';
import { locateSql } from 'src/common/graphql/node-tables';
import { AssessmentsService } from 'src/modules/assessments';
import { ASSESSMENT_NODE_TABLES, AssessmentScoreEntity } from 'src/modules/assessments/model';
import { AuditTrailService } from 'src/modules/audit';
import { AUDIT_NODE_TABLES } from 'src/modules/audit/model';
import { CasesService } from 'src/modules/cases';
import {
  CASE_NODE_TABLES,
  CASE_RECORD_NODE_TABLES,
  CaseHistoryEntity,
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from 'src/modules/cases/model';
import {
  DECISION_NODE_TABLES,
  DecisionEntity,
  DecisionServiceEntity,
} from 'src/modules/decisions/model';
import { EmergencyAccessService } from 'src/modules/emergency-access';
import { EMERGENCY_ACCESS_NODE_TABLES } from 'src/modules/emergency-access/model';
import { GoalPlansService } from 'src/modules/goal-plans';
import {
  GOAL_PLAN_NODE_TABLES,
  GoalEntity,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/model';
import { FollowUpEntity, HANDOVER_NODE_TABLES, HandoverEntity } from 'src/modules/handover/model';
import { PatientsService, StaffService } from 'src/modules/identity';
import {
  AssessmentTeamEntity,
  DistrictEntity,
  ORGANISATION_NODE_TABLES,
  PatientContactEntity,
  PERSON_NODE_TABLES,
  ServiceUnitEntity,
} from 'src/modules/identity/model';
import { JournalService } from 'src/modules/journal';
import { JOURNAL_NODE_TABLES } from 'src/modules/journal/model';
import { ReferralsService } from 'src/modules/referrals';
import { REFERRAL_NODE_TABLES } from 'src/modules/referrals/model';
import { NodeErrors } from 'src/modules/node/node.errors';

/** Objects read through their case's read (`assessmentCase`), and audited as it. */
const OF_A_CASE = {
  AssessmentScore: AssessmentScoreEntity,
  CaseHistoryEntry: CaseHistoryEntity,
  CaseHold: CaseHoldEntity,
  CaseMember: CaseMemberEntity,
  DeadlineExtension: DeadlineExtensionEntity,
  InterimService: InterimServiceEntity,
  Decision: DecisionEntity,
  GrantedService: DecisionServiceEntity,
  Handover: HandoverEntity,
  FollowUp: FollowUpEntity,
} satisfies Record<string, EntityTarget<ObjectLiteral>>;

/** Objects read through their case's goal plan (`goalPlan`), and audited as it. */
const OF_A_PLAN = {
  Goal: GoalEntity,
  Measure: MeasureEntity,
  GoalPlanRevision: GoalPlanRevisionEntity,
} satisfies Record<string, EntityTarget<ObjectLiteral>>;

/** The organisation: every signed-in staff member reads it (as `districts`). */
const ORGANISATION = {
  District: DistrictEntity,
  AssessmentTeam: AssessmentTeamEntity,
  ServiceUnit: ServiceUnitEntity,
} satisfies Record<string, EntityTarget<ObjectLiteral>>;

/**
 * Which type holds an id, and the id its read needs (the case, the person; null where the
 * object is read by its own id). Each module declares the tables of its types; one query
 * over all of them, only to find an id, never to read what it holds.
 */
const NODE_TABLES = [
  ...CASE_NODE_TABLES,
  ...PERSON_NODE_TABLES,
  ...REFERRAL_NODE_TABLES,
  ...JOURNAL_NODE_TABLES,
  ...GOAL_PLAN_NODE_TABLES,
  ...ASSESSMENT_NODE_TABLES,
  ...CASE_RECORD_NODE_TABLES,
  ...DECISION_NODE_TABLES,
  ...HANDOVER_NODE_TABLES,
  ...ORGANISATION_NODE_TABLES,
  ...EMERGENCY_ACCESS_NODE_TABLES,
  ...AUDIT_NODE_TABLES,
] as const;

const LOCATE = locateSql(NODE_TABLES);

type NodeType = (typeof NODE_TABLES)[number]['type'];

/**
 * `node(id)`: finds the type of an id, then reads it through the same service method as the
 * type's own query, so access is checked and audited exactly as there. An object without a
 * read of its own is read through its parent's (the case, the goal plan, the person).
 */
@Injectable()
export class NodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly patients: PatientsService,
    private readonly referrals: ReferralsService,
    private readonly journal: JournalService,
    private readonly goalPlans: GoalPlansService,
    private readonly assessments: AssessmentsService,
    private readonly staff: StaffService,
    private readonly emergencyAccess: EmergencyAccessService,
    private readonly auditTrail: AuditTrailService,
  ) {}

  async node(caller: Caller, id: string): Promise<TaggedNode> {
    const rows = (await this.dataSource.query(LOCATE, [id])) as {
      type: NodeType;
      parent: string | null;
    }[];
    if (!rows[0]) throw NodeErrors.nodeNotFound();
    const { type, parent } = rows[0];
    const value = await this.read(caller, type, id, parent as string);
    if (!value) throw NodeErrors.nodeNotFound();
    return Object.assign(value, { __typename: type });
  }

  private async read(
    caller: Caller,
    type: NodeType,
    id: string,
    parent: string,
  ): Promise<object | null> {
    switch (type) {
      case 'AssessmentCase':
        return this.cases.getCase(caller, id);
      case 'Patient':
        return this.patients.getPatient(caller, id);
      case 'PatientContact':
        await this.patients.getPatient(caller, parent);
        return this.byId(PatientContactEntity, id);
      case 'Referral':
        return this.referrals.getReferral(caller, id);
      case 'JournalEntry':
        return this.journal.entry(caller, id, parent);
      case 'GoalPlan': {
        const plan = await this.goalPlans.planOfCase(caller, parent);
        return plan?.id === id ? plan : null;
      }
      case 'Goal':
      case 'Measure':
      case 'GoalPlanRevision':
        await this.goalPlans.planOfCase(caller, parent);
        return this.byId(OF_A_PLAN[type], id);
      case 'Assessment': {
        // The case's read, then its assessments' (which computes `isLatest`).
        await this.cases.getCase(caller, parent);
        const [assessments] = await this.assessments.assessmentsOf(caller, [parent]);
        return assessments.find((a) => a.id === id) ?? null;
      }
      case 'AssessmentScore':
      case 'CaseHistoryEntry':
      case 'CaseHold':
      case 'CaseMember':
      case 'DeadlineExtension':
      case 'InterimService':
      case 'Decision':
      case 'GrantedService':
      case 'Handover':
      case 'FollowUp':
        await this.cases.getCase(caller, parent);
        return this.byId(OF_A_CASE[type], id);
      case 'StaffMember':
        return this.staff.staffMember(caller, id);
      case 'District':
      case 'AssessmentTeam':
      case 'ServiceUnit':
        return this.byId(ORGANISATION[type], id);
      case 'EmergencyAccess':
        return this.emergencyAccess.grant(caller, id);
      case 'AuditEvent':
        return this.auditTrail.event(caller, id);
      default:
        return assertNever(type);
    }
  }

  private byId<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string): Promise<T | null> {
    return this.dataSource.getRepository(entity).findOneBy({ id } as never);
  }
}

function assertNever(type: never): never {
  throw new Error(`unhandled node type ${String(type)}`);
}
