import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { CaseActionsService, CaseChanges, MunicipalCalendar } from 'src/modules/cases';
import { AssessmentCaseEntity, casesTable } from 'src/modules/cases/model';
import type {
  AcknowledgeHandoverInput,
  FollowUpsArgs,
  HandOverCaseInput,
  RecordFollowUpInput,
} from 'src/modules/handover/dto/handover.input';
import { collectSummary, summaryText } from 'src/modules/handover/handover-summary';
import { FollowUpEntity, HandoverEntity } from 'src/modules/handover/handover.entity';
import {
  FollowUpResult,
  HandoverDestination,
  HandoverStatus,
} from 'src/modules/handover/handover.enums';
import { HandoverErrors } from 'src/modules/handover/handover.errors';
import type { HandoverSummaryPreview } from 'src/modules/handover/handover-summary-preview';
import {
  activeCoordinatorsOf,
  IdentityErrors,
  type ServiceUnitEntity,
  ServiceUnitKind,
  serviceUnitOf,
  findTeam,
} from 'src/modules/identity/model';
import { JournalKind } from 'src/modules/journal/model';
import { insertReassessmentReferral } from 'src/modules/referrals/model';
import { decisionTariffOf, tariffFollowUpDate } from 'src/modules/decisions/model';
import { caseSettingValues } from 'src/modules/settings/model';

/** Which kind of unit receives which destination (OTHER_SERVICES: any unit). */
const UNIT_KINDS: Record<Exclude<HandoverDestination, 'CLOSED'>, ServiceUnitKind[]> = {
  ORDINARY_HOME_CARE: [ServiceUnitKind.HOME_CARE],
  LOW_THRESHOLD: [ServiceUnitKind.LOW_THRESHOLD],
  OTHER_SERVICES: [ServiceUnitKind.OTHER, ServiceUnitKind.HOME_CARE, ServiceUnitKind.LOW_THRESHOLD],
};

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Every destination but closure needs the person's agreed goal plan (docs/design.md "Handover"). */
function requireAgreedPlan(kase: AssessmentCaseEntity, destination: HandoverDestination): void {
  if (destination !== HandoverDestination.CLOSED && !kase.goalPlanAgreed)
    throw HandoverErrors.goalPlanNotAgreed();
}

