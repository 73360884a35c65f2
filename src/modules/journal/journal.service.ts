import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Actor } from 'src/common/auth/actor';
import { AuthService } from 'src/common/auth/auth.service';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { DomainError } from 'src/common/graphql/domain-error';
import { findGroupedBy, inKeyOrder, LoaderRegistry } from 'src/common/graphql/loaders';
import { LOGGER } from 'src/common/logging/logger';
import { entityColumns, takePrefixed } from 'src/database/entity-columns';
import { type Connection, pageQuery } from 'src/common/graphql/pagination';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService, type Operation } from 'src/modules/access/access-policy.service';
import { anyRelation, REFUSALS } from 'src/modules/access/access-rules';
import { AuditCollector } from 'src/modules/audit/audit-collector';
import { AuditService } from 'src/modules/audit/audit.service';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { casesTable } from 'src/modules/cases/case-reads';
import { goalAndMeasureInCase } from 'src/modules/goal-plans/goal-plan-reads';
import { findTeam, staffJoin } from 'src/modules/identity/identity.reads';
import type {
  AddJournalEntryInput,
  AmendJournalEntryInput,
  JournalArgs,
  TeamJournalSearchArgs,
} from 'src/modules/journal/dto/journal.input';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import { JournalEntryEntity, JournalHeadEntity } from 'src/modules/journal/journal-entry.entity';
import type { JournalSearchHitConnection } from 'src/modules/journal/journal-search.types';
import { type JournalEvent, journalEventText } from 'src/modules/journal/journal-texts';
import {
  JournalKind,
  SYSTEM_KINDS,
  TEAM_SEARCH_COUNT_CAP,
  TEXT_SEARCH_CONFIG,
} from 'src/modules/journal/journal.enums';
import { JournalErrors } from 'src/modules/journal/journal.errors';

/** The operations that write in a case's journal. */
type JournalWrite = 'addJournalEntry' | 'amendJournalEntry' | 'markJournalEntryEnteredInError';

/** The channel journal notifications travel on (LISTEN/NOTIFY, across API instances). */
export const JOURNAL_CHANNEL = 'kartlegg_journal';

export interface JournalEntryNotification {
  caseId: string;
  entryId: string;
}

/** Who a `journalEntryAdded` subscription delivers to; decided again at every entry. */
export interface JournalSubscriber {
  caseId: string;
  staffId: string;
  /** The subscription's request id: its audit rows share it. */
  requestId: string;
  /** The actor at subscribe time: names the subscriber in a refusal's audit row only. */
  actor: Actor;
}

/** The audit trail's name for the subscription (its start, each delivery and a refusal). */
const SUBSCRIPTION = 'journalEntryAdded';

/** A journal row as listed: the current version, with its search rank and highlight. */
export type ListedEntry = JournalEntryEntity & {
  highlight?: string | null;
  originalWrittenAt: Date;
};

// Plain text in, plain text out: hits are marked with « and », never HTML.
const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxFragments=3, MaxWords=25, MinWords=8';

/** Prefix of the author's columns joined into journal pages. */
const AUTHOR = 'author__';

