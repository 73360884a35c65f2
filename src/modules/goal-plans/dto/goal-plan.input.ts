import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { ServiceLevel } from 'src/modules/decisions/model';
import {
  AGREED_BY,
  type AgreedBy,
  GOAL_LONG_TEXT_MAX,
  GOAL_OUTCOMES,
  GOAL_TEXT_MAX,
  type GoalOutcome,
  MEASURE_STATUSES,
  type MeasureStatus,
  RESPONSIBLE_KINDS,
  type ResponsibleKind,
} from 'src/modules/goal-plans/goal-plan-rules';
import {
  GoalOutcomeEnum,
  GoalPlanAgreedByEnum,
  MeasureResponsibleKindEnum,
  MeasureStatusEnum,
} from 'src/modules/goal-plans/goal-plan.enums';
import { Profession } from 'src/modules/identity/model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Most goals of a plan, or measures of a goal, one reordering names. */
const ORDER_MAX = 200;

/** Validates a field only when it is given: null is then refused (the field cannot be cleared). */
const IfGiven = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

@InputType({ description: 'A new goal (PROPOSED until the plan is agreed).' })
export class AddGoalInput {
  @Field({ description: `The goal in the person's own words (1–${GOAL_TEXT_MAX} characters).` })
  @FreeText(1, GOAL_TEXT_MAX)
  text: string;

  @Field(() => String, { nullable: true, description: 'What matters to the person here.' })
  @IsOptional()
  @FreeText(1, GOAL_TEXT_MAX)
  whatMatters?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The IPLOS/FSIII function variable the goal addresses (see `functionVariables`).',
  })
  @IsOptional()
  @LineText(1, 100)
  functionVariableCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Today's score on the variable's scale (IPLOS 1–5, FSIII 0–4).",
  })
  @IsOptional()
  @IsInt()
  baselineScore?: number | null;

  @Field(() => Int, { nullable: true, description: 'The score aimed at, on the same scale.' })
  @IsOptional()
  @IsInt()
  targetScore?: number | null;

  @Field(() => LocalDateScalar, {
    description: 'When the goal should be reached (today or later).',
  })
  @Matches(ISO_DATE)
  targetDate: string;
}

@InputType({
  description:
    'Changes to a goal: fields left out stay as they are; null clears an optional field.',
})
export class UpdateGoalInput {
  @Field(() => String, { nullable: true, description: "The goal in the person's own words." })
  @IfGiven()
  @FreeText(1, GOAL_TEXT_MAX)
  text?: string;

  @Field(() => String, { nullable: true, description: 'What matters to the person here.' })
  @IsOptional()
  @FreeText(1, GOAL_TEXT_MAX)
  whatMatters?: string | null;

  @Field(() => String, { nullable: true, description: 'The function variable addressed.' })
  @IsOptional()
  @LineText(1, 100)
  functionVariableCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Today's score on the variable's scale." })
  @IsOptional()
  @IsInt()
  baselineScore?: number | null;

  @Field(() => Int, { nullable: true, description: 'The score aimed at.' })
  @IsOptional()
  @IsInt()
  targetScore?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When (today or later).' })
  @IfGiven()
  @Matches(ISO_DATE)
  targetDate?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true cancels the goal (a cancelled goal stays in the plan as history).',
  })
  @IfGiven()
  @IsBoolean()
  cancel?: boolean;
}

@InputType({ description: 'The result of a goal, with what was seen.' })
export class EvaluateGoalInput {
  @Field(() => GoalOutcomeEnum, { description: 'Achieved, partly achieved or not achieved.' })
  @IsIn(GOAL_OUTCOMES)
  outcome: GoalOutcome;

  @Field({ description: `The evaluation (1–${GOAL_LONG_TEXT_MAX} characters).` })
  @FreeText(1, GOAL_LONG_TEXT_MAX)
  evaluation: string;
}

@InputType({
  description:
    'Who carries out a measure: STAFF by profession (optionally a named staff member), or a RELATIVE, VOLUNTEER (optionally named) or the PERSON.',
})
export class MeasureResponsibleInput {
  @Field(() => MeasureResponsibleKindEnum, { description: 'Staff, relative, volunteer or person.' })
  @IsIn(RESPONSIBLE_KINDS)
  kind: ResponsibleKind;

  @Field(() => Profession, { nullable: true, description: 'The profession (STAFF only).' })
  @IsOptional()
  @IsEnum(Profession)
  profession?: Profession | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A named staff member of that profession (STAFF only).',
  })
  @IsOptional()
  @IsUUID()
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'A name (RELATIVE or VOLUNTEER only).' })
  @IsOptional()
  @LineText(1, 200)
  name?: string | null;
}

@InputType({ description: 'A new measure towards a goal.' })
export class AddMeasureInput {
  @Field({ description: 'What is done.' })
  @FreeText(1, GOAL_TEXT_MAX)
  description: string;

