import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Kind } from 'graphql';
import { DateTimeScalar, parseDateTime } from 'src/common/graphql/date-time.scalar';
import { isLocalDate, LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { DomainError } from 'src/common/graphql/domain-error';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseDateTime (RFC 3339 with an explicit offset)', () => {
  it.each([
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00:00+01:00', '2026-03-01T09:00:00.000Z'],
    ['2026-03-01T00:30:00-02:30', '2026-03-01T03:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ['2026-03-01T10:00:00.123456789Z', '2026-03-01T10:00:00.123Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (input, instant) => {
    expect(parseDateTime(input)?.toISOString()).toBe(instant);
  });

  it.each([
    '2026-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-03-01T10:00:00',
    '2026-03-01T10:00Z',
    '2026-03-01',
    '1',
    '',
    '2026-03-01T24:00:00Z',
    '2026-03-01T10:60:00Z',
    '2026-03-01T10:00:60Z',
    '2026-03-01T10:00:00+24:00',
    '2026-03-01T10:00:00+01:60',
    '2026-03-01T10:00:00+0100',
    '2026-03-01 10:00:00Z',
    '2026-03-01T10:00:00.Z',
    '0000-01-01T00:00:00Z',
    '+2026-03-01T10:00:00Z',
    ' 2026-03-01T10:00:00Z',
    '2026-03-01T10:00:00Z\n',
    'Sun, 01 Mar 2026 10:00:00 GMT',
  ])('refuses %j', (input) => {
    expect(parseDateTime(input)).toBeNull();
  });

  it('reads back every instant it writes (toISOString), and its offset forms', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offset) => {
          expect(parseDateTime(date.toISOString())?.getTime()).toBe(date.getTime());
          // The same instant written in another offset.
          const local = new Date(date.getTime() + offset * 60_000);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const text = `${local.toISOString().slice(0, 23)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          if (local.getUTCFullYear() >= 1 && local.getUTCFullYear() <= 9999) {
            expect(parseDateTime(text)?.getTime()).toBe(date.getTime());
          }
        },
      ),
    );
  });

  it('accepts a date-time exactly when its day is on the calendar and its time on the clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        (year, month, day, hour, minute) => {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00Z`;
          const reference = new Date(0);
          reference.setUTCFullYear(year, month - 1, day);
          const onCalendar =
            month >= 1 &&
            month <= 12 &&
            reference.getUTCMonth() === month - 1 &&
            reference.getUTCDate() === day;
          const onClock = hour <= 23 && minute <= 59;
          expect(parseDateTime(text) !== null).toBe(onCalendar && onClock);
        },
      ),
    );
  });
});

describe(DateTimeScalar.name, () => {
  it('refuses as BAD_USER_INPUT / INVALID_DATE_TIME, as a variable and as a literal', () => {
    for (const parse of [
      () => DateTimeScalar.parseValue('2026-02-30T10:00:00Z'),
      () => DateTimeScalar.parseValue(1772359200000),
      () => DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '1' }),
      () => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' }),
    ]) {
      expect(parse).toThrow(DomainError);
      try {
        parse();
      } catch (error) {
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
      }
    }
  });

  it('answers instants in UTC as before', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-01T10:00:00+01:00'))).toBe(
      '2026-03-01T09:00:00.000Z',
    );
  });
});

describe(LocalDateScalar.name, () => {
  it('accepts real calendar days only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('0001-01-01')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '0000-01-01',
      '2026-3-1',
      '2026-03-01T00:00:00Z',
    ]) {
      expect(isLocalDate(bad)).toBe(false);
    }
    expect(() => LocalDateScalar.parseValue('2026-02-30')).toThrow(DomainError);
    expect(LocalDateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
  });
});
