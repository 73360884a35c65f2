import { currentLanguage, LOCALES } from '../../i18n/i18n';

/**
 * The municipality's time zone. The API does not expose it (TZ_MUNICIPALITY on the server);
 * both demo municipalities (Norway, Denmark) keep Central European time.
 */
export const MUNICIPAL_TIME_ZONE = 'Europe/Oslo';

function partsIn(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  return Object.fromEntries(
    parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A local date (`2026-03-02`) and time (`09:30`) in the municipality as an ISO DateTime with
 * its offset (`2026-03-02T09:30:00+01:00`): the API refuses a DateTime without one.
 */
export function municipalDateTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at the wall time read as UTC, then again at the instant it gives (DST edges).
  let offset = offsetMinutes(new Date(wall), MUNICIPAL_TIME_ZONE);
  offset = offsetMinutes(new Date(wall - offset * 60_000), MUNICIPAL_TIME_ZONE);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Now in the municipality, as the values of a date and a time input. */
export function municipalNow(): { date: string; time: string } {
  const p = partsIn(new Date(), MUNICIPAL_TIME_ZONE);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  };
}

/** An instant of the API shown as date and time in the municipality. */
export function formatMunicipalDateTime(iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    timeZone: MUNICIPAL_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
