import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { findGroupedBy, inKeyOrder } from 'src/common/graphql/loaders';
import { type Connection, pageQuery } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { entityColumns } from 'src/database/entity-columns';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import { AssessmentCaseEntity, casesTable } from 'src/modules/cases/model';
import { IdentityLoaders } from 'src/modules/identity';
import { staffJoin } from 'src/modules/identity/model';
import type { JournalArgs } from 'src/modules/journal/dto/journal.input';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import {
  authorColumns,
  HEADLINE_OPTIONS,
  type ListedEntry,
  primeAuthors,
  textSearchConfig,
} from 'src/modules/journal/journal-listing';
import { JournalErrors } from 'src/modules/journal/journal.errors';

/** Reads a case's journal: its pages (or ranked hits), one entry, versions, newest entries. */
@Injectable()
export class JournalPages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityLoaders,
  ) {}

  /** The case's journal: current versions, newest original first; or ranked search hits. */
  async journal(caller: Caller, args: JournalArgs): Promise<Connection<ListedEntry>> {
    const kase = await this.caseForReading(caller, args.caseId, 'journal');
    const params: unknown[] = [args.caseId];
    const where = ['h.case_id = $1'];
    if (args.kinds?.length) {
      params.push(args.kinds);
      where.push(`e.kind = ANY($${params.length}::text[])`);
    }
    if (args.authorProfession) {
      params.push(args.authorProfession);
      where.push(`e.author_profession = $${params.length}`);
    }
    const search = args.search?.trim();
    let rank = '';
    let highlight = 'NULL';
    if (search) {
      params.push(textSearchConfig(this.config), search);
      const query = `websearch_to_tsquery($${params.length - 1}::regconfig, $${params.length})`;
      where.push(`e.search @@ ${query}`);
      rank = `ts_rank(e.search, ${query})`;
      highlight = `ts_headline($${params.length - 1}::regconfig, e.text, ${query}, '${HEADLINE_OPTIONS}')`;
    }
    const whereSql = where.join(' AND ');
    const from = 'FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id';
    const select = `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}, h.original_written_at AS "originalWrittenAt", ${highlight} AS highlight,
                ${authorColumns(this.dataSource)}
           ${from} ${staffJoin('a', 'e.author_id')}
          WHERE ${whereSql}`;
    const { connection, rows, limit } = await pageQuery<ListedEntry>({
      db: this.dataSource,
      params,
      first: args.first,
      after: args.after,
      // Ranked results page by position (ranks are floats, unfit for a keyset).
      order: search
        ? 'offset'
        : {
            keys: [
              { sql: 'h.original_written_at', part: 'timestamp' },
              { sql: 'h.root_id', part: 'uuid' },
            ],
            direction: 'DESC',
          },
      rows: (at) =>
        search
          ? `${select} ORDER BY ${rank} DESC, h.original_written_at DESC, h.root_id DESC OFFSET ${at.offset} LIMIT ${at.limit}`
          : `${select} ${at.keyset} ORDER BY h.original_written_at DESC, h.root_id DESC LIMIT ${at.limit}`,
      count: `SELECT count(*)::int AS n ${from} WHERE ${whereSql}`,
      cursorOf: (row) => [new Date(row.originalWrittenAt).toISOString(), row.rootId],
    });
    primeAuthors(this.identity, caller, rows);
    caller.audit.read(
      'journal',
      { patientIds: [kase.patientId], caseIds: [kase.id] },
      { caseId: kase.id, kinds: args.kinds ?? null, search: search ?? null, first: limit },
    );
    return connection;
  }

  /**
   * One entry (any version) by its id, for `node(id)`: read as the case's journal, with the
   * journal's access check and audit (`caseId` is the entry's own case, found by the caller).
   */
  async entry(caller: Caller, id: string, caseId: string): Promise<JournalEntryEntity> {
    const kase = await this.caseForReading(caller, caseId, 'journal');
    const rows = (await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}, ${authorColumns(this.dataSource)}
         FROM journal_entries e ${staffJoin('a', 'e.author_id')}
        WHERE e.id = $1 AND e.case_id = $2`,
      [id, kase.id],
    )) as JournalEntryEntity[];
    if (!rows[0]) throw JournalErrors.entryNotFound();
    primeAuthors(this.identity, caller, rows);
    caller.audit.read(
      'journal',
      { patientIds: [kase.patientId], caseIds: [kase.id] },
      { caseId: kase.id, entryId: id },
    );
    return rows[0];
  }

  /** Every version of many entries, oldest first (a DataLoader batch). */
  async versionsOf(rootIds: readonly string[]): Promise<JournalEntryEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(JournalEntryEntity), 'rootId', rootIds, {
      version: 'ASC',
    });
  }

  /**
   * The newest entry (current version) of each case's journal, null for an empty journal
   * (a DataLoader batch: one index probe per case). The cases were checked by the query
   * that listed them; the entries read are audited here.
   */
  async latestEntriesOf(
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<(JournalEntryEntity | null)[]> {
    // Checked here, not assumed from the parent: a case may be listed to someone who may
    // not read its journal (a district leader's dashboard).
    const params: unknown[] = [caseIds];
    const visible = this.policy.caseVisibleSql(caller, params);
    const rows: JournalEntryEntity[] = await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}
         FROM ${casesTable('c')}
         CROSS JOIN LATERAL (SELECT h.latest_id FROM journal_heads h WHERE h.case_id = c.id
                              ORDER BY h.original_written_at DESC, h.root_id DESC LIMIT 1) newest
         JOIN journal_entries e ON e.id = newest.latest_id
        WHERE c.id = ANY($1::uuid[]) AND ${visible}`,
      params,
    );
    if (rows.length > 0) {
      caller.audit.read('latestJournalEntry', {
        caseIds: rows.map((r) => r.caseId),
        patientIds: rows.map((r) => r.patientId),
      });
    }
    return inKeyOrder(caseIds, rows, (r) => r.caseId);
  }

  private async caseForReading(
    caller: Caller,
    caseId: string,
    action: Operation,
  ): Promise<AssessmentCaseEntity> {
    return this.policy.visibleCase(
      this.dataSource,
      caller,
      caseId,
      action,
      JournalErrors.caseNotFound,
    );
  }
}
