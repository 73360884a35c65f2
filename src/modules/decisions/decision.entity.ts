import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { CatalogueServiceEntity, LegalBasisEntity } from 'src/modules/decisions/catalogue.entity';
import { DecisionOutcome } from 'src/modules/decisions/decision.enums';
import { ServiceLevel } from 'src/modules/decisions/service-level';
import { TariffBand, TariffCategory } from 'src/modules/decisions/tariff';
import { checkIn, StaffMemberEntity } from 'src/modules/identity/model';
import { Node } from 'src/common/graphql/node.interface';

/** A nullable numeric column of hours, read as a number (pg gives numerics as strings). */
const HOURS_AS_NUMBER = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** The formal decision on services (vedtak). One per case. */
@ObjectType('Decision', {
  implements: () => [Node],
  description: 'The formal decision on services (vedtak / afgørelse).',
})
@Entity({ name: 'decisions' })
@Index('UQ_decisions_case', ['caseId'], { unique: true })
@Index('IX_decisions_decided_at', ['decidedAt'])
@Check('CHK_decisions_outcome', checkIn('outcome', Object.values(DecisionOutcome)))
@Check(
  'CHK_decisions_level',
  `"service_level" IS NULL OR ${checkIn('service_level', Object.values(ServiceLevel))}`,
)
@Check('CHK_decisions_level_given', `("outcome" = 'NO_SERVICES') = ("service_level" IS NULL)`)
@Check(
  'CHK_decisions_tariff_category',
  `"tariff_category" IS NULL OR ${checkIn('tariff_category', Object.values(TariffCategory))}`,
)
@Check(
  'CHK_decisions_tariff_band',
  `"tariff_band" IS NULL OR ${checkIn('tariff_band', Object.values(TariffBand))}`,
)
@Check(
  'CHK_decisions_tariff_given',
  `("tariff_category" IS NULL) = ("tariff_band" IS NULL) AND ("tariff_category" IS NULL) = ("weekly_price" IS NULL) AND ("tariff_category" IS NULL OR "weekly_hours" IS NOT NULL)`,
)
@Check(
  'CHK_decisions_nursing_weeks',
  `("nursing_weeks" IS NOT NULL) = ("tariff_category" IS NOT DISTINCT FROM 'SHORT_NURSING') AND ("nursing_weeks" IS NULL OR "nursing_weeks" BETWEEN 1 AND 3)`,
)
@Check(
  'CHK_decisions_individual_justification',
  `("individual_justification" IS NOT NULL) = ("tariff_band" IS NOT DISTINCT FROM 'INDIVIDUAL')`,
)
@Check('CHK_decisions_weekly_figures', `"weekly_hours" >= 0 AND "weekly_price" >= 0`)
export class DecisionEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_decisions' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_decisions_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Field(() => DecisionOutcome, { description: 'Nothing, all, or part of what was asked.' })
  @Column({ type: 'text' })
  outcome: DecisionOutcome;

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'The staircase step decided (none for NO_SERVICES).',
  })
  @Column({ name: 'service_level', type: 'text', nullable: true })
  serviceLevel: ServiceLevel | null;

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'The step asked for in the referral, if named.',
  })
  @Column({ name: 'requested_level', type: 'text', nullable: true })
  requestedLevel: ServiceLevel | null;

  @Field({ description: 'The legal basis cited.' })
  @Column({ name: 'legal_basis_code', type: 'text' })
  legalBasisCode: string;

  @ManyToOne(() => LegalBasisEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_basis_code', foreignKeyConstraintName: 'FK_decisions_legal_basis' })
  legalBasis: Relation<LegalBasisEntity>;

  @Field({ description: 'Why: the assessment behind the decision.' })
  @Column({ type: 'text' })
  justification: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the decision is to be reviewed.',
  })
  @Column({ name: 'review_date', type: 'date', nullable: true })
  reviewDate: string | null;

  @Field({ description: 'When it was recorded.' })
  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Field(() => LocalDateScalar, {
    description: 'Local date of the decision (the clock stops here).',
  })
  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Field(() => ID, { description: 'The caseworker.' })
  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_decisions_decided_by' })
  decider: Relation<StaffMemberEntity>;

  @Field({ description: 'Recorded after the clarification deadline (allowed, but flagged).' })
  @Column({ name: 'is_late', type: 'boolean' })
  isLate: boolean;

  @Field(() => Int, { description: 'Days from acceptance to decision.' })
  @Column({ name: 'days_to_decision', type: 'int' })
  daysToDecision: number;

  @Field({ description: "The decision letter, in the municipality's language, ready to send." })
  @Column({ type: 'text' })
  letter: string;

  @Field(() => TariffCategory, {
    nullable: true,
    description:
      'The tariff category (Syddjurs); none when the case opened with tariffCategories off, or for NO_SERVICES.',
  })
  @Column({ name: 'tariff_category', type: 'text', nullable: true })
  tariffCategory: TariffCategory | null;

  @Field(() => TariffBand, {
    nullable: true,
    description:
      'The band of the weekly hours, by the band limits the case opened with; given with the category.',
  })
  @Column({ name: 'tariff_band', type: 'text', nullable: true })
  tariffBand: TariffBand | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The sum of the services' weekly hours (visits count by their minutes); none for decisions recorded before it was kept.",
  })
  @Column({
    name: 'weekly_hours',
    type: 'numeric',
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: HOURS_AS_NUMBER,
  })
  weeklyHours: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SHORT_NURSING: the weeks of nursing (1–3); the follow-up falls when they end.',
  })
  @Column({ name: 'nursing_weeks', type: 'int', nullable: true })
  nursingWeeks: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The price of one week in whole kroner, from the case's settings when decided (band price, or hours × hourly price for INDIVIDUAL); given with the category.",
  })
  @Column({ name: 'weekly_price', type: 'int', nullable: true })
  weeklyPrice: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why more than band 3: required, and kept, only for the INDIVIDUAL band.',
  })
  @Column({ name: 'individual_justification', type: 'text', nullable: true })
  individualJustification: string | null;
}

