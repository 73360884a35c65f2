// Front door of the settings module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export {
  SETTING_KEYS,
  SETTING_RANGES,
  defaultsFromEnvironment,
  effectiveValues,
  type SettingKey,
  type SettingValues,
} from './setting-keys';
export type { SettingsRefusal } from './settings.errors';
