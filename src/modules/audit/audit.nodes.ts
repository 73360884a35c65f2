import type { NodeTable } from 'src/common/graphql/node-tables';

/** An audit event for `node(id)`, read by its own id. */
export const AUDIT_NODE_TABLES = [
  { type: 'AuditEvent', locate: `SELECT 'AuditEvent', NULL::uuid FROM audit_events WHERE id = $1` },
] as const satisfies readonly NodeTable[];
