import type { DataSource, EntityManager } from 'typeorm';
import { isoWeekOf } from 'src/modules/adjustments/adjustment-rules';
import { addDays, localDateOf } from 'src/modules/cases/clarification-period';

/*
 * The demo's delegated adjustment (issue 16, Kolding; docs/models.md): a Sør case decided
 * with practical assistance, 3 hours a week, handed over to Hjemmetjenesten Sør and
 * acknowledged. The unit moved the time up last week (confirmed by the caseworker) and down
 * a little this week (pending in the caseworker's weekly review).
 */

async function insert(
  manager: EntityManager,
  table: string,
  row: Record<string, unknown>,
): Promise<string> {
  const columns = Object.keys(row);
  const rows = (await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return rows[0].id;
}

export async function seedDemoAdjustment(
  dataSource: DataSource,
  settings: {
    CLARIFICATION_DAYS: number;
    TZ_MUNICIPALITY: string;
    MUNICIPALITY_LANGUAGE: 'nb' | 'da';
  },
  now: Date,
): Promise<void> {
  const day = 86_400_000;
  const today = localDateOf(now, settings.TZ_MUNICIPALITY);
  const nb = settings.MUNICIPALITY_LANGUAGE === 'nb';
  await dataSource.transaction(async (manager) => {
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
      ((await manager.query(sql, params)) as T[])[0];
    const staff = async (email: string) =>
      (await one<{ id: string }>('SELECT id FROM staff_members WHERE email = $1', [email])).id;
    const team = await one<{ id: string }>(
      `SELECT t.id FROM assessment_teams t JOIN districts d ON d.id = t.district_id
        WHERE d.name = 'Sør' AND t.service_area = 'SOMATIC'`,
    );
    const unit = await one<{ id: string }>(
      `SELECT id FROM service_units WHERE name = 'Hjemmetjenesten Sør'`,
    );
    const patient = await one<{ id: string }>(
      `SELECT p.id FROM patients p JOIN districts d ON d.id = p.district_id
        WHERE d.name = 'Sør' ORDER BY p.family_name LIMIT 1`,
    );
    const coordinator = await staff('coordinator.sor@demo.local');
    const caseworker = await staff('caseworker.sor@demo.local');
    const homeCare = await staff('homecare.sor@demo.local');
    const acceptedOn = addDays(today, -30);
    const decidedOn = addDays(today, -20);
    const caseId = await insert(manager, 'assessment_cases', {
      patient_id: patient.id,
      team_id: team.id,
      service_area: 'SOMATIC',
      status: 'CLOSED',
      coordinator_id: coordinator,
      accepted_at: new Date(now.getTime() - 30 * day),
      accepted_on: acceptedOn,
      clarification_days: settings.CLARIFICATION_DAYS,
      deadline_date: addDays(acceptedOn, settings.CLARIFICATION_DAYS),
      decided_on: decidedOn,
      goal_plan_agreed: true,
      settings: {
        delegatedAdjustment: true,
        delegatedFrameKind: 'PERCENT',
        delegatedFrameValue: 20,
      },
    });
    const help = nb ? 'Praktisk bistand etter hjerteinfarkt' : 'Praktisk hjælp efter blodprop';
    await insert(manager, 'referrals', {
      patient_id: patient.id,
      team_id: team.id,
      source: 'HOSPITAL_DISCHARGE',
      channel: 'DIGITAL',
      received_at: new Date(now.getTime() - 31 * day),
      description: help,
      help_requested: help,
      urgency: 'NORMAL',
      status: 'ACCEPTED',
      case_id: caseId,
      triaged_at: new Date(now.getTime() - 30 * day),
      triaged_by: coordinator,
      registered_by: caseworker,
    });
    const decisionId = await insert(manager, 'decisions', {
      case_id: caseId,
      outcome: 'GRANTED',
      service_level: 'PRACTICAL_ASSISTANCE',
      legal_basis_code: nb ? 'HOL_3_2_6B' : 'SEL_83',
      justification: nb
        ? 'Trenger hjelp til rengjøring og innkjøp i opptreningsperioden.'
        : 'Har brug for hjælp til rengøring og indkøb i genoptræningsperioden.',
      decided_at: new Date(now.getTime() - 20 * day),
      decided_on: decidedOn,
      decided_by: caseworker,
      is_late: false,
      days_to_decision: 10,
      letter: nb
        ? 'Vedtak om praktisk bistand, 3 timer i uka.'
        : 'Afgørelse om praktisk hjælp, 3 timer om ugen.',
    });
    const serviceId = await insert(manager, 'decision_services', {
      decision_id: decisionId,
      service_code: 'PRAKTISK_BISTAND',
      hours_per_week: 3,
      from_date: decidedOn,
    });
    await insert(manager, 'handovers', {
      case_id: caseId,
      destination: 'ORDINARY_HOME_CARE',
      receiving_unit_id: unit.id,
      status: 'ACKNOWLEDGED',
      follow_up_date: addDays(today, 70),
      sent_at: new Date(now.getTime() - 19 * day),
      sent_by: coordinator,
      summary: {},
      summary_text: nb
        ? 'Overføring: praktisk bistand 3 timer i uka.'
        : 'Overdragelse: praktisk hjælp 3 timer om ugen.',
      acknowledged_at: new Date(now.getTime() - 18 * day),
      acknowledged_by: homeCare,
    });
    for (const [action, from, to, daysAgo, by, reason] of [
      ['ACCEPTED', null, 'ACTIVE', 30, coordinator, null],
      ['DECIDE', 'ACTIVE', 'DECIDED', 20, caseworker, null],
      ['HAND_OVER', 'DECIDED', 'HANDED_OVER', 19, coordinator, null],
      ['ACKNOWLEDGE_HANDOVER', 'HANDED_OVER', 'CLOSED', 18, homeCare, null],
    ] as const)
      await insert(manager, 'case_history', {
        case_id: caseId,
        action,
        from_status: from,
        to_status: to,
        reason,
        actor_id: by,
        occurred_at: new Date(now.getTime() - daysAgo * day),
      });
    // Last week: up to 3.5 hours, confirmed; this week: down to 3.25, pending review.
    const moves = [
      {
        at: new Date(now.getTime() - 7 * day),
        hours: 3.5,
        previous: 3,
        reason: nb
          ? 'Mer tid til rengjøring etter utskrivning'
          : 'Mere tid til rengøring efter udskrivning',
        review: nb ? 'Avtalt med bruker' : 'Aftalt med borgeren',
      },
      {
        at: new Date(now.getTime() - 60_000),
        hours: 3.25,
        previous: 3.5,
        reason: nb ? 'Klarer innkjøp selv igjen' : 'Klarer selv indkøb igen',
        review: null,
      },
    ];
    for (const move of moves) {
      const adjustmentId = await insert(manager, 'service_adjustments', {
        decision_service_id: serviceId,
        case_id: caseId,
        hours_per_week: move.hours,
        previous_hours: move.previous,
        reason: move.reason,
        adjusted_by: homeCare,
        adjusted_at: move.at,
        week: isoWeekOf(localDateOf(move.at, settings.TZ_MUNICIPALITY)),
      });
      await insert(manager, 'case_history', {
        case_id: caseId,
        action: 'ADJUST_SERVICE_TIME',
        from_status: 'CLOSED',
        to_status: 'CLOSED',
        reason: move.reason,
        actor_id: homeCare,
        occurred_at: move.at,
      });
      if (move.review) {
        const reviewedAt = new Date(move.at.getTime() + day);
        await insert(manager, 'service_adjustment_reviews', {
          adjustment_id: adjustmentId,
          verdict: 'CONFIRMED',
          reason: move.review,
          reviewed_by: caseworker,
          reviewed_at: reviewedAt,
        });
        await insert(manager, 'case_history', {
          case_id: caseId,
          action: 'CONFIRM_SERVICE_ADJUSTMENT',
          from_status: 'CLOSED',
          to_status: 'CLOSED',
          reason: move.review,
          actor_id: caseworker,
          occurred_at: reviewedAt,
        });
      }
    }
  });
}
