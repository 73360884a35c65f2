import type { NodeTable } from 'src/common/graphql/node-tables';

/** An emergency access grant for `node(id)`, read by its own id. */
export const EMERGENCY_ACCESS_NODE_TABLES = [
  {
    type: 'EmergencyAccess',
    locate: `SELECT 'EmergencyAccess', NULL::uuid FROM emergency_access_grants WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];
