import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { ServiceLevel } from 'src/modules/decisions/service-level';

/** The decision letter as it would be written for a decision not yet recorded. */
@ObjectType('DecisionLetterPreview', {
  description:
    'The decision letter as recordDecision would write it today for the same input; nothing is recorded.',
})
export class DecisionLetterPreview {
  @Field({
    description:
      "The letter, plain text in the municipality's language (nb or da), with the appeal right and its deadline.",
  })
  letter: string;

  @Field({ description: "The letter's language: nb (Norwegian bokmål) or da (Danish)." })
  language: string;

  @Field(() => LocalDateScalar, { description: 'The decision date the letter carries (today).' })
  decidedOn: string;

  @Field(() => LocalDateScalar, { description: "The case's clarification deadline." })
  deadlineDate: string;

  @Field({
    description: 'Recorded today, the decision would come after the deadline (allowed, flagged).',
  })
  isLate: boolean;

  @Field(() => ServiceLevel, {
    nullable: true,
    description:
      'The step on the coping staircase the decision would record (none for NO_SERVICES).',
  })
  serviceLevel: ServiceLevel | null;
}
