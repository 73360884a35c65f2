import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { GraphQLJSON } from 'src/common/graphql/json.scalar';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { FunctionVariableEntity } from 'src/modules/assessments/model';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import {
  AGREED_BY,
  type AgreedBy,
  type FieldChange,
  GOAL_LONG_TEXT_MAX,
  GOAL_OUTCOMES,
  GOAL_STATUSES,
  GOAL_TEXT_MAX,
  type GoalStatus,
  MEASURE_STATUSES,
  type MeasureStatus,
  PLAN_STATUSES,
  type PlanStatus,
  RESPONSIBLE_KINDS,
  type ResponsibleKind,
  REVISION_ACTIONS,
  type RevisionAction,
} from 'src/modules/goal-plans/goal-plan-rules';
import {
  GoalPlanActionEnum,
  GoalPlanAgreedByEnum,
  GoalPlanStatusEnum,
  GoalStatusEnum,
  MeasureStatusEnum,
} from 'src/modules/goal-plans/goal-plan.enums';
import { checkIn, PatientEntity, Profession, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/** Graded scores of either scale (IPLOS 1–5, FSIII 0–4); "not relevant" (9) is no goal. */
const GOAL_SCORES = '0, 1, 2, 3, 4, 5';
const OUTCOMES_SQL = GOAL_OUTCOMES.map((o) => `'${o}'`).join(', ');

/**
 * The goal and action plan of a case (one per case, created with its first goal). `version`
 * is bumped by every change inside it, so an agreement names exactly what was agreed.
 * `assessment_cases.goal_plan_agreed` mirrors `status = 'AGREED'` in the same transaction.
 */
@ObjectType('GoalPlan', {
  implements: () => [Node],
  description:
    "The goal and action plan of a case (mål- og tiltaksplan): goals in the person's own words and who does what.",
})
@Entity({ name: 'goal_plans' })
@Index('UQ_goal_plans_case', ['caseId'], { unique: true })
@Index('IX_goal_plans_patient', ['patientId'])
@Check('CHK_goal_plans_status', checkIn('status', PLAN_STATUSES))
@Check('CHK_goal_plans_version', `"version" >= 0`)
@Check('CHK_goal_plans_agreed_by', `"agreed_by" IS NULL OR ${checkIn('agreed_by', AGREED_BY)}`)
@Check(
  'CHK_goal_plans_agreement',
  `("status" = 'DRAFT') = ("agreed_at" IS NULL) AND ("agreed_at" IS NULL) = ("agreed_by" IS NULL)
   AND ("agreed_at" IS NULL) = ("agreed_version" IS NULL) AND ("agreed_at" IS NULL) = ("agreement_recorded_by" IS NULL)
   AND ("agreed_version" IS NULL OR "agreed_version" <= "version")`,
)
@Check(
  'CHK_goal_plans_representative',
  `COALESCE("agreed_by" = 'REPRESENTATIVE', false) = ("representative_name" IS NOT NULL)
   AND char_length("representative_name") <= 200`,
)
export class GoalPlanEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goal_plans' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_goal_plans_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_goal_plans_patient' })
  patient: Relation<PatientEntity>;

  @Field(() => GoalPlanStatusEnum, { description: 'DRAFT, AGREED or CHANGED_SINCE_AGREEMENT.' })
  @Column({ type: 'text', default: 'DRAFT' })
  status: PlanStatus;

  @Field(() => Int, {
    description:
      'Bumped by every change inside the plan; `agreeGoalPlan` takes it as `expectedVersion`.',
  })
  @Column({ type: 'int', default: 0 })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the plan was last agreed.' })
  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt: Date | null;

  @Field(() => GoalPlanAgreedByEnum, {
    nullable: true,
    description: 'Who agreed it last: the person or a representative.',
  })
  @Column({ name: 'agreed_by', type: 'text', nullable: true })
  agreedBy: AgreedBy | null;

  @Field(() => String, {
    nullable: true,
    description: 'The representative who agreed it (when agreedBy is REPRESENTATIVE).',
  })
  @Column({ name: 'representative_name', type: 'text', nullable: true })
  representativeName: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The plan version the person (or representative) saw and agreed to, last time.',
  })
  @Column({ name: 'agreed_version', type: 'int', nullable: true })
  agreedVersion: number | null;

  /** The staff member who recorded the agreement. */
  @Column({ name: 'agreement_recorded_by', type: 'uuid', nullable: true })
  agreementRecordedById: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'agreement_recorded_by',
    foreignKeyConstraintName: 'FK_goal_plans_agreement_recorded_by',
  })
  agreementRecordedBy: Relation<StaffMemberEntity>;

  @Field({ description: 'When the plan was created (with its first goal).' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the plan last changed.' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Who changed the plan last (named in a CONFLICT). */
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_goal_plans_updated_by' })
  updatedBy: Relation<StaffMemberEntity>;
}

/** A goal of a plan, in the person's own words. Edited in place; its history is the revisions. */
@ObjectType('Goal', {
  implements: () => [Node],
  description: "A goal of the goal plan, in the person's own words.",
})
@Entity({ name: 'goals' })
@Index('IX_goals_plan', ['planId', 'seq'])
@Check('CHK_goals_status', checkIn('status', GOAL_STATUSES))
@Check('CHK_goals_version', `"version" >= 1`)
@Check('CHK_goals_position', `"position" >= 1`)
@Check(
  'CHK_goals_text_length',
  `char_length("text") BETWEEN 1 AND ${GOAL_TEXT_MAX} AND char_length("what_matters") <= ${GOAL_TEXT_MAX}
   AND char_length("evaluation") <= ${GOAL_LONG_TEXT_MAX}`,
)
@Check(
  'CHK_goals_scores',
  `("baseline_score" IS NULL OR "baseline_score" IN (${GOAL_SCORES}))
   AND ("target_score" IS NULL OR "target_score" IN (${GOAL_SCORES}))
   AND ("function_variable_code" IS NOT NULL OR ("baseline_score" IS NULL AND "target_score" IS NULL))`,
)
@Check(
  'CHK_goals_evaluation',
  `("status" IN (${OUTCOMES_SQL})) = ("evaluated_at" IS NOT NULL)
   AND ("evaluated_at" IS NULL) = ("evaluation" IS NULL) AND ("evaluated_at" IS NULL) = ("evaluated_by" IS NULL)`,
)
export class GoalEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goals' })
  id: string;

  @Field(() => ID, { description: 'The plan.' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => GoalPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_goals_plan' })
  plan: Relation<GoalPlanEntity>;

  @Field({ description: "The goal, in the person's own words." })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'What matters to the person here.' })
  @Column({ name: 'what_matters', type: 'text', nullable: true })
  whatMatters: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the IPLOS/FSIII function variable the goal addresses, if any.',
  })
  @Column({ name: 'function_variable_code', type: 'text', nullable: true })
  functionVariableCode: string | null;

  @ManyToOne(() => FunctionVariableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'function_variable_code',
    foreignKeyConstraintName: 'FK_goals_function_variable',
  })
  functionVariable: Relation<FunctionVariableEntity>;

  @Field(() => Int, {
    nullable: true,
    description: "Score on the function variable's scale today (IPLOS 1–5, FSIII 0–4).",
  })
  @Column({ name: 'baseline_score', type: 'int', nullable: true })
  baselineScore: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Score aimed at by the target date, on the same scale.',
  })
  @Column({ name: 'target_score', type: 'int', nullable: true })
  targetScore: number | null;

  @Field(() => LocalDateScalar, { description: 'When the goal should be reached.' })
  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Field(() => Int, {
    description:
      'Place in the plan, from 1 (the plan lists its goals in this order; `reorderGoals`).',
  })
  @Column({ type: 'int' })
  position: number;

  @Field(() => GoalStatusEnum, { description: 'Where the goal is in its lifecycle.' })
  @Column({ type: 'text', default: 'PROPOSED' })
  status: GoalStatus;

  @Field(() => String, { nullable: true, description: 'The latest evaluation.' })
  @Column({ type: 'text', nullable: true })
  evaluation: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last evaluated.' })
  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @Column({ name: 'evaluated_by', type: 'uuid', nullable: true })
  evaluatedById: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluated_by', foreignKeyConstraintName: 'FK_goals_evaluated_by' })
  evaluatedBy: Relation<StaffMemberEntity>;

  @Field(() => Int, {
    description: 'Bumped by every change of the goal; updates take it as `expectedVersion`.',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'When the goal was added.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_goals_created_by' })
  createdBy: Relation<StaffMemberEntity>;

  @Field({ description: 'When the goal last changed.' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_goals_updated_by' })
  updatedBy: Relation<StaffMemberEntity>;

  /** Insertion order: breaks ties of `position` (none are expected). */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

/** A measure (tiltak) towards a goal: what is done, on which step, by whom, how often. */
@ObjectType('Measure', {
  implements: () => [Node],
  description: 'A measure (tiltak) towards a goal: what is done, on which step, by whom.',
})
@Entity({ name: 'measures' })
@Index('IX_measures_goal', ['goalId', 'seq'])
@Check('CHK_measures_status', checkIn('status', MEASURE_STATUSES))
@Check('CHK_measures_level', checkIn('level', Object.values(ServiceLevel)))
@Check('CHK_measures_version', `"version" >= 1`)
@Check('CHK_measures_position', `"position" >= 1`)
@Check('CHK_measures_dates', `"to_date" IS NULL OR "to_date" >= "from_date"`)
@Check(
  'CHK_measures_text_length',
  `char_length("description") BETWEEN 1 AND ${GOAL_TEXT_MAX} AND char_length("frequency") BETWEEN 1 AND 200
   AND char_length("justification") <= ${GOAL_LONG_TEXT_MAX} AND char_length("responsible_name") <= 200`,
)
@Check(
  'CHK_measures_responsible',
  `${checkIn('responsible_kind', RESPONSIBLE_KINDS)}
   AND ("responsible_kind" = 'STAFF') = ("responsible_profession" IS NOT NULL)
   AND ("responsible_profession" IS NULL OR ${checkIn('responsible_profession', Object.values(Profession))})
   AND ("responsible_staff_id" IS NULL OR "responsible_kind" = 'STAFF')
   AND ("responsible_name" IS NULL OR "responsible_kind" IN ('RELATIVE', 'VOLUNTEER'))`,
)
export class MeasureEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_measures' })
  id: string;

  @Field(() => ID, { description: 'The goal it works towards.' })
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'FK_measures_goal' })
  goal: Relation<GoalEntity>;

  @Field({ description: 'What is done.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => ServiceLevel, { description: 'The step of the coping staircase it sits on.' })
  @Column({ type: 'text' })
  level: ServiceLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why a step above the lowest suggested in the assessments is needed.',
  })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ name: 'responsible_kind', type: 'text' })
  responsibleKind: ResponsibleKind;

  @Column({ name: 'responsible_profession', type: 'text', nullable: true })
  responsibleProfession: Profession | null;

  @Column({ name: 'responsible_staff_id', type: 'uuid', nullable: true })
  responsibleStaffId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'responsible_staff_id',
    foreignKeyConstraintName: 'FK_measures_responsible_staff',
  })
  responsibleStaff: Relation<StaffMemberEntity>;

  @Column({ name: 'responsible_name', type: 'text', nullable: true })
  responsibleName: string | null;

  @Field({ description: 'How often, e.g. "daily", "twice a week", "once".' })
  @Column({ type: 'text' })
  frequency: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if known.' })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate: string | null;

  @Field(() => Int, {
    description:
      'Place among the measures of its goal, from 1 (listed in this order; `reorderMeasures`).',
  })
  @Column({ type: 'int' })
  position: number;

  @Field(() => MeasureStatusEnum, { description: 'Where the measure is.' })
  @Column({ type: 'text', default: 'PLANNED' })
  status: MeasureStatus;

  @Field(() => Int, {
    description: 'Bumped by every change of the measure; updates take it as `expectedVersion`.',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'When the measure was added.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_measures_created_by' })
  createdBy: Relation<StaffMemberEntity>;

  @Field({ description: 'When the measure last changed.' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_measures_updated_by' })
  updatedBy: Relation<StaffMemberEntity>;

  /** Insertion order: breaks ties of `position` (none are expected). */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

/**
 * Append-only: one change of a plan (who, when, which fields, before and after). Plan version
 * N has exactly one revision N. Triggers refuse UPDATE, DELETE and TRUNCATE.
 */
@ObjectType('GoalPlanRevision', {
  implements: () => [Node],
  description: 'One change of the goal plan: who, when, which fields, before and after.',
})
@Entity({ name: 'goal_plan_revisions' })
@Index('UQ_goal_plan_revisions_plan_version', ['planId', 'planVersion'], { unique: true })
@Index('IX_goal_plan_revisions_goal', ['goalId'])
@Index('IX_goal_plan_revisions_measure', ['measureId'])
@Check('CHK_goal_plan_revisions_action', checkIn('action', REVISION_ACTIONS))
@Check('CHK_goal_plan_revisions_version', `"plan_version" >= 1`)
@Check(
  'CHK_goal_plan_revisions_profession',
  checkIn('changed_by_profession', Object.values(Profession)),
)
@Check('CHK_goal_plan_revisions_changes', `jsonb_typeof("changes") = 'array'`)
export class GoalPlanRevisionEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goal_plan_revisions' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => GoalPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_goal_plan_revisions_plan' })
  plan: Relation<GoalPlanEntity>;

  @Field(() => Int, { description: 'The plan version this change made.' })
  @Column({ name: 'plan_version', type: 'int' })
  planVersion: number;

  @Field(() => GoalPlanActionEnum, { description: 'What was done.' })
  @Column({ type: 'text' })
  action: RevisionAction;

  @Field(() => ID, { nullable: true, description: 'The goal changed (or of the measure).' })
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'FK_goal_plan_revisions_goal' })
  goal: Relation<GoalEntity>;

  @Field(() => ID, { nullable: true, description: 'The measure changed.' })
  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'FK_goal_plan_revisions_measure' })
  measure: Relation<MeasureEntity>;

  /** The fields changed, each with its value before and after. */
  @Column({ type: 'jsonb' })
  changes: FieldChange[];

  @Column({ name: 'changed_by', type: 'uuid' })
  changedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'FK_goal_plan_revisions_changed_by' })
  changedBy: Relation<StaffMemberEntity>;

  @Field(() => Profession, { description: "The author's profession at the time." })
  @Column({ name: 'changed_by_profession', type: 'text' })
  changedByProfession: Profession;

  @Field({ description: 'When.' })
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  /** Insertion order (also plan_version order). */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

@ObjectType('GoalPlanFieldChange', { description: 'One field of a revision: before and after.' })
export class GoalPlanFieldChangeType {
  @Field({
    description: 'The field, by its API name (e.g. text, targetDate, status, responsible).',
  })
  field: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The goal the field belongs to, when a change touches several goals.',
  })
  goalId?: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before (null: none).' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after (null: none).' })
  after: unknown;
}
