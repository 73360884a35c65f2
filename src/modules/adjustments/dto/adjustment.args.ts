import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { FreeText } from 'src/common/graphql/text.validators';
import { ISO_WEEK } from 'src/modules/adjustments/adjustment-rules';

@ArgsType()
export class AdjustServiceTimeArgs {
  @Field(() => ID, { description: 'The decided service (GrantedService) whose time is adjusted.' })
  @IsUUID()
  decisionServiceId: string;

  @Field(() => Float, {
    description:
      'The new weekly time in hours (to two decimals), within the delegated frame around the decided time.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(168)
  hoursPerWeek: number;

  @Field({ description: 'Why the unit adjusts the time (goes to the caseworker’s review).' })
  @FreeText(1, 2000)
  reason: string;
}

@ArgsType()
export class ConfirmServiceAdjustmentArgs {
  @Field(() => ID, { description: 'The adjustment confirmed.' })
  @IsUUID()
  adjustmentId: string;

  @Field(() => String, { nullable: true, description: 'A remark, if any.' })
  @IsOptional()
  @FreeText(1, 2000)
  reason?: string;
}

@ArgsType()
export class ReverseServiceAdjustmentArgs {
  @Field(() => ID, { description: 'The adjustment reversed.' })
  @IsUUID()
  adjustmentId: string;

  @Field({ description: 'Why it is reversed (the receiving unit reads it in the journal).' })
  @FreeText(1, 2000)
  reason: string;
}

@ArgsType()
export class ServiceAdjustmentsForReviewArgs {
  @Field(() => ID, { description: 'The assessment team whose cases were adjusted.' })
  @IsUUID()
  teamId: string;

  @Field({
    description:
      "The ISO week, 'YYYY-Www' (e.g. 2026-W49), in the municipality's time: adjustments made that week.",
  })
  @Matches(ISO_WEEK)
  week: string;
}
