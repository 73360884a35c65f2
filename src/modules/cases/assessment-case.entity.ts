import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { SettingValues } from 'src/modules/settings/model';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { CASE_STATUSES, type CaseStatus } from 'src/modules/cases/case-lifecycle';
import { CaseStatusEnum } from 'src/modules/cases/case.enums';
import {
  AssessmentTeamEntity,
  checkIn,
  PatientEntity,
  ServiceArea,
  StaffMemberEntity,
} from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/**
 * One person's time-boxed assessment. `deadlineDate` is kept up to date on every
 * change (acceptance date + clarification days + extensions + finished holds), so lists
 * can sort and filter by it in SQL; a hold still open moves it further, day by day.
 */
@ObjectType('AssessmentCase', {
  implements: () => [Node],
  description: "One person's time-boxed assessment, from acceptance to handover.",
})
@Entity({ name: 'assessment_cases' })
@Index('IX_assessment_cases_team_status_deadline', ['teamId', 'status', 'deadlineDate'])
@Index('IX_assessment_cases_coordinator', ['coordinatorId'])
@Index('UQ_assessment_cases_one_open_per_patient', ['patientId'], {
  unique: true,
  where: `"status" NOT IN ('CLOSED', 'CANCELLED')`,
})
@Index('IX_assessment_cases_patient', ['patientId'])
@Check('CHK_assessment_cases_status', checkIn('status', CASE_STATUSES))
@Check('CHK_assessment_cases_service_area', checkIn('service_area', Object.values(ServiceArea)))
@Check('CHK_assessment_cases_settings', `jsonb_typeof("settings") = 'object'`)
@Check(
  'CHK_assessment_cases_days',
  `"clarification_days" > 0 AND "extension_days" >= 0 AND "hold_days" >= 0`,
)
@Check(
  'CHK_assessment_cases_coordination_level',
  `"coordination_level" IS NULL OR "coordination_level" BETWEEN 1 AND 3`,
)
@Check('CHK_assessment_cases_on_hold', `("status" = 'ON_HOLD') = ("on_hold_since" IS NOT NULL)`)
export class AssessmentCaseEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assessment_cases' })
  id: string;

  @Field(() => ID, { description: 'The person assessed.' })
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  // Resolved from the per-request DataLoaders (src/common/graphql/fast-fields.ts).
  @Field(() => PatientEntity, { description: 'The person assessed.' })
  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_assessment_cases_patient' })
  patient: Relation<PatientEntity>;

  @Field(() => ID, { description: 'The assessment team responsible.' })
  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Field(() => AssessmentTeamEntity, { description: 'The team responsible.' })
  @ManyToOne(() => AssessmentTeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_assessment_cases_team' })
  team: Relation<AssessmentTeamEntity>;

  @Field(() => ServiceArea, { description: 'Somatic or mental health (from the team).' })
  @Column({ name: 'service_area', type: 'text' })
  serviceArea: ServiceArea;

  @Field(() => CaseStatusEnum, { description: 'Where the case is in its lifecycle.' })
  @Column({ type: 'text' })
  status: CaseStatus;

  @Field(() => ID, { description: 'The coordinator of the case.' })
  @Column({ name: 'coordinator_id', type: 'uuid' })
  coordinatorId: string;

  @Field(() => StaffMemberEntity, { description: 'The coordinator.' })
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'coordinator_id',
    foreignKeyConstraintName: 'FK_assessment_cases_coordinator',
  })
  coordinator: Relation<StaffMemberEntity>;

  @Field({ description: 'When the referral was accepted and the case opened.' })
  @Column({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;

  @Field(() => LocalDateScalar, { description: 'Local date of acceptance: day 0 of the period.' })
  @Column({ name: 'accepted_on', type: 'date' })
  acceptedOn: string;

  @Field(() => Int, { description: 'CLARIFICATION_DAYS in force at acceptance.' })
  @Column({ name: 'clarification_days', type: 'int' })
  clarificationDays: number;

  /**
   * The settings in force in the case's district when it opened (`SettingValues`): the case
   * keeps them, so a later change of the settings never moves it. Read with
   * `caseSettingValues`, which fills keys added after the case opened with their first value.
   */
  @Column({ name: 'settings', type: 'jsonb', default: {} })
  openedWithSettings: Partial<SettingValues>;

  @Field(() => Int, { description: 'Days added by deadline extensions.' })
  @Column({ name: 'extension_days', type: 'int', default: 0 })
  extensionDays: number;

  /** Days of finished holds (an open hold is counted from `onHoldSince`). */
  @Column({ name: 'hold_days', type: 'int', default: 0 })
  holdDays: number;

  /** acceptedOn + clarificationDays + extensionDays + holdDays. */
  @Column({ name: 'deadline_date', type: 'date' })
  deadlineDate: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Local date the current hold began.',
  })
  @Column({ name: 'on_hold_since', type: 'date', nullable: true })
  onHoldSince: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Local date of the decision: the clock stops there.',
  })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  /** Kept equal to "the goal plan is AGREED" by the goal-plan module, in the same transaction. */
  @Column({ name: 'goal_plan_agreed', type: 'boolean', default: false })
  goalPlanAgreed: boolean;

  /**
   * Billund's coordination level (1 simple, 2 several professions, 3 complex), set at
   * acceptance and changed by the coordinator; null when the case opened with the setting
   * `coordinationLevels` off (such a case never has the level's decision requirements).
   */
  @Field(() => Int, {
    nullable: true,
    description:
      'The coordination level: 1 simple (one profession), 2 several professions, 3 complex (several services, relatives and external parties). Null when the case opened with coordination levels off.',
  })
  @Column({ name: 'coordination_level', type: 'int', nullable: true })
  coordinationLevel: number | null;

  @Field(() => String, { nullable: true, description: 'Why the case was cancelled.' })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  // The clock, computed when the case is read (CasesService.present): plain fields, so a
  // list of 300 cases does not pay a resolver call per clock field per case.
  @Field(() => LocalDateScalar, {
    name: 'deadlineDate',
    description: 'Last local day of the clarification period (moves while on hold).',
  })
  clockDeadlineDate?: string;

  @Field(() => Date, {
    name: 'deadline',
    description: "End of the deadline's local day, as an instant.",
  })
  clockDeadline?: Date;

  @Field(() => Int, {
    name: 'daysElapsed',
    description: 'Days since acceptance (0 on the day of acceptance; frozen at the decision).',
  })
  clockDaysElapsed?: number;

  @Field(() => Int, {
    name: 'daysRemaining',
    description: 'Days left (0 on the last day, negative when overdue; frozen at the decision).',
  })
  clockDaysRemaining?: number;

  @Field(() => Boolean, { name: 'isOverdue', description: 'Past the deadline.' })
  clockIsOverdue?: boolean;

  @Field(() => Boolean, {
    name: 'atRisk',
    description:
      'Not decided, at least 10/14 of the (extended) period gone, and no agreed goal plan.',
  })
  clockAtRisk?: boolean;

  @Field(() => Int, {
    name: 'holdDays',
    description: 'Days the clock has been paused (an open hold included).',
  })
  clockHoldDays?: number;

  @Field({ description: 'When the case was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the case last changed.' })
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
