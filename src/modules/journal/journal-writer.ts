import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { AuditService } from 'src/modules/audit';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { goalAndMeasureInCase } from 'src/modules/goal-plans/model';
import type {
  AddJournalEntryInput,
  AmendJournalEntryInput,
} from 'src/modules/journal/dto/journal.input';
import { JournalEntryEntity, JournalHeadEntity } from 'src/modules/journal/journal-entry.entity';
import { textSearchConfig } from 'src/modules/journal/journal-listing';
import {
  JOURNAL_CHANNEL,
  type JournalEntryNotification,
} from 'src/modules/journal/journal-notifier';
import { type JournalEvent, journalEventText } from 'src/modules/journal/journal-texts';
import { JournalKind, SYSTEM_KINDS } from 'src/modules/journal/journal.enums';
import { JournalErrors } from 'src/modules/journal/journal.errors';
import { type JournalParticipant, participantsOf } from 'src/modules/journal/coordination-meeting';
import { caseSettingValues, requireSetting } from 'src/modules/settings/model';

/** The operations that write in a case's journal. */
type JournalWrite = 'addJournalEntry' | 'amendJournalEntry' | 'markJournalEntryEnteredInError';

/**
 * Writes the shared collaboration journal: append-only entries, corrections as new versions,
 * each with its head moved and its notification sent in the same statement.
 */
@Injectable()
export class JournalWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    const meeting = input.kind === JournalKind.COORDINATION_MEETING;
    if (meeting && !input.participants?.length) throw JournalErrors.participantsRequired();
    if (!meeting && input.participants) throw JournalErrors.participantsNotAllowed();
    if (input.idempotencyKey) {
      const earlier = await this.byIdempotencyKey(caller, caseId, input);
      if (earlier) return earlier;
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const kase = await this.caseForWriting(manager, caller, caseId, 'addJournalEntry');
        // Billund's coordination meeting belongs to cases that opened with coordination levels.
        if (meeting)
          requireSetting(caseSettingValues(kase), 'coordinationLevels', 'addJournalEntry');
        await this.assertGoalInCase(manager, caseId, input);
        const entry = await this.insertVersion(manager, caller, kase, {
          kind: input.kind,
          text: input.text,
          visibleToPatient: input.visibleToPatient ?? false,
          goalId: input.goalId ?? null,
          measureId: input.measureId ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
          participants: meeting ? participantsOf(input.participants ?? []) : null,
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
    return this.correct(caller, entryId, 'amendJournalEntry', (latest) => {
      // A coordination meeting keeps its kind (and participants); no other entry becomes one.
      const kind = input.kind ?? latest.kind;
      if (
        (kind === JournalKind.COORDINATION_MEETING) !==
        (latest.kind === JournalKind.COORDINATION_MEETING)
      )
        throw JournalErrors.meetingKindFixed();
      return {
        kind,
        text: input.text,
        visibleToPatient: input.visibleToPatient ?? latest.visibleToPatient,
        enteredInError: false,
        amendReason: reason,
      };
    });
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
        participants: latest.participants,
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
      participants?: JournalParticipant[] | null;
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
      tsConfig: textSearchConfig(this.config),
      participants: fields.participants ?? null,
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
           amend_reason, goal_id, measure_id, idempotency_key, ts_config, participants)
         VALUES ($1, $2, $3, $19, $4, $5, $6, $7, $8, $9, $10, $12, $11, $13, $14, $15, $16, $17, $18, $22::jsonb)
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
        entry.participants === null ? null : JSON.stringify(entry.participants),
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
}
