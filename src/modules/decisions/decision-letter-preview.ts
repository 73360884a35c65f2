import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { ServiceLevel } from 'src/modules/decisions/service-level';
import { TariffBand, TariffCategory } from 'src/modules/decisions/tariff';

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

  @Field(() => Float, {
    description:
      "The sum of the services' weekly hours (visits count by the minutes per visit given, else the catalogue's).",
  })
  weeklyHours: number;

  @Field(() => TariffCategory, {
    nullable: true,
    description: 'The tariff category the decision would carry (none with tariffCategories off).',
  })
  tariffCategory: TariffCategory | null;

  @Field(() => TariffBand, {
    nullable: true,
    description: "The band of the weekly hours by the case's settings (with the category).",
  })
  tariffBand: TariffBand | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The price of one week in whole kroner (with the category).',
  })
  weeklyPrice: number | null;

  @Field(() => Int, { nullable: true, description: 'SHORT_NURSING: the weeks of nursing.' })
  nursingWeeks: number | null;
}
