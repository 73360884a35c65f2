import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { TariffBand, TariffCategory } from 'src/modules/decisions/model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class TeamBudgetArgs {
  @Field(() => ID, { description: 'The assessment team.' })
  @IsUUID()
  teamId: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period (inclusive).' })
  @Matches(ISO_DATE)
  from: string;

  @Field(() => LocalDateScalar, {
    description: 'Last day of the period (inclusive); at most 366 days in all.',
  })
  @Matches(ISO_DATE)
  to: string;
}

@ObjectType('BudgetFigures', {
  description: 'Decisions in force, their tariff-weeks and amount over one period.',
})
export class BudgetFigures {
  @Field(() => Int, { description: 'Decisions in force at some day of the period.' })
  decisions: number;

  @Field(() => Float, {
    description:
      'Tariff-weeks: per decision, its days in force within the period / 7 (2 decimals).',
  })
  tariffWeeks: number;

  @Field(() => Float, {
    description: 'Kroner: per decision, its tariff-weeks × the weekly price stored when decided.',
  })
  amount: number;
}

@ObjectType('BudgetLine', {
  description: 'One tariff category and band: this period, the previous one, and the change.',
})
export class BudgetLine {
  @Field(() => TariffCategory, { description: 'The tariff category.' })
  category: TariffCategory;

  @Field(() => TariffBand, { description: 'The band.' })
  band: TariffBand;

  @Field(() => BudgetFigures, { description: 'The period asked for.' })
  current: BudgetFigures;

  @Field(() => BudgetFigures, { description: 'The previous period of equal length.' })
  previous: BudgetFigures;

  @Field(() => Float, { description: 'Tariff-weeks now minus those of the previous period.' })
  tariffWeeksChange: number;

  @Field(() => Float, { description: 'Amount now minus that of the previous period (kroner).' })
  amountChange: number;
}

@ObjectType('TeamBudget', {
  description:
    "A team's tariff budget (Syddjurs) from the decisions in force: counts and sums, no names.",
})
export class TeamBudget {
  @Field(() => ID, {
    description:
      'The figures’ identity, made of their arguments (`budget/<teamId>/<from>/<to>`); not a Node.',
  })
  id: string;

  @Field(() => ID, { description: 'The team.' })
  teamId: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period.' })
  to: string;

  @Field(() => LocalDateScalar, { description: 'First day of the previous period.' })
  previousFrom: string;

  @Field(() => LocalDateScalar, {
    description: 'Last day of the previous period (the day before `from`).',
  })
  previousTo: string;

  @Field(() => [BudgetLine], {
    description:
      'Every category × band (DEVELOPING, MAINTAINING, SHORT_NURSING; bands 1–3, INDIVIDUAL), zeros included.',
  })
  lines: BudgetLine[];

  @Field(() => BudgetFigures, { description: 'All categories and bands, this period.' })
  total: BudgetFigures;

  @Field(() => BudgetFigures, { description: 'All categories and bands, previous period.' })
  previousTotal: BudgetFigures;

  @Field(() => Float, { description: 'Total amount now minus the previous period’s (kroner).' })
  amountChange: number;

  @Field(() => Float, { description: 'Total tariff-weeks now minus the previous period’s.' })
  tariffWeeksChange: number;
}
