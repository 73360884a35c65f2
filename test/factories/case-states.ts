import { type CaseFixture } from 'test/factories/cases';
import { type TestApp } from 'test/utils/test-app';

/*
 * A case of insertCase moved on along its lifecycle straight in the database (as the demo
 * seed does): a goal plan, a decision, a handover. Each step writes the rows the API would
 * have written for the state (not its history, journal events or audit rows), so a test
 * meets the case in the state an operation needs without driving the API through it.
 */

async function insert(t: TestApp, table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const rows = (await t.dataSource.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return rows[0].id;
}

function localDate(t: TestApp, days = 0): string {
  return new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface GoalPlanFixture {
  planId: string;
  goalId: string;
  measureId: string;
}

/**
 * A goal plan with one goal and one measure, written by `by`: DRAFT with a PROPOSED goal,
 * or AGREED by the person (the goal AGREED, the case's `goal_plan_agreed` set).
 */
export async function insertGoalPlan(
  t: TestApp,
  kase: { caseId: string; patientId: string },
  by: string,
  status: 'DRAFT' | 'AGREED',
): Promise<GoalPlanFixture> {
  const now = t.clock.now();
  const agreed = status === 'AGREED';
  const planId = await insert(t, 'goal_plans', {
    case_id: kase.caseId,
    patient_id: kase.patientId,
    status,
    version: 2,
    agreed_at: agreed ? now : null,
    agreed_by: agreed ? 'PERSON' : null,
    agreed_version: agreed ? 2 : null,
    agreement_recorded_by: agreed ? by : null,
    created_at: now,
    updated_at: now,
    updated_by: by,
  });
  const goalId = await insert(t, 'goals', {
    plan_id: planId,
    text: 'Klare å dusje selv',
    target_date: localDate(t, 60),
    status: agreed ? 'AGREED' : 'PROPOSED',
    position: 1,
    version: 1,
    created_at: now,
    created_by: by,
    updated_at: now,
    updated_by: by,
  });
  const measureId = await insert(t, 'measures', {
    goal_id: goalId,
    description: 'Hverdagsrehabilitering: dusjtrening',
    level: 'EVERYDAY_REHABILITATION',
    responsible_kind: 'STAFF',
    responsible_profession: 'PHYSIOTHERAPIST',
    frequency: 'To ganger i uka',
    from_date: localDate(t),
    position: 1,
    version: 1,
    created_at: now,
    created_by: by,
    updated_at: now,
    updated_by: by,
  });
  if (agreed)
    await t.dataSource.query('UPDATE assessment_cases SET goal_plan_agreed = true WHERE id = $1', [
      kase.caseId,
    ]);
  return { planId, goalId, measureId };
}

/**
 * The decision, recorded by the caseworker `by`: NO_SERVICES, or GRANTED with everyday
 * rehabilitation. The case becomes DECIDED, its clock stopped today.
 */
export async function insertDecision(
  t: TestApp,
  kase: { caseId: string },
  by: string,
  outcome: 'NO_SERVICES' | 'GRANTED',
): Promise<string> {
  const granted = outcome === 'GRANTED';
  const decisionId = await insert(t, 'decisions', {
    case_id: kase.caseId,
    outcome,
    service_level: granted ? 'EVERYDAY_REHABILITATION' : null,
    legal_basis_code: 'HOL_3_2_6A',
    justification: 'Kartleggingen viser behovet',
    decided_at: t.clock.now(),
    decided_on: localDate(t),
    decided_by: by,
    is_late: false,
    days_to_decision: 0,
    letter: 'Vedtak',
  });
  if (granted) {
    const [{ code }] = (await t.dataSource.query(
      `SELECT code FROM service_catalogue WHERE level_code = 'EVERYDAY_REHABILITATION' ORDER BY code LIMIT 1`,
    )) as { code: string }[];
    await insert(t, 'decision_services', {
      decision_id: decisionId,
      service_code: code,
      hours_per_week: 3,
      from_date: localDate(t),
    });
  }
  await t.dataSource.query(
    `UPDATE assessment_cases SET status = 'DECIDED', decided_on = $2 WHERE id = $1`,
    [kase.caseId, localDate(t)],
  );
  return decisionId;
}

/**
 * Only the case's status moved on (no decision, goal plan or handover rows): for a test of
 * what an operation allows in that status alone.
 */
export async function setCaseStatus(
  t: TestApp,
  kase: { caseId: string },
  status: 'ACTIVE' | 'ON_HOLD' | 'DECIDED' | 'HANDED_OVER' | 'CLOSED' | 'CANCELLED',
): Promise<void> {
  await t.dataSource.query('UPDATE assessment_cases SET status = $2 WHERE id = $1', [
    kase.caseId,
    status,
  ]);
}

/**
 * A handover of a decided case to `unitId` (destination by the unit's kind), sent by the
 * coordinator `by`: SENT (the case HANDED_OVER), or ACKNOWLEDGED by `acknowledgedBy` (the
 * case CLOSED, its follow-up due in three months).
 */
export async function insertHandover(
  t: TestApp,
  kase: { caseId: string },
  options: { unitId: string; by: string; acknowledgedBy?: string },
): Promise<string> {
  const [{ kind }] = (await t.dataSource.query('SELECT kind FROM service_units WHERE id = $1', [
    options.unitId,
  ])) as { kind: 'HOME_CARE' | 'LOW_THRESHOLD' | 'OTHER' }[];
  const destination = {
    HOME_CARE: 'ORDINARY_HOME_CARE',
    LOW_THRESHOLD: 'LOW_THRESHOLD',
    OTHER: 'OTHER_SERVICES',
  }[kind];
  const acknowledged = options.acknowledgedBy !== undefined;
  const handoverId = await insert(t, 'handovers', {
    case_id: kase.caseId,
    destination,
    receiving_unit_id: options.unitId,
    status: acknowledged ? 'ACKNOWLEDGED' : 'SENT',
    follow_up_date: localDate(t, 91),
    sent_at: t.clock.now(),
    sent_by: options.by,
    summary: {},
    summary_text: 'Overføring',
    acknowledged_at: acknowledged ? t.clock.now() : null,
    acknowledged_by: options.acknowledgedBy ?? null,
  });
  await t.dataSource.query('UPDATE assessment_cases SET status = $2 WHERE id = $1', [
    kase.caseId,
    acknowledged ? 'CLOSED' : 'HANDED_OVER',
  ]);
  return handoverId;
}

/** A NOTE in the case journal by `authorId` (its first and current version). */
export async function insertJournalEntry(
  t: TestApp,
  kase: Pick<CaseFixture, 'caseId'>,
  author: { id: string; profession: string },
  text = 'Notat fra hjemmebesøk',
): Promise<string> {
  const [{ id }] = (await t.dataSource.query(
    `WITH entry AS (
       INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, version, kind, text,
                                    author_id, author_profession, written_at, ts_config)
       SELECT e.id, c.id, c.patient_id, c.team_id, e.id, 1, 'NOTE', $4, $2, $3, $5, 'norwegian'
         FROM assessment_cases c, (SELECT gen_random_uuid() AS id) e WHERE c.id = $1
       RETURNING id, case_id, written_at)
     INSERT INTO journal_heads (root_id, case_id, latest_id, version, original_written_at)
     SELECT id, case_id, id, 1, written_at FROM entry RETURNING root_id AS id`,
    [kase.caseId, author.id, author.profession, text, t.clock.now()],
  )) as { id: string }[];
  return id;
}
