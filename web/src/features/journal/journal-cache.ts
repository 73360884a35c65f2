import type { ApolloCache } from '@apollo/client';
import type { JournalEntryFieldsFragment } from '../../gql/graphql';
import { JOURNAL_PAGE_SIZE, JournalQuery } from './operations';

/**
 * Puts an entry's newest version into the case's timeline in the cache: a new version
 * replaces the one of the same entry where it stands (the timeline orders by the original),
 * a new entry goes first. Written by us, by a colleague (the subscription) or both: once.
 */
export function upsertJournalEntry(cache: ApolloCache, entry: JournalEntryFieldsFragment): void {
  cache.updateQuery(
    { query: JournalQuery, variables: { caseId: entry.caseId, first: JOURNAL_PAGE_SIZE } },
    (data) => {
      if (!data) return data;
      const { edges } = data.journal;
      const index = edges.findIndex((edge) => edge.node.rootId === entry.rootId);
      if (index >= 0) {
        if (edges[index].node.version >= entry.version) return data;
        const next = [...edges];
        next[index] = { ...edges[index], node: entry };
        return { ...data, journal: { ...data.journal, edges: next } };
      }
      return {
        ...data,
        journal: {
          ...data.journal,
          totalCount: data.journal.totalCount + 1,
          // Pages continue after the last edge's cursor; the first's is never sent.
          edges: [{ __typename: 'JournalEntryEdge' as const, cursor: '', node: entry }, ...edges],
        },
      };
    },
  );
}
