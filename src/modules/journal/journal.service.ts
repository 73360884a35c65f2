import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import type { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { JournalPages } from 'src/modules/journal/journal-pages';
import type { JournalEvent } from 'src/modules/journal/journal-texts';
import { JournalWriter } from 'src/modules/journal/journal-writer';
import { JournalKind } from 'src/modules/journal/journal.enums';

/**
 * The journal as other modules use it: a case change's system entry, and one entry for
 * `node(id)`. The journal's own resolvers use its parts (writer, pages, team search,
 * subscriptions) directly.
 */
@Injectable()
export class JournalService {
  constructor(
    private readonly writer: JournalWriter,
    private readonly pages: JournalPages,
  ) {}

  /** A system entry for a change of the case, inside that change's transaction. */
  recordEvent(
    manager: EntityManager,
    caller: Caller,
    kase: { id: string; patientId: string; teamId: string },
    event: JournalEvent,
    kind: JournalKind = JournalKind.EVENT,
  ): Promise<JournalEntryEntity> {
    return this.writer.recordEvent(manager, caller, kase, event, kind);
  }

  /**
   * One entry (any version) by its id, for `node(id)`: read as the case's journal, with the
   * journal's access check and audit (`caseId` is the entry's own case, found by the caller).
   */
  entry(caller: Caller, id: string, caseId: string): Promise<JournalEntryEntity> {
    return this.pages.entry(caller, id, caseId);
  }
}
