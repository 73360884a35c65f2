import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';
import { Type } from 'class-transformer';
import { ServiceLevel, TariffCategory } from 'src/modules/decisions/model';
import { HandoverDestination } from 'src/modules/handover/model';
import { DirectResolutionOutcome } from 'src/modules/referrals/model';

@ArgsType()
export class StatisticsArgs {
  @Field({ description: 'From (inclusive).' })
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field({ description: 'To (exclusive).' })
  @Type(() => Date)
  @IsDate()
  to: Date;

  @Field(() => ID, { description: 'The district.' })
  @IsUUID()
  districtId: string;
}

@ObjectType('DaysFigures', { description: 'Median and 90th percentile of a number of days.' })
export class DaysFigures {
  @Field(() => Float, { nullable: true, description: 'Median (none without data).' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (none without data).' })
  p90: number | null;
}

@ObjectType('LevelShare', {
  description: 'Decisions on one staircase step (or none: NO_SERVICES).',
})
export class LevelShare {
  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'The step; empty for decisions without services.',
  })
  serviceLevel: ServiceLevel | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of decisions; empty when suppressed (1–4 people).',
  })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of all decisions; empty when suppressed.',
  })
  share: number | null;

  @Field({ description: 'Suppressed: fewer than 5 people, so no figure is given.' })
  suppressed: boolean;
}

@ObjectType('DestinationShare', { description: 'Handovers to one destination.' })
export class DestinationShare {
  @Field(() => HandoverDestination, { description: 'The destination.' })
  destination: HandoverDestination;

  @Field(() => Int, { nullable: true, description: 'Number of handovers; empty when suppressed.' })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of all handovers; empty when suppressed.',
  })
  share: number | null;

  @Field({ description: 'Suppressed: fewer than 5 people.' })
  suppressed: boolean;
}

@ObjectType('TariffCategoryShare', {
  description: 'Decisions of one tariff category (Syddjurs), or without one.',
})
export class TariffCategoryShare {
  @Field(() => TariffCategory, {
    nullable: true,
    description: 'The category; empty for decisions without one (model off, or NO_SERVICES).',
  })
  tariffCategory: TariffCategory | null;

  @Field(() => Int, { nullable: true, description: 'Number of decisions; empty when suppressed.' })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of all decisions; empty when suppressed.',
  })
  share: number | null;

  @Field({ description: 'Suppressed: fewer than 5 people.' })
  suppressed: boolean;
}

@ObjectType('CoordinationLevelShare', {
  description:
    'Billund: cases opened at one coordination level (or none: opened with coordination levels off).',
})
export class CoordinationLevelShare {
  @Field(() => Int, {
    nullable: true,
    description: 'The level, 1–3; empty for cases without a level.',
  })
  coordinationLevel: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of cases; empty when suppressed.' })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the cases opened in the period; empty when suppressed.',
  })
  share: number | null;

  @Field({ description: 'Suppressed: fewer than 5 people.' })
  suppressed: boolean;
}

@ObjectType('Statistics', {
  description: 'Outcome figures for a district and period. No names; small groups suppressed.',
})
export class Statistics {
  @Field(() => ID, {
    description:
      "The figures' identity, made of their arguments (`<districtId>/<from>/<to>`, instants in UTC), so a client caches one set of figures per district and period. Not a uuid and not a Node: ask `statistics` again to refresh them.",
  })
  id: string;

  @Field({ description: 'From (inclusive).' })
  from: Date;

  @Field({ description: 'To (exclusive).' })
  to: Date;

  @Field(() => ID, { description: 'The district.' })
  districtId: string;

  @Field(() => Int, { description: 'Cases opened (accepted) in the period.' })
  casesOpened: number;

  @Field(() => Int, { description: 'Cases decided in the period.' })
  casesDecided: number;

  @Field(() => Int, {
    description: 'Cases handed over in the period (returned handovers not counted).',
  })
  casesHandedOver: number;

  @Field(() => DaysFigures, { description: 'Days from the referral (received) to the decision.' })
  daysReferralToDecision: DaysFigures;

  @Field(() => DaysFigures, { description: 'Days from acceptance to the decision.' })
  daysAcceptanceToDecision: DaysFigures;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of decisions made within the deadline.',
  })
  decidedWithinDeadlineShare: number | null;

  @Field(() => [LevelShare], { description: 'Decisions per staircase step, lowest first.' })
  perServiceLevel: LevelShare[];

  @Field(() => [DestinationShare], { description: 'Handovers per destination.' })
  perDestination: DestinationShare[];

  @Field(() => [TariffCategoryShare], {
    description:
      'The mix of the decisions of the period by tariff category (Syddjurs), those without one first.',
  })
  perTariffCategory: TariffCategoryShare[];

  @Field(() => [CoordinationLevelShare], {
    description:
      'Billund: the cases opened in the period by their coordination level now (1, 2, 3, then those without a level); only the groups that occur.',
  })
  perCoordinationLevel: CoordinationLevelShare[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Decided below the step asked for (NO_SERVICES counts as below); suppressed under 5.',
  })
  lowerThanRequested: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Decided on the step asked for; suppressed under 5.',
  })
  sameAsRequested: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Decided above the step asked for; suppressed under 5.',
  })
  higherThanRequested: number | null;

  @Field(() => Int, {
    description:
      "One entry: inquiries to the district's teams resolved at first contact (RESOLVED_DIRECTLY) in the period.",
  })
  resolvedAtFirstContact: number;

  @Field(() => [OutcomeCount], {
    description: 'Those per outcome (outcomes with none left out); suppressed under 5.',
  })
  resolvedAtFirstContactByOutcome: OutcomeCount[];

  @Field(() => Int, {
    description:
      'One entry: callbacks due in the period (the due time in force; one moved to a new time counts once, at its new time).',
  })
  callbacksDue: number;

  @Field(() => Int, {
    description: 'Of those, kept (the call recorded, or the referral triaged), on time or late.',
  })
  callbacksKept: number;

  @Field(() => Int, { description: 'Of those, kept at or before the due time.' })
  callbacksKeptOnTime: number;
}

@ObjectType('OutcomeCount', {
  description: 'Inquiries resolved at first contact with one outcome (one entry, Billund).',
})
export class OutcomeCount {
  @Field(() => DirectResolutionOutcome, { description: 'The outcome.' })
  outcome: DirectResolutionOutcome;

  @Field(() => Int, { nullable: true, description: 'Number of inquiries; empty when suppressed.' })
  count: number | null;

  @Field({ description: 'Suppressed: fewer than 5 people, so no figure is given.' })
  suppressed: boolean;
}

/** The identity of a district's figures for a period: the arguments that ask for them. */
export function statisticsId(args: Pick<StatisticsArgs, 'districtId' | 'from' | 'to'>): string {
  return `${args.districtId}/${args.from.toISOString()}/${args.to.toISOString()}`;
}
