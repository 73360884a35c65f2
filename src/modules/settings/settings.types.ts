import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DistrictEntity } from 'src/modules/identity/model';
import type { MunicipalityLanguage } from 'src/config/app-config';

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

@ObjectType('SettingValues', {
  description: 'Values of the settings: the municipal defaults, or a district’s effective values.',
})
export class SettingValuesView {
  @Field(() => Int, {
    description: 'Calendar days from acceptance to the decision deadline of a case opened now.',
  })
  clarificationDays: number;
}

@ObjectType('SettingOverrides', {
  description: 'A district’s overrides of the municipal defaults; null inherits the default.',
})
export class SettingOverridesView {
  @Field(() => Int, {
    nullable: true,
    description: 'The district’s clarification days, or null for the municipal default.',
  })
  clarificationDays: number | null;
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
