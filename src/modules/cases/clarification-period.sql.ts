/**
 * The clock of docs/design.md "Precise rules: Clock" in SQL, for filtering and sorting lists
 * (clarification-period.ts is the same rule for one case; tests hold the two together).
 * The one SQL copy in src; bench/floor-sql.ts keeps its own as the raw-SQL reference.
 * `$today` is the municipality's local date.
 */
export function clockSql(
  today: string,
): Record<'deadline' | 'clockDate' | 'daysRemaining' | 'atRisk' | 'overdue', string> {
  // An open hold keeps moving the deadline, day by day.
  const deadline = `(c.deadline_date + CASE WHEN c.on_hold_since IS NULL THEN 0 ELSE GREATEST(${today}::date - c.on_hold_since, 0) END)`;
  const clockDate = `COALESCE(c.decided_on, ${today}::date)`;
  const daysRemaining = `(${deadline} - ${clockDate})`;
  const atRisk = `(c.decided_on IS NULL AND NOT c.goal_plan_agreed AND c.status IN ('ACTIVE', 'ON_HOLD')
    AND (${clockDate} - c.accepted_on) * 14 >= (${deadline} - c.accepted_on) * 10)`;
  const overdue = `(c.decided_on IS NULL AND c.status IN ('ACTIVE', 'ON_HOLD') AND ${daysRemaining} < 0)`;
  return { deadline, clockDate, daysRemaining, atRisk, overdue };
}
