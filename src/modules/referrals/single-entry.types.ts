import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DirectResolutionOutcome } from 'src/modules/referrals/referral.enums';

@ObjectType('DirectResolution', {
  description: 'How an inquiry was resolved at first contact, without a case (one entry, Billund).',
})
export class DirectResolution {
  @Field(() => DirectResolutionOutcome, { description: 'How it was resolved.' })
  outcome: DirectResolutionOutcome;

  @Field({ description: 'What was agreed or told.' })
  note: string;

  @Field({ description: 'When it was resolved.' })
  resolvedAt: Date;

  @Field(() => ID, { description: 'Who resolved it.' })
  resolvedBy: string;
}
