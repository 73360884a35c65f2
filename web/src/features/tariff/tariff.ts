/** The tariff model's rules as the API applies them (src/modules/decisions/tariff.ts), for a live view. */
export type Band = 'BAND_1' | 'BAND_2' | 'BAND_3' | 'INDIVIDUAL';

export interface TariffSettings {
  tariffBand1Below: number;
  tariffBand2Below: number;
  tariffBand3UpTo: number;
  tariffWeeklyPriceBand1: number;
  tariffWeeklyPriceBand2: number;
  tariffWeeklyPriceBand3: number;
  tariffHourlyPriceIndividual: number;
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

/** One service's hours a week: its hours, or visits × minutes (the decision's, else the catalogue's). */
export function serviceWeeklyHours(
  hoursPerWeek: number | null,
  visitsPerWeek: number | null,
  minutesPerVisit: number | null,
): number | null {
  if (hoursPerWeek !== null) return hoursPerWeek;
  if (visitsPerWeek === null || minutesPerVisit === null) return null;
  return Math.round((visitsPerWeek * minutesPerVisit * 100) / 60) / 100;
}

export function sumHours(hours: readonly (number | null)[]): number {
  return hundredths(hours.reduce<number>((sum, h) => sum + (h ?? 0), 0));
}

export function bandOf(hours: number, s: TariffSettings): Band {
  if (hours < s.tariffBand1Below) return 'BAND_1';
  if (hours < s.tariffBand2Below) return 'BAND_2';
  if (hours <= s.tariffBand3UpTo) return 'BAND_3';
  return 'INDIVIDUAL';
}

export function priceOf(band: Band, hours: number, s: TariffSettings): number {
  if (band === 'BAND_1') return s.tariffWeeklyPriceBand1;
  if (band === 'BAND_2') return s.tariffWeeklyPriceBand2;
  if (band === 'BAND_3') return s.tariffWeeklyPriceBand3;
  return Math.round(hours * s.tariffHourlyPriceIndividual);
}