/** A service granted by a decision. */
@ObjectType('GrantedService', {
  implements: () => [Node],
  description: 'A service granted by a decision.',
})
@Entity({ name: 'decision_services' })
@Index('IX_decision_services_decision', ['decisionId'])
@Check('CHK_decision_services_amount', `("hours_per_week" IS NULL) <> ("visits_per_week" IS NULL)`)
@Check(
  'CHK_decision_services_hours',
  `"hours_per_week" IS NULL OR ("hours_per_week" > 0 AND "hours_per_week" <= 168)`,
)
@Check(
  'CHK_decision_services_visits',
  `"visits_per_week" IS NULL OR ("visits_per_week" > 0 AND "visits_per_week" <= 70)`,
)
@Check('CHK_decision_services_dates', `"to_date" IS NULL OR "to_date" >= "from_date"`)
@Check(
  'CHK_decision_services_delegated_frame_hours',
  `"delegated_frame_hours" IS NULL OR "delegated_frame_hours" BETWEEN 0 AND 168`,
)
@Check(
  'CHK_decision_services_minutes_per_visit',
  `"minutes_per_visit" IS NULL OR "minutes_per_visit" BETWEEN 1 AND 600`,
)
export class DecisionServiceEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_decision_services' })
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_decision_services_decision' })
  decision: Relation<DecisionEntity>;

  @Field({ description: 'The service (catalogue code).' })
  @Column({ name: 'service_code', type: 'text' })
  serviceCode: string;

  @ManyToOne(() => CatalogueServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_code', foreignKeyConstraintName: 'FK_decision_services_service' })
  service: Relation<CatalogueServiceEntity>;

  @Field(() => Float, { nullable: true, description: 'Hours per week (or visits).' })
  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: HOURS_AS_NUMBER,
  })
  hoursPerWeek: number | null;

  @Field(() => Int, { nullable: true, description: 'Visits per week (or hours).' })
  @Column({ name: 'visits_per_week', type: 'int', nullable: true })
  visitsPerWeek: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Minutes of one visit as the decision states them; null: the catalogue’s (`service.minutesPerVisit`).',
  })
  @Column({ name: 'minutes_per_visit', type: 'int', nullable: true })
  minutesPerVisit: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Kolding: the decision’s own frame for delegated adjustment of this service, hours a week up and down, where it narrows the setting’s; null: the setting’s frame.',
  })
  @Column({
    name: 'delegated_frame_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: HOURS_AS_NUMBER,
  })
  delegatedFrameHours: number | null;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if limited.' })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate: string | null;
}
