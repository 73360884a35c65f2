import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { type CaseOperation, mayBeAssigned } from 'src/modules/access/model';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import {
  type CaseChange,
  type CaseChangeContext,
  CaseChanges,
  type TransitionContextOf,
} from 'src/modules/cases/case-change';
import {
  type CaseAction,
  OPEN_CASE_STATUSES,
  OPERATION_OF_ACTION,
} from 'src/modules/cases/case-lifecycle';
import {
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from 'src/modules/cases/case-records.entity';
import { CaseErrors } from 'src/modules/cases/cases.errors';
import {
  activeCoordinatorsOf,
  activeStaffMember,
  type AssessmentTeamEntity,
  IdentityErrors,
  type StaffMemberEntity,
  staffMemberOf,
} from 'src/modules/identity/model';
import { addDays, daysBetween, type LocalDate } from 'src/modules/cases/clarification-period';
import type {
  AssignCaseMemberInput,
  CancelCaseInput,
  ExtendDeadlineInput,
  PutCaseOnHoldInput,
  RecordInterimServiceInput,
} from 'src/modules/cases/dto/case.input';
import { MunicipalCalendar } from 'src/modules/cases/municipal-calendar';
import {
  DEFAULT_COORDINATION_LEVEL,
  requireCoordinationLevels,
} from 'src/modules/cases/coordination-level';
import { decisionOutcomeOf } from 'src/modules/decisions/model';
import { JournalService } from 'src/modules/journal';
import { SettingsService } from 'src/modules/settings';

/** What a change of the case itself did (its result is the case, changed and presented). */
type OwnChange = Omit<Extract<CaseChange<AssessmentCaseEntity>, { result: unknown }>, 'result'>;

/**
 * The case's own changes: opening it, holds, extensions, cancellation, closure, members, the
 * coordinator and interim services. Each runs through the case-change kernel (CaseChanges).
 */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly changes: CaseChanges,
    private readonly journal: JournalService,
    private readonly calendar: MunicipalCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Opens a case for an accepted referral (inside the referral's transaction).
   * The settings in force now in the team's district (its overrides, else the municipal
   * defaults) are stored on the case, so changing a setting never moves open cases.
   */
  async openCase(
    manager: EntityManager,
    caller: Caller,
    patientId: string,
    team: AssessmentTeamEntity,
    coordinatorId: string,
    coordinationLevel?: number,
  ): Promise<AssessmentCaseEntity> {
    const now = this.clock.now();
    const acceptedOn = this.calendar.dateOf(now);
    const settings = await this.settings.effectiveFor(manager, team.districtId);
    const { clarificationDays } = settings;
    // Billund: a case opening with coordination levels on has a level (1 unless given); a
    // level given where they are off is refused, not ignored.
    if (coordinationLevel !== undefined)
      requireCoordinationLevels(caller, settings, 'acceptReferral', { patientIds: [patientId] });
    const level = settings.coordinationLevels
      ? (coordinationLevel ?? DEFAULT_COORDINATION_LEVEL)
      : null;
    const kase = manager.create(AssessmentCaseEntity, {
      patientId,
      teamId: team.id,
      serviceArea: team.serviceArea,
      status: 'ACTIVE',
      coordinatorId,
      acceptedAt: now,
      acceptedOn,
      clarificationDays,
      openedWithSettings: settings,
      extensionDays: 0,
      holdDays: 0,
      deadlineDate: addDays(acceptedOn, clarificationDays),
      onHoldSince: null,
      decidedOn: null,
      goalPlanAgreed: false,
      cancelReason: null,
      coordinationLevel: level,
      updatedAt: now,
    });
    await manager.insert(AssessmentCaseEntity, kase);
    await this.changes.recordHistory(manager, caller, kase.id, 'ACCEPTED', null, 'ACTIVE', null);
    await this.journal.recordEvent(manager, caller, kase, {
      type: 'ACCEPTED',
      deadlineDate: kase.deadlineDate,
      coordinationLevel: level,
    });
    return kase;
  }

  /** The person's open case, if any (one at a time). */
  async openCaseOf(
    manager: EntityManager,
    patientId: string,
  ): Promise<AssessmentCaseEntity | null> {
    return manager.findOne(AssessmentCaseEntity, {
      where: { patientId, status: In([...OPEN_CASE_STATUSES]) },
    });
  }

  /** Active COORDINATORs of a team, by name: who may coordinate its cases. */
  activeCoordinators(manager: EntityManager, teamId: string): Promise<string[]> {
    return activeCoordinatorsOf(manager, teamId);
  }

  async putOnHold(
    caller: Caller,
    caseId: string,
    input: PutCaseOnHoldInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'HOLD', async ({ manager, today }) => {
      await manager.insert(CaseHoldEntity, {
        caseId,
        fromDate: today,
        untilDate: null,
        reason: input.reason,
        startedBy: caller.actor.staffId,
      });
      return {
        changes: { onHoldSince: today },
        reason: input.reason,
        event: { type: 'HOLD', reason: input.reason },
      };
    });
  }

  async resume(caller: Caller, caseId: string): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'RESUME', async ({ manager, kase, today }) => {
      // A hold from A to resumption on B adds B − A days (a same-day hold adds none).
      const paused = await this.endHold(manager, kase, today);
      return {
        changes: {
          onHoldSince: null,
          holdDays: kase.holdDays + paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
        reason: null,
        args: { pausedDays: paused },
        event: {
          type: 'RESUME',
          pausedDays: paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
      };
    });
  }

  async extendDeadline(
    caller: Caller,
    caseId: string,
    input: ExtendDeadlineInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'EXTEND', async ({ manager, kase }) => {
      await manager.insert(DeadlineExtensionEntity, {
        caseId,
        days: input.days,
        reason: input.reason,
        extendedBy: caller.actor.staffId,
      });
      return {
        changes: {
          extensionDays: kase.extensionDays + input.days,
          deadlineDate: addDays(kase.deadlineDate, input.days),
        },
        reason: input.reason,
        args: { days: input.days },
        event: {
          type: 'EXTEND',
          days: input.days,
          reason: input.reason,
          deadlineDate: addDays(kase.deadlineDate, input.days),
        },
      };
    });
  }

  async cancel(
    caller: Caller,
    caseId: string,
    input: CancelCaseInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'CANCEL', async ({ manager, kase, today }) => {
      // A hold still open ends with the case; its days count as for a resumption.
      const paused = await this.endHold(manager, kase, today);
      return {
        changes: {
          cancelReason: input.reason,
          onHoldSince: null,
          holdDays: kase.holdDays + paused,
          deadlineDate: addDays(kase.deadlineDate, paused),
        },
        reason: input.reason,
        event: { type: 'CANCEL', reason: input.reason },
      };
    });
  }

  /** Ends an open hold today; answers the days it paused the clock (B − A). */
  private async endHold(
    manager: EntityManager,
    kase: AssessmentCaseEntity,
    today: LocalDate,
  ): Promise<number> {
    if (!kase.onHoldSince) return 0;
    await manager.update(
      CaseHoldEntity,
      { caseId: kase.id, untilDate: IsNull() },
      { untilDate: today },
    );
    return Math.max(daysBetween(kase.onHoldSince, today), 0);
  }

  /** Only for a NO_SERVICES decision (docs/design.md "Lifecycles"); anything else is INVALID_TRANSITION. */
  async close(caller: Caller, caseId: string): Promise<AssessmentCaseEntity> {
    return this.change(
      caller,
      caseId,
      'CLOSE',
      () => Promise.resolve({ changes: {}, reason: null, event: { type: 'CLOSED_NO_SERVICES' } }),
      async (manager, kase) => ({ decisionOutcome: await decisionOutcomeOf(manager, kase.id) }),
    );
  }

  async assignMember(
    caller: Caller,
    caseId: string,
    input: AssignCaseMemberInput,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'ASSIGN_MEMBER', async ({ manager }) => {
      const staff = await this.insertMember(manager, caller, caseId, input);
      return {
        changes: {},
        reason: null,
        args: { staffId: input.staffId, role: input.role },
        event: { type: 'ASSIGN_MEMBER', name: staff.name, role: input.role },
      };
    });
  }

  /**
   * The first members of a case, named when its referral is accepted (in the acceptance's
   * transaction, by whoever may accept): each with the history row and journal event that
   * `assignCaseMember` writes.
   */
  async addFirstMembers(
    manager: EntityManager,
    caller: Caller,
    kase: AssessmentCaseEntity,
    members: readonly AssignCaseMemberInput[],
  ): Promise<void> {
    for (const member of members) {
      const staff = await this.insertMember(manager, caller, kase.id, member);
      await this.changes.recordHistory(
        manager,
        caller,
        kase.id,
        'ASSIGN_MEMBER',
        kase.status,
        kase.status,
        null,
      );
      await this.journal.recordEvent(manager, caller, kase, {
        type: 'ASSIGN_MEMBER',
        name: staff.name,
        role: member.role,
      });
    }
  }

  /** Of `members`, those not yet assigned to the case. */
  async notYetMembers<M extends { staffId: string }>(
    manager: EntityManager,
    caseId: string,
    members: readonly M[],
  ): Promise<M[]> {
    if (members.length === 0) return [];
    const assigned = await manager.findBy(CaseMemberEntity, {
      caseId,
      staffId: In(members.map((m) => m.staffId)),
    });
    return members.filter((m) => !assigned.some((a) => a.staffId === m.staffId));
  }

  /** One assignment: an active staff member who works in cases, not yet assigned. */
  private async insertMember(
    manager: EntityManager,
    caller: Caller,
    caseId: string,
    input: AssignCaseMemberInput,
  ): Promise<StaffMemberEntity> {
    const staff = await activeStaffMember(manager, input.staffId);
    if (!staff) throw IdentityErrors.activeStaffNotFound();
    if (!mayBeAssigned(staff.profession)) throw CaseErrors.cannotBeAssigned();
    if (await manager.existsBy(CaseMemberEntity, { caseId, staffId: input.staffId }))
      throw CaseErrors.alreadyAssigned();
    await manager.insert(CaseMemberEntity, {
      caseId,
      staffId: input.staffId,
      role: input.role,
      assignedBy: caller.actor.staffId,
    });
    return staff;
  }

  /**
   * Takes a staff member off the case (the coordinator), ending the access the assignment
   * gave them; their open subscriptions to the journal end at the next entry.
   */
  async removeMember(
    caller: Caller,
    caseId: string,
    staffId: string,
    reason: string,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'REMOVE_MEMBER', async ({ manager }) => {
      const member = await manager.findOneBy(CaseMemberEntity, { caseId, staffId });
      if (!member) throw CaseErrors.notACaseMember();
      const staff = await staffMemberOf(manager, staffId);
      await manager.delete(CaseMemberEntity, { id: member.id });
      return {
        changes: {},
        reason,
        // The reason is free text: it stays in the case history, not in the audit arguments.
        args: { staffId, role: member.role },
        event: { type: 'REMOVE_MEMBER', name: staff.name, role: member.role, reason },
      };
    });
  }

  async changeCoordinator(
    caller: Caller,
    caseId: string,
    coordinatorId: string,
  ): Promise<AssessmentCaseEntity> {
    return this.change(caller, caseId, 'CHANGE_COORDINATOR', async ({ manager, kase }) => {
      const coordinators = await activeCoordinatorsOf(manager, kase.teamId);
      if (!coordinators.includes(coordinatorId)) throw CaseErrors.notACoordinator();
      const coordinator = await staffMemberOf(manager, coordinatorId);
      return {
        changes: { coordinatorId },
        reason: null,
        args: { coordinatorId },
        event: { type: 'CHANGE_COORDINATOR', name: coordinator.name },
      };
    });
  }

  async recordInterimService(
    caller: Caller,
    caseId: string,
    input: RecordInterimServiceInput,
  ): Promise<InterimServiceEntity> {
    if (input.toDate && input.toDate < input.fromDate) throw CaseErrors.datesOutOfOrder();
    return this.changes.run(
      caller,
      {
        operation: 'recordInterimService',
        caseId,
        state: { lifecycle: 'RECORD_INTERIM_SERVICE', history: false },
      },
      async ({ manager }) => {
        const service = manager.create(InterimServiceEntity, {
          caseId,
          kind: input.kind,
          description: input.description,
          frequency: input.frequency,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
          responsible: input.responsible,
          recordedBy: caller.actor.staffId,
        });
        await manager.insert(InterimServiceEntity, service);
        return {
          result: service,
          args: { kind: input.kind, fromDate: input.fromDate },
          event: {
            type: 'RECORD_INTERIM_SERVICE',
            kind: input.kind,
            description: input.description,
          },
        };
      },
    );
  }

  /**
   * A lifecycle change of the case through the kernel, answering the case as changed:
   * `operation` is the one decided and audited where an action has more than one (on behalf of).
   */
  private change(
    caller: Caller,
    caseId: string,
    action: CaseAction,
    apply: (ctx: CaseChangeContext) => Promise<OwnChange>,
    context: TransitionContextOf = {},
    operation: CaseOperation = OPERATION_OF_ACTION[action],
  ): Promise<AssessmentCaseEntity> {
    return this.changes.run(
      caller,
      { operation, caseId, state: { lifecycle: action, context } },
      async (ctx) => ({ ...(await apply(ctx)), result: ctx.kase }),
    );
  }
}
