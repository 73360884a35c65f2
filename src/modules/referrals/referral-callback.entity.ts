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
import { checkIn, StaffMemberEntity } from 'src/modules/identity/model';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { CallbackKeptHow } from 'src/modules/referrals/referral.enums';

/**
 * A call back promised to the person who made an inquiry (one entry, Billund). A row of its
 * own, not columns on the referral, because a callback can be moved: the new due time
 * replaces the open one (`replaced_at`) and both rows stay, so the history of what was
 * promised, and whether the promise in force was kept on time, can be told afterwards.
 * At most one callback per referral is open (neither kept nor replaced).
 */
@ObjectType('ReferralCallback', {
  description:
    'A call back promised to the person who made the inquiry, and whether and how it was kept.',
})
@Entity({ name: 'referral_callbacks' })
@Index('IX_referral_callbacks_referral', ['referralId'])
@Index('UQ_referral_callbacks_open', ['referralId'], {
  unique: true,
  where: '"kept_at" IS NULL AND "replaced_at" IS NULL',
})
@Index('IX_referral_callbacks_due', ['dueAt'])
@Check(
  'CHK_referral_callbacks_kept_how',
  `"kept_how" IS NULL OR ${checkIn('kept_how', Object.values(CallbackKeptHow))}`,
)
@Check(
  'CHK_referral_callbacks_kept',
  `("kept_at" IS NULL) = ("kept_how" IS NULL) AND ("kept_at" IS NULL) = ("kept_by" IS NULL)`,
)
@Check('CHK_referral_callbacks_kept_or_replaced', `"kept_at" IS NULL OR "replaced_at" IS NULL`)
@Check(
  'CHK_referral_callbacks_call_has_note',
  `"kept_how" IS DISTINCT FROM 'CALL' OR "note" IS NOT NULL`,
)
export class ReferralCallbackEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_referral_callbacks' })
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'FK_referral_callbacks_referral' })
  referral: Relation<ReferralEntity>;

  @Field({ description: 'When the call back is promised by.' })
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Field({ description: 'When it was promised.' })
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Field(() => ID, { description: 'Who promised it.' })
  @Column({ name: 'scheduled_by', type: 'uuid' })
  scheduledBy: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'scheduled_by',
    foreignKeyConstraintName: 'FK_referral_callbacks_scheduled_by',
  })
  scheduler: Relation<StaffMemberEntity>;

  @Field(() => Date, { nullable: true, description: 'When it was kept; empty while open.' })
  @Column({ name: 'kept_at', type: 'timestamptz', nullable: true })
  keptAt: Date | null;

  @Field(() => CallbackKeptHow, { nullable: true, description: 'How it was kept.' })
  @Column({ name: 'kept_how', type: 'text', nullable: true })
  keptHow: CallbackKeptHow | null;

  @Field(() => ID, { nullable: true, description: 'Who kept it (made the call or triaged).' })
  @Column({ name: 'kept_by', type: 'uuid', nullable: true })
  keptBy: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'kept_by', foreignKeyConstraintName: 'FK_referral_callbacks_kept_by' })
  keeper: Relation<StaffMemberEntity> | null;

  @Field(() => String, { nullable: true, description: 'What was said in the call.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a new due time replaced this one (the callback was moved).',
  })
  @Column({ name: 'replaced_at', type: 'timestamptz', nullable: true })
  replacedAt: Date | null;
}
