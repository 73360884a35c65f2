import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/common/graphql/pagination';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import type { CaseStatus } from 'src/modules/cases/case-lifecycle';
import { CaseRole, CaseStatusEnum, InterimServiceKind } from 'src/modules/cases/case.enums';
import { ServiceArea } from 'src/modules/identity/model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Pauses the clock, e.g. while the person is in hospital.' })
export class PutCaseOnHoldInput {
  @Field({ description: 'Why.' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'More time for the assessment.' })
export class ExtendDeadlineInput {
  @Field(() => Int, { description: 'Days to add (1–60).' })
  @IsInt()
  @Min(1)
  @Max(60)
  days: number;

  @Field({ description: 'Why more time is needed.' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'Ends a case without a decision.' })
export class CancelCaseInput {
  @Field({ description: 'Why, e.g. the person moved, withdrew, or died.' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'Assigns a staff member to the case.' })
export class AssignCaseMemberInput {
  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  staffId: string;

  @Field(() => CaseRole, { description: 'Their role in the case.' })
  @IsEnum(CaseRole)
  role: CaseRole;
}

@ArgsType()
export class RemoveCaseMemberArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: 'The staff member assigned to the case.' })
  @IsUUID()
  staffId: string;

  @Field({ description: 'Why they no longer work on the case (kept in the case history).' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'Help given during the clarification period.' })
export class RecordInterimServiceInput {
  @Field(() => InterimServiceKind, { description: 'Kind of help.' })
  @IsEnum(InterimServiceKind)
  kind: InterimServiceKind;

  @Field({ description: 'What is done.' })
  @FreeText(1, 2000)
  description: string;

  @Field({ description: 'How often.' })
  @LineText(1, 200)
  frequency: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @Matches(ISO_DATE)
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if known.' })
  @IsOptional()
  @Matches(ISO_DATE)
  toDate?: string;

  @Field({ description: 'Who is responsible.' })
  @LineText(1, 200)
  responsible: string;
}

@InputType({ description: 'Which cases to list.' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only this team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ServiceArea, { nullable: true, description: 'Only this service area.' })
  @IsOptional()
  @IsEnum(ServiceArea)
  serviceArea?: ServiceArea;

  @Field(() => [CaseStatusEnum], {
    nullable: true,
    description: 'Only these statuses (default: all).',
  })
  @IsOptional()
  @IsEnum(CaseStatusEnum, { each: true })
  status?: CaseStatus[];

  @Field({ nullable: true, description: 'Only overdue (true) or not overdue (false) cases.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: 'Only cases at risk (true) or not (false).' })
  @IsOptional()
  @IsBoolean()
  atRisk?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only cases of this coordinator.' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field({
    nullable: true,
    description:
      'Only "my" cases (true): those you coordinate or are assigned to as a member; false lists the others.',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class AssessmentCasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true, description: 'Filter.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilter)
  filter?: CaseFilter;
}
