import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';

import {
  addDays,
  computeClock,
  daysBetween,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  type ClockInput,
} from 'src/modules/cases/clarification-period';

const OSLO = 'Europe/Oslo';

// A fresh 14-day case accepted Monday 2026-06-01 in Oslo, seen on the day of acceptance.
function clockInput(overrides: Partial<ClockInput> = {}): ClockInput {
  return {
    acceptedOn: '2026-06-01',
    clarificationDays: 14,
    extensionDays: 0,
    holds: [],
    decidedOn: null,
    goalPlanAgreed: false,
    today: '2026-06-01',
    timeZone: OSLO,
    ...overrides,
  };
}

describe(localDateOf.name, () => {
  it('gives the Oslo date when the instant is just before local midnight in summer', () => {
    // Arrange
    const instant = new Date('2026-06-30T21:59:59Z'); // 23:59:59 CEST

    // Act
    const date = localDateOf(instant, OSLO);

    // Assert
    expect(date).toBe('2026-06-30');
  });

  it('gives the next Oslo date when the instant is local midnight in summer', () => {
    // Arrange
    const instant = new Date('2026-06-30T22:00:00Z'); // 00:00 CEST, still June 30 in UTC

    // Act
    const date = localDateOf(instant, OSLO);

    // Assert
    expect(date).toBe('2026-07-01');
  });

  it('uses UTC+1 when the instant is in winter', () => {
    // Arrange
    const beforeMidnight = new Date('2026-01-15T22:59:59.999Z'); // 23:59:59.999 CET
    const atMidnight = new Date('2026-01-15T23:00:00Z'); // 00:00 CET

    // Act
    const dates = [localDateOf(beforeMidnight, OSLO), localDateOf(atMidnight, OSLO)];

    // Assert
    expect(dates).toEqual(['2026-01-15', '2026-01-16']);
  });

  it('counts the acceptance on the local date when it happens after midnight on the DST day', () => {
    // Arrange
    const instant = new Date('2026-03-28T23:30:00Z'); // 00:30 CET on 2026-03-29

    // Act
    const date = localDateOf(instant, OSLO);

    // Assert
    expect(date).toBe('2026-03-29');
  });

  it('rejects an invalid instant', () => {
    // Arrange
    const instant = new Date('not a date');

    // Act
    const act = (): string => localDateOf(instant, OSLO);

    // Assert
    expect(act).toThrow(RangeError);
  });
});

describe(addDays.name, () => {
  it('rolls over month end, year end and leap day when adding calendar days', () => {
    // Arrange
    const cases: Array<[string, number, string]> = [
      ['2026-01-25', 14, '2026-02-08'],
      ['2026-12-20', 14, '2027-01-03'],
      ['2028-02-15', 14, '2028-02-29'],
      ['2027-02-15', 14, '2027-03-01'],
      ['2026-03-15', 14, '2026-03-29'],
      ['2026-06-15', -14, '2026-06-01'],
    ];

    // Act
    const results = cases.map(([date, days]) => addDays(date, days));

    // Assert
    expect(results).toEqual(cases.map(([, , expected]) => expected));
  });

  it('rejects a date that is not a calendar date', () => {
    // Arrange
    const notADate = '2027-02-29';

    // Act
    const act = (): string => addDays(notADate, 1);

    // Assert
    expect(act).toThrow(RangeError);
  });
});

describe(daysBetween.name, () => {
  it('counts calendar days when the span crosses both DST changes', () => {
    // Arrange / Act
    const acrossSpring = daysBetween('2026-03-25', '2026-04-02');
    const acrossAutumn = daysBetween('2026-10-20', '2026-10-30');
    const backwards = daysBetween('2026-06-15', '2026-06-01');

    // Assert
    expect([acrossSpring, acrossAutumn, backwards]).toEqual([8, 10, -14]);
  });
});

