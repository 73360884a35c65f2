import type { EntityManager } from 'typeorm';
import { staffJoin } from 'src/modules/identity/model';
import type { JournalParticipant } from 'src/modules/journal/coordination-meeting';

/**
 * The newest current entries of the given kinds (entries in error left out), newest original
 * first, with the author's name: the key entries a handover summary quotes.
 */
export async function keyJournalEntriesOf(
  manager: EntityManager,
  caseId: string,
  kinds: readonly string[],
  limit: number,
): Promise<{ writtenAt: string; kind: string; author: string; text: string }[]> {
  const rows = (await manager.query(
    `SELECT e.written_at AS "writtenAt", e.kind, s.name AS author, e.text
       FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id ${staffJoin('s', 'e.author_id')}
      WHERE h.case_id = $1 AND e.kind = ANY($2::text[]) AND NOT e.entered_in_error
      ORDER BY h.original_written_at DESC LIMIT ${Number(limit)}`,
    [caseId, kinds],
  )) as { writtenAt: string; kind: string; author: string; text: string }[];
  return rows.map((e) => ({ ...e, writtenAt: new Date(e.writtenAt).toISOString() }));
}

/**
 * The participants of each current coordination meeting of the case (entries in error left
 * out), oldest first: what Billund's level 3 asks for before a decision.
 */
export async function coordinationMeetingsOf(
  manager: Pick<EntityManager, 'query'>,
  caseId: string,
): Promise<JournalParticipant[][]> {
  const rows = (await manager.query(
    `SELECT e.participants FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id
      WHERE h.case_id = $1 AND e.kind = 'COORDINATION_MEETING' AND NOT e.entered_in_error
      ORDER BY h.original_written_at`,
    [caseId],
  )) as { participants: JournalParticipant[] | null }[];
  return rows.map((r) => r.participants ?? []);
}
