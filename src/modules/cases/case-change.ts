import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { AccessPolicyService } from 'src/modules/access';
import type { CaseOperation } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import type { Touched } from 'src/modules/audit/model';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import {
  type CaseAction,
  type CaseStatus,
  isReadOnly,
  nextStatus,
  type TransitionContext,
} from 'src/modules/cases/case-lifecycle';
import { CaseHistoryEntity } from 'src/modules/cases/case-records.entity';
import { CaseErrors } from 'src/modules/cases/cases.errors';
import { CasesService } from 'src/modules/cases/cases.service';
import type { LocalDate } from 'src/modules/cases/clarification-period';
import { MunicipalCalendar } from 'src/modules/cases/municipal-calendar';
import { JournalService } from 'src/modules/journal';
import type { JournalEvent, JournalKind } from 'src/modules/journal/model';

/** The lifecycle's word on a case: the context `nextStatus` needs, given or read under the lock. */
export type TransitionContextOf =
  | TransitionContext
  | ((manager: EntityManager, kase: AssessmentCaseEntity) => Promise<TransitionContext>);

/**
 * Which state check an operation makes, declared once per operation:
 * - `lifecycle`: the case moves by `action` (case-lifecycle.ts), its status and updatedAt are
 *   written, and a history row is kept unless `history: false`;
 * - `editable`: the case must not be read only (from handover on), else CASE_READ_ONLY saying
 *   what can no longer be done;
 * - `any`: no check of the case's state.
 */
export type CaseStateCheck =
  | { lifecycle: CaseAction; context?: TransitionContextOf; history?: boolean }
  | { editable: string }
  | 'any';

/** What an operation declares about its change of a case. */
export interface CaseChangeSpec {
  /** Decided by the access policy and named in the audit trail. */
  operation: CaseOperation;
  /** The case's id, or how to find it from the target (the case of a goal or a measure). */
  caseId: string | ((manager: EntityManager) => Promise<string>);
  state: CaseStateCheck;
  /** Whether the audit arguments start with the case's id (they do unless said otherwise). */
  auditCaseId?: boolean;
}

/** What a change sees: the locked case, inside the change's transaction. */
export interface CaseChangeContext {
  caller: Caller;
  manager: EntityManager;
  kase: AssessmentCaseEntity;
  touched: Touched;
  today: LocalDate;
}

/** What a change did; the case row, history, journal and audit follow from it. */
export type CaseChange<T> =
  | {
      result: T;
      /** Columns of the case row the change sets. */
      changes?: Partial<AssessmentCaseEntity>;
      /** The history row's reason. */
      reason?: string | null;
      /** What the journal says about the change (a system entry, EVENT unless named). */
      event?: JournalEvent;
      eventKind?: JournalKind;
      /** Audit arguments (never free text). */
      args?: Record<string, unknown>;
    }
  /** Nothing to change (the same values again): audited as a read, nothing written. */
  | { unchanged: T };

/**
 * The one way a module changes an assessment case. `run` makes one change, in one
 * transaction:
 *   1. finds the case (`spec.caseId`, an id or a lookup from the target) and locks its row;
 *   2. loads the caller's relation to it and asks the access policy about `spec.operation`
 *      (the policy audits its own refusal);
 *   3. checks the case's state as `spec.state` declares (lifecycle action, still editable,
 *      or nothing); a refusal is audited as a read of the operation;
 *   4. applies the change (`apply`, which may still refuse, or answer `unchanged`: audited
 *      as a read, nothing written);
 *   5. writes the case row (under a lifecycle action: the next status and updatedAt with the
 *      change's columns; else only the columns the change names), the history row where the
 *      operation keeps one, the journal event the change returns, and the audit row.
 * A refusal at any step changes nothing. `preview` makes steps 1–3 in a read-only
 * transaction, audited as a read, and answers what `look` reads.
 */
