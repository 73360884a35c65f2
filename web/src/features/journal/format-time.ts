import { currentLanguage, LOCALES } from '../../i18n/i18n';

/** A moment, in the device's zone: "16. mars 2026, 14:05". */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A count with the language's digit grouping: "20 000". */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()]).format(count);
}
