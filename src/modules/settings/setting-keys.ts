import type { AppConfig } from 'src/config/app-config';

/*
 * The municipality's settings: the one list of the keys, their kinds, ranges and first
 * values. A key here is a municipal default with an optional override per district
 * (null = the district inherits the default); a case takes its district's effective values
 * when it opens and keeps them (`assessment_cases.settings`). A later setting is one more
 * key here, a column in `municipality_settings` and `district_settings` (a migration), and a
 * field in the GraphQL types and the input (`settings.types.ts`, `dto/`).
 *
 * The models behind the keys (docs/models.md):
 * - Harstad: the clarification period.
 * - Billund: one entry (resolve at first contact, callbacks) and coordination levels.
 * - Syddjurs: tariff categories and bands on the decision, the team's budget.
 * - Kolding (after Svendborg): delegated adjustment of a decided service's time.
 */

/** How the delegated frame of `adjustServiceTime` is measured. */
export const DELEGATED_FRAME_KINDS = ['PERCENT', 'HOURS'] as const;
export type DelegatedFrameKind = (typeof DELEGATED_FRAME_KINDS)[number];

interface IntegerKey {
  description: string;
  kind: 'integer';
  min: number;
  max: number;
  first: number;
  column: string;
}
interface NumberKey {
  description: string;
  kind: 'number';
  min: number;
  max: number;
  first: number;
  column: string;
}
interface SwitchKey {
  description: string;
  kind: 'switch';
  first: boolean;
  column: string;
}
interface ChoiceKey<T extends string> {
  description: string;
  kind: 'choice';
  choices: readonly T[];
  first: T;
  column: string;
}

/** Every key: its kind, range and first value (before the environment, which wins for some). */
export const SETTINGS = {
  clarificationDays: {
    description:
      'Harstad: calendar days from acceptance to the decision deadline (first value from CLARIFICATION_DAYS).',

    kind: 'integer',
    min: 1,
    max: 60,
    first: 14,
    column: 'clarification_days',
  } as IntegerKey,

  singleEntry: {
    description: 'Billund: referrals may be resolved at first contact and callbacks promised.',
    kind: 'switch',
    first: false,
    column: 'single_entry',
  } as SwitchKey,
  coordinationLevels: {
    description:
      'Billund: cases carry a coordination level 1–3, and the person a coordinating caseworker.',
    kind: 'switch',
    first: false,
    column: 'coordination_levels',
  } as SwitchKey,
  level2MinProfessions: {
    description:
      'Billund: assessments by at least this many professions before a decision at level 2 or 3.',

    kind: 'integer',
    min: 1,
    max: 6,
    first: 2,
    column: 'level2_min_professions',
  } as IntegerKey,
  level3RequiresMeeting: {
    description:
      'Billund: a coordination meeting with the person or relatives before a decision at level 3.',

    kind: 'switch',
    first: true,
    column: 'level3_requires_meeting',
  } as SwitchKey,

  tariffCategories: {
    description: 'Syddjurs: a decision carries a tariff category, and its weekly hours a band.',
    kind: 'switch',
    first: false,
    column: 'tariff_categories',
  } as SwitchKey,
  tariffBand1Below: {
    description: 'Syddjurs: band 1 is at least 0 and under this many hours a week.',

    kind: 'number',
    min: 0.25,
    max: 168,
    first: 5,
    column: 'tariff_band1_below',
  } as NumberKey,
  tariffBand2Below: {
    description: 'Syddjurs: band 2 is from band 1’s limit and under this many hours a week.',

    kind: 'number',
    min: 0.25,
    max: 168,
    first: 15,
    column: 'tariff_band2_below',
  } as NumberKey,
  tariffBand3UpTo: {
    description:
      'Syddjurs: band 3 is from band 2’s limit up to and including this; above is "individual".',

    kind: 'number',
    min: 0.25,
    max: 168,
    first: 25,
    column: 'tariff_band3_up_to',
  } as NumberKey,
  tariffWeeklyPriceBand1: {
    description: 'Syddjurs: the price of one week in band 1, whole kroner.',

    kind: 'integer',
    min: 0,
    max: 1_000_000,
    first: 1_900,
    column: 'tariff_weekly_price_band1',
  } as IntegerKey,
  tariffWeeklyPriceBand2: {
    description: 'Syddjurs: the price of one week in band 2, whole kroner.',

    kind: 'integer',
    min: 0,
    max: 1_000_000,
    first: 5_700,
    column: 'tariff_weekly_price_band2',
  } as IntegerKey,
  tariffWeeklyPriceBand3: {
    description: 'Syddjurs: the price of one week in band 3, whole kroner.',

    kind: 'integer',
    min: 0,
    max: 1_000_000,
    first: 11_400,
    column: 'tariff_weekly_price_band3',
  } as IntegerKey,
  tariffHourlyPriceIndividual: {
    description: 'Syddjurs: an "individual" week’s price per decided hour, whole kroner.',

    kind: 'integer',
    min: 0,
    max: 100_000,
    first: 570,
    column: 'tariff_hourly_price_individual',
  } as IntegerKey,
  developingFollowUpWeeks: {
    description: 'Syddjurs: weeks from handover to the reassessment of a DEVELOPING decision.',

    kind: 'integer',
    min: 1,
    max: 104,
    first: 12,
    column: 'developing_follow_up_weeks',
  } as IntegerKey,
  maintainingFollowUpMonths: {
    description: 'Syddjurs: months from handover to the follow-up of a MAINTAINING decision.',

    kind: 'integer',
    min: 1,
    max: 36,
    first: 12,
    column: 'maintaining_follow_up_months',
  } as IntegerKey,

  delegatedAdjustment: {
    description:
      'Kolding: the receiving unit adjusts a decided service’s weekly time within a frame.',
    kind: 'switch',
    first: false,
    column: 'delegated_adjustment',
  } as SwitchKey,
  delegatedFrameKind: {
    description: 'Kolding: whether the frame is a percentage of the decided time or hours a week.',

    kind: 'choice',
    choices: DELEGATED_FRAME_KINDS,
    first: 'PERCENT',
    column: 'delegated_frame_kind',
  } as ChoiceKey<DelegatedFrameKind>,
  delegatedFrameValue: {
    description:
      'Kolding: the frame, up and down from the decided time (percent, or hours a week).',

    kind: 'number',
    min: 0,
    max: 100,
    first: 20,
    column: 'delegated_frame_value',
  } as NumberKey,
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** The keys, in the order above. */
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

type ValueOf<D> = D extends SwitchKey ? boolean : D extends ChoiceKey<infer T> ? T : number;

/** The effective values of every key. */
export type SettingValues = { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

/** A district's overrides: null inherits the municipal default. */
export type SettingOverrides = { [K in SettingKey]: SettingValues[K] | null };

/** The numeric keys' ranges (the input's validation and the tables' CHECK constraints). */
export const SETTING_RANGES = Object.fromEntries(
  SETTING_KEYS.flatMap((key) => {
    const d = SETTINGS[key];
    return d.kind === 'integer' || d.kind === 'number' ? [[key, { min: d.min, max: d.max }]] : [];
  }),
) as Record<SettingKey, { min: number; max: number }>;

/** The column of each key in `municipality_settings` and `district_settings`. */
export const SETTING_COLUMNS = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTINGS[key].column]),
) as Record<SettingKey, string>;

