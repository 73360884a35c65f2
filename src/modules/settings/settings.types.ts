/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the columns or fields of each setting key come from SETTINGS (setting-keys.ts); an interface of the same name gives them their types. */
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DistrictEntity } from 'src/modules/identity/model';
import type { MunicipalityLanguage } from 'src/config/app-config';
import {
  DELEGATED_FRAME_KINDS,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingOverrides,
  type SettingValues,
} from 'src/modules/settings/setting-keys';

/** The municipality's language as GraphQL names it. */
export const MunicipalityLanguageEnum = { nb: 'nb', da: 'da' } as const;
registerEnumType(MunicipalityLanguageEnum, {
  name: 'MunicipalityLanguage',
  description:
    "The municipality's language: its journal texts, letters, legal bases and function scale.",
  valuesMap: {
    nb: { description: 'Norwegian (bokmål), Norwegian law.' },
    da: { description: 'Danish, Danish law.' },
  },
});

/** How the delegated frame is measured, as GraphQL names it. */
export const DelegatedFrameKindEnum = Object.fromEntries(
  DELEGATED_FRAME_KINDS.map((kind) => [kind, kind]),
) as { [K in (typeof DELEGATED_FRAME_KINDS)[number]]: K };
registerEnumType(DelegatedFrameKindEnum, {
  name: 'DelegatedFrameKind',
  description: 'How the frame of delegated adjustment is measured (Kolding).',
  valuesMap: {
    PERCENT: { description: 'A percentage of the decided weekly time, up or down.' },
    HOURS: { description: 'Hours a week, up or down from the decided time.' },
  },
});

/** The GraphQL type of a key's value. */
export function graphqlTypeOf(key: SettingKey) {
  const { kind } = SETTINGS[key];
  if (kind === 'integer') return Int;
  if (kind === 'number') return Float;
  if (kind === 'switch') return Boolean;
  return DelegatedFrameKindEnum;
}

@ObjectType('SettingValues', {
  description: 'Values of the settings: the municipal defaults, or a district’s effective values.',
})
export class SettingValuesView {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SettingValuesView extends SettingValues {}

@ObjectType('SettingOverrides', {
  description: 'A district’s overrides of the municipal defaults; null inherits the default.',
})
export class SettingOverridesView {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SettingOverridesView extends SettingOverrides {}

// A field per key: SETTINGS is the one list.
for (const key of SETTING_KEYS) {
  const { description } = SETTINGS[key];
  Field(() => graphqlTypeOf(key), { description })(SettingValuesView.prototype, key);
  Field(() => graphqlTypeOf(key), {
    nullable: true,
    description: `${description} Null: the municipal default.`,
  })(SettingOverridesView.prototype, key);
}

@ObjectType('DistrictSettings', {
  description: 'One district’s settings: its overrides and the values its new cases take.',
})
export class DistrictSettingsView {
  @Field(() => DistrictEntity, { description: 'The district.' })
  district: DistrictEntity;

  @Field(() => SettingOverridesView, {
    description: 'What the district overrides (null: inherits).',
  })
  overrides: SettingOverridesView;

  @Field(() => SettingValuesView, {
    description: 'The values a case opened in the district now takes (overrides, else defaults).',
  })
  effective: SettingValuesView;
}

@ObjectType('MunicipalitySettings', {
  description:
    'The municipality’s settings: municipal defaults, overrides per district, and the version to change them against. A case takes its district’s effective values when it opens and keeps them.',
})
export class MunicipalitySettingsView {
  @Field(() => MunicipalityLanguageEnum, {
    description:
      'The municipality’s language, fixed at the first start from MUNICIPALITY_LANGUAGE (municipal-wide: not overridden per district).',
  })
  language: MunicipalityLanguage;

  @Field(() => SettingValuesView, { description: 'The municipal defaults.' })
  defaults: SettingValuesView;

  @Field(() => [DistrictSettingsView], {
    description: 'Every district, by name, with its overrides and effective values.',
  })
  districts: DistrictSettingsView[];

  @Field(() => Int, {
    description: 'Grows by one with each change; `updateMunicipalitySettings` names it.',
  })
  version: number;

  @Field({ description: 'When the settings were last changed (or first created).' })
  updatedAt: Date;

  /** Resolved by the settings resolver through the identity loaders. */
  updatedById: string | null;
}
