import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SETTING_RANGES } from 'src/modules/settings/setting-keys';

const DAYS = SETTING_RANGES.clarificationDays;

@InputType({ description: 'New municipal defaults; a field left out stays as it is.' })
export class MunicipalDefaultsInput {
  @Field(() => Int, {
    nullable: true,
    description: `Clarification days of cases opened from now on (${DAYS.min}–${DAYS.max}).`,
  })
  // Left out: unchanged. A default cannot be null.
  @ValidateIf((input: MunicipalDefaultsInput) => input.clarificationDays !== undefined)
  @IsInt()
  @Min(DAYS.min)
  @Max(DAYS.max)
  clarificationDays?: number;
}

@InputType({
  description:
    'One district’s overrides; a field left out stays as it is, null makes the district inherit the default.',
})
export class DistrictOverridesInput {
  @Field(() => ID, { description: 'The district.' })
  @IsUUID()
  districtId: string;

  @Field(() => Int, {
    nullable: true,
    description: `The district’s clarification days (${DAYS.min}–${DAYS.max}), or null to inherit the municipal default.`,
  })
  @IsOptional()
  @IsInt()
  @Min(DAYS.min)
  @Max(DAYS.max)
  clarificationDays?: number | null;
}

@InputType({ description: 'A change of the municipality’s settings (ADMIN only).' })
export class UpdateMunicipalitySettingsInput {
  @Field(() => MunicipalDefaultsInput, {
    nullable: true,
    description: 'New municipal defaults.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalDefaultsInput)
  defaults?: MunicipalDefaultsInput;

  @Field(() => [DistrictOverridesInput], {
    nullable: true,
    description: 'New overrides of the districts named (each district at most once).',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DistrictOverridesInput)
  districts?: DistrictOverridesInput[];
}

@ArgsType()
export class UpdateMunicipalitySettingsArgs {
  @Field(() => UpdateMunicipalitySettingsInput, {
    description: 'The defaults and district overrides to change.',
  })
  @ValidateNested()
  @Type(() => UpdateMunicipalitySettingsInput)
  input: UpdateMunicipalitySettingsInput;

  @Field(() => Int, {
    description:
      'The `version` the change is based on: a stale version answers CONFLICT / STALE_VERSION and changes nothing.',
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
