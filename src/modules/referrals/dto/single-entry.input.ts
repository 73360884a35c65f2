import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsUUID } from 'class-validator';
import { Type } from 'class-transformer';
import { FreeText } from 'src/common/graphql/text.validators';
import { DirectResolutionOutcome } from 'src/modules/referrals/referral.enums';

/** The referral a one-entry operation works on. */
@ArgsType()
class OnReferralArgs {
  @Field(() => ID, { description: 'The referral, awaiting triage (RECEIVED).' })
  @IsUUID()
  referralId: string;
}

@ArgsType()
export class ResolveReferralDirectlyArgs extends OnReferralArgs {
  @Field(() => DirectResolutionOutcome, { description: 'How the inquiry was resolved.' })
  @IsEnum(DirectResolutionOutcome)
  outcome: DirectResolutionOutcome;

  @Field({ description: 'What was agreed or told, kept on the referral (1–2000 characters).' })
  @FreeText(1, 2000)
  note: string;
}

@ArgsType()
export class ScheduleCallbackArgs extends OnReferralArgs {
  @Field({
    description:
      'When the call back is promised by: in the future and at most 30 days ahead. A callback not yet made is replaced (and kept in the history).',
  })
  @Type(() => Date)
  @IsDate()
  dueAt: Date;
}

@ArgsType()
export class RecordCallbackArgs extends OnReferralArgs {
  @Field({ description: 'What was said in the call (1–2000 characters).' })
  @FreeText(1, 2000)
  note: string;
}
