import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { ASSESSMENT_TEXT_MAX } from 'src/modules/assessments/assessment.entity';
import { ServiceLevel } from 'src/modules/decisions/model';

@InputType({ description: 'One function variable and its score.' })
export class FunctionScoreInput {
  @Field({ description: "The variable's code (see `functionVariables`), e.g. IPLOS_SPISE." })
  @LineText(1, 100)
  variableCode: string;

  @Field(() => Int, {
    description:
      "The score on the municipality's scale: IPLOS 1–5 or 9 (not relevant), FSIII 0–4 or 9.",
  })
  @IsInt()
  score: number;
}

@InputType({
  description:
    'A new version of your findings in a case: the five mapping questions, what matters to the person, function scores and the lowest sufficient level. At least one must be given.',
})
export class RecordAssessmentInput {
  @Field(() => String, {
    nullable: true,
    description: 'Self-mastery: what the person masters, or can learn to master.',
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  selfMastery?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Network: what relatives, neighbours and friends give or can give.',
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  network?: string;

  @Field(() => String, {
    nullable: true,
    description: "Voluntary offers: voluntary organisations' offers that fit.",
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  voluntary?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Welfare technology and aids that help or could help.',
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  welfareTechnology?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Low-threshold services (training groups, day centres, senior centres) that fit.',
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  lowThreshold?: string;

  @Field(() => String, {
    nullable: true,
    description: "What matters to the person, in the person's own words.",
  })
  @IsOptional()
  @FreeText(1, ASSESSMENT_TEXT_MAX)
  whatMatters?: string;

  @Field(() => [FunctionScoreInput], {
    nullable: true,
    description: 'Function scores; each variable at most once.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FunctionScoreInput)
  scores?: FunctionScoreInput[];

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'The lowest step of the coping staircase you judge sufficient.',
  })
  @IsOptional()
  @IsEnum(ServiceLevel)
  suggestedLevel?: ServiceLevel;
}
