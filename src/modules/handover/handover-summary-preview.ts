import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { HandoverDestination } from 'src/modules/handover/handover.enums';

/** The handover summary as it would be sent, before the case is handed over. */
@ObjectType('HandoverSummaryPreview', {
  description:
    'The handover summary as handOverCase would send it today to this destination; nothing is sent.',
})
export class HandoverSummaryPreview {
  @Field(() => HandoverDestination, { description: 'The destination previewed.' })
  destination: HandoverDestination;

  @Field({
    description:
      "The summary, plain text in the municipality's language: person, what matters, goals and measures, key findings, decision.",
  })
  text: string;

  @Field(() => LocalDateScalar, {
    description:
      "The follow-up date the handover would get unless another is given (from the decision's tariff category where it has one).",
  })
  followUpDate: string;
}
