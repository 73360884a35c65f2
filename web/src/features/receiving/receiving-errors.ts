import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeCaseError } from '../case/case-format';

/** A refusal as one sentence: this feature's reasons first, then the case page's and the shared ones. */
export function describeReceivingError(error: unknown, t: TFunction): string {
  const reason = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.reason : undefined;
  const own =
    typeof reason === 'string' ? t(`receiving.reason.${reason}`, { defaultValue: '' }) : '';
  return own || describeCaseError(error, t);
}

/** A form's own check that failed before anything was sent; the field shows its sentence. */
export class InputProblem extends Error {}
