import 'reflect-metadata';
import type { PoolClient } from 'pg';
import { AppConfig } from 'src/config/app-config';
import type { CaseStatus, LocalDate } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import { CopyWriter, type CopyValue } from './copy-writer';
import type { Prng } from './prng';

/**
 * What the phases of the scale seed share: the options, the organisation, the planned cases,
 * and small helpers. The municipality is the default one (AppConfig's defaults).
 */

const DEFAULTS = new AppConfig();
/** The municipality's time zone, clarification period and language, as the app defaults them. */
export const TZ = DEFAULTS.TZ_MUNICIPALITY;
export const CLARIFICATION_DAYS = DEFAULTS.CLARIFICATION_DAYS;
export const LANGUAGE = DEFAULTS.MUNICIPALITY_LANGUAGE;

/** The coping staircase, lowest step first (the order draws pick from). */
export const LEVELS: readonly ServiceLevel[] = Object.values(ServiceLevel);

export interface Options {
  patients: number;
  seed: number;
  jobs: number;
  reset: boolean;
  url: string;
}

/** The one clock of a run: every instant and "today" of the data derive from it. */
export interface Clock {
  now: Date;
  today: LocalDate;
}

export interface Staff {
  id: string;
  email: string;
  name: string;
  profession: string;
  teamIndex: number | null;
  unitIndex: number | null;
}

export interface Team {
  id: string;
  districtId: string;
  unitId: string;
  coordinators: Staff[];
  clinicians: Staff[];
  caseworkers: Staff[];
  homeCare: Staff[];
}

export interface Case {
  id: string;
  index: number;
  patientId: string;
  team: Team;
  status: CaseStatus;
  coordinator: Staff;
  acceptedOn: LocalDate;
  acceptedAt: Date;
  extensionDays: number;
  holdDays: number;
  onHoldSince: LocalDate | null;
  decidedOn: LocalDate | null;
  /** Handover, closure or cancellation instant; null while open. */
  endedAt: Date | null;
  handedOver: boolean;
  goalPlanAgreed: boolean;
  /** How many journal entries (originals) to write. */
  journalCount: number;
  /** From the assessments: the lowest suggested step, null without one. */
  lowestLevel: ServiceLevel | null;
  /** From the assessments: variables scored as a need for help, what goals are set on. */
  needs: Map<string, number> | null;
}

/** UTC instant at a local working hour: 07–14 UTC is the same local day in Oslo all year. */
export function atWorkingHour(r: Prng, date: LocalDate, minHourUtc = 6, maxHourUtc = 14): Date {
  const ms = Date.parse(`${date}T00:00:00Z`) + r.int(minHourUtc * 60, maxHourUtc * 60) * 60_000;
  return new Date(ms + r.int(0, 59) * 1000);
}

export function shuffle<T>(r: Prng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** COPY for the small organisation tables. */
export async function insertRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: CopyValue[][],
): Promise<void> {
  const writer = new CopyWriter(client, table, columns);
  for (const row of rows) writer.row(row);
  await writer.close();
}

/** The target of a domain rule's answer, or a stop: the seed only writes what the rules allow. */
export function allowed<T>(
  result: { ok: true; to: T } | { ok: false; reason: string; message: string },
  what: string,
): T {
  if (!result.ok) throw new Error(`seed:scale broke a domain rule (${what}): ${result.message}`);
  return result.to;
}
