import type { DataSource } from 'typeorm';
import { addDays, localDateOf } from 'src/modules/cases/clarification-period';

// Raw SQL, as the rest of the demo seed (see demo-seed.ts).

/**
 * Sør's pilot of Syddjurs' tariff model (docs/models.md): a few decided cases of the Sør team
 * whose decisions carry a tariff category, band and weekly price, so the team's budget page
 * has figures in this period and the previous one. Band and price are the first values of
 * the settings (5 / 15 / 25 hours; 1 900, 5 700, 11 400 kr; 570 kr an hour), as the demo's
 * Sør runs them.
 */
const PLANS = [
  {
    daysAgo: 400,
    category: 'MAINTAINING',
    service: 'PRAKTISK_BISTAND',
    hours: 3,
    band: 'BAND_1',
    price: 1_900,
    weeks: null,
    to: null,
  },
  {
    daysAgo: 200,
    category: 'MAINTAINING',
    service: 'HJEMMESYKEPLEIE',
    hours: 8,
    band: 'BAND_2',
    price: 5_700,
    weeks: null,
    to: null,
  },
  {
    daysAgo: 120,
    category: 'DEVELOPING',
    service: 'HVERDAGSREHABILITERING',
    hours: 6,
    band: 'BAND_2',
    price: 5_700,
    weeks: null,
    to: 84,
  },
  {
    daysAgo: 60,
    category: 'SHORT_NURSING',
    service: 'HJEMMESYKEPLEIE',
    hours: 16,
    band: 'BAND_3',
    price: 11_400,
    weeks: 2,
    to: 14,
  },
  {
    daysAgo: 30,
    category: 'MAINTAINING',
    service: 'PERSONLIG_STELL',
    hours: 28,
    band: 'INDIVIDUAL',
    price: 15_960,
    weeks: null,
    to: null,
  },
] as const;

export async function seedDemoTariff(
  dataSource: DataSource,
  settings: { CLARIFICATION_DAYS: number; TZ_MUNICIPALITY: string },
  now: Date,
): Promise<void> {
  const today = localDateOf(now, settings.TZ_MUNICIPALITY);
  await dataSource.transaction(async (manager) => {
    const insert = async (table: string, row: Record<string, unknown>): Promise<string> => {
      const columns = Object.keys(row);
      const rows = (await manager.query(
        `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        Object.values(row),
      )) as { id: string }[];
      return rows[0].id;
    };
    const [team] = (await manager.query(
      `SELECT t.id FROM assessment_teams t JOIN districts d ON d.id = t.district_id WHERE d.name = 'Sør' AND t.service_area = 'SOMATIC'`,
    )) as { id: string }[];
    const staff = async (email: string) =>
      (
        (await manager.query('SELECT id FROM staff_members WHERE email = $1', [email])) as {
          id: string;
        }[]
      )[0].id;
    const coordinator = await staff('coordinator.sor@demo.local');
    const caseworker = await staff('caseworker.sor@demo.local');
    const patients = (await manager.query(
      `SELECT p.id FROM patients p JOIN districts d ON d.id = p.district_id WHERE d.name = 'Sør' ORDER BY p.family_name LIMIT $1`,
      [PLANS.length],
    )) as { id: string }[];
    for (const [i, plan] of PLANS.entries()) {
      if (!patients[i]) break;
      const acceptedOn = addDays(today, -plan.daysAgo - 10);
      const decidedOn = addDays(acceptedOn, 10);
      const acceptedAt = new Date(now.getTime() - (plan.daysAgo + 10) * 86_400_000);
      const decidedAt = new Date(now.getTime() - plan.daysAgo * 86_400_000);
      const caseId = await insert('assessment_cases', {
        patient_id: patients[i].id,
        team_id: team.id,
        service_area: 'SOMATIC',
        status: 'DECIDED',
        coordinator_id: coordinator,
        accepted_at: acceptedAt,
        accepted_on: acceptedOn,
        clarification_days: settings.CLARIFICATION_DAYS,
        deadline_date: addDays(acceptedOn, settings.CLARIFICATION_DAYS),
        decided_on: decidedOn,
        settings: JSON.stringify({ tariffCategories: true }),
      });
      await insert('referrals', {
        patient_id: patients[i].id,
        team_id: team.id,
        source: 'HOSPITAL_DISCHARGE',
        channel: 'DIGITAL',
        received_at: new Date(acceptedAt.getTime() - 86_400_000),
        description: 'Utskrevet, trenger hjelp hjemme',
        help_requested: 'Hjelp hjemme',
        urgency: 'NORMAL',
        status: 'ACCEPTED',
        case_id: caseId,
        triaged_at: acceptedAt,
        triaged_by: coordinator,
        registered_by: caseworker,
      });
      await insert('case_history', {
        case_id: caseId,
        action: 'ACCEPTED',
        to_status: 'ACTIVE',
        actor_id: coordinator,
        occurred_at: acceptedAt,
      });
      await insert('case_history', {
        case_id: caseId,
        action: 'DECIDE',
        from_status: 'ACTIVE',
        to_status: 'DECIDED',
        actor_id: caseworker,
        occurred_at: decidedAt,
      });
      const [{ level }] = (await manager.query(
        'SELECT level_code AS level FROM service_catalogue WHERE code = $1',
        [plan.service],
      )) as { level: string }[];
      const decisionId = await insert('decisions', {
        case_id: caseId,
        outcome: 'GRANTED',
        service_level: level,
        legal_basis_code: 'HOL_3_2_6A',
        justification: 'Kartleggingen viser behovet',
        decided_at: decidedAt,
        decided_on: decidedOn,
        decided_by: caseworker,
        is_late: false,
        days_to_decision: 10,
        letter: 'Vedtak (demo)',
        tariff_category: plan.category,
        tariff_band: plan.band,
        weekly_hours: plan.hours,
        nursing_weeks: plan.weeks,
        weekly_price: plan.price,
        individual_justification:
          plan.band === 'INDIVIDUAL' ? 'Trenger to på stell morgen og kveld' : null,
      });
      await insert('decision_services', {
        decision_id: decisionId,
        service_code: plan.service,
        hours_per_week: plan.hours,
        from_date: decidedOn,
        to_date: plan.to === null ? null : addDays(decidedOn, plan.to - 1),
      });
    }
  });
}