  @Field(() => ServiceLevel, { description: 'The step of the coping staircase it sits on.' })
  @IsEnum(ServiceLevel)
  level: ServiceLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why this step: required above the lowest step suggested in the assessments.',
  })
  @IsOptional()
  @FreeText(1, GOAL_LONG_TEXT_MAX)
  justification?: string | null;

  @Field(() => MeasureResponsibleInput, { description: 'Who carries it out.' })
  @ValidateNested()
  @Type(() => MeasureResponsibleInput)
  responsible: MeasureResponsibleInput;

  @Field({ description: 'How often, e.g. "daily", "twice a week", "once".' })
  @LineText(1, 200)
  frequency: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Matches(ISO_DATE)
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if known.' })
  @IsOptional()
  @Matches(ISO_DATE)
  toDate?: string | null;

  @Field(() => MeasureStatusEnum, { nullable: true, description: 'Default PLANNED.' })
  @IsOptional()
  @IsIn(MEASURE_STATUSES)
  status?: MeasureStatus | null;
}

@InputType({
  description:
    'Changes to a measure: fields left out stay as they are; null clears an optional field.',
})
export class UpdateMeasureInput {
  @Field(() => String, { nullable: true, description: 'What is done.' })
  @IfGiven()
  @FreeText(1, GOAL_TEXT_MAX)
  description?: string;

  @Field(() => ServiceLevel, { nullable: true, description: 'The step of the coping staircase.' })
  @IfGiven()
  @IsEnum(ServiceLevel)
  level?: ServiceLevel;

  @Field(() => String, { nullable: true, description: 'Why this step.' })
  @IsOptional()
  @FreeText(1, GOAL_LONG_TEXT_MAX)
  justification?: string | null;

  @Field(() => MeasureResponsibleInput, {
    nullable: true,
    description: 'Who carries it out (replaces the responsible as a whole).',
  })
  @IfGiven()
  @ValidateNested()
  @Type(() => MeasureResponsibleInput)
  responsible?: MeasureResponsibleInput;

  @Field(() => String, { nullable: true, description: 'How often.' })
  @IfGiven()
  @LineText(1, 200)
  frequency?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day.' })
  @IfGiven()
  @Matches(ISO_DATE)
  fromDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (null: not known).' })
  @IsOptional()
  @Matches(ISO_DATE)
  toDate?: string | null;

  @Field(() => MeasureStatusEnum, { nullable: true, description: 'The new status.' })
  @IfGiven()
  @IsIn(MEASURE_STATUSES)
  status?: MeasureStatus;
}

@ArgsType()
export class UpdateGoalArgs {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId: string;

  @Field(() => Int, { description: 'The goal version the change is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => UpdateGoalInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateGoalInput)
  input: UpdateGoalInput;
}

@ArgsType()
export class EvaluateGoalArgs {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId: string;

  @Field(() => Int, { description: 'The goal version the evaluation is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => EvaluateGoalInput, { description: 'The evaluation.' })
  @ValidateNested()
  @Type(() => EvaluateGoalInput)
  input: EvaluateGoalInput;
}

@ArgsType()
export class UpdateMeasureArgs {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID()
  measureId: string;

  @Field(() => Int, { description: 'The measure version the change is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => UpdateMeasureInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateMeasureInput)
  input: UpdateMeasureInput;
}

@ArgsType()
export class AgreeGoalPlanArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId: string;

  @Field(() => Int, {
    description: 'The plan version the person (or representative) saw and agreed to.',
  })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field(() => GoalPlanAgreedByEnum, { description: 'The person, or a representative.' })
  @IsIn(AGREED_BY)
  agreedBy: AgreedBy;

  @Field(() => String, {
    nullable: true,
    description: 'The representative (required when agreedBy is REPRESENTATIVE).',
  })
  @IsOptional()
  @LineText(1, 200)
  representativeName?: string | null;
}

@ArgsType()
export class ReorderGoalsArgs {
  @Field(() => ID, { description: 'The case whose goal plan is reordered.' })
  @IsUUID()
  caseId: string;

  @Field(() => [ID], {
    description: 'Every goal of the plan, each once, in the new order (first is position 1).',
  })
  @IsArray()
  @ArrayMaxSize(ORDER_MAX)
  @IsUUID('all', { each: true })
  goalIds: string[];

  @Field(() => Int, { description: 'The plan version the new order is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class ReorderMeasuresArgs {
  @Field(() => ID, { description: 'The goal whose measures are reordered.' })
  @IsUUID()
  goalId: string;

  @Field(() => [ID], {
    description: 'Every measure of the goal, each once, in the new order (first is position 1).',
  })
  @IsArray()
  @ArrayMaxSize(ORDER_MAX)
  @IsUUID('all', { each: true })
  measureIds: string[];

  @Field(() => Int, { description: 'The goal version the new order is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
