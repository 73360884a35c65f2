/*
 * Delegated adjustment (Kolding, after Svendborg): the pure rules. The receiving unit moves a
 * decided service's weekly time within a frame around the decided time; the team's
 * caseworkers confirm or reverse each move in their weekly review.
 */

/** A local calendar date, 'YYYY-MM-DD'. */
type LocalDate = string;

/** An ISO week, 'YYYY-Www' (ISO 8601: weeks start on Monday; week 1 holds the first Thursday). */
export type IsoWeek = string;

export const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

const MS_PER_DAY = 86_400_000;

function utcOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function dateOfUtc(time: number): LocalDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** The ISO week a local date falls in (the municipality's date of an instant). */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const time = utcOf(date);
  // ISO weekday 1 (Monday) … 7 (Sunday); the week belongs to the year of its Thursday.
  const weekday = ((new Date(time).getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(time + (4 - weekday) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / MS_PER_DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of an ISO week; null for no such week ('2026-W54', '2026-W00'). */
export function isoWeekDays(week: string): { monday: LocalDate; sunday: LocalDate } | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1) return null;
  // The Monday of week 1: the Monday on or before 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = ((new Date(jan4).getUTCDay() + 6) % 7) + 1;
  const monday = jan4 - (jan4Weekday - 1) * MS_PER_DAY + (number - 1) * 7 * MS_PER_DAY;
  const mondayDate = dateOfUtc(monday);
  // A week 53 that the year does not have belongs to the next year's week 1.
  if (isoWeekOf(mondayDate) !== week) return null;
  return { monday: mondayDate, sunday: dateOfUtc(monday + 6 * MS_PER_DAY) };
}

/** How the frame is measured (the settings' delegatedFrameKind). */
export type FrameKind = 'PERCENT' | 'HOURS';

/** The delegated frame of one service: how far from the decided time the unit may move it. */
export interface Frame {
  /** Hours a week up or down from the decided time. */
  limit: number;
  /** The lowest weekly time allowed (never below 0). */
  min: number;
  /** The highest weekly time allowed. */
  max: number;
}

/** Hours to two decimals, as services are decided. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * The frame around the decided time: `value` percent of it, or `value` hours a week, up and
 * down. It is measured from the decided time, so moves add up: every adjustment in force
 * together stays within it (cumulative).
 */
export function frameOf(
  decided: number,
  kind: FrameKind,
  value: number,
  /** The decision's own narrower frame for the service, hours a week (null: the setting's). */
  decisionLimit: number | null = null,
): Frame {
  const setting = kind === 'PERCENT' ? (decided * value) / 100 : value;
  const limit = roundHours(decisionLimit === null ? setting : Math.min(setting, decisionLimit));
  return {
    limit,
    min: Math.max(0, roundHours(decided - limit)),
    max: roundHours(decided + limit),
  };
}

/** Whether a new weekly time lies within the frame (to the hundredth of an hour). */
export function withinFrame(hours: number, frame: Frame): boolean {
  const h = roundHours(hours);
  return h >= frame.min && h <= frame.max;
}

export type Verdict = 'CONFIRMED' | 'REVERSED';

/** One adjustment as the rules see it, oldest first in a list. */
export interface AdjustmentStep {
  id: string;
  hoursPerWeek: number;
  previousHours: number;
  /** Its review: none while pending. */
  verdict: Verdict | null;
}

/**
 * The time in force: the newest adjustment not reversed (confirmed or pending), else the
 * decided time. A reversal is allowed only of the newest adjustment not reversed (see
 * `reversible`), so reversing one restores the time it started from.
 */
export function timeInForce(decided: number, adjustments: readonly AdjustmentStep[]): number {
  const standing = adjustments.filter((a) => a.verdict !== 'REVERSED');
  return standing.length ? standing[standing.length - 1].hoursPerWeek : decided;
}

/**
 * Whether an adjustment may be reversed now: it must be the newest one not reversed, or a
 * later move (which started from its time) would be left standing on a time that no longer
 * holds. Reverse the later one first.
 */
export function reversible(adjustmentId: string, adjustments: readonly AdjustmentStep[]): boolean {
  const standing = adjustments.filter((a) => a.verdict !== 'REVERSED');
  return standing.length > 0 && standing[standing.length - 1].id === adjustmentId;
}

/** Whether a service is in force on `today`: its period covers the day. */
export function inForce(
  period: { fromDate: LocalDate; toDate: LocalDate | null },
  today: LocalDate,
): boolean {
  return period.fromDate <= today && (period.toDate === null || period.toDate >= today);
}

/** Hours a week as people write them: "3,5" in nb/da. */
export function hoursText(hours: number, language: 'nb' | 'da' | 'en' = 'nb'): string {
  return new Intl.NumberFormat(
    language === 'en' ? 'en-GB' : language === 'nb' ? 'nb-NO' : 'da-DK',
    {
      maximumFractionDigits: 2,
    },
  ).format(hours);
}
