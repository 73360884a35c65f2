import { badInput, type DomainError, refuse } from 'src/common/graphql/domain-error';

/** Why the settings module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type SettingsRefusal = 'STALE_VERSION' | 'DUPLICATE_DISTRICT' | 'SETTINGS_NOT_INITIALISED';

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
  /** The settings row is missing: the first start did not run (never in a started service). */
  notInitialised: (): DomainError =>
    refuse('SETTINGS_NOT_INITIALISED', 'The municipality’s settings are not initialised yet'),
};
