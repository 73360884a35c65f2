import type { SettingKey, SettingValues } from 'src/modules/settings/setting-keys';
import { SettingsErrors } from 'src/modules/settings/settings.errors';

/** The switches: the keys whose value is on or off. */
type SwitchKey = {
  [K in SettingKey]: SettingValues[K] extends boolean ? K : never;
}[SettingKey];

/**
 * Refuses `operation` as FORBIDDEN / FEATURE_DISABLED unless `setting` is on in `values`:
 * a case's own values (`caseSettingValues`) for work on a case, the district's effective
 * values (`SettingsService.effectiveFor`) for work before or beside a case.
 */
export function requireSetting(values: SettingValues, setting: SwitchKey, operation: string): void {
  if (values[setting] !== true) throw SettingsErrors.featureDisabled(setting, operation);
}