/** The shared collaboration journal: append-only entries, corrections as new versions. */
@Injectable()
export class JournalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityLoaders,
    private readonly auth: AuthService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private get tsConfig(): string {
    return TEXT_SEARCH_CONFIG[this.config.MUNICIPALITY_LANGUAGE];
  }

  /** A system entry for a change of the case, inside that change's transaction. */
  async recordEvent(
    manager: EntityManager,
    caller: Caller,
    kase: { id: string; patientId: string; teamId: string },
    event: JournalEvent,
    kind: JournalKind = JournalKind.EVENT,
  ): Promise<JournalEntryEntity> {
    return this.insertVersion(manager, caller, kase, {
      kind,
      text: journalEventText(event, this.config.MUNICIPALITY_LANGUAGE),
      visibleToPatient: false,
    });
  }

  async addEntry(
    caller: Caller,
    caseId: string,
    input: AddJournalEntryInput,
  ): Promise<JournalEntryEntity> {
    if (SYSTEM_KINDS.includes(input.kind)) throw JournalErrors.systemKind();
    if (input.idempotencyKey) {
      const earlier = await this.byIdempotencyKey(caller, caseId, input);
      if (earlier) return earlier;
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const kase = await this.caseForWriting(manager, caller, caseId, 'addJournalEntry');
        await this.assertGoalInCase(manager, caseId, input);
        const entry = await this.insertVersion(manager, caller, kase, {
          kind: input.kind,
          text: input.text,
          visibleToPatient: input.visibleToPatient ?? false,
          goalId: input.goalId ?? null,
          measureId: input.measureId ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await this.audit.recordWrite(
          manager,
          caller,
          'addJournalEntry',
          { patientIds: [kase.patientId], caseIds: [kase.id] },
          { caseId, entryId: entry.id, kind: input.kind },
        );
        return entry;
      });
    } catch (error) {
      // The same key sent twice at once: the unique index let one through; answer that one.
      if (
        input.idempotencyKey &&
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
          'UQ_journal_entries_author_idempotency'
      ) {
        const earlier = await this.byIdempotencyKey(caller, caseId, input);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  async amendEntry(
    caller: Caller,
    entryId: string,
    input: AmendJournalEntryInput,
    reason: string,
  ): Promise<JournalEntryEntity> {
    if (input.kind && SYSTEM_KINDS.includes(input.kind)) throw JournalErrors.systemKind();
    return this.correct(caller, entryId, 'amendJournalEntry', (latest) => ({
      kind: input.kind ?? latest.kind,
      text: input.text,
      visibleToPatient: input.visibleToPatient ?? latest.visibleToPatient,
      enteredInError: false,
      amendReason: reason,
    }));
  }

  async markEnteredInError(
    caller: Caller,
    entryId: string,
    reason: string,
  ): Promise<JournalEntryEntity> {
    return this.correct(caller, entryId, 'markJournalEntryEnteredInError', (latest) => {
      if (latest.enteredInError) throw JournalErrors.alreadyInError();
      return {
        kind: latest.kind,
        text: latest.text,
        visibleToPatient: latest.visibleToPatient,
        enteredInError: true,
        amendReason: reason,
      };
    });
  }

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
      params.push(this.tsConfig, search);
      const query = `websearch_to_tsquery($${params.length - 1}::regconfig, $${params.length})`;
      where.push(`e.search @@ ${query}`);
      rank = `ts_rank(e.search, ${query})`;
      highlight = `ts_headline($${params.length - 1}::regconfig, e.text, ${query}, '${HEADLINE_OPTIONS}')`;
    }
    const whereSql = where.join(' AND ');
    const from = 'FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id';
    const select = `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}, h.original_written_at AS "originalWrittenAt", ${highlight} AS highlight,
                ${this.authorColumns()}
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
    this.primeAuthors(caller, rows);
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
      `SELECT ${entityColumns(this.dataSource, JournalEntryEntity, 'e')}, ${this.authorColumns()}
         FROM journal_entries e ${staffJoin('a', 'e.author_id')}
        WHERE e.id = $1 AND e.case_id = $2`,
      [id, kase.id],
    )) as JournalEntryEntity[];
    if (!rows[0]) throw JournalErrors.entryNotFound();
    this.primeAuthors(caller, rows);
    caller.audit.read(
      'journal',
      { patientIds: [kase.patientId], caseIds: [kase.id] },
      { caseId: kase.id, entryId: id },
    );
    return rows[0];
  }

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
    const params: unknown[] = [args.teamId, this.tsConfig, search];
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
                ${this.authorColumns()}
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
    this.primeAuthors(caller, rows);
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

  /** The author's columns of a page joined with `staff_members a`. */
  private authorColumns(): string {
    return entityColumns(this.dataSource, StaffMemberEntity, 'a', AUTHOR);
  }

  /** The joined authors go to this request's staff loader: `author` needs no query. */
  private primeAuthors(caller: Caller, rows: object[]): void {
    this.identity.prime(caller, {
      staff: rows.map((row) =>
        takePrefixed<StaffMemberEntity>(row as Record<string, unknown>, AUTHOR),
      ),
    });
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

  /**
   * Starts a `journalEntryAdded` subscription: the caller must see the case now, and the
   * subscription is audited as a read of the case (the refusal too), written at once: no
   * HTTP response carries it. Answers who is subscribed, for the deliveries.
   */
  async openSubscription(caller: Caller, caseId: string): Promise<JournalSubscriber> {
    try {
      const kase = await this.caseForReading(caller, caseId, SUBSCRIPTION);
      caller.audit.read(
        SUBSCRIPTION,
        { patientIds: [kase.patientId], caseIds: [kase.id] },
        { caseId },
      );
    } finally {
      await this.writeSubscriptionAudit(caller);
    }
    return {
      caseId,
      staffId: caller.actor.staffId,
      requestId: caller.requestId,
      actor: caller.actor,
    };
  }

  /**
   * One new entry for a subscriber, decided again now: the staff member re-read from the
   * database (still active?) and their relation to the case as it is now (team, assignment,
   * receiving unit, unexpired emergency grant). A delivered entry is audited as a read before
   * it is sent; no audit, no entry. A refusal ends the subscription (FORBIDDEN, with why).
   * Answers null for a notification that is not an entry of this case.
   */
  async deliver(
    subscriber: JournalSubscriber,
    note: JournalEntryNotification,
  ): Promise<JournalEntryEntity | null> {
    if (note.caseId !== subscriber.caseId) return null;
    const standing = await this.auth.standingOf(subscriber.staffId);
    const caller: Caller = {
      requestId: subscriber.requestId,
      // A staff member is never deleted; the actor of subscribe time only names who is refused.
      actor: standing?.actor ?? subscriber.actor,
      audit: new AuditCollector(),
      loaders: new LoaderRegistry(),
    };
    const found = await this.policy.caseWithRelation(this.dataSource, caller, subscriber.caseId);
    if (!found) throw JournalErrors.caseNotFound();
    const { kase, relation } = found;
    const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
    const active = standing?.active ?? false;
    const refusal = this.policy.decision(caller, 'journalEntryDelivery', {
      active,
      relation,
      emergencyGrantExpired:
        active &&
        !anyRelation(relation) &&
        (await this.policy.emergencyGrantExpired(this.dataSource, caller, kase.id)),
    });
    if (refusal) {
      caller.audit.refused(SUBSCRIPTION, touched, { reason: refusal, entryId: note.entryId });
      // The subscription ends whether or not the refusal could be written.
      await this.writeSubscriptionAudit(caller).catch(() => undefined);
      throw new DomainError('FORBIDDEN', refusal, REFUSALS[refusal]);
    }
    const entry = await this.dataSource
      .getRepository(JournalEntryEntity)
      .findOneBy({ id: note.entryId, caseId: kase.id });
    if (!entry) return null;
    caller.audit.read(SUBSCRIPTION, touched, { caseId: kase.id, entryId: entry.id });
    await this.writeSubscriptionAudit(caller);
    return entry;
  }

  /** A subscription's audit rows, written now; a failure ends it (SERVICE_UNAVAILABLE). */
  private async writeSubscriptionAudit(caller: Caller): Promise<void> {
    try {
      await this.audit.flush(caller.audit, caller.requestId, caller.actor);
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code;
      this.logger.error({ code }, 'audit write failed; journal entry withheld from a subscriber');
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'AUDIT_UNAVAILABLE',
        'The audit trail could not be written; nothing was shown',
      );
    }
  }

  /** An entry about a goal or measure names one of this case's plan (there is no foreign key). */
  private async assertGoalInCase(
    manager: EntityManager,
    caseId: string,
    input: AddJournalEntryInput,
  ): Promise<void> {
    if (!input.goalId && !input.measureId) return;
    const row = await goalAndMeasureInCase(
      manager,
      caseId,
      input.goalId ?? null,
      input.measureId ?? null,
    );
    if (!row.goalOk) throw JournalErrors.goalNotInCase('goalId');
    if (!row.measureOk) throw JournalErrors.goalNotInCase('measureId');
  }

  private async byIdempotencyKey(
    caller: Caller,
    caseId: string,
    input: AddJournalEntryInput,
  ): Promise<JournalEntryEntity | null> {
    const earlier = await this.dataSource
      .getRepository(JournalEntryEntity)
      .findOneBy({ authorId: caller.actor.staffId, idempotencyKey: input.idempotencyKey });
    if (!earlier) return null;
    // The same key answers only the same entry: same case, text and kind.
    if (earlier.caseId !== caseId || earlier.text !== input.text || earlier.kind !== input.kind)
      throw JournalErrors.idempotencyKeyReused();
    caller.audit.read(
      'addJournalEntry',
      { patientIds: [earlier.patientId], caseIds: [earlier.caseId] },
      { entryId: earlier.id, retry: true },
    );
    return earlier;
  }

  private async correct(
    caller: Caller,
    entryId: string,
    action: JournalWrite,
    next: (
      latest: JournalEntryEntity,
    ) => Pick<
      JournalEntryEntity,
      'kind' | 'text' | 'visibleToPatient' | 'enteredInError' | 'amendReason'
    >,
  ): Promise<JournalEntryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const target = await manager.findOneBy(JournalEntryEntity, { id: entryId });
      if (!target) throw JournalErrors.entryNotFound();
      const kase = await this.caseForWriting(manager, caller, target.caseId, action);
      // Lock the entry's head: two corrections of one entry are serialised.
      const head = await manager.findOne(JournalHeadEntity, {
        where: { rootId: target.rootId },
        lock: { mode: 'pessimistic_write' },
      });
      const latest = await manager.findOneByOrFail(JournalEntryEntity, { id: head!.latestId });
      if (SYSTEM_KINDS.includes(latest.kind)) throw JournalErrors.systemEntry();
      const original = await manager.findOneByOrFail(JournalEntryEntity, { id: target.rootId });
      // Beyond who may write in the case: a correction is the author's own.
      if (original.authorId !== caller.actor.staffId)
        this.policy.refuse(
          caller,
          action,
          { patientIds: [kase.patientId], caseIds: [kase.id] },
          'NOT_AUTHOR',
        );
      if (latest.id !== entryId) throw JournalErrors.staleVersion(latest.version, latest.id);
      const entry = await this.insertVersion(manager, caller, kase, {
        ...next(latest),
        goalId: latest.goalId,
        measureId: latest.measureId,
        amends: latest,
      });
      await this.audit.recordWrite(
        manager,
        caller,
        action,
        { patientIds: [kase.patientId], caseIds: [kase.id] },
        { entryId: entry.id, amends: latest.id, version: entry.version },
      );
      return entry;
    });
  }

  private async insertVersion(
    manager: EntityManager,
    caller: Caller,
    kase: { id: string; patientId: string; teamId: string },
    fields: {
      kind: JournalKind;
      text: string;
      visibleToPatient: boolean;
      enteredInError?: boolean;
      amendReason?: string | null;
      goalId?: string | null;
      measureId?: string | null;
      idempotencyKey?: string | null;
      amends?: JournalEntryEntity;
    },
  ): Promise<JournalEntryEntity> {
    const id = randomUUID();
    const now = this.clock.now();
    const entry = manager.create(JournalEntryEntity, {
      id,
      caseId: kase.id,
      patientId: kase.patientId,
      teamId: kase.teamId,
      rootId: fields.amends?.rootId ?? id,
      amendsId: fields.amends?.id ?? null,
      version: (fields.amends?.version ?? 0) + 1,
      kind: fields.kind,
      text: fields.text,
      authorId: caller.actor.staffId,
      authorProfession: caller.actor.profession,
      writtenAt: now,
      visibleToPatient: fields.visibleToPatient,
      enteredInError: fields.enteredInError ?? false,
      amendReason: fields.amendReason ?? null,
      goalId: fields.goalId ?? null,
      measureId: fields.measureId ?? null,
      idempotencyKey: fields.idempotencyKey ?? null,
      tsConfig: this.tsConfig,
    });
    // One statement: the entry, its head (new, or moved to this version) and the notification,
    // delivered to every API instance's listeners when (and only if) the transaction commits.
    const note: JournalEntryNotification = { caseId: kase.id, entryId: id };
    const head = fields.amends
      ? `UPDATE journal_heads SET latest_id = $1, version = $6 WHERE root_id = $4`
      : `INSERT INTO journal_heads (root_id, case_id, latest_id, version, original_written_at)
         VALUES ($4, $2, $1, $6, $12)`;
    await manager.query(
      `WITH entry AS (
         INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, amends_id, version, kind,
           text, author_id, author_profession, written_at, visible_to_patient, entered_in_error,
           amend_reason, goal_id, measure_id, idempotency_key, ts_config)
         VALUES ($1, $2, $3, $19, $4, $5, $6, $7, $8, $9, $10, $12, $11, $13, $14, $15, $16, $17, $18)
         RETURNING id),
       head AS (${head})
       SELECT pg_notify($20, $21) FROM entry`,
      [
        entry.id,
        entry.caseId,
        entry.patientId,
        entry.rootId,
        entry.amendsId,
        entry.version,
        entry.kind,
        entry.text,
        entry.authorId,
        entry.authorProfession,
        entry.visibleToPatient,
        entry.writtenAt,
        entry.enteredInError,
        entry.amendReason,
        entry.goalId,
        entry.measureId,
        entry.idempotencyKey,
        entry.tsConfig,
        entry.teamId,
        JOURNAL_CHANNEL,
        JSON.stringify(note),
      ],
    );
    return entry;
  }

  private async caseForWriting(
    manager: EntityManager,
    caller: Caller,
    caseId: string,
    action: JournalWrite,
  ): Promise<AssessmentCaseEntity> {
    const found = await this.policy.caseWithRelation(manager, caller, caseId);
    if (!found) throw JournalErrors.caseNotFound();
    const { kase, relation } = found;
    this.policy.require(caller, action, relation, {
      patientIds: [kase.patientId],
      caseIds: [kase.id],
    });
    return kase;
  }

  /** Team members only; an unknown team is NOT_FOUND, as for the team dashboard. */
  private async assertMayTeamSearch(caller: Caller, teamId: string): Promise<void> {
    if (this.policy.allows(caller, 'teamJournalSearch', { teamId })) return;
    const team = await findTeam(this.dataSource.manager, teamId);
    if (!team) throw JournalErrors.teamNotFound();
    this.policy.require(caller, 'teamJournalSearch', { teamId });
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