@Injectable()
export class CaseChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly journal: JournalService,
    private readonly cases: CasesService,
    private readonly calendar: MunicipalCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run<T>(
    caller: Caller,
    spec: CaseChangeSpec,
    apply: (ctx: CaseChangeContext) => Promise<CaseChange<T>>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const caseId = typeof spec.caseId === 'function' ? await spec.caseId(manager) : spec.caseId;
      // The case row lock orders every change of a case (and of its plan, assessments,
      // decision and handover); a refusal changes nothing.
      const kase = await manager.findOne(AssessmentCaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!kase) throw CaseErrors.caseNotFound();
      const { operation, state } = spec;
      const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
      const relation = await this.policy.relationTo(manager, caller, kase);
      this.policy.require(caller, operation, relation, touched);
      let to: CaseStatus | null = null;
      if (state !== 'any' && 'lifecycle' in state) {
        const context =
          typeof state.context === 'function'
            ? await state.context(manager, kase)
            : (state.context ?? {});
        const next = nextStatus(kase.status, state.lifecycle, context);
        if (!next.ok) {
          caller.audit.read(operation, touched);
          throw CaseErrors.invalidTransition(next.reason, next.message, kase.status);
        }
        to = next.to;
      } else if (state !== 'any' && isReadOnly(kase.status)) {
        caller.audit.read(operation, touched);
        throw CaseErrors.readOnly(kase.status, state.editable);
      }
      const today = this.calendar.today();
      const change = await apply({ caller, manager, kase, touched, today });
      if ('unchanged' in change) {
        caller.audit.read(operation, touched);
        return change.unchanged;
      }
      const columns: Partial<AssessmentCaseEntity> =
        to === null
          ? (change.changes ?? {})
          : { ...change.changes, status: to, updatedAt: this.clock.now() };
      if (Object.keys(columns).length > 0) {
        await manager.update(AssessmentCaseEntity, { id: kase.id }, columns);
      }
      const from = kase.status;
      Object.assign(kase, columns);
      if (to !== null) {
        this.cases.present(kase);
        if (state !== 'any' && 'lifecycle' in state && state.history !== false) {
          await this.recordHistory(
            manager,
            caller,
            kase.id,
            state.lifecycle,
            from,
            to,
            change.reason ?? null,
          );
        }
      }
      if (change.event) {
        await this.journal.recordEvent(manager, caller, kase, change.event, change.eventKind);
      }
      const args = spec.auditCaseId === false ? change.args : { caseId: kase.id, ...change.args };
      await this.audit.recordWrite(manager, caller, operation, touched, args);
      return change.result;
    });
  }

  /**
   * What a change would produce, without making it (a letter or summary to read first): the
   * same relation, policy and lifecycle checks as `run`, then `look` reads in a read-only
   * transaction. Audited as a read of `operation` (with `args`); nothing else is written.
   */
  async preview<T>(
    caller: Caller,
    spec: {
      operation: CaseOperation;
      caseId: string;
      lifecycle: CaseAction;
      context?: TransitionContext;
      args?: Record<string, unknown>;
    },
    look: (manager: EntityManager, kase: AssessmentCaseEntity, today: LocalDate) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const kase = await manager.findOneBy(AssessmentCaseEntity, { id: spec.caseId });
      if (!kase) throw CaseErrors.caseNotFound();
      const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
      const relation = await this.policy.relationTo(manager, caller, kase);
      this.policy.require(caller, spec.operation, relation, touched);
      caller.audit.read(spec.operation, touched, { caseId: kase.id, ...spec.args });
      const next = nextStatus(kase.status, spec.lifecycle, spec.context ?? {});
      if (!next.ok) throw CaseErrors.invalidTransition(next.reason, next.message, kase.status);
      return look(manager, kase, this.calendar.today());
    });
  }

  /** A row of the case's history (the changes `run` makes, and the opening of a case). */
  async recordHistory(
    manager: EntityManager,
    caller: Caller,
    caseId: string,
    action: string,
    from: CaseStatus | null,
    to: CaseStatus,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(CaseHistoryEntity, {
      caseId,
      action,
      fromStatus: from,
      toStatus: to,
      reason,
      actorId: caller.actor.staffId,
      occurredAt: this.clock.now(),
    });
  }
}
