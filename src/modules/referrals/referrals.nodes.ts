import type { NodeTable } from 'src/common/graphql/node-tables';

/** The referral for `node(id)`. */
export const REFERRAL_NODE_TABLES = [
  { type: 'Referral', locate: `SELECT 'Referral', NULL::uuid FROM referrals WHERE id = $1` },
] as const satisfies readonly NodeTable[];