/** The first values of every key, before any environment. */
export const FIRST_VALUES = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTINGS[key].first]),
) as SettingValues;

/** The first start's municipal defaults: the first values, with the environment's where it has one. */
export function defaultsFromEnvironment(
  config: Pick<AppConfig, 'CLARIFICATION_DAYS'>,
): SettingValues {
  return { ...FIRST_VALUES, clarificationDays: config.CLARIFICATION_DAYS };
}

/** No overrides: the district inherits every default. */
export const INHERIT_ALL = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, null]),
) as SettingOverrides;

/** A district's effective values: its override where it has one, else the municipal default. */
export function effectiveValues(
  defaults: SettingValues,
  overrides: Partial<SettingOverrides> | undefined,
): SettingValues {
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, overrides?.[key] ?? defaults[key]]),
  ) as SettingValues;
}

/**
 * The values a case opened with: its snapshot (`assessment_cases.settings`) and its own
 * clarification days. A key added after the case opened is not in its snapshot: the case
 * takes the key's first value (the old behaviour, a switch off), never today's setting.
 */
export function caseSettingValues(kase: {
  openedWithSettings: unknown;
  clarificationDays: number;
}): SettingValues {
  const snapshot = kase.openedWithSettings;
  const stored =
    snapshot && typeof snapshot === 'object' ? (snapshot as Partial<SettingValues>) : {};
  return { ...FIRST_VALUES, ...stored, clarificationDays: kase.clarificationDays };
}

/** The column type of each kind. */
export const COLUMN_TYPES = {
  integer: 'integer',
  number: 'double precision',
  switch: 'boolean',
  choice: 'text',
} as const;

/** The CHECK constraint of a key's column. */
export function rangeCheck(key: SettingKey, nullable = false): string {
  const d = SETTINGS[key] as IntegerKey | NumberKey | SwitchKey | ChoiceKey<string>;
  const column = `"${d.column}"`;
  let check: string;
  if (d.kind === 'integer' || d.kind === 'number')
    check = `${column} BETWEEN ${d.min} AND ${d.max}`;
  else if (d.kind === 'choice')
    check = `${column} IN (${d.choices.map((c) => `'${c}'`).join(', ')})`;
  else return nullable ? 'TRUE' : `${column} IS NOT NULL`;
  return nullable ? `${column} IS NULL OR ${check}` : check;
}

/** The keys whose column has a CHECK constraint (switches need none). */
export const CHECKED_KEYS = SETTING_KEYS.filter((key) => SETTINGS[key].kind !== 'switch');

/**
 * Rules between keys, on a set of effective values: the band limits must increase. Returns
 * the keys that break a rule (empty when the values are consistent).
 */
export function inconsistentKeys(values: SettingValues): SettingKey[] {
  const broken: SettingKey[] = [];
  if (values.tariffBand2Below <= values.tariffBand1Below) broken.push('tariffBand2Below');
  if (values.tariffBand3UpTo < values.tariffBand2Below) broken.push('tariffBand3UpTo');
  return broken;
}
