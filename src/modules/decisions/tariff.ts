import { registerEnumType } from '@nestjs/graphql';
import { addDays } from 'src/modules/cases/model';
import type { SettingValues } from 'src/modules/settings/model';

/*
 * Syddjurs' tariff model (issue 16): a decision carries a category, and the sum of its
 * services' weekly hours a band with a weekly price. Pure rules; the settings are the case's
 * own (the values it opened with), and the band and price are stored on the decision when it
 * is recorded, so a later change of the settings never re-prices a decision already made.
 */

export enum TariffCategory {
  DEVELOPING = 'DEVELOPING',
  MAINTAINING = 'MAINTAINING',
  SHORT_NURSING = 'SHORT_NURSING',
}
registerEnumType(TariffCategory, {
  name: 'TariffCategory',
  description: 'What a decision aims at (Syddjurs), and with it the default follow-up.',
  valuesMap: {
    DEVELOPING: {
      description:
        'A goal of substantial improvement; reassessment after developingFollowUpWeeks (12) weeks.',
    },
    MAINTAINING: {
      description: 'Keep function; follow-up every maintainingFollowUpMonths (12) months.',
    },
    SHORT_NURSING: {
      description: 'Nursing for 1–3 weeks (nursingWeeks); follow-up when the period ends.',
    },
  } satisfies Record<keyof typeof TariffCategory, { description: string }>,
});

export enum TariffBand {
  BAND_1 = 'BAND_1',
  BAND_2 = 'BAND_2',
  BAND_3 = 'BAND_3',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(TariffBand, {
  name: 'TariffBand',
  description: "A decision's band, from its weekly hours (the limits are settings).",
  valuesMap: {
    BAND_1: { description: 'At least 0 and under tariffBand1Below (5) hours a week.' },
    BAND_2: { description: 'From tariffBand1Below and under tariffBand2Below (15) hours a week.' },
    BAND_3: {
      description: 'From tariffBand2Below up to and including tariffBand3UpTo (25) hours a week.',
    },
    INDIVIDUAL: {
      description:
        'Above tariffBand3UpTo: priced per decided hour, and the decision says why (individualJustification).',
    },
  } satisfies Record<keyof typeof TariffBand, { description: string }>,
});

/** The nursing weeks of a SHORT_NURSING decision when the caseworker names none. */
export const DEFAULT_NURSING_WEEKS = 3;

type BandLimits = Pick<SettingValues, 'tariffBand1Below' | 'tariffBand2Below' | 'tariffBand3UpTo'>;
type Prices = Pick<
  SettingValues,
  | 'tariffWeeklyPriceBand1'
  | 'tariffWeeklyPriceBand2'
  | 'tariffWeeklyPriceBand3'
  | 'tariffHourlyPriceIndividual'
>;

/** Hours to two decimals, as they are decided (sums of two-decimal figures stay exact). */
function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A decision's weekly hours: the sum of its services' (a service without weekly time adds 0). */
export function decisionWeeklyHours(perService: readonly (number | null)[]): number {
  return hundredths(perService.reduce<number>((sum, h) => sum + (h ?? 0), 0));
}

/** The band of a number of weekly hours: band 3 includes its upper limit, above is INDIVIDUAL. */
export function tariffBandOf(weeklyHours: number, limits: BandLimits): TariffBand {
  if (weeklyHours < limits.tariffBand1Below) return TariffBand.BAND_1;
  if (weeklyHours < limits.tariffBand2Below) return TariffBand.BAND_2;
  if (weeklyHours <= limits.tariffBand3UpTo) return TariffBand.BAND_3;
  return TariffBand.INDIVIDUAL;
}

/**
 * The price of one week, whole kroner: the band's weekly price, or for INDIVIDUAL the decided
 * hours times the hourly price (rounded to the krone).
 */
export function weeklyPriceOf(band: TariffBand, weeklyHours: number, prices: Prices): number {
  switch (band) {
    case TariffBand.BAND_1:
      return prices.tariffWeeklyPriceBand1;
    case TariffBand.BAND_2:
      return prices.tariffWeeklyPriceBand2;
    case TariffBand.BAND_3:
      return prices.tariffWeeklyPriceBand3;
    case TariffBand.INDIVIDUAL:
      return Math.round(weeklyHours * prices.tariffHourlyPriceIndividual);
  }
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The follow-up date a category gives a handover on `handedOverOn`: DEVELOPING after
 * developingFollowUpWeeks weeks, MAINTAINING after maintainingFollowUpMonths months,
 * SHORT_NURSING when its nursing weeks end.
 */
export function tariffFollowUpDate(
  category: TariffCategory,
  nursingWeeks: number | null,
  handedOverOn: string,
  values: Pick<SettingValues, 'developingFollowUpWeeks' | 'maintainingFollowUpMonths'>,
): string {
  switch (category) {
    case TariffCategory.DEVELOPING:
      return addDays(handedOverOn, 7 * values.developingFollowUpWeeks);
    case TariffCategory.MAINTAINING:
      return addMonths(handedOverOn, values.maintainingFollowUpMonths);
    case TariffCategory.SHORT_NURSING:
      return addDays(handedOverOn, 7 * (nursingWeeks ?? DEFAULT_NURSING_WEEKS));
  }
}

/** Tariff-weeks of `days` days: days / 7 to two decimals. */
export function tariffWeeks(days: number): number {
  return hundredths(days / 7);
}

/** The tariff of a case's decision, as the handover's follow-up default needs it. */
export interface DecisionTariff {
  tariffCategory: TariffCategory | null;
  nursingWeeks: number | null;
}
