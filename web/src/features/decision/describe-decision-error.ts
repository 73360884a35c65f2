import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeCaseError } from '../case/case-format';

/**
 * A refusal of a decision or handover as one sentence: this feature's reasons first, then the
 * case's and the shared ones; an input error also names its field.
 */
export function describeDecisionError(
  error: unknown,
  t: TFunction,
  fieldLabels: Record<string, string> = {},
): string {
  const reason = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.reason : undefined;
  const own =
    typeof reason === 'string'
      ? t(`decision.reason.${reason}`, {
          defaultValue: t(`tariff.reason.${reason}`, { defaultValue: '' }),
        })
      : '';
  return own || describeCaseError(error, t, fieldLabels);
}
