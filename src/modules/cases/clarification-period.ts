// The clarification period of an assessment case: deadline, days elapsed and remaining, risk.
// Pure functions only (no Nest, no database). Local dates are 'YYYY-MM-DD' strings, the same
// format PostgreSQL `date` columns come back as when node-pg returns dates as strings.
// Time-zone conversions use the built-in Intl API only.

/** A calendar date in the municipality's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** A period on hold; `until` is the local date the case resumed, null while still on hold. */
export interface HoldPeriod {
  from: LocalDate;
  until: LocalDate | null;
}

export interface ClockInput {
  /** Local date the case was accepted (the clock starts here, day 0). */
  acceptedOn: LocalDate;
  /** Length of the clarification period in calendar days (normally 14). */
  clarificationDays: number;
  /** Sum of all granted extensions, in calendar days. */
  extensionDays: number;
  holds: HoldPeriod[];
  /** Local date of the decision; the clock stops there. */
  decidedOn: LocalDate | null;
  goalPlanAgreed: boolean;
  /** Today's local date in the municipality's time zone. */
  today: LocalDate;
  /** IANA time zone of the municipality, e.g. 'Europe/Oslo'. */
  timeZone: string;
}

export interface ClockFigures {
  /** Last local day of the clarification period. */
  deadlineDate: LocalDate;
  /** Last millisecond of the deadline date, in the municipality's time zone. */
  deadline: Date;
  daysElapsed: number;
  /** 0 on the last day, negative when overdue. */
  daysRemaining: number;
  isOverdue: boolean;
  atRisk: boolean;
  /** Current period length: clarification days plus extensions plus holds. */
  periodDays: number;
  holdDays: number;
}

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// The team is warned once 10 of 14 days (scaled to the current period length) have passed.
const RISK_NUMERATOR = 10;
const RISK_DENOMINATOR = 14;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Throws RangeError for an unknown time zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date, timeZone: string): WallClock {
  const time = instant.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError('instant must be a valid Date');
  }
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(time)) {
    if (part.type !== 'literal') {
      fields[part.type] = Number(part.value);
    }
  }
  return {
    year: fields['year'] ?? NaN,
    month: fields['month'] ?? NaN,
    day: fields['day'] ?? NaN,
    // Some ICU versions print midnight as 24 even with h23.
    hour: (fields['hour'] ?? NaN) % 24,
    minute: fields['minute'] ?? NaN,
    second: fields['second'] ?? NaN,
  };
}

/** Offset of the zone from UTC at the instant, in milliseconds (e.g. +3 600 000 for CET). */
function offsetAt(time: number, timeZone: string): number {
  const wall = wallClockOf(new Date(time), timeZone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  return wallAsUtc - Math.floor(time / 1000) * 1000;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Milliseconds of UTC midnight on the date; used for pure calendar arithmetic. */
function utcMidnightOf(date: LocalDate): number {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (match === null) {
    throw new RangeError(`local date must be YYYY-MM-DD, got ${String(date)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC silently rolls 2026-02-30 over to March; a real date must round-trip.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return time;
}

function localDateOfUtcMidnight(time: number): LocalDate {
  const date = new Date(time);
  return formatLocalDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function requireWholeDays(value: number, name: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${name} must be a whole number of days, got ${value}`);
  }
}

/** The local calendar date of an instant in the time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallClockOf(instant, timeZone);
  return formatLocalDate(wall.year, wall.month, wall.day);
}

/** Calendar-date arithmetic: DST never shifts a day. */
export function addDays(date: LocalDate, days: number): LocalDate {
  requireWholeDays(days, 'days');
  return localDateOfUtcMidnight(utcMidnightOf(date) + days * MS_PER_DAY);
}

/** `to - from` in calendar days (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / MS_PER_DAY);
}

/** First instant of the local day (local midnight, or the first instant after a DST gap). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const wallMidnight = utcMidnightOf(date);
  const previousDate = addDays(date, -1);
  const startsTheDay = (time: number): boolean =>
    localDateOf(new Date(time), timeZone) === date &&
    localDateOf(new Date(time - 1), timeZone) === previousDate;

  // Fast path: local midnight minus the offset in force at midnight (iterate once, as the
  // offset at the first guess may be the one from before a DST change).
  let candidate = wallMidnight - offsetAt(wallMidnight, timeZone);
  candidate = wallMidnight - offsetAt(candidate, timeZone);
  if (startsTheDay(candidate)) {
    return new Date(candidate);
  }

  // Midnight does not exist in this zone on this date (DST starts at 00:00, e.g. Chile):
  // search for the first instant of the date. UTC offsets lie within -12 h .. +14 h.
  let before = wallMidnight - 16 * 3_600_000; // certainly still the previous date
  let atOrAfter = wallMidnight + 14 * 3_600_000; // certainly the date itself or later
  while (atOrAfter - before > 1) {
    const middle = before + Math.floor((atOrAfter - before) / 2);
    if (localDateOf(new Date(middle), timeZone) < date) {
      before = middle;
    } else {
      atOrAfter = middle;
    }
  }
  return new Date(atOrAfter);
}

/** Last millisecond of the local day: the start of the next local day minus 1 ms. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/** Days the clock has been paused by holds, counted up to `until` for a hold still open. */
function holdDaysUpTo(holds: readonly HoldPeriod[], until: LocalDate): number {
  let total = 0;
  for (const hold of holds) {
    if (hold.until !== null) {
      const days = daysBetween(hold.from, hold.until);
      if (days < 0) {
        throw new RangeError(`hold resumes (${hold.until}) before it starts (${hold.from})`);
      }
      total += days;
    } else {
      // Still on hold: the clock is paused, so the deadline moves with each day on hold.
      total += Math.max(0, daysBetween(hold.from, until));
    }
  }
  return total;
}

export function computeClock(input: ClockInput): ClockFigures {
  requireWholeDays(input.clarificationDays, 'clarificationDays');
  requireWholeDays(input.extensionDays, 'extensionDays');

  // The clock stops at the decision: figures are frozen at the decision date.
  const clockDate = input.decidedOn ?? input.today;
  const holdDays = holdDaysUpTo(input.holds, clockDate);
  const periodDays = input.clarificationDays + input.extensionDays + holdDays;
  const deadlineDate = addDays(input.acceptedOn, periodDays);
  const daysElapsed = daysBetween(input.acceptedOn, clockDate);
  const daysRemaining = daysBetween(clockDate, deadlineDate);
  const atRisk =
    input.decidedOn === null &&
    !input.goalPlanAgreed &&
    daysElapsed * RISK_DENOMINATOR >= periodDays * RISK_NUMERATOR;

  return {
    deadlineDate,
    deadline: endOfLocalDay(deadlineDate, input.timeZone),
    daysElapsed,
    daysRemaining,
    isOverdue: daysRemaining < 0,
    atRisk,
    periodDays,
    holdDays,
  };
}
