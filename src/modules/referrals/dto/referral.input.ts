import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  MinDate,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { FreeText, LineText } from 'src/common/graphql/text.validators';
import { PageArgs } from 'src/common/graphql/pagination';
import { AssignCaseMemberInput } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import { RegisterPatientInput } from 'src/modules/identity/model';
import {
  CallbackFilter,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
  Urgency,
} from 'src/modules/referrals/referral.enums';

@InputType({ description: 'A new inquiry or application for services.' })
export class RegisterReferralInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The person, by id (one you may see). Give either this or `person`.',
  })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @Field(() => RegisterPatientInput, {
    nullable: true,
    description:
      "The person by national identity number, with the data to register them if the number is not registered yet (always required, so the answer is the same either way). A person registered in any district is linked without being disclosed; the referral is for `districtId` (the person's new district), and the person moves there when the receiving team accepts. Give either this or `patientId`.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegisterPatientInput)
  person?: RegisterPatientInput;

  @Field(() => ID, {
    nullable: true,
    description: "Receiving team; default the SOMATIC team of the person's district.",
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ReferralSource, { description: 'Who it came from.' })
  @IsEnum(ReferralSource)
  source: ReferralSource;

  @Field(() => ReferralChannel, { description: 'How it arrived.' })
  @IsEnum(ReferralChannel)
  channel: ReferralChannel;

  @Field({ description: 'When it arrived (not in the future).' })
  @Type(() => Date)
  @IsDate()
  @MinDate(new Date('2000-01-01T00:00:00Z'))
  receivedAt: Date;

  @Field({ description: 'What the inquiry says.' })
  @FreeText(1, 5000)
  description: string;

  @Field({ description: 'What help is asked for.' })
  @FreeText(1, 2000)
  helpRequested: string;

  @Field(() => Urgency, { nullable: true, description: 'Default NORMAL.' })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency;

  @Field(() => ServiceLevel, {
    nullable: true,
    description: 'Staircase step of the help asked for.',
  })
  @IsOptional()
  @IsEnum(ServiceLevel)
  requestedLevel?: ServiceLevel;

  @Field(() => String, { nullable: true, description: 'Name of the referrer.' })
  @IsOptional()
  @LineText(1, 200)
  referrerName?: string;

  @Field(() => String, { nullable: true, description: 'How to reach the referrer.' })
  @IsOptional()
  @LineText(1, 200)
  referrerContact?: string;
}

@InputType({ description: 'Accepting a referral opens an assessment case.' })
export class AcceptReferralInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "Coordinator of the new case; default the caller if a coordinator, else the team's coordinator.",
  })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field(() => [AssignCaseMemberInput], {
    nullable: true,
    description:
      "The first members of the new case (e.g. a physiotherapist), assigned in the same step. When the referral joins the person's open case, those not yet assigned to it are added.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AssignCaseMemberInput)
  members?: AssignCaseMemberInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      "Billund: the new case's coordination level, 1–3 (default 1 where coordination levels are on in the team's district; refused with FEATURE_DISABLED where they are off). A referral that joins the person's open case leaves its level as it is (change it with setCoordinationLevel).",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  coordinationLevel?: number;
}

@InputType({ description: 'Rejects a referral.' })
export class RejectReferralInput {
  @Field({ description: 'Why: told to the person.' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'Sends a referral on to another service.' })
export class RedirectReferralInput {
  @Field({ description: 'To whom, e.g. "Fastlegen" or "Spesialisthelsetjenesten".' })
  @LineText(1, 200)
  redirectedTo: string;

  @Field({ description: 'Why.' })
  @FreeText(1, 2000)
  reason: string;
}

@InputType({ description: 'Which referrals to list.' })
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsEnum(ReferralStatus, { each: true })
  status?: ReferralStatus[];

  @Field(() => ID, { nullable: true, description: 'Only this receiving team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => Urgency, { nullable: true, description: 'Only NORMAL or only URGENT referrals.' })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency;

  @Field({
    nullable: true,
    description:
      'Only URGENT referrals still awaiting triage after their triage deadline (true), or all others (false).',
  })
  @IsOptional()
  @IsBoolean()
  triageOverdue?: boolean;

  @Field(() => CallbackFilter, {
    nullable: true,
    description:
      'One entry: only referrals with a callback not kept yet (OPEN), due by the end of today (DUE, overdue ones included) or overdue (OVERDUE).',
  })
  @IsOptional()
  @IsEnum(CallbackFilter)
  callback?: CallbackFilter;

  @Field({ nullable: true, description: 'Received at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  receivedFrom?: Date;

  @Field({ nullable: true, description: 'Received before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  receivedTo?: Date;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter, { nullable: true, description: 'Filter.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter;
}
