import type { SingleBar } from 'cli-progress';
import type { PoolClient } from 'pg';
import { addDays, daysBetween } from 'src/modules/cases/model';
import {
  type ServiceLevel,
  stepOf,
  TariffBand,
  TariffCategory,
  tariffBandOf,
  weeklyHoursOf,
  weeklyPriceOf,
} from 'src/modules/decisions/model';
import { FIRST_VALUES } from 'src/modules/settings/model';
import { CopyWriter } from './copy-writer';
import { atWorkingHour, type Case, LANGUAGE } from './model';
import type { Prng } from './prng';

/**
 * Phase "decisions" (issue 16, Syddjurs' tariff model): a decision for most decided cases,
 * with one to three services from the catalogue (hours, or visits counted by the catalogue's
 * minutes) and its tariff category, band and weekly price by the first values of the
 * settings, as recordDecision stores them. Every district runs the tariff model (a district
 * override), and the cases opened with it; the rest of the decided cases keep no decision
 * row, as before. The team budget's benchmark reads these.
 */

/** The share of decided cases that get a decision row. */
const WITH_DECISION = 0.9;
/** Of those, the share that grants nothing. */
const NO_SERVICES = 0.06;

interface CatalogueEntry {
  code: string;
  level: ServiceLevel;
  minutes: number | null;
}

const DECISION_COLUMNS = [
  'id',
  'case_id',
  'outcome',
  'service_level',
  'legal_basis_code',
  'justification',
  'decided_at',
  'decided_on',
  'decided_by',
  'is_late',
  'days_to_decision',
  'letter',
  'tariff_category',
  'tariff_band',
  'weekly_hours',
  'nursing_weeks',
  'weekly_price',
  'individual_justification',
];

const SERVICE_COLUMNS = [
  'id',
  'decision_id',
  'service_code',
  'hours_per_week',
  'visits_per_week',
  'from_date',
  'to_date',
];

export async function seedDecisions(
  client: PoolClient,
  r: Prng,
  cases: Case[],
  bar: SingleBar,
): Promise<number> {
  await client.query(
    `INSERT INTO district_settings (district_id, tariff_categories) SELECT id, true FROM districts
     ON CONFLICT (district_id) DO UPDATE SET tariff_categories = true`,
  );
  await client.query(
    `UPDATE assessment_cases SET settings = settings || '{"tariffCategories": true}'::jsonb`,
  );
  const catalogue = (
    await client.query<CatalogueEntry>(
      `SELECT code, level_code AS level, minutes_per_visit AS minutes FROM service_catalogue ORDER BY code`,
    )
  ).rows;
  const byLevel = new Map<ServiceLevel, CatalogueEntry[]>();
  for (const entry of catalogue)
    byLevel.set(entry.level, [...(byLevel.get(entry.level) ?? []), entry]);
  const levels = [...byLevel.keys()].filter((l) => stepOf(l) >= 2);
  const legalBasis = LANGUAGE === 'da' ? 'SEL_83' : 'HOL_3_2_6A';
  const decisions = new CopyWriter(client, 'decisions', DECISION_COLUMNS);
  const services = new CopyWriter(client, 'decision_services', SERVICE_COLUMNS);
  let written = 0;
  for (const [i, c] of cases.entries()) {
    if (i % 500 === 0) bar.update(i);
    if (!c.decidedOn || !r.chance(WITH_DECISION)) continue;
    const decidedBy = c.team.caseworkers[0] ?? c.coordinator;
    const id = r.uuid();
    const common = [
      id,
      c.id,
      null, // outcome
      null, // level
      legalBasis,
      'Kartleggingen viser behovet',
      atWorkingHour(r, c.decidedOn),
      c.decidedOn,
      decidedBy.id,
      false,
      daysBetween(c.acceptedOn, c.decidedOn),
      'Vedtak',
    ];
    written++;
    if (r.chance(NO_SERVICES)) {
      common[2] = 'NO_SERVICES';
      decisions.row([...common, null, null, 0, null, null, null]);
      continue;
    }
    const category = r.weighted([
      [TariffCategory.DEVELOPING, 3],
      [TariffCategory.MAINTAINING, 6],
      [TariffCategory.SHORT_NURSING, 1],
    ] as const);
    const level = c.lowestLevel && stepOf(c.lowestLevel) >= 2 ? c.lowestLevel : r.pick(levels);
    const offered = byLevel.get(level) ?? byLevel.get(levels[0])!;
    const from = addDays(c.decidedOn, r.int(0, 7));
    const nursingWeeks = category === TariffCategory.SHORT_NURSING ? r.int(1, 3) : null;
    const to =
      category === TariffCategory.DEVELOPING
        ? addDays(from, 12 * 7 - 1)
        : nursingWeeks !== null
          ? addDays(from, nursingWeeks * 7 - 1)
          : r.chance(0.3)
            ? addDays(from, r.int(90, 400))
            : null;
    let hours = 0;
    for (let s = 0, n = r.int(1, 3); s < n; s++) {
      const entry = offered[s % offered.length];
      // Visits for the services with a short visit length; hours for the rest. Most
      // decisions land in band 1 or 2, a few above band 3.
      const visits =
        entry.minutes !== null && entry.minutes <= 60 && r.chance(0.5) ? r.int(1, 14) : null;
      const perWeek = visits === null ? r.int(2, 24) * 0.25 : null;
      hours +=
        weeklyHoursOf(
          { hoursPerWeek: perWeek, visitsPerWeek: visits, minutesPerVisit: null },
          entry.minutes,
        ) ?? 0;
      services.row([r.uuid(), id, entry.code, perWeek, visits, from, to]);
    }
    hours = Math.round(hours * 100) / 100;
    const band = tariffBandOf(hours, FIRST_VALUES);
    common[2] = 'GRANTED';
    common[3] = level;
    decisions.row([
      ...common,
      category,
      band,
      hours,
      nursingWeeks,
      weeklyPriceOf(band, hours, FIRST_VALUES),
      band === TariffBand.INDIVIDUAL ? 'Omfattende behov for hjelp hele døgnet' : null,
    ]);
  }
  await decisions.close();
  await services.close();
  bar.update(cases.length);
  return written;
}
