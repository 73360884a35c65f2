import type {
  AdminMunicipalitySettingsFragment,
  DelegatedFrameKind,
  MunicipalDefaultsInput,
} from '../../gql/graphql';

/*
 * The settings screen's table of keys: each key's model, kind, range and unit. One entry per
 * field of the API's `SettingValues` (the generated `MunicipalDefaultsInput` has the same
 * fields): the `Record` below does not typecheck until a new key of the schema is here, and
 * the check under it fails until the screen's fragment reads it. The ranges mirror
 * `src/modules/settings/setting-keys.ts` (the API refuses anything else anyway).
 */

/** A key of the settings, as the API names it. */
export type SettingKey = keyof MunicipalDefaultsInput;

/** The municipality whose model the key comes from, in the order the screen shows them. */
export const MODELS = ['harstad', 'billund', 'syddjurs', 'kolding'] as const;
export type Model = (typeof MODELS)[number];

/** The unit a figure is shown with (texts under `adminSettings.units` and `.suffix`). */
export type Unit =
  | 'days'
  | 'professions'
  | 'hoursPerWeek'
  | 'krPerWeek'
  | 'krPerHour'
  | 'weeks'
  | 'months'
  | 'percent';

interface FigureField {
  model: Model;
  kind: 'integer' | 'number';
  min: number;
  max: number;
  /** The unit, or `frame`: percent or hours a week, as `delegatedFrameKind` says. */
  unit: Unit | 'frame';
}
interface SwitchField {
  model: Model;
  kind: 'switch';
}
interface ChoiceField {
  model: Model;
  kind: 'choice';
  choices: readonly DelegatedFrameKind[];
}
export type SettingField = FigureField | SwitchField | ChoiceField;

export const SETTING_FIELDS: Record<SettingKey, SettingField> = {
  clarificationDays: { model: 'harstad', kind: 'integer', min: 1, max: 60, unit: 'days' },

  singleEntry: { model: 'billund', kind: 'switch' },
  coordinationLevels: { model: 'billund', kind: 'switch' },
  level2MinProfessions: {
    model: 'billund',
    kind: 'integer',
    min: 1,
    max: 6,
    unit: 'professions',
  },
  level3RequiresMeeting: { model: 'billund', kind: 'switch' },

  tariffCategories: { model: 'syddjurs', kind: 'switch' },
  tariffBand1Below: {
    model: 'syddjurs',
    kind: 'number',
    min: 0.25,
    max: 168,
    unit: 'hoursPerWeek',
  },
  tariffBand2Below: {
    model: 'syddjurs',
    kind: 'number',
    min: 0.25,
    max: 168,
    unit: 'hoursPerWeek',
  },
  tariffBand3UpTo: { model: 'syddjurs', kind: 'number', min: 0.25, max: 168, unit: 'hoursPerWeek' },
  tariffWeeklyPriceBand1: {
    model: 'syddjurs',
    kind: 'integer',
    min: 0,
    max: 1_000_000,
    unit: 'krPerWeek',
  },
  tariffWeeklyPriceBand2: {
    model: 'syddjurs',
    kind: 'integer',
    min: 0,
    max: 1_000_000,
    unit: 'krPerWeek',
  },
  tariffWeeklyPriceBand3: {
    model: 'syddjurs',
    kind: 'integer',
    min: 0,
    max: 1_000_000,
    unit: 'krPerWeek',
  },
  tariffHourlyPriceIndividual: {
    model: 'syddjurs',
    kind: 'integer',
    min: 0,
    max: 100_000,
    unit: 'krPerHour',
  },
  developingFollowUpWeeks: { model: 'syddjurs', kind: 'integer', min: 1, max: 104, unit: 'weeks' },
  maintainingFollowUpMonths: {
    model: 'syddjurs',
    kind: 'integer',
    min: 1,
    max: 36,
    unit: 'months',
  },

  delegatedAdjustment: { model: 'kolding', kind: 'switch' },
  delegatedFrameKind: { model: 'kolding', kind: 'choice', choices: ['PERCENT', 'HOURS'] },
  delegatedFrameValue: { model: 'kolding', kind: 'number', min: 0, max: 100, unit: 'frame' },
};

/** The keys in the screen's order (by model, then as listed above). */
export const SETTING_KEYS = MODELS.flatMap((model) =>
  (Object.keys(SETTING_FIELDS) as SettingKey[]).filter((k) => SETTING_FIELDS[k].model === model),
);

/** The values of every key, as the screen's fragment reads them. */
export type SettingValues = Omit<AdminMunicipalitySettingsFragment['defaults'], '__typename'>;

// The fragment reads every key, and nothing the table does not know.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fragmentReadsEveryKey: Same<keyof SettingValues, SettingKey> = true;
void fragmentReadsEveryKey;

/** The band limits must increase; the keys that break the order (as the API's rule). */
export function bandOrderBroken(values: {
  tariffBand1Below: number;
  tariffBand2Below: number;
  tariffBand3UpTo: number;
}): ('tariffBand2Below' | 'tariffBand3UpTo')[] {
  const broken: ('tariffBand2Below' | 'tariffBand3UpTo')[] = [];
  if (values.tariffBand2Below <= values.tariffBand1Below) broken.push('tariffBand2Below');
  if (values.tariffBand3UpTo < values.tariffBand2Below) broken.push('tariffBand3UpTo');
  return broken;
}

/** The unit of a figure, given the values in force where it is shown. */
export function unitOf(
  field: FigureField,
  values: Pick<SettingValues, 'delegatedFrameKind'>,
): Unit {
  if (field.unit !== 'frame') return field.unit;
  return values.delegatedFrameKind === 'HOURS' ? 'hoursPerWeek' : 'percent';
}
