import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { AccessPolicyService } from 'src/modules/access';
import { addDays, daysBetween } from 'src/modules/cases/model';
import { TariffBand, TariffCategory } from 'src/modules/decisions/model';
import { findTeam, IdentityErrors } from 'src/modules/identity/model';
import { SettingsService } from 'src/modules/settings';
import { SettingsErrors } from 'src/modules/settings/model';
import { StatisticsErrors } from 'src/modules/statistics/statistics.errors';
import type {
  BudgetFigures,
  BudgetLine,
  TeamBudget,
  TeamBudgetArgs,
} from 'src/modules/statistics/team-budget.types';

/** The longest period a budget covers (a leap year). */
export const MAX_BUDGET_DAYS = 366;

interface Row {
  period: 'current' | 'previous';
  category: TariffCategory;
  band: TariffBand;
  decisions: number;
  weeks: string;
  amount: string;
}

/** Two decimals, as kroner and weeks are given. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

const ZERO: BudgetFigures = { decisions: 0, tariffWeeks: 0, amount: 0 };

/**
 * The team's tariff budget (Syddjurs): from the decisions in force in a period, per category
 * and band, their tariff-weeks and amount, and the previous period of equal length. A
 * decision is in force from its services' first day to their last (open-ended if one is); a
 * case has one decision. Each decision counts by the band and weekly price stored when it was
 * decided, so a later change of the settings never re-prices the past. Counts and sums only.
 */
@Injectable()
export class TeamBudgetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly settings: SettingsService,
  ) {}

  async teamBudget(caller: Caller, args: TeamBudgetArgs): Promise<TeamBudget> {
    const team = await findTeam(this.dataSource.manager, args.teamId);
    if (!team) throw IdentityErrors.teamNotFound();
    const audited = { teamId: team.id, from: args.from, to: args.to };
    this.policy.require(caller, 'teamBudget', { teamId: team.id, districtId: team.districtId });
    const values = await this.settings.effectiveFor(this.dataSource.manager, team.districtId);
    if (!values.tariffCategories) {
      caller.audit.refused('teamBudget', {}, audited);
      throw SettingsErrors.featureDisabled('tariffCategories', 'teamBudget');
    }
    if (args.to < args.from) throw StatisticsErrors.periodOutOfOrder();
    const days = daysBetween(args.from, args.to) + 1;
    if (days > MAX_BUDGET_DAYS) throw StatisticsErrors.periodTooLong(days);
    const previousTo = addDays(args.from, -1);
    const previousFrom = addDays(args.from, -days);
    const rows = (await this.dataSource.query(
      `WITH periods(period, first_day, last_day) AS (
         VALUES ('current', $2::date, $3::date), ('previous', $4::date, $5::date)
       ), in_force AS (
         SELECT d.tariff_category, d.tariff_band, d.weekly_price,
                min(s.from_date) AS first_day,
                CASE WHEN bool_or(s.to_date IS NULL) THEN NULL ELSE max(s.to_date) END AS last_day
           FROM decisions d
           JOIN assessment_cases c ON c.id = d.case_id
           JOIN decision_services s ON s.decision_id = d.id
          WHERE c.team_id = $1 AND d.tariff_category IS NOT NULL
          GROUP BY d.id
         HAVING min(s.from_date) <= $3::date
       ), overlap AS (
         SELECT p.period, f.tariff_category, f.tariff_band, f.weekly_price,
                round((least(coalesce(f.last_day, p.last_day), p.last_day)
                       - greatest(f.first_day, p.first_day) + 1) / 7.0, 2) AS weeks
           FROM in_force f JOIN periods p
             ON f.first_day <= p.last_day AND (f.last_day IS NULL OR f.last_day >= p.first_day)
       )
       SELECT period, tariff_category AS category, tariff_band AS band, count(*)::int AS decisions,
              sum(weeks)::text AS weeks, sum(weeks * weekly_price)::text AS amount
         FROM overlap GROUP BY period, tariff_category, tariff_band`,
      [team.id, args.from, args.to, previousFrom, previousTo],
    )) as Row[];
    // Aggregate figures of the team: no person or case is named, so none is in the audit row.
    caller.audit.read('teamBudget', {}, audited);
    const figures = (period: Row['period'], category?: TariffCategory, band?: TariffBand) => {
      const of = rows.filter(
        (r) =>
          r.period === period &&
          (category === undefined || r.category === category) &&
          (band === undefined || r.band === band),
      );
      return of.reduce<BudgetFigures>(
        (sum, r) => ({
          decisions: sum.decisions + r.decisions,
          tariffWeeks: cents(sum.tariffWeeks + Number(r.weeks)),
          amount: cents(sum.amount + Number(r.amount)),
        }),
        ZERO,
      );
    };
    const lines: BudgetLine[] = Object.values(TariffCategory).flatMap((category) =>
      Object.values(TariffBand).map((band) => {
        const current = figures('current', category, band);
        const previous = figures('previous', category, band);
        return {
          category,
          band,
          current,
          previous,
          tariffWeeksChange: cents(current.tariffWeeks - previous.tariffWeeks),
          amountChange: cents(current.amount - previous.amount),
        };
      }),
    );
    const total = figures('current');
    const previousTotal = figures('previous');
    return {
      id: `budget/${team.id}/${args.from}/${args.to}`,
      teamId: team.id,
      from: args.from,
      to: args.to,
      previousFrom,
      previousTo,
      lines,
      total,
      previousTotal,
      tariffWeeksChange: cents(total.tariffWeeks - previousTotal.tariffWeeks),
      amountChange: cents(total.amount - previousTotal.amount),
    };
  }
}
