import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeError } from '../../ui/describe-error';
import { currentLanguage, LOCALES } from '../../i18n/i18n';

/** An instant of the API, in the device's time zone (history, extensions). */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

const DAY = 86_400_000;

function utc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Calendar arithmetic on the API's dates (`2026-03-16`): no time zone can shift a day. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The API's `extensions.code` of an error, if it is one of the API's. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A refusal as one sentence: the case module's own reasons first (INVALID_TRANSITION and the
 * like), then the shared ones; an input error also names its field.
 */
export function describeCaseError(
  error: unknown,
  t: TFunction,
  fieldLabels: Record<string, string> = {},
): string {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const reason = first?.extensions?.reason;
  const own =
    typeof reason === 'string' ? t(`casePage.reason.${reason}`, { defaultValue: '' }) : '';
  const sentence = own || describeError(error, t);
  const fields = first?.extensions?.fields;
  const path = Array.isArray(fields) ? (fields[0] as { field?: unknown })?.field : undefined;
  const label = typeof path === 'string' ? fieldLabels[path.split('.').pop() ?? ''] : undefined;
  return label ? `${sentence} ${t('casePage.field', { field: label })}` : sentence;
}
