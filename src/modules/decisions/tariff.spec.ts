import { describe, expect, it } from '@jest/globals';
import { FIRST_VALUES } from 'src/modules/settings/model';
import {
  addMonths,
  decisionWeeklyHours,
  TariffBand,
  tariffBandOf,
  TariffCategory,
  tariffFollowUpDate,
  tariffWeeks,
  weeklyPriceOf,
} from 'src/modules/decisions/tariff';

describe('tariff bands (Syddjurs)', () => {
  it.each([
    [0, TariffBand.BAND_1],
    [4.99, TariffBand.BAND_1],
    [5, TariffBand.BAND_2],
    [14.99, TariffBand.BAND_2],
    [15, TariffBand.BAND_3],
    [25, TariffBand.BAND_3],
    [25.01, TariffBand.INDIVIDUAL],
  ])('%s hours a week is %s', (hours, band) => {
    expect(tariffBandOf(hours, FIRST_VALUES)).toBe(band);
  });

  it('follows the limits of the settings', () => {
    const limits = { tariffBand1Below: 3, tariffBand2Below: 10, tariffBand3UpTo: 20 };
    expect(tariffBandOf(3, limits)).toBe(TariffBand.BAND_2);
    expect(tariffBandOf(20, limits)).toBe(TariffBand.BAND_3);
    expect(tariffBandOf(20.25, limits)).toBe(TariffBand.INDIVIDUAL);
  });

  it('sums the services, a service without weekly time adding nothing', () => {
    expect(decisionWeeklyHours([2.33, null, 2.67])).toBe(5);
    expect(decisionWeeklyHours([])).toBe(0);
    expect(decisionWeeklyHours([0.1, 0.2])).toBe(0.3);
  });
});

describe('weekly price', () => {
  it('is the band’s price, or hours × the hourly price for INDIVIDUAL', () => {
    expect(weeklyPriceOf(TariffBand.BAND_1, 4, FIRST_VALUES)).toBe(1_900);
    expect(weeklyPriceOf(TariffBand.BAND_2, 10, FIRST_VALUES)).toBe(5_700);
    expect(weeklyPriceOf(TariffBand.BAND_3, 25, FIRST_VALUES)).toBe(11_400);
    expect(weeklyPriceOf(TariffBand.INDIVIDUAL, 30, FIRST_VALUES)).toBe(17_100);
    // Rounded to the krone: 25.01 × 570 = 14 255.7.
    expect(weeklyPriceOf(TariffBand.INDIVIDUAL, 25.01, FIRST_VALUES)).toBe(14_256);
  });
});

describe('follow-up default', () => {
  it('DEVELOPING: 12 weeks', () => {
    expect(tariffFollowUpDate(TariffCategory.DEVELOPING, null, '2026-03-02', FIRST_VALUES)).toBe(
      '2026-05-25',
    );
  });
  it('MAINTAINING: 12 months, clamped to the month', () => {
    expect(tariffFollowUpDate(TariffCategory.MAINTAINING, null, '2026-03-02', FIRST_VALUES)).toBe(
      '2027-03-02',
    );
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
  it('SHORT_NURSING: the end of its nursing weeks, 3 by default', () => {
    expect(tariffFollowUpDate(TariffCategory.SHORT_NURSING, 1, '2026-03-02', FIRST_VALUES)).toBe(
      '2026-03-09',
    );
    expect(tariffFollowUpDate(TariffCategory.SHORT_NURSING, null, '2026-03-02', FIRST_VALUES)).toBe(
      '2026-03-23',
    );
  });
  it('follows the settings', () => {
    const values = { developingFollowUpWeeks: 6, maintainingFollowUpMonths: 3 };
    expect(tariffFollowUpDate(TariffCategory.DEVELOPING, null, '2026-03-02', values)).toBe(
      '2026-04-13',
    );
    expect(tariffFollowUpDate(TariffCategory.MAINTAINING, null, '2026-03-02', values)).toBe(
      '2026-06-02',
    );
  });
});

describe('tariff-weeks', () => {
  it('are days / 7 to two decimals', () => {
    expect(tariffWeeks(7)).toBe(1);
    expect(tariffWeeks(10)).toBe(1.43);
    expect(tariffWeeks(365)).toBe(52.14);
  });
});
