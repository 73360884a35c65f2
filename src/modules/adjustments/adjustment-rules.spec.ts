import { describe, expect, it } from '@jest/globals';
import {
  frameOf,
  isoWeekDays,
  isoWeekOf,
  reversible,
  timeInForce,
  withinFrame,
} from 'src/modules/adjustments/adjustment-rules';

describe('delegated adjustment rules', () => {
  it('names the ISO week of a local date, across year ends', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49'); // a Monday
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48'); // the Sunday before
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // 2026 has 53 weeks
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2024-12-31')).toBe('2025-W01');
  });

  it('gives the days of an ISO week, and null for a week the year does not have', () => {
    expect(isoWeekDays('2026-W49')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(isoWeekDays('2026-W01')).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' });
    expect(isoWeekDays('2026-W53')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(isoWeekDays('2025-W53')).toBeNull();
    expect(isoWeekDays('2026-W00')).toBeNull();
    expect(isoWeekDays('2026-49')).toBeNull();
  });

  it('measures the frame from the decided time, in percent or in hours, never below zero', () => {
    expect(frameOf(3, 'PERCENT', 20)).toEqual({ limit: 0.6, min: 2.4, max: 3.6 });
    expect(frameOf(3, 'HOURS', 1)).toEqual({ limit: 1, min: 2, max: 4 });
    expect(frameOf(0.5, 'HOURS', 1)).toEqual({ limit: 1, min: 0, max: 1.5 });
    expect(withinFrame(3.6, frameOf(3, 'PERCENT', 20))).toBe(true);
    expect(withinFrame(3.61, frameOf(3, 'PERCENT', 20))).toBe(false);
    expect(withinFrame(2.39, frameOf(3, 'PERCENT', 20))).toBe(false);
  });

  it('keeps the newest adjustment not reversed in force, and reverses only that one', () => {
    const a = { id: 'a', previousHours: 3, hoursPerWeek: 3.5, verdict: 'CONFIRMED' as const };
    const b = { id: 'b', previousHours: 3.5, hoursPerWeek: 3.2, verdict: null };
    expect(timeInForce(3, [])).toBe(3);
    expect(timeInForce(3, [a, b])).toBe(3.2);
    expect(reversible('a', [a, b])).toBe(false);
    expect(reversible('b', [a, b])).toBe(true);
    const bReversed = { ...b, verdict: 'REVERSED' as const };
    expect(timeInForce(3, [a, bReversed])).toBe(3.5);
    expect(reversible('a', [a, bReversed])).toBe(true);
    expect(timeInForce(3, [{ ...a, verdict: 'REVERSED' }, bReversed])).toBe(3);
  });
});
