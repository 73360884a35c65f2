import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { type DomainError, refuse } from 'src/common/graphql/domain-error';
import { groupInKeyOrder } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import {
  type AdjustmentStep,
  frameOf,
  inForce,
  isoWeekDays,
  isoWeekOf,
  reversible,
  roundHours,
  timeInForce,
  withinFrame,
} from 'src/modules/adjustments/adjustment-rules';
import { AdjustmentVerdict } from 'src/modules/adjustments/adjustment.enums';
import type { DelegatedFrame } from 'src/modules/adjustments/adjustment.types';
import { AdjustmentErrors } from 'src/modules/adjustments/adjustments.errors';
import type {
  AdjustServiceTimeArgs,
  ServiceAdjustmentsForReviewArgs,
} from 'src/modules/adjustments/dto/adjustment.args';
import {
  ServiceAdjustmentEntity,
  ServiceAdjustmentReviewEntity,
} from 'src/modules/adjustments/service-adjustment.entity';
import type { Touched } from 'src/modules/audit/model';
import { CaseChanges, CasesService, MunicipalCalendar } from 'src/modules/cases';
import { type AssessmentCaseEntity, casesTable } from 'src/modules/cases/model';
import {
  caseOfDecidedService,
  type DecidedService,
  decidedServicesOf,
  type DecisionServiceEntity,
  decisionServicesByIds,
} from 'src/modules/decisions/model';
import { acknowledgedHandoverOf } from 'src/modules/handover/model';
import { findTeam, IdentityErrors, serviceUnitOf } from 'src/modules/identity/model';
import { SettingsService } from 'src/modules/settings';
import { caseSettingValues, requireSetting, type SettingValues } from 'src/modules/settings/model';

/** A refusal after the access check: audited (FORBIDDEN as refused, else as a read), then thrown. */
function refuseIn(caller: Caller, operation: Operation, touched: Touched, error: unknown): never {
  const domain = error as Partial<DomainError>;
  if (domain.code === 'FORBIDDEN')
    caller.audit.refused(operation, touched, { reason: domain.reason });
  else caller.audit.read(operation, touched);
  throw error;
}

/** The case's own setting (as it opened): refused as FEATURE_DISABLED when off. */
function requireDelegated(values: SettingValues, operation: Operation): void {
  requireSetting(values, 'delegatedAdjustment', operation);
}