/** Handover to the receiving unit, its acknowledgement or return, and the follow-up after it. */
@Injectable()
export class HandoverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: CaseChanges,
    private readonly caseActions: CaseActionsService,
    private readonly calendar: MunicipalCalendar,
    private readonly policy: AccessPolicyService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handOver(
    caller: Caller,
    caseId: string,
    input: HandOverCaseInput,
  ): Promise<AssessmentCaseEntity> {
    const unit = await this.receivingUnit(input);
    const today = this.calendar.today();
    if (input.followUpDate !== undefined && input.followUpDate < today)
      throw HandoverErrors.followUpInPast();
    return this.changes.run(
      caller,
      {
        operation: 'handOverCase',
        caseId,
        state: { lifecycle: 'HAND_OVER', context: { handoverDestination: input.destination } },
      },
      async ({ manager, kase, today: handedOverOn }) => {
        requireAgreedPlan(kase, input.destination);
        // The coordinator's date wins; else the decision's tariff category gives it.
        const followUpDate =
          input.followUpDate ?? (await this.defaultFollowUpDate(manager, kase, handedOverOn));
        const summary = await collectSummary(manager, kase.id, this.config.MUNICIPALITY_LANGUAGE);
        const text = summaryText(summary, this.config.MUNICIPALITY_LANGUAGE, input.destination);
        const handover = manager.create(HandoverEntity, {
          caseId: kase.id,
          destination: input.destination,
          receivingUnitId: unit?.id ?? null,
          status: unit ? HandoverStatus.SENT : HandoverStatus.CLOSED,
          followUpDate,
          sentAt: this.clock.now(),
          sentBy: caller.actor.staffId,
          summary,
          summaryText: text,
        });
        await manager.insert(HandoverEntity, handover);
        return {
          result: kase,
          changes: {},
          reason: null,
          args: {
            handoverId: handover.id,
            destination: input.destination,
            receivingUnitId: unit?.id ?? null,
          },
          event: { type: 'HANDOVER', text },
          eventKind: JournalKind.HANDOVER,
        };
      },
    );
  }

  /**
   * The summary `handOver` would send today to `destination`, before anything is sent: the
   * same access, lifecycle and goal-plan checks, read only, audited as a read.
   */
  async previewSummary(
    caller: Caller,
    caseId: string,
    destination: HandoverDestination,
  ): Promise<HandoverSummaryPreview> {
    return this.changes.preview(
      caller,
      {
        operation: 'handoverSummaryPreview',
        caseId,
        lifecycle: 'HAND_OVER',
        context: { handoverDestination: destination },
        args: { destination },
      },
      async (manager, kase, today) => {
        requireAgreedPlan(kase, destination);
        const summary = await collectSummary(manager, kase.id, this.config.MUNICIPALITY_LANGUAGE);
        return {
          destination,
          text: summaryText(summary, this.config.MUNICIPALITY_LANGUAGE, destination),
          followUpDate: await this.defaultFollowUpDate(manager, kase, today),
        };
      },
    );
  }

  async acknowledge(
    caller: Caller,
    caseId: string,
    input: AcknowledgeHandoverInput,
  ): Promise<AssessmentCaseEntity> {
    const onBehalf = input.onBehalfOfName ?? null;
    // An external unit's acknowledgement may be recorded by the coordinator, naming the person.
    return this.changes.run(
      caller,
      {
        operation: onBehalf ? 'acknowledgeHandoverOnBehalf' : 'acknowledgeHandover',
        caseId,
        state: { lifecycle: 'ACKNOWLEDGE_HANDOVER' },
      },
      async ({ manager, kase }) => {
        const handover = await this.currentHandover(manager, kase.id, HandoverStatus.SENT);
        const unit = await this.unitOf(manager, handover);
        if (onBehalf && !unit.isExternal) throw HandoverErrors.notExternal();
        await manager.update(
          HandoverEntity,
          { id: handover.id },
          {
            status: HandoverStatus.ACKNOWLEDGED,
            acknowledgedAt: this.clock.now(),
            acknowledgedBy: caller.actor.staffId,
            acknowledgedForName: onBehalf,
          },
        );
        return {
          result: kase,
          changes: {},
          reason: null,
          args: { handoverId: handover.id, onBehalf: Boolean(onBehalf) },
          event: { type: 'HANDOVER_ACKNOWLEDGED', unit: unit.name, onBehalfOf: onBehalf },
        };
      },
    );
  }

  async returnHandover(
    caller: Caller,
    caseId: string,
    reason: string,
  ): Promise<AssessmentCaseEntity> {
    return this.changes.run(
      caller,
      { operation: 'returnHandover', caseId, state: { lifecycle: 'RETURN_HANDOVER' } },
      async ({ manager, kase }) => {
        const handover = await this.currentHandover(manager, kase.id, HandoverStatus.SENT);
        const unit = await this.unitOf(manager, handover);
        await manager.update(
          HandoverEntity,
          { id: handover.id },
          { status: HandoverStatus.RETURNED, returnReason: reason, returnedAt: this.clock.now() },
        );
        return {
          result: kase,
          changes: {},
          reason,
          args: { handoverId: handover.id },
          event: { type: 'HANDOVER_RETURNED', unit: unit.name, reason },
        };
      },
    );
  }

  async recordFollowUp(
    caller: Caller,
    caseId: string,
    input: RecordFollowUpInput,
  ): Promise<FollowUpEntity> {
    const today = this.calendar.today();
    const continues =
      input.result === FollowUpResult.CONTINUE ||
      input.result === FollowUpResult.ADJUST_WITHIN_FRAME;
    const next = continues
      ? (input.nextFollowUpDate ?? addMonths(today, this.config.FOLLOW_UP_MONTHS))
      : null;
    if (next !== null && next <= today) throw HandoverErrors.followUpInPast('nextFollowUpDate');
    // No lifecycle step: a follow-up is recorded on a handed-over case as long as it runs.
    return this.changes.run(
      caller,
      { operation: 'recordFollowUp', caseId, state: 'any', auditCaseId: false },
      async ({ manager, kase }) => {
        const [handover] = await manager.find(HandoverEntity, {
          where: { caseId, status: In([HandoverStatus.ACKNOWLEDGED, HandoverStatus.CLOSED]) },
          order: { sentAt: 'DESC' },
          take: 1,
        });
        if (!handover) throw HandoverErrors.notAcknowledged();
        if (!handover.followUpDate) throw HandoverErrors.followUpEnded();
        let newReferralId: string | null = null;
        if (input.result === FollowUpResult.REASSESS)
          newReferralId = await this.reassess(manager, caller, kase, input.note);
        const followUp = manager.create(FollowUpEntity, {
          caseId,
          handoverId: handover.id,
          result: input.result,
          note: input.note,
          nextFollowUpDate: next,
          newReferralId,
          recordedBy: caller.actor.staffId,
          recordedAt: this.clock.now(),
        });
        await manager.insert(FollowUpEntity, followUp);
        await manager.update(HandoverEntity, { id: handover.id }, { followUpDate: next });
        return {
          result: followUp,
          event: { type: 'FOLLOW_UP', result: input.result, note: input.note, next },
          args: { followUpId: followUp.id, result: input.result, newReferralId },
        };
      },
    );
  }

  /** Cases due for follow-up, for an assessment team or a receiving unit. */
  async followUps(caller: Caller, args: FollowUpsArgs): Promise<HandoverEntity[]> {
    if (Boolean(args.teamId) === Boolean(args.unitId)) throw HandoverErrors.scopeRequired();
    const params: unknown[] = [args.dueBefore];
    let scope: string;
    if (args.teamId) {
      const team = await findTeam(this.dataSource.manager, args.teamId);
      if (!team) throw IdentityErrors.teamNotFound();
      // Handovers carry the summary (journal extracts): the team's members only.
      this.policy.require(caller, 'followUps', { teamId: team.id });
      params.push(args.teamId);
      scope = `c.team_id = $2`;
    } else {
      this.policy.require(caller, 'unitFollowUps', { unitId: args.unitId as string });
      params.push(args.unitId);
      scope = `h.receiving_unit_id = $2`;
    }
    const rows = (await this.dataSource.query(
      `SELECT h.id, c.patient_id AS "patientId" FROM handovers h JOIN ${casesTable('c')} ON c.id = h.case_id
        WHERE ${scope} AND h.status IN ('ACKNOWLEDGED', 'CLOSED') AND h.follow_up_date IS NOT NULL
          AND h.follow_up_date <= $1::date
        ORDER BY h.follow_up_date, h.id LIMIT 500`,
      params,
    )) as { id: string; patientId: string }[];
    const handovers = await this.dataSource
      .getRepository(HandoverEntity)
      .findBy({ id: In(rows.map((r) => r.id)) });
    handovers.sort(
      (a, b) =>
        (a.followUpDate as string).localeCompare(b.followUpDate as string) ||
        a.id.localeCompare(b.id),
    );
    caller.audit.read(
      'followUps',
      { patientIds: rows.map((r) => r.patientId), caseIds: handovers.map((h) => h.caseId) },
      { teamId: args.teamId ?? null, unitId: args.unitId ?? null, dueBefore: args.dueBefore },
    );
    return handovers;
  }

  async handoversOf(caseIds: readonly string[]): Promise<HandoverEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(HandoverEntity), 'caseId', caseIds, {
      sentAt: 'ASC',
      id: 'ASC',
    });
  }

  async followUpsOf(caseIds: readonly string[]): Promise<FollowUpEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(FollowUpEntity), 'caseId', caseIds, {
      recordedAt: 'ASC',
      id: 'ASC',
    });
  }

  /**
   * The follow-up date a handover on `on` gets unless the coordinator gives one: by the
   * decision's tariff category (DEVELOPING, MAINTAINING, SHORT_NURSING) and the settings the
   * case opened with, else FOLLOW_UP_MONTHS months.
   */
  private async defaultFollowUpDate(
    manager: EntityManager,
    kase: AssessmentCaseEntity,
    on: string,
  ): Promise<string> {
    const tariff = await decisionTariffOf(manager, kase.id);
    if (tariff?.tariffCategory)
      return tariffFollowUpDate(
        tariff.tariffCategory,
        tariff.nursingWeeks,
        on,
        caseSettingValues(kase),
      );
    return addMonths(on, this.config.FOLLOW_UP_MONTHS);
  }

  private async receivingUnit(input: HandOverCaseInput): Promise<ServiceUnitEntity | null> {
    if (input.destination === HandoverDestination.CLOSED) {
      if (input.receivingUnitId) throw HandoverErrors.unitNotExpected();
      return null;
    }
    if (!input.receivingUnitId) throw HandoverErrors.unitRequired();
    const unit = await serviceUnitOf(this.dataSource.manager, input.receivingUnitId);
    if (!unit) throw HandoverErrors.unitNotFound();
    if (!UNIT_KINDS[input.destination].includes(unit.kind)) {
      throw HandoverErrors.unitKindMismatch(input.destination, unit.kind);
    }
    return unit;
  }

  private async currentHandover(
    manager: EntityManager,
    caseId: string,
    status: HandoverStatus,
  ): Promise<HandoverEntity> {
    const handover = await manager.findOne(HandoverEntity, {
      where: { caseId, status },
      order: { sentAt: 'DESC' },
    });
    if (!handover) throw HandoverErrors.noHandover();
    return handover;
  }

  /** The unit a handover was sent to (a sent handover always names one). */
  private async unitOf(
    manager: EntityManager,
    handover: HandoverEntity,
  ): Promise<ServiceUnitEntity> {
    const unit = await serviceUnitOf(manager, handover.receivingUnitId as string);
    if (!unit) throw new Error(`handover ${handover.id} names no unit`);
    return unit;
  }

  /** REASSESS: a new referral from the follow-up opens a new assessment case for the team. */
  private async reassess(
    manager: EntityManager,
    caller: Caller,
    kase: AssessmentCaseEntity,
    note: string,
  ): Promise<string> {
    const team = await findTeam(manager, kase.teamId);
    if (!team) throw new Error(`case ${kase.id} names no team`);
    // The old case's coordinator if still active in the team, else the team's first one.
    const coordinators = await activeCoordinatorsOf(manager, team.id);
    const coordinatorId = coordinators.includes(kase.coordinatorId)
      ? kase.coordinatorId
      : (coordinators[0] ?? kase.coordinatorId);
    const opened = await this.caseActions.openCase(
      manager,
      caller,
      kase.patientId,
      team,
      coordinatorId,
    );
    return insertReassessmentReferral(manager, {
      patientId: kase.patientId,
      teamId: team.id,
      source: caller.actor.unitIds.length ? 'HOME_CARE' : 'OTHER',
      receivedAt: this.clock.now(),
      description: note,
      helpRequested:
        this.config.MUNICIPALITY_LANGUAGE === 'nb'
          ? 'Ny vurdering etter oppfølging'
          : 'Ny vurdering efter opfølgning',
      caseId: opened.id,
      staffId: caller.actor.staffId,
    });
  }
}
