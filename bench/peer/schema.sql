-- The PostGraphile peer's view of the scale database (bench only, never a migration).
-- The same access rule as kartlegg's AccessPolicyService.caseVisibleSql: a case is visible
-- to members of its team and to staff assigned to it. The caller is the `sub` of the same
-- HS256 token the API gets (PostGraphile verifies it and sets jwt.claims.sub).
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;

CREATE FUNCTION peer.me() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT s.id FROM public.staff_members s
   WHERE s.subject = current_setting('jwt.claims.sub', true) AND s.active
$$;

CREATE FUNCTION peer.my_team_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(m.team_id), '{}') FROM public.team_memberships m WHERE m.staff_id = peer.me()
$$;

CREATE FUNCTION peer.today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Europe/Oslo')::date
$$;

-- The access filter, and the clock of clarification-period.sql.ts clockSql() as columns.
CREATE VIEW peer.cases AS
  SELECT c.id, c.patient_id, c.team_id, c.status, c.coordinator_id, c.accepted_on,
         d.deadline AS deadline_date,
         d.deadline - COALESCE(c.decided_on, t.today) AS days_remaining,
         (c.decided_on IS NULL AND c.status IN ('ACTIVE', 'ON_HOLD')
           AND d.deadline - COALESCE(c.decided_on, t.today) < 0) AS is_overdue,
         (c.decided_on IS NULL AND NOT c.goal_plan_agreed AND c.status IN ('ACTIVE', 'ON_HOLD')
           AND (COALESCE(c.decided_on, t.today) - c.accepted_on) * 14 >= (d.deadline - c.accepted_on) * 10) AS at_risk
    FROM public.assessment_cases c
   CROSS JOIN LATERAL (SELECT peer.today() AS today) t
   CROSS JOIN LATERAL (SELECT c.deadline_date + CASE WHEN c.on_hold_since IS NULL THEN 0
                              ELSE GREATEST(t.today - c.on_hold_since, 0) END AS deadline) d
   WHERE c.team_id = ANY ((SELECT peer.my_team_ids())::uuid[])
      OR EXISTS (SELECT 1 FROM public.case_members cm
                  WHERE cm.case_id = c.id AND cm.staff_id = (SELECT peer.me()));
COMMENT ON VIEW peer.cases IS E'@name case\n@primaryKey id\n@foreignKey (patient_id) references peer.patients (id)\n@foreignKey (coordinator_id) references peer.staff (id)';

CREATE VIEW peer.patients AS
  SELECT p.id, p.given_name, p.family_name, p.birth_date, p.national_id FROM public.patients p;
COMMENT ON VIEW peer.patients IS E'@name patient\n@primaryKey id';

CREATE VIEW peer.staff AS
  SELECT s.id, s.name, s.email, s.profession FROM public.staff_members s;
COMMENT ON VIEW peer.staff IS E'@name staff\n@primaryKey id';

-- (1) teamDashboard
CREATE TYPE peer.status_count AS (status text, count int);
CREATE FUNCTION peer.team_status_counts(team uuid) RETURNS SETOF peer.status_count
  LANGUAGE sql STABLE AS $$
  SELECT c.status, count(*)::int FROM peer.cases c WHERE c.team_id = team GROUP BY c.status ORDER BY c.status
$$;

CREATE TYPE peer.coordinator_load AS (coordinator_id uuid, coordinator_name text, open_cases int, overdue int, at_risk int);
CREATE FUNCTION peer.team_coordinator_loads(team uuid) RETURNS SETOF peer.coordinator_load
  LANGUAGE sql STABLE AS $$
  SELECT c.coordinator_id, s.name, count(*)::int, (count(*) FILTER (WHERE c.is_overdue))::int,
         (count(*) FILTER (WHERE c.at_risk))::int
    FROM peer.cases c JOIN public.staff_members s ON s.id = c.coordinator_id
   WHERE c.team_id = team AND c.status IN ('ACTIVE', 'ON_HOLD')
   GROUP BY c.coordinator_id, s.name ORDER BY count(*) DESC, c.coordinator_id
$$;

CREATE FUNCTION peer.team_open_cases(team uuid) RETURNS SETOF peer.cases
  LANGUAGE sql STABLE AS $$
  SELECT * FROM peer.cases c WHERE c.team_id = team AND c.status IN ('ACTIVE', 'ON_HOLD')
   ORDER BY c.deadline_date, c.id LIMIT 500
$$;

-- (2) assessmentCases: a team's cases with some statuses, nearest deadline first
CREATE FUNCTION peer.cases_page(team uuid, statuses text[]) RETURNS SETOF peer.cases
  LANGUAGE sql STABLE AS $$
  SELECT * FROM peer.cases c WHERE c.team_id = team AND (statuses IS NULL OR c.status = ANY (statuses))
   ORDER BY c.deadline_date, c.id
