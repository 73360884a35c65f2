// Front door of the settings module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export {
  SETTING_KEYS,
  SETTING_RANGES,
  SETTINGS,
  FIRST_VALUES,
  DELEGATED_FRAME_KINDS,
  caseSettingValues,
  defaultsFromEnvironment,
  effectiveValues,
  type DelegatedFrameKind,
  type SettingKey,
  type SettingValues,
} from './setting-keys';
export { SettingsErrors, type SettingsRefusal } from './settings.errors';
export { SettingValuesView, DelegatedFrameKindEnum } from './settings.types';
export { requireSetting } from './require-setting';
