import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { DecisionOutcome } from 'src/modules/decisions/decision.enums';
import { ServiceLevel } from 'src/modules/decisions/service-level';
import { TariffCategory } from 'src/modules/decisions/tariff';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description: 'A service granted: hours or visits per week, from and (optionally) to.',
})
export class GrantedServiceInput {
  @Field({ description: 'Catalogue code (see serviceLevels { services { code } }).' })
  @LineText(1, 60)
  serviceCode: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Hours per week (give this or visitsPerWeek).',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(168)
  hoursPerWeek?: number;

  @Field(() => Int, { nullable: true, description: 'Visits per week (give this or hoursPerWeek).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(70)
  visitsPerWeek?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Minutes of one visit, with visitsPerWeek only; left out: the catalogue’s figure for the service.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  minutesPerVisit?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Kolding: a narrower frame for delegated adjustment of this service, hours a week up and down (0–168); left out: the setting’s frame. Only in a case opened with delegated adjustment on.',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(168)
  delegatedFrameHours?: number;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Matches(ISO_DATE)
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if limited.' })
  @IsOptional()
  @Matches(ISO_DATE)
  toDate?: string;
}

@InputType({ description: 'The formal decision on services.' })
export class RecordDecisionInput {
  @Field(() => DecisionOutcome, { description: 'NO_SERVICES, GRANTED or PARTLY_GRANTED.' })
  @IsEnum(DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'Staircase step decided; default the highest step of the granted services.',
  })
  @IsOptional()
  @IsEnum(ServiceLevel)
  serviceLevel?: ServiceLevel;

  @Field(() => [GrantedServiceInput], { description: 'Services granted (none for NO_SERVICES).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GrantedServiceInput)
  services: GrantedServiceInput[];

  @Field({ description: 'Legal basis code (see legalBases).' })
  @LineText(1, 60)
  legalBasisCode: string;

  @Field({ description: 'Why: quoted in the decision letter.' })
  @FreeText(1, 5000)
  justification: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When to review the decision.' })
  @IsOptional()
  @Matches(ISO_DATE)
  reviewDate?: string;

  @Field(() => TariffCategory, {
    nullable: true,
    description:
      'The tariff category (Syddjurs): required when the case opened with tariffCategories on and services are granted; refused otherwise.',
  })
  @IsOptional()
  @IsEnum(TariffCategory)
  tariffCategory?: TariffCategory;

  @Field(() => Int, {
    nullable: true,
    description: 'SHORT_NURSING only: the weeks of nursing, 1–3 (default 3).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  nursingWeeks?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why more than band 3 (tariffBand3UpTo hours a week): required for the INDIVIDUAL band, left out of any other band.',
  })
  @IsOptional()
  @FreeText(1, 5000)
  individualJustification?: string;
}
