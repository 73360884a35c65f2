import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { ServiceLevel, TariffCategory } from 'src/modules/decisions/model';
import { HandoverDestination } from 'src/modules/handover/model';
import { DirectResolutionOutcome } from 'src/modules/referrals/model';
import {
  type Statistics,
  type StatisticsArgs,
  statisticsId,
} from 'src/modules/statistics/statistics.types';

/** Groups of fewer people than this are not shown (small-number suppression). */
export const MIN_GROUP = 5;

/** Days to two decimals (percentiles interpolate). */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

export function suppress(count: number): number | null {
  return count > 0 && count < MIN_GROUP ? null : count;
}

/** Outcome figures computed in SQL; they hold no names and are not person data. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async statistics(caller: Caller, args: StatisticsArgs): Promise<Statistics> {
    this.policy.require(caller, 'statistics', { districtId: args.districtId });
    const params = [args.districtId, args.from, args.to, this.config.TZ_MUNICIPALITY];
    const inDistrict = `c.team_id IN (SELECT id FROM assessment_teams WHERE district_id = $1)`;
    const [counts] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM assessment_cases c WHERE ${inDistrict} AND c.accepted_at >= $2 AND c.accepted_at < $3) AS opened,
         (SELECT count(*)::int FROM decisions d JOIN assessment_cases c ON c.id = d.case_id
           WHERE ${inDistrict} AND d.decided_at >= $2 AND d.decided_at < $3) AS decided,
         (SELECT count(DISTINCT h.case_id)::int FROM handovers h JOIN assessment_cases c ON c.id = h.case_id
           WHERE ${inDistrict} AND h.status <> 'RETURNED' AND h.sent_at >= $2 AND h.sent_at < $3) AS handed_over,
         $4::text AS tz`,
      params,
    )) as { opened: number; decided: number; handed_over: number }[];
    // Decisions of the period with their first referral (received at, local date) and the steps.
    const decided = `
      SELECT d.*, c.accepted_on,
             (SELECT min(r.received_at) FROM referrals r WHERE r.case_id = c.id) AS received_at,
             dl.step AS decided_step, rl.step AS requested_step
        FROM decisions d JOIN assessment_cases c ON c.id = d.case_id
        LEFT JOIN service_levels dl ON dl.code = d.service_level
        LEFT JOIN service_levels rl ON rl.code = d.requested_level
       WHERE ${inDistrict} AND d.decided_at >= $2 AND d.decided_at < $3 AND $4::text IS NOT NULL`;
    const [figures] = (await this.dataSource.query(
      `WITH p AS (${decided})
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.decided_on - (p.received_at AT TIME ZONE $4)::date) AS ref_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY p.decided_on - (p.received_at AT TIME ZONE $4)::date) AS ref_p90,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY p.days_to_decision) AS acc_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY p.days_to_decision) AS acc_p90,
              avg(CASE WHEN p.is_late THEN 0 ELSE 1 END)::float AS within,
              count(*) FILTER (WHERE p.requested_step IS NOT NULL AND coalesce(p.decided_step, 0) < p.requested_step)::int AS lower,
              count(*) FILTER (WHERE p.requested_step IS NOT NULL AND p.decided_step = p.requested_step)::int AS same,
              count(*) FILTER (WHERE p.requested_step IS NOT NULL AND p.decided_step > p.requested_step)::int AS higher
         FROM p`,
      params,
    )) as {
      ref_median: number | null;
      ref_p90: number | null;
      acc_median: number | null;
      acc_p90: number | null;
      within: number | null;
      lower: number;
      same: number;
      higher: number;
    }[];
    const levels = (await this.dataSource.query(
      `WITH p AS (${decided}) SELECT p.service_level AS level, count(*)::int AS n FROM p GROUP BY p.service_level`,
      params,
    )) as { level: ServiceLevel | null; n: number }[];
    const destinations = (await this.dataSource.query(
      `SELECT h.destination, count(DISTINCT h.case_id)::int AS n FROM handovers h JOIN assessment_cases c ON c.id = h.case_id
        WHERE ${inDistrict} AND h.status <> 'RETURNED' AND h.sent_at >= $2 AND h.sent_at < $3 AND $4::text IS NOT NULL
        GROUP BY h.destination`,
      params,
    )) as { destination: HandoverDestination; n: number }[];
    const categories = (await this.dataSource.query(
      `WITH p AS (${decided}) SELECT p.tariff_category AS category, count(*)::int AS n FROM p GROUP BY p.tariff_category`,
      params,
    )) as { category: TariffCategory | null; n: number }[];
    const categoryOrder = [null, ...Object.values(TariffCategory)];
    const singleEntry = await this.singleEntryFigures(args.districtId, args.from, args.to);
    const coordination = (await this.dataSource.query(
      `SELECT c.coordination_level AS level, count(*)::int AS n FROM assessment_cases c
        WHERE ${inDistrict} AND c.accepted_at >= $2 AND c.accepted_at < $3 AND $4::text IS NOT NULL
        GROUP BY c.coordination_level ORDER BY c.coordination_level NULLS LAST`,
      params,
    )) as { level: number | null; n: number }[];
    const totalDecided = levels.reduce((sum, l) => sum + l.n, 0);
    const totalHandovers = destinations.reduce((sum, d) => sum + d.n, 0);
    const share = (n: number, total: number) =>
      suppress(n) === null || total === 0 ? null : n / total;
    const order = [null, ...Object.values(ServiceLevel)];
    return {
      id: statisticsId(args),
      from: args.from,
      to: args.to,
      districtId: args.districtId,
      casesOpened: counts.opened,
      casesDecided: counts.decided,
      casesHandedOver: counts.handed_over,
      daysReferralToDecision: { median: round(figures.ref_median), p90: round(figures.ref_p90) },
      daysAcceptanceToDecision: { median: round(figures.acc_median), p90: round(figures.acc_p90) },
      decidedWithinDeadlineShare: figures.within,
      perServiceLevel: levels
        .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
        .map((l) => ({
          serviceLevel: l.level,
          count: suppress(l.n),
          share: share(l.n, totalDecided),
          suppressed: suppress(l.n) === null,
        })),
      perDestination: destinations
        .sort((a, b) => a.destination.localeCompare(b.destination))
        .map((d) => ({
          destination: d.destination,
          count: suppress(d.n),
          share: share(d.n, totalHandovers),
          suppressed: suppress(d.n) === null,
        })),
      perTariffCategory: categories
        .sort((a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category))
        .map((c) => ({
          tariffCategory: c.category,
          count: suppress(c.n),
          share: share(c.n, totalDecided),
          suppressed: suppress(c.n) === null,
        })),
      perCoordinationLevel: coordination.map((l) => ({
        coordinationLevel: l.level,
        count: suppress(l.n),
        share: share(l.n, counts.opened),
        suppressed: suppress(l.n) === null,
      })),
      lowerThanRequested: suppress(figures.lower),
      sameAsRequested: suppress(figures.same),
      higherThanRequested: suppress(figures.higher),
      ...singleEntry,
    };
  }

  /**
   * One entry (Billund): inquiries resolved at first contact in the period (by when they were
   * resolved), and the callbacks in force that fell due in it: kept, and kept on time.
   */
  private async singleEntryFigures(
    districtId: string,
    from: Date,
    to: Date,
  ): Promise<
    Pick<
      Statistics,
      | 'resolvedAtFirstContact'
      | 'resolvedAtFirstContactByOutcome'
      | 'callbacksDue'
      | 'callbacksKept'
      | 'callbacksKeptOnTime'
    >
  > {
    const params = [districtId, from, to];
    const teams = `(SELECT id FROM assessment_teams WHERE district_id = $1)`;
    const outcomes = (await this.dataSource.query(
      `SELECT r.direct_outcome AS outcome, count(*)::int AS n FROM referrals r
        WHERE r.team_id IN ${teams} AND r.status = 'RESOLVED_DIRECTLY'
          AND r.triaged_at >= $2 AND r.triaged_at < $3
        GROUP BY r.direct_outcome`,
      params,
    )) as { outcome: DirectResolutionOutcome; n: number }[];
    const [callbacks] = (await this.dataSource.query(
      `SELECT count(*)::int AS due,
              count(*) FILTER (WHERE cb.kept_at IS NOT NULL)::int AS kept,
              count(*) FILTER (WHERE cb.kept_at <= cb.due_at)::int AS on_time
         FROM referral_callbacks cb JOIN referrals r ON r.id = cb.referral_id
        WHERE r.team_id IN ${teams} AND cb.replaced_at IS NULL
          AND cb.due_at >= $2 AND cb.due_at < $3`,
      params,
    )) as { due: number; kept: number; on_time: number }[];
    const order = Object.values(DirectResolutionOutcome);
    return {
      resolvedAtFirstContact: outcomes.reduce((sum, o) => sum + o.n, 0),
      resolvedAtFirstContactByOutcome: outcomes
        .sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))
        .map((o) => ({
          outcome: o.outcome,
          count: suppress(o.n),
          suppressed: suppress(o.n) === null,
        })),
      callbacksDue: callbacks.due,
      callbacksKept: callbacks.kept,
      callbacksKeptOnTime: callbacks.on_time,
    };
  }
}
