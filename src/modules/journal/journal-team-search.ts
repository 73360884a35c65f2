import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { pageQuery } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { entityColumns } from 'src/database/entity-columns';
import { AccessPolicyService } from 'src/modules/access';
import { IdentityLoaders } from 'src/modules/identity';
import { findTeam, staffJoin } from 'src/modules/identity/model';
import type { TeamJournalSearchArgs } from 'src/modules/journal/dto/journal.input';
import { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import {
  authorColumns,
  HEADLINE_OPTIONS,
  type ListedEntry,
  primeAuthors,
  textSearchConfig,
} from 'src/modules/journal/journal-listing';
import type { JournalSearchHitConnection } from 'src/modules/journal/journal-search.types';
import { TEAM_SEARCH_COUNT_CAP } from 'src/modules/journal/journal.enums';
import { JournalErrors } from 'src/modules/journal/journal.errors';

/** Searches the journals of a team's cases. */
@Injectable()
export class JournalTeamSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityLoaders,
  ) {}

  /**
   * Searches the current versions of the journal entries of a team's cases that the caller
   * may see (team members only), newest version first, with highlights. Keyset pages on
   * (written_at, id); the count stops at TEAM_SEARCH_COUNT_CAP, so that a broad term costs
   * no more than a narrow one (journal_entries.team_id and its indexes make both cheap).
   */
  async teamSearch(
    caller: Caller,
    args: TeamJournalSearchArgs,
  ): Promise<JournalSearchHitConnection> {
    await this.assertMayTeamSearch(caller, args.teamId);
    const search = args.search.trim();
    const params: unknown[] = [args.teamId, textSearchConfig(this.config), search];
    const query = 'websearch_to_tsquery($2::regconfig, $3)';
    const whereSql = [
      'e.team_id = $1::uuid',
      `e.search @@ ${query}`,
      // Current versions only: a corrected entry is found by its new text, not its old one.
      // (By version, not latest_id: the planner then estimates the share of current versions
      // well, and walks the time index for a broad term instead of sorting every hit.)
      'EXISTS (SELECT 1 FROM journal_heads h WHERE h.root_id = e.root_id AND h.version = e.version)',
      // The case list's own filter, asked of each entry's case id and team (its case's team:
      // a case never changes team), so that no hit needs a look-up of its case.
      this.policy.caseVisibleSql(caller, params, 'c'),
    ].join(' AND ');
    const from = 'FROM journal_entries e CROSS JOIN LATERAL (SELECT e.case_id AS id, e.team_id) c';
    const { connection, rows, limit, count } = await pageQuery<ListedEntry & { cursorAt: string }>(
      {
        db: this.dataSource,
        params,
        first: args.first,
        after: args.after,
        order: {
          keys: [
            { sql: 'e.written_at', part: 'timestamp' },
            { sql: 'e.id', part: 'uuid' },
          ],
          direction: 'DESC',
        },
        // The page's ids first; text and highlight are read for those rows only.
        rows: (
          at,
        ) => `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}, to_json(e.written_at) #>> '{}' AS "cursorAt",
                ts_headline($2::regconfig, e.text, ${query}, '${HEADLINE_OPTIONS}') AS highlight,
                ${authorColumns(this.dataSource)}
           FROM (SELECT e.id ${from} WHERE ${whereSql} ${at.keyset}
                  ORDER BY e.written_at DESC, e.id DESC LIMIT ${at.limit}) hit
           JOIN journal_entries e ON e.id = hit.id
           ${staffJoin('a', 'e.author_id')}
          ORDER BY e.written_at DESC, e.id DESC`,
        count: `SELECT count(*)::int AS n FROM (SELECT 1 ${from} WHERE ${whereSql} LIMIT $${params.length + 1}) hits`,
        countParams: [TEAM_SEARCH_COUNT_CAP + 1],
        cursorOf: (row) => [row.cursorAt, row.id],
      },
      (n) => Math.min(n, TEAM_SEARCH_COUNT_CAP),
    );
    primeAuthors(this.identity, caller, rows);
    caller.audit.read(
      'teamJournalSearch',
      {
        patientIds: connection.edges.map((edge) => edge.node.patientId),
        caseIds: connection.edges.map((edge) => edge.node.caseId),
      },
      { teamId: args.teamId, search, first: limit },
    );
    return { ...connection, totalCountIsExact: count <= TEAM_SEARCH_COUNT_CAP };
  }

  /** Team members only; an unknown team is NOT_FOUND, as for the team dashboard. */
  private async assertMayTeamSearch(caller: Caller, teamId: string): Promise<void> {
    if (this.policy.allows(caller, 'teamJournalSearch', { teamId })) return;
    const team = await findTeam(this.dataSource.manager, teamId);
    if (!team) throw JournalErrors.teamNotFound();
    this.policy.require(caller, 'teamJournalSearch', { teamId });
  }
}
