import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from 'src/common/graphql/domain-error';

// RFC 3339 date-time with seconds and an explicit offset: no local time, no date alone.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Whether year-month-day is a day of the calendar (year 1–9999). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The instant an RFC 3339 date-time names, or null when it is not one: the day must be on
 * the calendar, the time a real clock time (no leap second), and the offset explicit.
 */
export function parseDateTime(value: string): Date | null {
  const match = RFC3339.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const fraction = match[7] ?? '';
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!match[8]) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  // setUTCFullYear: Date.UTC would read the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

const MESSAGE =
  'A DateTime is an RFC 3339 date-time with seconds and an offset, e.g. 2026-03-01T10:00:00Z or 2026-03-01T10:00:00+01:00, on a real calendar day';

// Thrown as a DomainError: GraphQL wraps it with the variable path or the literal's place,
// and the error formatter names the argument path in `extensions.fields`.
function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseDateTime(value) : null;
  if (date) return date;
  throw badInput('INVALID_DATE_TIME', MESSAGE);
}

/**
 * An instant. Replaces @nestjs/graphql's built-in DateTime (`new Date(value)`, which read
 * 30 February as 2 March, a time without offset as UTC, and "1" as 2001).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description:
    'An instant, written as an RFC 3339 date-time with an explicit offset (Z or ±hh:mm), e.g. 2026-03-01T10:00:00Z. Answers are in UTC (Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
});
