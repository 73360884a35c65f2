import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { SignInError } from '../auth/session';

/** Turns any error of the API into one sentence in the user's language: never raw JSON. */
export function describeError(error: unknown, t: TFunction): string {
  let code: unknown;
  let reason: unknown;
  if (CombinedGraphQLErrors.is(error)) {
    code = error.errors[0]?.extensions?.code;
    reason = error.errors[0]?.extensions?.reason;
  } else if (error instanceof SignInError) {
    code = error.code;
    reason = error.reason;
  } else {
    return t('errors.network');
  }
  const generic = typeof code === 'string' ? t(`errors.code.${code}`, { defaultValue: '' }) : '';
  const specific =
    typeof reason === 'string' ? t(`errors.reason.${reason}`, { defaultValue: '' }) : '';
  return specific || generic || (code === 'NETWORK' ? t('errors.network') : t('errors.unknown'));
}
