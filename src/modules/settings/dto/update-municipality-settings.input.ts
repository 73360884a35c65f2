/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the columns or fields of each setting key come from SETTINGS (setting-keys.ts); an interface of the same name gives them their types. */
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingOverrides,
  type SettingValues,
} from 'src/modules/settings/setting-keys';
import { graphqlTypeOf } from 'src/modules/settings/settings.types';

@InputType({ description: 'New municipal defaults; a field left out stays as it is.' })
export class MunicipalDefaultsInput {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MunicipalDefaultsInput extends Partial<SettingValues> {}

@InputType({
  description:
    'One district’s overrides; a field left out stays as it is, null makes the district inherit the default.',
})
export class DistrictOverridesInput {
  @Field(() => ID, { description: 'The district.' })
  @IsUUID()
  districtId: string;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DistrictOverridesInput extends Partial<SettingOverrides> {}

/** The validation of a key's value (a default: left out or a value; an override: also null). */
function validate(key: SettingKey, target: object, nullable: boolean): void {
  const d = SETTINGS[key];
  const decorators: PropertyDecorator[] = [
    nullable
      ? IsOptional()
      : ValidateIf((input: Record<string, unknown>) => input[key] !== undefined),
  ];
  if (d.kind === 'integer') decorators.push(IsInt(), Min(d.min), Max(d.max));
  else if (d.kind === 'number')
    decorators.push(IsNumber({ allowNaN: false, allowInfinity: false }), Min(d.min), Max(d.max));
  else if (d.kind === 'switch') decorators.push(IsBoolean());
  else decorators.push(IsIn([...d.choices]));
  for (const decorate of decorators) decorate(target, key);
}

/** The key's description with its range, if it has one: "… (1–60)." */
function withRange(description: string, key: SettingKey): string {
  const d = SETTINGS[key];
  if (d.kind !== 'integer' && d.kind !== 'number') return description;
  return `${description.replace(/\.$/, '')} (${d.min}–${d.max}).`;
}

// A field per key: SETTINGS is the one list.
for (const key of SETTING_KEYS) {
  const { description } = SETTINGS[key];
  Field(() => graphqlTypeOf(key), { nullable: true, description: withRange(description, key) })(
    MunicipalDefaultsInput.prototype,
    key,
  );
  validate(key, MunicipalDefaultsInput.prototype, false);
  Field(() => graphqlTypeOf(key), {
    nullable: true,
    description: `${withRange(description, key)} Null: inherit the municipal default.`,
  })(DistrictOverridesInput.prototype, key);
  validate(key, DistrictOverridesInput.prototype, true);
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
