import { municipalDateTime, municipalNow } from '../referrals/municipal-time';

/** A period as the user picks it: two local dates, both days included. */
export interface Period {
  from: string;
  to: string;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The last twelve months up to and including today (municipal time). */
export function lastYear(): Period {
  const today = municipalNow().date;
  return { from: addDays(today, -364), to: today };
}

/** Whether a period's dates are given and in order (empty strings are missing dates). */
export function periodProblem(period: Period): 'missing' | 'outOfOrder' | null {
  if (!period.from || !period.to) return 'missing';
  return period.from > period.to ? 'outOfOrder' : null;
}

/** The instants the API takes: from the start of `from` to the end of `to`, municipal time. */
export function periodInstants(period: Period): { from: string; to: string } {
  return {
    from: municipalDateTime(period.from, '00:00'),
    to: municipalDateTime(addDays(period.to, 1), '00:00'),
  };
}
