import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';
import type { SettingKey } from 'src/modules/settings/setting-keys';

/** Why the settings module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type SettingsRefusal =
  | 'STALE_VERSION'
  | 'DUPLICATE_DISTRICT'
  | 'SETTINGS_NOT_INITIALISED'
  | 'INCONSISTENT_SETTINGS'
  | 'FEATURE_DISABLED';

/** The settings module's refusals; `reason` is stable API. */
export const SettingsErrors = {
  /** Someone changed the settings since the caller read them: nothing was changed. */
  staleVersion: (expected: number, currentVersion: number): DomainError =>
    refuse(
      'STALE_VERSION',
      `Changed by someone else since version ${expected}: the current version is ${currentVersion}. Read the settings again and redo the change.`,
      { entity: 'MUNICIPALITY_SETTINGS', currentVersion },
    ),
  duplicateDistrict: (field: string): DomainError =>
    badInput('DUPLICATE_DISTRICT', 'A district is named more than once', [
      { field, problems: ['named more than once'] },
    ]),
  /** Values that break a rule between keys (the tariff band limits must increase). */
  inconsistent: (fields: string[]): DomainError =>
    badInput(
      'INCONSISTENT_SETTINGS',
      'The tariff band limits must increase: band 1 below band 2, band 2 at most band 3',
      fields.map((field) => ({ field, problems: ['breaks the order of the band limits'] })),
    ),
  /**
   * The operation belongs to a model the case's district (or the case, as it opened) has not
   * switched on: FORBIDDEN, with the setting named.
   */
  featureDisabled: (setting: SettingKey, operation: string): DomainError =>
    refuse('FEATURE_DISABLED', `${operation} is not in use here: the setting ${setting} is off`, {
      setting,
    }),
  /** The settings row is missing: the first start did not run (never in a started service). */
  notInitialised: (): DomainError =>
    refuse('SETTINGS_NOT_INITIALISED', 'The municipality’s settings are not initialised yet'),
};
