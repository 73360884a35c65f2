import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
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
import { AdjustmentVerdict } from 'src/modules/adjustments/adjustment.enums';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { DecisionServiceEntity } from 'src/modules/decisions/model';
import { checkIn, StaffMemberEntity } from 'src/modules/identity/model';

const hours = {
  type: 'numeric' as const,
  precision: 5,
  scale: 2,
  transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
};

/**
 * Append-only: the receiving unit's move of a decided service's weekly time within the
 * delegated frame (Kolding). The decision is never changed; its review is a row of
 * `service_adjustment_reviews`, so nothing here is ever updated.
 */
@ObjectType('ServiceAdjustment', {
  description:
    "The receiving unit's adjustment of a decided service's weekly time within the delegated frame, and its review by the team's caseworker.",
})
@Entity({ name: 'service_adjustments' })
@Index('IX_service_adjustments_service', ['decisionServiceId', 'seq'])
@Index('IX_service_adjustments_case', ['caseId'])
@Index('IX_service_adjustments_week', ['week'])
@Check('CHK_service_adjustments_hours', `"hours_per_week" >= 0 AND "hours_per_week" <= 168`)
@Check('CHK_service_adjustments_previous', `"previous_hours" >= 0 AND "previous_hours" <= 168`)
@Check('CHK_service_adjustments_week', `"week" ~ '^[0-9]{4}-W[0-9]{2}$'`)
export class ServiceAdjustmentEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_adjustments' })
  id: string;

  @Field(() => ID, { description: 'The decided service adjusted.' })
  @Column({ name: 'decision_service_id', type: 'uuid' })
  decisionServiceId: string;

  @ManyToOne(() => DecisionServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'decision_service_id',
    foreignKeyConstraintName: 'FK_service_adjustments_service',
  })
  decisionService: Relation<DecisionServiceEntity>;

  @Field(() => ID, { description: 'The case of the decision.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_service_adjustments_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => Float, { description: 'The new weekly time asked for, in hours a week.' })
  @Column({ name: 'hours_per_week', ...hours })
  hoursPerWeek: number;

  @Field(() => Float, { description: 'The time in force before this adjustment, in hours a week.' })
  @Column({ name: 'previous_hours', ...hours })
  previousHours: number;

  @Field({ description: 'Why the unit adjusted the time.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: 'Who adjusted it (staff of the receiving unit).' })
  @Column({ name: 'adjusted_by', type: 'uuid' })
  adjustedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adjusted_by', foreignKeyConstraintName: 'FK_service_adjustments_by' })
  adjuster: Relation<StaffMemberEntity>;

  @Field({ description: 'When.' })
  @Column({ name: 'adjusted_at', type: 'timestamptz' })
  adjustedAt: Date;

  @Field({
    description:
      "The ISO week ('YYYY-Www', in the municipality's time) of the review list the adjustment is on.",
  })
  @Column({ type: 'text' })
  week: string;

  /** Insertion order: moves of a service within the same instant keep their order. */
  @Column({ type: 'bigint', generated: 'increment', select: false })
  seq: string;
}

/** Append-only: the caseworker's confirmation or reversal of one adjustment (at most one). */
@ObjectType('ServiceAdjustmentReview', {
  description: "The team caseworker's confirmation or reversal of an adjustment.",
})
@Entity({ name: 'service_adjustment_reviews' })
@Index('UQ_service_adjustment_reviews_adjustment', ['adjustmentId'], { unique: true })
@Check(
  'CHK_service_adjustment_reviews_verdict',
  checkIn('verdict', Object.values(AdjustmentVerdict)),
)
export class ServiceAdjustmentReviewEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_adjustment_reviews' })
  id: string;

  @Field(() => ID, { description: 'The adjustment reviewed.' })
  @Column({ name: 'adjustment_id', type: 'uuid' })
  adjustmentId: string;

  @ManyToOne(() => ServiceAdjustmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'adjustment_id',
    foreignKeyConstraintName: 'FK_service_adjustment_reviews_adjustment',
  })
  adjustment: Relation<ServiceAdjustmentEntity>;

  @Field(() => AdjustmentVerdict, { description: 'CONFIRMED or REVERSED.' })
  @Column({ type: 'text' })
  verdict: AdjustmentVerdict;

  @Field(() => String, {
    nullable: true,
    description: 'Why (required to reverse; optional to confirm).',
  })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => ID, { description: 'The caseworker who reviewed it.' })
  @Column({ name: 'reviewed_by', type: 'uuid' })
  reviewedById: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reviewed_by',
    foreignKeyConstraintName: 'FK_service_adjustment_reviews_by',
  })
  reviewer: Relation<StaffMemberEntity>;

  @Field({ description: 'When.' })
  @Column({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt: Date;
}
