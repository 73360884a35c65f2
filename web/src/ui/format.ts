import { currentLanguage, LOCALES } from '../i18n/i18n';

/** A calendar date of the API (`2026-03-16`), shown as that same day whatever the device's zone. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
