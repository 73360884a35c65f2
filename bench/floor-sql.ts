/**
 * The hand-written SQL of the raw-SQL floor (floor-server.ts), also explained by
 * explain.ts. Same access rule as AccessPolicyService.caseVisibleSql (team member or
 * assigned), same clock as src/modules/cases/clarification-period.sql.ts clockSql(), joins instead of resolvers.
 */

const TODAY = `(now() AT TIME ZONE 'Europe/Oslo')::date`;
const DEADLINE = `(c.deadline_date + CASE WHEN c.on_hold_since IS NULL THEN 0 ELSE GREATEST(${TODAY} - c.on_hold_since, 0) END)`;
const CLOCK_DATE = `COALESCE(c.decided_on, ${TODAY})`;
const OVERDUE = `(c.decided_on IS NULL AND c.status IN ('ACTIVE', 'ON_HOLD') AND ${DEADLINE} - ${CLOCK_DATE} < 0)`;
const AT_RISK = `(c.decided_on IS NULL AND NOT c.goal_plan_agreed AND c.status IN ('ACTIVE', 'ON_HOLD')
  AND (${CLOCK_DATE} - c.accepted_on) * 14 >= (${DEADLINE} - c.accepted_on) * 10)`;
/** $teams (uuid[]) and $staff (uuid): the caller. */
const visible = (teams: string, staff: string) =>
  `(c.team_id = ANY(${teams}::uuid[]) OR EXISTS (SELECT 1 FROM case_members cm WHERE cm.case_id = c.id AND cm.staff_id = ${staff}::uuid))`;
const CASE_FIELDS = `c.id, c.status, c.patient_id, c.accepted_on, ${DEADLINE} AS deadline_date,
  ${DEADLINE} - ${CLOCK_DATE} AS days_remaining, ${OVERDUE} AS is_overdue, ${AT_RISK} AS at_risk,
  p.given_name, p.family_name, s.name AS coordinator_name`;

