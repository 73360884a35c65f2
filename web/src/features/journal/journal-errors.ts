import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeError } from '../../ui/describe-error';

function reasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** The journal's own refusals in words, else the app's sentence for the code. */
export function describeJournalError(error: unknown, t: TFunction): string {
  const reason = reasonOf(error);
  const own = reason ? t(`journal.errors.${reason}`, { defaultValue: '' }) : '';
  return own || describeError(error, t);
}

/** Why live updates stopped, as the end of a sentence. */
export function liveLostReason(error: unknown, t: TFunction): string {
  const reason = reasonOf(error);
  const own = reason ? t(`journal.errors.${reason}`, { defaultValue: '' }) : '';
  return own || t('journal.errors.liveFallback');
}

/** Whether sending again may help: no answer, or the service was briefly away. */
export function isTransient(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  const code = error.errors[0]?.extensions?.code;
  return code === 'SERVICE_UNAVAILABLE';
}
