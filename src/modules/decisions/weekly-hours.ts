/**
 * A decided service's time in hours a week (issue 16: tariff bands, delegated adjustment).
 * A service decided in hours counts its hours; one decided in visits counts its visits times
 * the minutes per visit the decision states, else the service catalogue's. A service with
 * neither (an alarm, an aid, a stay) has no weekly time: null.
 */
export interface DecidedAmount {
  hoursPerWeek: number | null;
  visitsPerWeek: number | null;
  /** Minutes per visit as the decision states them (null: the catalogue's). */
  minutesPerVisit: number | null;
}

export function weeklyHoursOf(
  service: DecidedAmount,
  catalogueMinutesPerVisit: number | null,
): number | null {
  if (service.hoursPerWeek !== null) return service.hoursPerWeek;
  if (service.visitsPerWeek === null) return null;
  const minutes = service.minutesPerVisit ?? catalogueMinutesPerVisit;
  if (minutes === null) return null;
  // Two decimals, as hours are decided: 7 visits of 20 minutes are 2.33 hours.
  return Math.round((service.visitsPerWeek * minutes * 100) / 60) / 100;
}
