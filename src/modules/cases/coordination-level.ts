import type { Caller } from 'src/common/auth/caller';
import type { CaseOperation, Operation } from 'src/modules/access/model';
import type { Touched } from 'src/modules/audit/model';
import { requireSetting, type SettingValues } from 'src/modules/settings/model';

/*
 * Billund's coordination levels (docs/models.md): a case opened with the setting
 * `coordinationLevels` on has a level 1–3, set at acceptance (default 1) and changed by the
 * coordinator; the level decides what the decision needs (decisions' coordination
 * requirements). The person has one coordinating caseworker across cases.
 */

export const MIN_COORDINATION_LEVEL = 1;
export const MAX_COORDINATION_LEVEL = 3;
/** A case that opens with coordination levels on and no level given. */
export const DEFAULT_COORDINATION_LEVEL = 1;

/**
 * Refuses `operation` as FORBIDDEN / FEATURE_DISABLED unless coordination levels are on in
 * `values` (the case's own, or the district's for work beside a case); the refusal is
 * audited, as the access policy's are.
 */
export function requireCoordinationLevels(
  caller: Caller,
  values: SettingValues,
  operation: CaseOperation | Operation,
  touched: Touched,
): void {
  try {
    requireSetting(values, 'coordinationLevels', operation);
  } catch (error) {
    caller.audit.refused(operation, touched, { reason: 'FEATURE_DISABLED' });
    throw error;
  }
}
