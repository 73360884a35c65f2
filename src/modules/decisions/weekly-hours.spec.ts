import { weeklyHoursOf } from 'src/modules/decisions/weekly-hours';

describe('weeklyHoursOf', () => {
  it('counts hours decided in hours as they are', () => {
    expect(
      weeklyHoursOf({ hoursPerWeek: 3.5, visitsPerWeek: null, minutesPerVisit: null }, 30),
    ).toBe(3.5);
  });

  it('counts visits by the minutes the decision states before the catalogue’s', () => {
    expect(weeklyHoursOf({ hoursPerWeek: null, visitsPerWeek: 7, minutesPerVisit: 45 }, 30)).toBe(
      5.25,
    );
    expect(weeklyHoursOf({ hoursPerWeek: null, visitsPerWeek: 7, minutesPerVisit: null }, 30)).toBe(
      3.5,
    );
  });

  it('rounds to two decimals', () => {
    expect(weeklyHoursOf({ hoursPerWeek: null, visitsPerWeek: 7, minutesPerVisit: 20 }, null)).toBe(
      2.33,
    );
  });

  it('has no weekly time for visits without minutes anywhere', () => {
    expect(
      weeklyHoursOf({ hoursPerWeek: null, visitsPerWeek: 2, minutesPerVisit: null }, null),
    ).toBeNull();
  });
});
