import type { NodeTable } from 'src/common/graphql/node-tables';

/** The decision and its granted services for `node(id)`, read through their case. */
export const DECISION_NODE_TABLES = [
  { type: 'Decision', locate: `SELECT 'Decision', case_id FROM decisions WHERE id = $1` },
  {
    type: 'GrantedService',
    locate: `SELECT 'GrantedService', d.case_id FROM decision_services s
      JOIN decisions d ON d.id = s.decision_id WHERE s.id = $1`,
  },
] as const satisfies readonly NodeTable[];