export const FLOOR_SQL = {
  actor: `SELECT s.id, s.profession, coalesce(array_agg(m.team_id) FILTER (WHERE m.team_id IS NOT NULL), '{}') AS team_ids
            FROM staff_members s LEFT JOIN team_memberships m ON m.staff_id = s.id
           WHERE s.subject = $1 AND s.active GROUP BY s.id`,

  audit: `INSERT INTO audit_events (request_id, actor_id, actor_profession, action, access, patient_ids, case_ids, args)
          VALUES (gen_random_uuid()::text, $1, $2, $3, 'READ', $4, $5, $6)`,

  dashboardCounts: `SELECT c.status, count(*)::int AS count FROM assessment_cases c
                     WHERE c.team_id = $1 GROUP BY c.status ORDER BY c.status`,

  dashboardLoads: `SELECT c.coordinator_id, s.name, count(*)::int AS open_cases,
                          count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
                          count(*) FILTER (WHERE ${AT_RISK})::int AS at_risk
                     FROM assessment_cases c JOIN staff_members s ON s.id = c.coordinator_id
                    WHERE c.team_id = $1 AND c.status IN ('ACTIVE', 'ON_HOLD')
                    GROUP BY c.coordinator_id, s.name ORDER BY count(*) DESC, c.coordinator_id`,

  dashboardOpenCases: `SELECT ${CASE_FIELDS}
                         FROM assessment_cases c
                         JOIN patients p ON p.id = c.patient_id
                         JOIN staff_members s ON s.id = c.coordinator_id
                        WHERE c.team_id = $1 AND c.status IN ('ACTIVE', 'ON_HOLD')
                        ORDER BY ${DEADLINE}, c.id LIMIT 500`,

  /**
   * $1 teams, $2 staff, $3 team filter, $4 statuses (or null), $5 limit; with each case's
   * goal count and newest journal entry, as the API's page asks for (looked up for the
   * page only, after the sort and limit).
   */
  casesPage: `SELECT page.*,
                     (SELECT count(*)::int FROM goal_plans gp JOIN goals g ON g.plan_id = gp.id
                       WHERE gp.case_id = page.id) AS goal_count,
                     latest.text AS latest_text, latest.written_at AS latest_written_at,
                     latest.author_name AS latest_author_name
                FROM (SELECT ${CASE_FIELDS}
                        FROM assessment_cases c
                        JOIN patients p ON p.id = c.patient_id
                        JOIN staff_members s ON s.id = c.coordinator_id
                       WHERE ${visible('$1', '$2')} AND c.team_id = $3
                         AND ($4::text[] IS NULL OR c.status = ANY($4::text[]))
                       ORDER BY ${DEADLINE}, c.id LIMIT $5) page
                LEFT JOIN LATERAL (SELECT e.text, e.written_at, a.name AS author_name
                                     FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id
                                     JOIN staff_members a ON a.id = e.author_id
                                    WHERE h.case_id = page.id
                                    ORDER BY h.original_written_at DESC, h.root_id DESC LIMIT 1) latest ON true
               ORDER BY page.deadline_date, page.id`,

  casesCount: `SELECT count(*)::int AS n FROM assessment_cases c
                WHERE ${visible('$1', '$2')} AND c.team_id = $3
                  AND ($4::text[] IS NULL OR c.status = ANY($4::text[]))`,

  caseVisible: `SELECT c.patient_id FROM assessment_cases c WHERE c.id = $1 AND ${visible('$2', '$3')}`,

  journalPage: `SELECT e.id, e.root_id, e.version, e.kind, e.text, e.written_at, a.name AS author_name
                  FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id
                  JOIN staff_members a ON a.id = e.author_id
                 WHERE h.case_id = $1
                 ORDER BY h.original_written_at DESC, h.root_id DESC LIMIT $2`,

  journalCount: `SELECT count(*)::int AS n FROM journal_heads h WHERE h.case_id = $1`,

  journalSearchPage: `SELECT e.id, e.root_id, e.version, e.kind, e.text, e.written_at, a.name AS author_name,
                             ts_headline('norwegian', e.text, q, 'StartSel=«, StopSel=», MaxFragments=3, MaxWords=25, MinWords=8') AS highlight
                        FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id
                        JOIN staff_members a ON a.id = e.author_id,
                             websearch_to_tsquery('norwegian', $2) q
                       WHERE h.case_id = $1 AND e.search @@ q
                       ORDER BY ts_rank(e.search, q) DESC, h.original_written_at DESC, h.root_id DESC LIMIT $3`,

  journalSearchCount: `SELECT count(*)::int AS n FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id
                        WHERE h.case_id = $1 AND e.search @@ websearch_to_tsquery('norwegian', $2)`,

  /**
   * $1 team, $2 search, $3 teams, $4 staff, $5 limit. As the API's teamJournalSearch: the
   * team's entries by journal_entries.team_id (the GIN index on (team_id, search), or the
   * (team_id, written_at, id) index walked backwards for a broad term), current versions
   * only (the head's version), the access rule asked of each entry's case id and team (no
   * case look-up), newest first; the highlight for the page's rows only.
   */
  teamSearchPage: `SELECT e.id, e.case_id, e.patient_id, e.kind, e.written_at, a.name AS author_name,
                          ts_headline('norwegian', e.text, websearch_to_tsquery('norwegian', $2),
                                      'StartSel=«, StopSel=», MaxFragments=3, MaxWords=25, MinWords=8') AS highlight
                     FROM (SELECT e.id FROM journal_entries e CROSS JOIN LATERAL (SELECT e.case_id AS id, e.team_id) c
                            WHERE e.team_id = $1 AND e.search @@ websearch_to_tsquery('norwegian', $2)
                              AND EXISTS (SELECT 1 FROM journal_heads h WHERE h.root_id = e.root_id AND h.version = e.version)
                              AND ${visible('$3', '$4')}
                            ORDER BY e.written_at DESC, e.id DESC LIMIT $5) hit
                     JOIN journal_entries e ON e.id = hit.id
                     JOIN staff_members a ON a.id = e.author_id
                    ORDER BY e.written_at DESC, e.id DESC`,

  /** $1 team, $2 search, $3 teams, $4 staff, $5 the cap + 1: the API's count, capped. */
  teamSearchCount: `SELECT count(*)::int AS n
                      FROM (SELECT 1 FROM journal_entries e CROSS JOIN LATERAL (SELECT e.case_id AS id, e.team_id) c
                             WHERE e.team_id = $1 AND e.search @@ websearch_to_tsquery('norwegian', $2)
                               AND EXISTS (SELECT 1 FROM journal_heads h WHERE h.root_id = e.root_id AND h.version = e.version)
                               AND ${visible('$3', '$4')}
                             LIMIT $5) hits`,
};
