import type { NodeTable } from 'src/common/graphql/node-tables';

/** Handovers and follow-ups for `node(id)`, read through their case. */
export const HANDOVER_NODE_TABLES = [
  { type: 'Handover', locate: `SELECT 'Handover', case_id FROM handovers WHERE id = $1` },
  { type: 'FollowUp', locate: `SELECT 'FollowUp', case_id FROM follow_ups WHERE id = $1` },
] as const satisfies readonly NodeTable[];
