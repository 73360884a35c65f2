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
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { CASE_STATUSES, type CaseStatus } from 'src/modules/cases/case-lifecycle';
import { CaseRole, CaseStatusEnum, InterimServiceKind } from 'src/modules/cases/case.enums';
import { checkIn, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/** Append-only: every state change of a case (who, when, from, to, why). */
@ObjectType('CaseHistoryEntry', {
  implements: () => [Node],
  description: 'One change of a case: who, when, from, to, why.',
})
@Entity({ name: 'case_history' })
@Index('IX_case_history_case', ['caseId', 'seq'])
@Check('CHK_case_history_to', checkIn('to_status', CASE_STATUSES))
@Check('CHK_case_history_from', `"from_status" IS NULL OR ${checkIn('from_status', CASE_STATUSES)}`)
export class CaseHistoryEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_case_history' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_history_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field({ description: 'What happened, e.g. ACCEPTED, HOLD, RESUME, EXTEND, CANCEL.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => CaseStatusEnum, { nullable: true, description: 'Status before (none when opened).' })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatusEnum, { description: 'Status after.' })
  @Column({ name: 'to_status', type: 'text' })
  toStatus: CaseStatus;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => ID, { description: 'Who did it.' })
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_case_history_actor' })
  actor: Relation<StaffMemberEntity>;

  @Field({ description: 'When.' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Insertion order: changes within the same instant keep their order. */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

@ObjectType('CaseHold', {
  implements: () => [Node],
  description: 'A pause of the clock, e.g. while the person is in hospital.',
})
@Entity({ name: 'case_holds' })
@Index('IX_case_holds_case', ['caseId'])
@Check('CHK_case_holds_dates', `"until_date" IS NULL OR "until_date" >= "from_date"`)
export class CaseHoldEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_case_holds' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_holds_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => LocalDateScalar, { description: 'Local date the hold began.' })
  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Local date the case resumed.' })
  @Column({ name: 'until_date', type: 'date', nullable: true })
  untilDate: string | null;

  @Field({ description: 'Why the case was put on hold.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: 'Who put it on hold.' })
  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;
}

@ObjectType('DeadlineExtension', {
  implements: () => [Node],
  description: 'An extension of the clarification period.',
})
@Entity({ name: 'deadline_extensions' })
@Index('IX_deadline_extensions_case', ['caseId'])
@Check('CHK_deadline_extensions_days', `"days" BETWEEN 1 AND 60`)
export class DeadlineExtensionEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_deadline_extensions' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_deadline_extensions_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => Int, { description: 'Days added.' })
  @Column({ type: 'int' })
  days: number;

  @Field({ description: 'Why more time is needed.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: 'Who extended it.' })
  @Column({ name: 'extended_by', type: 'uuid' })
  extendedBy: string;

  @Field({ description: 'When.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('CaseMember', {
  implements: () => [Node],
  description: 'A staff member assigned to a case (gives access to it).',
})
@Entity({ name: 'case_members' })
@Index('UQ_case_members_case_staff', ['caseId', 'staffId'], { unique: true })
@Index('IX_case_members_staff', ['staffId'])
@Check('CHK_case_members_role', checkIn('role', Object.values(CaseRole)))
export class CaseMemberEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_case_members' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_members_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => ID, { description: 'The staff member.' })
  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_case_members_staff' })
  staff: Relation<StaffMemberEntity>;

  @Field(() => CaseRole, { description: 'Role in the case.' })
  @Column({ type: 'text' })
  role: CaseRole;

  @Field(() => ID, { description: 'Who assigned them.' })
  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @Field({ description: 'When.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('InterimService', {
  implements: () => [Node],
  description: 'Help delivered during the clarification period.',
})
@Entity({ name: 'interim_services' })
@Index('IX_interim_services_case', ['caseId'])
@Check('CHK_interim_services_kind', checkIn('kind', Object.values(InterimServiceKind)))
@Check('CHK_interim_services_dates', `"to_date" IS NULL OR "to_date" >= "from_date"`)
export class InterimServiceEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_interim_services' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_interim_services_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => InterimServiceKind, { description: 'Kind of help.' })
  @Column({ type: 'text' })
  kind: InterimServiceKind;

  @Field({ description: 'What is done.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'How often, e.g. "morgen og kveld".' })
  @Column({ type: 'text' })
  frequency: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if known.' })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate: string | null;

  @Field({ description: 'Who is responsible (unit, profession or person).' })
  @Column({ type: 'text' })
  responsible: string;

  @Field(() => ID, { description: 'Who recorded it.' })
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
