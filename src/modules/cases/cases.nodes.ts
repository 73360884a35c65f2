import type { NodeTable } from 'src/common/graphql/node-tables';

/** The cases module's types for `node(id)`; all but the case are read through their case. */
export const CASE_NODE_TABLES = [
  {
    type: 'AssessmentCase',
    locate: `SELECT 'AssessmentCase', NULL::uuid FROM assessment_cases WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];

export const CASE_RECORD_NODE_TABLES = [
  {
    type: 'CaseHistoryEntry',
    locate: `SELECT 'CaseHistoryEntry', case_id FROM case_history WHERE id = $1`,
  },
  { type: 'CaseHold', locate: `SELECT 'CaseHold', case_id FROM case_holds WHERE id = $1` },
  {
    type: 'DeadlineExtension',
    locate: `SELECT 'DeadlineExtension', case_id FROM deadline_extensions WHERE id = $1`,
  },
  { type: 'CaseMember', locate: `SELECT 'CaseMember', case_id FROM case_members WHERE id = $1` },
  {
    type: 'InterimService',
    locate: `SELECT 'InterimService', case_id FROM interim_services WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];
