import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  FollowUpResult,
  HandoverDestination,
  HandoverStatus,
} from 'src/modules/handover/handover.enums';
import { checkIn, ServiceUnitEntity, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/** Transfer of a decided case to the receiving unit (overføring). */
@ObjectType('Handover', {
  implements: () => [Node],
  description: 'Transfer of a decided case to the receiving unit.',
})
@Entity({ name: 'handovers' })
@Index('IX_handovers_case', ['caseId', 'sentAt'])
@Index('IX_handovers_unit_status', ['receivingUnitId', 'status'])
@Index('IX_handovers_follow_up', ['followUpDate'])
@Check('CHK_handovers_destination', checkIn('destination', Object.values(HandoverDestination)))
@Check('CHK_handovers_status', checkIn('status', Object.values(HandoverStatus)))
@Check('CHK_handovers_unit', `("destination" = 'CLOSED') = ("receiving_unit_id" IS NULL)`)
export class HandoverEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_handovers' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_handovers_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => HandoverDestination, { description: 'Where the case goes.' })
  @Column({ type: 'text' })
  destination: HandoverDestination;

  @Field(() => ID, { nullable: true, description: 'The receiving unit (none for CLOSED).' })
  @Column({ name: 'receiving_unit_id', type: 'uuid', nullable: true })
  receivingUnitId: string | null;

  @ManyToOne(() => ServiceUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_unit_id', foreignKeyConstraintName: 'FK_handovers_unit' })
  receivingUnit: Relation<ServiceUnitEntity> | null;

  @Field(() => HandoverStatus, { description: 'SENT, ACKNOWLEDGED, RETURNED or CLOSED.' })
  @Column({ type: 'text' })
  status: HandoverStatus;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the receiving unit and team next re-evaluate (none once follow-up ended).',
  })
  @Column({ name: 'follow_up_date', type: 'date', nullable: true })
  followUpDate: string | null;

  @Field({ description: 'When it was sent.' })
  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Field(() => ID, { description: 'The coordinator who handed over.' })
  @Column({ name: 'sent_by', type: 'uuid' })
  sentBy: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by', foreignKeyConstraintName: 'FK_handovers_sent_by' })
  sender: Relation<StaffMemberEntity>;

  @Field(() => GraphQLJSON, { description: 'The handover summary as structured fields.' })
  @Column({ type: 'jsonb' })
  summary: object;

  @Field({ description: 'The handover summary as readable text.' })
  @Column({ name: 'summary_text', type: 'text' })
  summaryText: string;

  @Field(() => Date, { nullable: true, description: 'When the receiving unit acknowledged it.' })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who acknowledged it (or recorded it for an external unit).',
  })
  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedBy: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For an external unit: the person who acknowledged.',
  })
  @Column({ name: 'acknowledged_for_name', type: 'text', nullable: true })
  acknowledgedForName: string | null;

  @Field(() => String, { nullable: true, description: 'Why the receiving unit returned it.' })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was returned.' })
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;
}

/** A re-evaluation after handover. */
@ObjectType('FollowUp', {
  implements: () => [Node],
  description: 'A re-evaluation of the services after handover.',
})
@Entity({ name: 'follow_ups' })
@Index('IX_follow_ups_case', ['caseId'])
@Check('CHK_follow_ups_result', checkIn('result', Object.values(FollowUpResult)))
export class FollowUpEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_follow_ups' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_follow_ups_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => ID, { description: 'The handover followed up.' })
  @Column({ name: 'handover_id', type: 'uuid' })
  handoverId: string;

  @ManyToOne(() => HandoverEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handover_id', foreignKeyConstraintName: 'FK_follow_ups_handover' })
  handover: Relation<HandoverEntity>;

  @Field(() => FollowUpResult, { description: 'The result.' })
  @Column({ type: 'text' })
  result: FollowUpResult;

  @Field({ description: 'What was found.' })
  @Column({ type: 'text' })
  note: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next follow-up, if any.' })
  @Column({ name: 'next_follow_up_date', type: 'date', nullable: true })
  nextFollowUpDate: string | null;

  @Field(() => ID, { nullable: true, description: 'REASSESS: the new referral.' })
  @Column({ name: 'new_referral_id', type: 'uuid', nullable: true })
  newReferralId: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Field({ description: 'When.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