/**
 * Delegated adjustment (Kolding, after Svendborg; docs/models.md): the receiving unit moves a
 * decided service's weekly time within the frame, without a new decision; the team's
 * caseworkers confirm or reverse each move in their weekly review. Adjustments and reviews
 * are append-only rows of their own; the decision is never changed.
 */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: CaseChanges,
    private readonly cases: CasesService,
    private readonly calendar: MunicipalCalendar,
    private readonly policy: AccessPolicyService,
    private readonly settings: SettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async adjust(caller: Caller, args: AdjustServiceTimeArgs): Promise<ServiceAdjustmentEntity> {
    const operation = 'adjustServiceTime';
    return this.changes.run(
      caller,
      {
        operation,
        caseId: async (manager) => {
          const caseId = await caseOfDecidedService(manager, args.decisionServiceId);
          if (!caseId) throw AdjustmentErrors.serviceNotFound();
          return caseId;
        },
        // The documented exception to "read only after handover": the receiving unit adjusts a
        // handed-over (even closed) case's service time, in rows of its own; the checks that
        // matter (acknowledged, in force, within the frame) are made here.
        state: 'any',
      },
      async ({ manager, kase, touched, today }) => {
        try {
          const values = caseSettingValues(kase);
          requireDelegated(values, operation);
          const handover = await acknowledgedHandoverOf(manager, kase.id);
          if (!handover || !caller.actor.unitIds.includes(handover.receivingUnitId))
            throw AdjustmentErrors.handoverNotAcknowledged();
          const [service] = await decidedServicesOf(manager, [args.decisionServiceId]);
          const decided = service.weeklyHours;
          if (decided === null) throw AdjustmentErrors.noWeeklyTime();
          if (!inForce(service, today)) throw AdjustmentErrors.notInForce();
          const frame = frameOf(
            decided,
            values.delegatedFrameKind,
            values.delegatedFrameValue,
            service.delegatedFrameHours,
          );
          if (!withinFrame(args.hoursPerWeek, frame))
            throw AdjustmentErrors.outsideFrame(frame.min, frame.max);
          const [steps] = await this.stepsOf(manager, [service.id]);
          const previous = timeInForce(decided, steps);
          const hours = roundHours(args.hoursPerWeek);
          if (hours === previous)
            throw refuse('EMPTY_CHANGE', `The time in force is already ${hours} hours a week`, {
              fields: [{ field: 'hoursPerWeek', problems: ['the time already in force'] }],
            });
          const unit = await serviceUnitOf(manager, handover.receivingUnitId);
          const now = this.clock.now();
          const adjustment = manager.create(ServiceAdjustmentEntity, {
            decisionServiceId: service.id,
            caseId: kase.id,
            hoursPerWeek: hours,
            previousHours: previous,
            reason: args.reason,
            adjustedById: caller.actor.staffId,
            adjustedAt: now,
            week: isoWeekOf(this.calendar.dateOf(now)),
          });
          await manager.insert(ServiceAdjustmentEntity, adjustment);
          await this.changes.recordHistory(
            manager,
            caller,
            kase.id,
            'ADJUST_SERVICE_TIME',
            kase.status,
            kase.status,
            args.reason,
          );
          return {
            result: adjustment,
            event: {
              type: 'SERVICE_TIME_ADJUSTED',
              service: this.nameOf(service),
              unit: unit?.name ?? '',
              from: previous,
              to: hours,
              decided,
              reason: args.reason,
            },
            args: {
              adjustmentId: adjustment.id,
              decisionServiceId: service.id,
              hoursPerWeek: hours,
              previousHours: previous,
            },
          };
        } catch (error) {
          return refuseIn(caller, operation, touched, error);
        }
      },
    );
  }

  /** The caseworker's verdict on one adjustment: confirmed, or reversed (the time before it). */
  async review(
    caller: Caller,
    adjustmentId: string,
    verdict: AdjustmentVerdict,
    reason: string | null,
  ): Promise<ServiceAdjustmentEntity> {
    const operation =
      verdict === AdjustmentVerdict.CONFIRMED
        ? 'confirmServiceAdjustment'
        : 'reverseServiceAdjustment';
    return this.changes.run(
      caller,
      {
        operation,
        caseId: async (manager) => {
          const adjustment = await manager.findOneBy(ServiceAdjustmentEntity, {
            id: adjustmentId,
          });
          if (!adjustment) throw AdjustmentErrors.adjustmentNotFound();
          return adjustment.caseId;
        },
        // A review records the caseworker's responsibility for a handed-over case's
        // adjustment: allowed in any state, in rows of its own (see adjust).
        state: 'any',
      },
      async ({ manager, kase, touched }) => {
        try {
          requireDelegated(caseSettingValues(kase), operation);
          const adjustment = await manager.findOneByOrFail(ServiceAdjustmentEntity, {
            id: adjustmentId,
          });
          const [steps] = await this.stepsOf(manager, [adjustment.decisionServiceId]);
          const step = steps.find((s) => s.id === adjustment.id) as AdjustmentStep;
          if (step.verdict) throw AdjustmentErrors.alreadyReviewed(step.verdict);
          if (verdict === AdjustmentVerdict.REVERSED && !reversible(adjustment.id, steps))
            throw AdjustmentErrors.laterAdjustmentExists();
          const [service] = await decidedServicesOf(manager, [adjustment.decisionServiceId]);
          const review = manager.create(ServiceAdjustmentReviewEntity, {
            adjustmentId: adjustment.id,
            verdict,
            reason,
            reviewedById: caller.actor.staffId,
            reviewedAt: this.clock.now(),
          });
          await manager.insert(ServiceAdjustmentReviewEntity, review);
          await this.changes.recordHistory(
            manager,
            caller,
            kase.id,
            verdict === AdjustmentVerdict.CONFIRMED
              ? 'CONFIRM_SERVICE_ADJUSTMENT'
              : 'REVERSE_SERVICE_ADJUSTMENT',
            kase.status,
            kase.status,
            reason,
          );
          const name = this.nameOf(service);
          if (verdict === AdjustmentVerdict.CONFIRMED)
            return {
              result: adjustment,
              event: {
                type: 'SERVICE_ADJUSTMENT_CONFIRMED',
                service: name,
                to: adjustment.hoursPerWeek,
                reason,
              },
              args: { adjustmentId: adjustment.id, verdict },
            };
          const handover = await acknowledgedHandoverOf(manager, kase.id);
          const unit = handover ? await serviceUnitOf(manager, handover.receivingUnitId) : null;
          return {
            result: adjustment,
            // The journal tells the unit: it reads the case's journal after handover.
            event: {
              type: 'SERVICE_ADJUSTMENT_REVERSED',
              service: name,
              unit: unit?.name ?? '',
              from: adjustment.hoursPerWeek,
              to: adjustment.previousHours,
              reason: reason as string,
            },
            args: { adjustmentId: adjustment.id, verdict },
          };
        } catch (error) {
          return refuseIn(caller, operation, touched, error);
        }
      },
    );
  }

  /** The team's adjustments made in an ISO week (municipal time), for its caseworkers. */
  async forReview(
    caller: Caller,
    { teamId, week }: ServiceAdjustmentsForReviewArgs,
  ): Promise<ServiceAdjustmentEntity[]> {
    const operation = 'serviceAdjustmentsForReview';
    if (!isoWeekDays(week)) throw AdjustmentErrors.invalidWeek();
    const manager = this.dataSource.manager;
    const team = await findTeam(manager, teamId);
    if (!team) throw IdentityErrors.teamNotFound();
    this.policy.require(caller, operation, { teamId });
    // Beside any one case: the district's current setting.
    const values = await this.settings.effectiveFor(manager, team.districtId);
    try {
      requireDelegated(values, operation);
    } catch (error) {
      refuseIn(caller, operation, {}, error);
    }
    const rows = (await manager.query(
      `SELECT a.id, c.patient_id AS "patientId" FROM service_adjustments a
         JOIN ${casesTable('c')} ON c.id = a.case_id
        WHERE c.team_id = $1 AND a.week = $2
        ORDER BY a.adjusted_at, a.seq LIMIT 1000`,
      [teamId, week],
    )) as { id: string; patientId: string }[];
    const adjustments = await manager.findBy(ServiceAdjustmentEntity, {
      id: In(rows.map((r) => r.id)),
    });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    adjustments.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    caller.audit.read(
      operation,
      {
        patientIds: [...new Set(rows.map((r) => r.patientId))],
        caseIds: [...new Set(adjustments.map((a) => a.caseId))],
      },
      { teamId, week },
    );
    return adjustments;
  }

  /** Each service's adjustments as the rules see them, oldest first (in key order). */
  async stepsOf(
    manager: EntityManager,
    serviceIds: readonly string[],
  ): Promise<AdjustmentStep[][]> {
    const adjustments = await this.adjustmentsOfServices(manager, serviceIds);
    const reviews = await this.reviewsOf(
      manager,
      adjustments.flat().map((a) => a.id),
    );
    const verdictOf = new Map(reviews.map((r) => [r.adjustmentId, r.verdict]));
    return adjustments.map((list) =>
      list.map((a) => ({
        id: a.id,
        hoursPerWeek: a.hoursPerWeek,
        previousHours: a.previousHours,
        verdict: verdictOf.get(a.id) ?? null,
      })),
    );
  }

  /** Adjustments of each service, oldest first, in key order. */
  async adjustmentsOfServices(
    manager: EntityManager,
    serviceIds: readonly string[],
  ): Promise<ServiceAdjustmentEntity[][]> {
    const rows = serviceIds.length
      ? await manager.find(ServiceAdjustmentEntity, {
          where: { decisionServiceId: In([...serviceIds]) },
          // Insertion order: the chain of moves of a service, even within one instant.
          order: { seq: 'ASC' },
        })
      : [];
    return groupInKeyOrder(serviceIds, rows, (r) => r.decisionServiceId);
  }

  /** Reviews of adjustments, in no particular order. */
  reviewsOf(
    manager: EntityManager,
    adjustmentIds: readonly string[],
  ): Promise<ServiceAdjustmentReviewEntity[]> {
    if (!adjustmentIds.length) return Promise.resolve([]);
    return manager.findBy(ServiceAdjustmentReviewEntity, { adjustmentId: In([...adjustmentIds]) });
  }

  /**
   * For decided services (in key order): the time in force and the frame the case allows now
   * (null frame: the service has no weekly time, or the case opened without delegated
   * adjustment).
   */
  async standingOf(
    serviceIds: readonly string[],
  ): Promise<{ timeInForce: number | null; frame: DelegatedFrame | null }[]> {
    const manager = this.dataSource.manager;
    const services = await decidedServicesOf(manager, serviceIds);
    const byId = new Map(services.map((s) => [s.id, s]));
    const cases = await this.cases.casesByIds([...new Set(services.map((s) => s.caseId))]);
    const caseById = new Map(cases.map((c) => [c.id, c]));
    const steps = await this.stepsOf(manager, serviceIds);
    return serviceIds.map((id, i) => {
      const service = byId.get(id);
      const decided = service?.weeklyHours ?? null;
      if (!service || decided === null) return { timeInForce: null, frame: null };
      const kase = caseById.get(service.caseId) as AssessmentCaseEntity;
      const values = caseSettingValues(kase);
      const frame = frameOf(
        decided,
        values.delegatedFrameKind,
        values.delegatedFrameValue,
        service.delegatedFrameHours,
      );
      return {
        timeInForce: timeInForce(decided, steps[i]),
        frame: values.delegatedAdjustment
          ? {
              kind: values.delegatedFrameKind,
              value: values.delegatedFrameValue,
              limitHours: frame.limit,
              minHours: frame.min,
              maxHours: frame.max,
            }
          : null,
      };
    });
  }

  /** A granted service's catalogue name in the municipality's language. */
  async serviceNameOf(service: DecisionServiceEntity): Promise<string> {
    const entry =
      service.service ??
      (await decisionServicesByIds(this.dataSource.manager, [service.id]))[0]?.service;
    if (!entry) return service.serviceCode;
    return this.config.MUNICIPALITY_LANGUAGE === 'nb' ? entry.nameNb : entry.nameDa;
  }

  private nameOf(service: DecidedService): string {
    return this.config.MUNICIPALITY_LANGUAGE === 'nb' ? service.nameNb : service.nameDa;
  }
}
