import { type TestApp } from 'test/utils/test-app';

/*
 * Delegated adjustment (issue 16, Kolding) straight in the database: a case that opened with
 * the model switched on, and adjustments of its decided service, as the API would write them
 * (not their history, journal events or audit rows).
 */

/** The case opened with delegated adjustment on, and the frame given (default 20 percent). */
export async function enableDelegatedAdjustment(
  t: TestApp,
  caseId: string,
  frame: { kind: 'PERCENT' | 'HOURS'; value: number } = { kind: 'PERCENT', value: 20 },
): Promise<void> {
  await t.dataSource.query(
    `UPDATE assessment_cases SET settings = settings || $2::jsonb WHERE id = $1`,
    [
      caseId,
      JSON.stringify({
        delegatedAdjustment: true,
        delegatedFrameKind: frame.kind,
        delegatedFrameValue: frame.value,
      }),
    ],
  );
}

/** The decided services of a case (insertDecision grants one of 3 hours a week). */
export async function servicesOfCase(t: TestApp, caseId: string): Promise<string[]> {
  const rows = (await t.dataSource.query(
    `SELECT s.id FROM decision_services s JOIN decisions d ON d.id = s.decision_id
      WHERE d.case_id = $1 ORDER BY s.id`,
    [caseId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A pending adjustment of a decided service, by `by`, in the ISO week of `at`. */
export async function insertAdjustment(
  t: TestApp,
  options: {
    caseId: string;
    serviceId: string;
    by: string;
    hours: number;
    previous: number;
    week: string;
    at?: Date;
  },
): Promise<string> {
  const [{ id }] = (await t.dataSource.query(
    `INSERT INTO service_adjustments (decision_service_id, case_id, hours_per_week, previous_hours,
       reason, adjusted_by, adjusted_at, week)
     VALUES ($1, $2, $3, $4, 'Trenger mer tid til stell', $5, $6, $7) RETURNING id`,
    [
      options.serviceId,
      options.caseId,
      options.hours,
      options.previous,
      options.by,
      options.at ?? t.clock.now(),
      options.week,
    ],
  )) as { id: string }[];
  return id;
}

/** The district's current setting switched on (work beside a case: the weekly review). */
export async function enableDelegatedAdjustmentInDistrict(
  t: TestApp,
  districtId: string,
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO district_settings (district_id, delegated_adjustment) VALUES ($1, true)
     ON CONFLICT (district_id) DO UPDATE SET delegated_adjustment = true`,
    [districtId],
  );
}