describe(startOfLocalDay.name, () => {
  it('starts the Oslo day at local midnight when the day has a DST change', () => {
    // Arrange / Act
    const springForward = startOfLocalDay('2026-03-29', OSLO).toISOString();
    const fallBack = startOfLocalDay('2026-10-25', OSLO).toISOString();

    // Assert
    expect(springForward).toBe('2026-03-28T23:00:00.000Z');
    expect(fallBack).toBe('2026-10-24T22:00:00.000Z');
  });

  it('starts the day at the first existing instant when DST skips midnight', () => {
    // Arrange: Chile moves 00:00 to 01:00 on 2026-09-06, so that day has no midnight.
    const santiago = 'America/Santiago';

    // Act
    const start = startOfLocalDay('2026-09-06', santiago).toISOString();

    // Assert
    expect(start).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe(endOfLocalDay.name, () => {
  it('ends the Oslo day at 23:59:59.999 local when the day has a DST change', () => {
    // Arrange / Act
    const dayBeforeSpring = endOfLocalDay('2026-03-28', OSLO).toISOString();
    const springForward = endOfLocalDay('2026-03-29', OSLO).toISOString();
    const fallBack = endOfLocalDay('2026-10-25', OSLO).toISOString();

    // Assert
    expect(dayBeforeSpring).toBe('2026-03-28T22:59:59.999Z');
    expect(springForward).toBe('2026-03-29T21:59:59.999Z');
    expect(fallBack).toBe('2026-10-25T22:59:59.999Z');
  });

  it('ends each local day one millisecond before the next one starts for any date', () => {
    // Arrange
    const timeZones = fc.constantFrom(OSLO, 'Europe/Copenhagen', 'America/Santiago', 'UTC');
    const acceptedAt = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const dayCounts = fc.integer({ min: 0, max: 400 });

    // Act / Assert
    fc.assert(
      fc.property(acceptedAt, dayCounts, timeZones, (instant, days, timeZone) => {
        const date = addDays(localDateOf(instant, timeZone), days);
        const end = endOfLocalDay(date, timeZone);
        const start = startOfLocalDay(date, timeZone);

        expect(localDateOf(end, timeZone)).toBe(date);
        expect(localDateOf(new Date(end.getTime() + 1), timeZone)).toBe(addDays(date, 1));
        expect(localDateOf(start, timeZone)).toBe(date);
        expect(localDateOf(new Date(start.getTime() - 1), timeZone)).toBe(addDays(date, -1));
      }),
    );
  });
});

describe(computeClock.name, () => {
  it('counts the deadline to Monday the 15th, end of day, when accepted Monday the 1st', () => {
    // Arrange
    const input = clockInput({ acceptedOn: localDateOf(new Date('2026-06-01T08:30:00Z'), OSLO) });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-06-15');
    expect(clock.deadline.toISOString()).toBe('2026-06-15T21:59:59.999Z');
    expect(clock.periodDays).toBe(14);
    expect(clock.holdDays).toBe(0);
  });

  it('counts 0 elapsed and 14 remaining when today is the acceptance day', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-01' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({ daysElapsed: 0, daysRemaining: 14, isOverdue: false });
  });

  it('counts 0 remaining and not overdue when today is the last day', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-15' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({ daysElapsed: 14, daysRemaining: 0, isOverdue: false });
  });

  it('counts -1 remaining and overdue when today is the day after the deadline', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-16' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({ daysElapsed: 15, daysRemaining: -1, isOverdue: true });
  });

  it('counts the deadline to the spring-forward day when accepted two weeks before it', () => {
    // Arrange: Oslo moves from UTC+1 to UTC+2 on 2026-03-29.
    const input = clockInput({ acceptedOn: '2026-03-15', today: '2026-03-15' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-03-29');
    expect(clock.deadline.toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });

  it('counts 14 calendar days when accepted on the spring-forward day', () => {
    // Arrange
    const input = clockInput({
      acceptedOn: localDateOf(new Date('2026-03-28T23:30:00Z'), OSLO),
      today: '2026-03-30',
    });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-04-12');
    expect(clock.deadline.toISOString()).toBe('2026-04-12T21:59:59.999Z');
    expect(clock.daysElapsed).toBe(1);
    expect(clock.daysRemaining).toBe(13);
  });

  it('counts the deadline to the fall-back day when accepted two weeks before it', () => {
    // Arrange: Oslo moves from UTC+2 back to UTC+1 on 2026-10-25 (a 25-hour day).
    const input = clockInput({ acceptedOn: '2026-10-11', today: '2026-10-25' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-10-25');
    expect(clock.deadline.toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(clock.daysRemaining).toBe(0);
  });

  it('counts 14 calendar days when accepted on the fall-back day', () => {
    // Arrange
    const input = clockInput({ acceptedOn: '2026-10-25', today: '2026-10-25' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-11-08');
    expect(clock.deadline.toISOString()).toBe('2026-11-08T22:59:59.999Z');
  });

  it('rolls the deadline into the next month when accepted near month end', () => {
    // Arrange
    const input = clockInput({ acceptedOn: '2026-01-25', today: '2026-01-31' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2026-02-08');
    expect(clock.deadline.toISOString()).toBe('2026-02-08T22:59:59.999Z');
    expect(clock.daysElapsed).toBe(6);
    expect(clock.daysRemaining).toBe(8);
  });

  it('rolls the deadline into the next year when accepted before Christmas', () => {
    // Arrange
    const input = clockInput({ acceptedOn: '2026-12-20', today: '2027-01-01' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.deadlineDate).toBe('2027-01-03');
    expect(clock.deadline.toISOString()).toBe('2027-01-03T22:59:59.999Z');
    expect(clock.daysElapsed).toBe(12);
    expect(clock.daysRemaining).toBe(2);
  });

  it('counts the leap day when the period spans the end of February 2028', () => {
    // Arrange
    const endsOnLeapDay = clockInput({ acceptedOn: '2028-02-15', today: '2028-02-15' });
    const spansLeapDay = clockInput({ acceptedOn: '2028-02-20', today: '2028-03-01' });

    // Act
    const first = computeClock(endsOnLeapDay);
    const second = computeClock(spansLeapDay);

    // Assert
    expect(first.deadlineDate).toBe('2028-02-29');
    expect(first.deadline.toISOString()).toBe('2028-02-29T22:59:59.999Z');
    expect(second.deadlineDate).toBe('2028-03-05');
    expect(second.daysElapsed).toBe(10);
    expect(second.daysRemaining).toBe(4);
  });

  it('adds exactly the calendar days on hold when the hold spans the spring DST change', () => {
    // Arrange: the clock pauses while the person is in hospital (2026-03-25 to 2026-04-02).
    const input = clockInput({
      acceptedOn: '2026-03-20',
      today: '2026-04-03',
      holds: [{ from: '2026-03-25', until: '2026-04-02' }],
    });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.holdDays).toBe(8);
    expect(clock.periodDays).toBe(22);
    expect(clock.deadlineDate).toBe('2026-04-11');
    expect(clock.deadline.toISOString()).toBe('2026-04-11T21:59:59.999Z');
    expect(clock.daysRemaining).toBe(8);
  });

  it('adds exactly the calendar days on hold when the hold spans the autumn DST change', () => {
    // Arrange
    const input = clockInput({
      acceptedOn: '2026-10-15',
      today: '2026-11-01',
      holds: [{ from: '2026-10-20', until: '2026-10-30' }],
    });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.holdDays).toBe(10);
    expect(clock.deadlineDate).toBe('2026-11-08');
    expect(clock.deadline.toISOString()).toBe('2026-11-08T22:59:59.999Z');
  });

  it('adds nothing when the case is put on hold and resumed the same day', () => {
    // Arrange
    const input = clockInput({ holds: [{ from: '2026-06-05', until: '2026-06-05' }] });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.holdDays).toBe(0);
    expect(clock.deadlineDate).toBe('2026-06-15');
  });

  it('moves the deadline with today when the hold is still open', () => {
    // Arrange: the clock stays paused until the case resumes.
    const holds = [{ from: '2026-06-05', until: null }];
    const threeDaysIn = clockInput({ holds, today: '2026-06-08' });
    const fiveDaysIn = clockInput({ holds, today: '2026-06-10' });

    // Act
    const earlier = computeClock(threeDaysIn);
    const later = computeClock(fiveDaysIn);

    // Assert
    expect(earlier).toMatchObject({ holdDays: 3, deadlineDate: '2026-06-18', daysRemaining: 10 });
    expect(later).toMatchObject({ holdDays: 5, deadlineDate: '2026-06-20', daysRemaining: 10 });
    expect(later.deadline.toISOString()).toBe('2026-06-20T21:59:59.999Z');
  });

  it('adds nothing for an open hold when it starts today', () => {
    // Arrange
    const input = clockInput({ holds: [{ from: '2026-06-05', until: null }], today: '2026-06-05' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.holdDays).toBe(0);
    expect(clock.deadlineDate).toBe('2026-06-15');
  });

  it('adds extension days and hold days together when both apply', () => {
    // Arrange: one week's extension, and two days on hold while waiting for the GP.
    const extended = clockInput({ extensionDays: 7, today: '2026-06-10' });
    const extendedAndHeld = clockInput({
      extensionDays: 7,
      today: '2026-06-10',
      holds: [{ from: '2026-06-03', until: '2026-06-05' }],
    });

    // Act
    const first = computeClock(extended);
    const second = computeClock(extendedAndHeld);

    // Assert
    expect(first).toMatchObject({ deadlineDate: '2026-06-22', periodDays: 21, daysRemaining: 12 });
    expect(second).toMatchObject({
      deadlineDate: '2026-06-24',
      periodDays: 23,
      holdDays: 2,
      daysRemaining: 14,
    });
    expect(second.deadline.toISOString()).toBe('2026-06-24T21:59:59.999Z');
  });

  it('freezes the figures at the decision date when the case is decided', () => {
    // Arrange: the clock stops when the decision is made, however long ago that was.
    const input = clockInput({ decidedOn: '2026-06-12', today: '2026-07-01' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({
      deadlineDate: '2026-06-15',
      daysElapsed: 11,
      daysRemaining: 3,
      isOverdue: false,
      atRisk: false,
    });
  });

  it('counts an open hold up to the decision date when the case is decided while on hold', () => {
    // Arrange
    const input = clockInput({
      holds: [{ from: '2026-06-10', until: null }],
      decidedOn: '2026-06-12',
      today: '2026-07-01',
    });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({ holdDays: 2, deadlineDate: '2026-06-17', daysRemaining: 5 });
  });

  it('keeps a late decision overdue when the case was decided after the deadline', () => {
    // Arrange
    const input = clockInput({ decidedOn: '2026-06-17', today: '2026-08-01' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock).toMatchObject({ daysElapsed: 16, daysRemaining: -2, isOverdue: true });
  });

  it('counts not at risk on day 9 of a 14-day period', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-10' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.daysElapsed).toBe(9);
    expect(clock.atRisk).toBe(false);
  });

  it('counts at risk on day 10 of a 14-day period when no goal plan is agreed', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-11' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.daysElapsed).toBe(10);
    expect(clock.atRisk).toBe(true);
  });

  it('counts not at risk on day 10 when the goal plan is agreed', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-11', goalPlanAgreed: true });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.atRisk).toBe(false);
  });

  it('counts not at risk when the case is decided on day 10', () => {
    // Arrange
    const input = clockInput({ today: '2026-06-11', decidedOn: '2026-06-11' });

    // Act
    const clock = computeClock(input);

    // Assert
    expect(clock.daysElapsed).toBe(10);
    expect(clock.atRisk).toBe(false);
  });

  it('counts at risk only from day 15 when the period is extended to 20 days', () => {
    // Arrange: 20 × 10 / 14 = 14.28…, so day 14 is still safe.
    const day14 = clockInput({ extensionDays: 6, today: '2026-06-15' });
    const day15 = clockInput({ extensionDays: 6, today: '2026-06-16' });

    // Act
    const before = computeClock(day14);
    const from = computeClock(day15);

    // Assert
    expect(before).toMatchObject({ periodDays: 20, daysElapsed: 14, atRisk: false });
    expect(from).toMatchObject({ periodDays: 20, daysElapsed: 15, atRisk: true });
  });

  it('rejects a hold that resumes before it starts', () => {
    // Arrange
    const input = clockInput({ holds: [{ from: '2026-06-05', until: '2026-06-04' }] });

    // Act
    const act = (): unknown => computeClock(input);

    // Assert
    expect(act).toThrow(RangeError);
  });
});
