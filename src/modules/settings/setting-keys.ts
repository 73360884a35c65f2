import type { AppConfig } from 'src/config/app-config';

/*
 * The municipality's settings: the one list of the keys, their ranges and where their first
 * value comes from. A key here is a municipal default with an optional override per
 * district (null = the district inherits the default); a case takes its district's
 * effective values when it opens and keeps them. A later setting is one more key here, a
 * column in `municipality_settings` and `district_settings`, and a field in the GraphQL
 * types and the input.
 */

/** The keys a district may override. */
export const SETTING_KEYS = ['clarificationDays'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The effective values of every key. */
export type SettingValues = Record<SettingKey, number>;

/** A district's overrides: null inherits the municipal default. */
export type SettingOverrides = Record<SettingKey, number | null>;

/** The allowed range of each key (the input's validation and the tables' CHECK constraints). */
export const SETTING_RANGES: Record<SettingKey, { min: number; max: number }> = {
  /** Calendar days from acceptance to the decision deadline (Harstad: 14). */
  clarificationDays: { min: 1, max: 60 },
};

/** The column of each key in `municipality_settings` and `district_settings`. */
export const SETTING_COLUMNS: Record<SettingKey, string> = {
  clarificationDays: 'clarification_days',
};

/** The first start's municipal defaults, from the environment (later the database wins). */
export function defaultsFromEnvironment(
  config: Pick<AppConfig, 'CLARIFICATION_DAYS'>,
): SettingValues {
  return { clarificationDays: config.CLARIFICATION_DAYS };
}

/** No overrides: the district inherits every default. */
export const INHERIT_ALL: SettingOverrides = { clarificationDays: null };

/** A district's effective values: its override where it has one, else the municipal default. */
export function effectiveValues(
  defaults: SettingValues,
  overrides: SettingOverrides | undefined,
): SettingValues {
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, overrides?.[key] ?? defaults[key]]),
  ) as SettingValues;
}

/** `"<column>" BETWEEN min AND max`, for a key's CHECK constraint. */
export function rangeCheck(key: SettingKey, nullable = false): string {
  const { min, max } = SETTING_RANGES[key];
  const column = `"${SETTING_COLUMNS[key]}"`;
  const range = `${column} BETWEEN ${min} AND ${max}`;
  return nullable ? `${column} IS NULL OR ${range}` : range;
}