$$;

-- (3) journal: current versions of one case, newest original first
CREATE VIEW peer.journal_entries AS
  SELECT e.id, e.root_id, h.case_id, e.version, e.kind, e.text, e.written_at, e.author_id,
         h.original_written_at
    FROM public.journal_heads h JOIN public.journal_entries e ON e.id = h.latest_id;
COMMENT ON VIEW peer.journal_entries IS E'@name journalEntry\n@primaryKey id\n@foreignKey (author_id) references peer.staff (id)';

CREATE FUNCTION peer.journal(case_id uuid) RETURNS SETOF peer.journal_entries
  LANGUAGE sql STABLE AS $$
  SELECT j.* FROM peer.journal_entries j
   WHERE j.case_id = journal.case_id AND EXISTS (SELECT 1 FROM peer.cases c WHERE c.id = journal.case_id)
   ORDER BY j.original_written_at DESC, j.root_id DESC
$$;

-- (2) computed columns of a case on its list page: goal count and newest journal entry
CREATE FUNCTION peer.cases_goal_count(c peer.cases) RETURNS int
  LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM public.goal_plans gp JOIN public.goals g ON g.plan_id = gp.id WHERE gp.case_id = c.id
$$;

CREATE FUNCTION peer.cases_latest_journal_entry(c peer.cases) RETURNS peer.journal_entries
  LANGUAGE sql STABLE AS $$
  SELECT j.* FROM peer.journal_entries j WHERE j.case_id = c.id
   ORDER BY j.original_written_at DESC, j.root_id DESC LIMIT 1
$$;

-- (3) search: ranked hits in one case, and over all journals of a team
CREATE FUNCTION peer.journal_search(case_id uuid, q text) RETURNS SETOF peer.journal_entries
  LANGUAGE sql STABLE AS $$
  SELECT j.* FROM peer.journal_entries j JOIN public.journal_entries e ON e.id = j.id
   WHERE j.case_id = journal_search.case_id
     AND EXISTS (SELECT 1 FROM peer.cases c WHERE c.id = journal_search.case_id)
     AND e.search @@ websearch_to_tsquery('norwegian', q)
   ORDER BY ts_rank(e.search, websearch_to_tsquery('norwegian', q)) DESC, j.original_written_at DESC, j.root_id DESC
$$;

-- As the API's teamJournalSearch: members of the team only, the team's entries by
-- journal_entries.team_id (its indexes), current versions only (the head's version), the
-- access rule of peer.cases asked of each entry's case id and team (no case look-up), newest
-- first. The count is a function of its own, capped like the API's (PostGraphile's
-- totalCount would count every hit).
CREATE FUNCTION peer.team_journal_search(team uuid, q text) RETURNS SETOF peer.journal_entries
  LANGUAGE sql STABLE AS $$
  SELECT e.id, e.root_id, e.case_id, e.version, e.kind, e.text, e.written_at, e.author_id,
         h.original_written_at
    FROM public.journal_entries e
    JOIN public.journal_heads h ON h.root_id = e.root_id AND h.version = e.version
   WHERE e.team_id = team AND team = ANY ((SELECT peer.my_team_ids())::uuid[])
     AND e.search @@ websearch_to_tsquery('norwegian', q)
     AND (e.team_id = ANY ((SELECT peer.my_team_ids())::uuid[])
          OR EXISTS (SELECT 1 FROM public.case_members cm
                      WHERE cm.case_id = e.case_id AND cm.staff_id = (SELECT peer.me())))
   ORDER BY e.written_at DESC, e.id DESC
$$;

-- Hits up to 1001: more than 1000 reads "1000+", as the API's totalCountIsExact = false.
CREATE FUNCTION peer.team_journal_search_count(team uuid, q text) RETURNS int
  LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM (
    SELECT 1 FROM public.journal_entries e
      JOIN public.journal_heads h ON h.root_id = e.root_id AND h.version = e.version
     WHERE e.team_id = team AND team = ANY ((SELECT peer.my_team_ids())::uuid[])
       AND e.search @@ websearch_to_tsquery('norwegian', q)
       AND (e.team_id = ANY ((SELECT peer.my_team_ids())::uuid[])
            OR EXISTS (SELECT 1 FROM public.case_members cm
                        WHERE cm.case_id = e.case_id AND cm.staff_id = (SELECT peer.me())))
     LIMIT 1001) hits
$$;

-- The highlight, computed only for the rows of the page.
CREATE FUNCTION peer.journal_entries_highlight(j peer.journal_entries, q text) RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT ts_headline('norwegian', j.text, websearch_to_tsquery('norwegian', q),
                     'StartSel=«, StopSel=», MaxFragments=3, MaxWords=25, MinWords=8')
$$;
