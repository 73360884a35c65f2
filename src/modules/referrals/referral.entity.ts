import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import { AssessmentTeamEntity, checkIn, PatientEntity } from 'src/modules/identity/model';
import {
  DirectResolutionOutcome,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
  Urgency,
} from 'src/modules/referrals/referral.enums';
import { Node } from 'src/common/graphql/node.interface';

@ObjectType('Referral', {
  implements: () => [Node],
  description: 'An inquiry or application for health and care services.',
})
@Entity({ name: 'referrals' })
@Index('IX_referrals_team_status', ['teamId', 'status'])
@Index('IX_referrals_patient', ['patientId'])
@Index('IX_referrals_case', ['caseId'])
@Check('CHK_referrals_source', checkIn('source', Object.values(ReferralSource)))
@Check('CHK_referrals_channel', checkIn('channel', Object.values(ReferralChannel)))
@Check('CHK_referrals_urgency', checkIn('urgency', Object.values(Urgency)))
@Check('CHK_referrals_status', checkIn('status', Object.values(ReferralStatus)))
@Check(
  'CHK_referrals_requested_level',
  `"requested_level" IS NULL OR ${checkIn('requested_level', Object.values(ServiceLevel))}`,
)
@Check('CHK_referrals_accepted_has_case', `"status" <> 'ACCEPTED' OR "case_id" IS NOT NULL`)
@Check(
  'CHK_referrals_direct_outcome',
  `"direct_outcome" IS NULL OR ${checkIn('direct_outcome', Object.values(DirectResolutionOutcome))}`,
)
@Check(
  'CHK_referrals_resolved_directly',
  `("status" = 'RESOLVED_DIRECTLY') = ("direct_outcome" IS NOT NULL AND "direct_note" IS NOT NULL AND "case_id" IS NULL)`,
)
export class ReferralEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_referrals' })
  id: string;

  // Exposed by ReferralsResolver.patientId: only when the caller may see the person.
  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_referrals_patient' })
  patient: Relation<PatientEntity>;

  @Field(() => ID, { description: 'The assessment team that triages it.' })
  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => AssessmentTeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_referrals_team' })
  team: Relation<AssessmentTeamEntity>;

  @Field(() => ReferralSource, { description: 'Who it came from.' })
  @Column({ type: 'text' })
  source: ReferralSource;

  @Field(() => ReferralChannel, { description: 'How it arrived.' })
  @Column({ type: 'text' })
  channel: ReferralChannel;

  @Field({ description: 'When it arrived.' })
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Field({ description: 'What the inquiry says.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'What help is asked for.' })
  @Column({ name: 'help_requested', type: 'text' })
  helpRequested: string;

  @Field(() => Urgency, { description: 'NORMAL or URGENT.' })
  @Column({ type: 'text' })
  urgency: Urgency;

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'The step of the coping staircase of the help asked for, if named.',
  })
  @Column({ name: 'requested_level', type: 'text', nullable: true })
  requestedLevel: ServiceLevel | null;

  @Field(() => String, { nullable: true, description: 'Name of the person who referred.' })
  @Column({ name: 'referrer_name', type: 'text', nullable: true })
  referrerName: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach the referrer.' })
  @Column({ name: 'referrer_contact', type: 'text', nullable: true })
  referrerContact: string | null;

  @Field(() => ReferralStatus, { description: 'Triage status.' })
  @Column({ type: 'text', default: ReferralStatus.RECEIVED })
  status: ReferralStatus;

  @Field(() => ID, { nullable: true, description: 'The case it opened or joined.' })
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_referrals_case' })
  assessmentCase: Relation<AssessmentCaseEntity> | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'Whom it was redirected to.' })
  @Column({ name: 'redirected_to', type: 'text', nullable: true })
  redirectedTo: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was redirected.' })
  @Column({ name: 'redirect_reason', type: 'text', nullable: true })
  redirectReason: string | null;

  // Exposed as `directResolution` (with triagedAt and triagedBy): one entry, Billund.
  @Column({ name: 'direct_outcome', type: 'text', nullable: true })
  directOutcome: DirectResolutionOutcome | null;

  @Column({ name: 'direct_note', type: 'text', nullable: true })
  directNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was triaged.' })
  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who triaged it.' })
  @Column({ name: 'triaged_by', type: 'uuid', nullable: true })
  triagedBy: string | null;

  @Field(() => ID, { description: 'Who registered it.' })
  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  @Field({ description: 'When it was registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
