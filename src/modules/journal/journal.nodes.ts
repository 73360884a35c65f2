import type { NodeTable } from 'src/common/graphql/node-tables';

/** A journal entry (any version) for `node(id)`, read through its case's journal. */
export const JOURNAL_NODE_TABLES = [
  {
    type: 'JournalEntry',
    locate: `SELECT 'JournalEntry', case_id FROM journal_entries WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];
