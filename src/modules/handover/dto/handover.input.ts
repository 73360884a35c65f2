import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { FollowUpResult, HandoverDestination } from 'src/modules/handover/handover.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Hands a decided case over.' })
export class HandOverCaseInput {
  @Field(() => HandoverDestination, { description: 'Where the case goes.' })
  @IsEnum(HandoverDestination)
  destination: HandoverDestination;

  @Field(() => ID, { nullable: true, description: 'The receiving unit (required unless CLOSED).' })
  @IsOptional()
  @IsUUID()
  receivingUnitId?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "Follow-up date; default from the decision's tariff category (DEVELOPING: developingFollowUpWeeks weeks, MAINTAINING: maintainingFollowUpMonths months, SHORT_NURSING: its nursing weeks), else FOLLOW_UP_MONTHS (3) months from today.",
  })
  @IsOptional()
  @Matches(ISO_DATE)
  followUpDate?: string;
}

@InputType({ description: 'Acknowledges a handover.' })
export class AcknowledgeHandoverInput {
  @Field(() => String, {
    nullable: true,
    description: 'External unit: the coordinator records the acknowledgement naming who gave it.',
  })
  @IsOptional()
  @LineText(1, 200)
  onBehalfOfName?: string;
}

@InputType({ description: 'A follow-up after handover.' })
export class RecordFollowUpInput {
  @Field(() => FollowUpResult, { description: 'CONTINUE, ADJUST_WITHIN_FRAME, END or REASSESS.' })
  @IsEnum(FollowUpResult)
  result: FollowUpResult;

  @Field({ description: 'What was found.' })
  @FreeText(1, 5000)
  note: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The next follow-up (for CONTINUE and ADJUST_WITHIN_FRAME; default FOLLOW_UP_MONTHS on).',
  })
  @IsOptional()
  @Matches(ISO_DATE)
  nextFollowUpDate?: string;
}

@ArgsType()
export class FollowUpsArgs {
  @Field(() => ID, { nullable: true, description: 'The assessment team (give this or unitId).' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'The receiving unit (give this or teamId).' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => LocalDateScalar, { description: 'Due on or before this day.' })
  @Matches(ISO_DATE)
  dueBefore: string;
}
