import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import type { Touched } from 'src/modules/audit/model';
import { CaseChanges } from 'src/modules/cases';
import type { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  GoalEntity,
  GoalPlanEntity,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import {
  changesAgreedContent,
  checkAgreement,
  countsAsAgreed,
  type FieldChange,
  planStatusAfterChange,
  type PlanStatus,
  type RevisionAction,
} from 'src/modules/goal-plans/goal-plan-rules';
import { defined } from 'src/modules/goal-plans/goal-plan-views';
import {
  type CurrentVersion,
  GoalPlanErrors,
  type GoalPlanTransitionRefusal,
} from 'src/modules/goal-plans/goal-plans.errors';
import { staffNameOf } from 'src/modules/identity/model';
import type { GoalPlanJournalEvent } from 'src/modules/journal/model';

/** The GraphQL mutations, as named in the audit trail. */
export type GoalPlanMutation =
  | 'addGoal'
  | 'updateGoal'
  | 'evaluateGoal'
  | 'addMeasure'
  | 'updateMeasure'
  | 'agreeGoalPlan'
  | 'reorderGoals'
  | 'reorderMeasures';

/** What one change inside a plan did; the plan, revision, journal and audit follow from it. */
export interface Applied<T> {
  result: T;
  action: RevisionAction;
  goalId: string | null;
  measureId: string | null;
  /** No changes: nothing is written (the same values again). */
  changes: FieldChange[];
  /** Set by an agreement only. */
  agreement?: Pick<
    GoalPlanEntity,
    'agreedAt' | 'agreedBy' | 'representativeName' | 'agreedVersion' | 'agreementRecordedById'
  >;
  event: (changedSinceAgreement: boolean) => GoalPlanJournalEvent;
  /** Audit arguments (never free text). */
  args: Record<string, unknown>;
}

export interface PlanContext {
  caller: Caller;
  manager: EntityManager;
  kase: AssessmentCaseEntity;
  plan: GoalPlanEntity;
  touched: Touched;
  now: Date;
}

/**
 * The goal plan's layer on the case-change kernel (CaseChanges): every change of a plan is a
 * change of its case (lock, relation, policy, "still editable" unless it only evaluates),
 * and inside it this layer locks the plan (creating it with the first goal), lets the change
 * check its expected version, bumps the plan version in an UPDATE that checks it, keeps a
 * revision, mirrors the agreement on the case (goalPlanAgreed), and hands the journal event
 * and audit arguments back to the kernel. The same values again write nothing and are
 * audited as a read.
 */
@Injectable()
export class GoalPlanChanges {
  constructor(
    private readonly changes: CaseChanges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * One change inside a case's plan, in one transaction. `locate` finds the case from the
   * target; `who` EDIT needs a case still editable, EVALUATE goes on after handover.
   */
  async inPlan<T>(
    caller: Caller,
    mutation: GoalPlanMutation,
    locate: (manager: EntityManager) => Promise<string>,
    who: 'EDIT' | 'EVALUATE',
    apply: (ctx: PlanContext) => Promise<Applied<T> | { unchanged: T }>,
    options: { createPlan?: boolean } = {},
  ): Promise<T> {
    return this.changes.run(
      caller,
      {
        operation: mutation,
        caseId: locate,
        // From handover on, the plan is what was handed over; only evaluation goes on.
        state:
          who === 'EDIT'
            ? { editable: 'its goal plan can no longer be changed, only evaluated' }
            : 'any',
      },
      async ({ manager, kase, touched }) => {
        const now = this.clock.now();
        const plan = await this.lockPlan(caller, manager, kase, mutation, touched, now, options);
        const outcome = await apply({ caller, manager, kase, plan, touched, now });
        // The same values again: nothing to keep, nothing written.
        if ('unchanged' in outcome) return outcome;
        const changedFields = outcome.changes.map((c) => c.field);
        const before = plan.status;
        const status: PlanStatus = outcome.agreement
          ? 'AGREED'
          : planStatusAfterChange(before, changesAgreedContent(outcome.action, changedFields));
        const version = plan.version + 1;
        const planChanges = {
          ...outcome.agreement,
          status,
          version,
          updatedAt: now,
          updatedById: caller.actor.staffId,
        };
        const { affected } = await manager.update(
          GoalPlanEntity,
          { id: plan.id, version: plan.version },
          planChanges,
        );
        // Cannot happen under the row lock; if it ever does, refuse rather than lose a change.
        if (affected !== 1) throw new Error(`goal plan ${plan.id} changed under its lock`);
        Object.assign(plan, planChanges);
        const revision = manager.create(GoalPlanRevisionEntity, {
          planId: plan.id,
          planVersion: version,
          action: outcome.action,
          goalId: outcome.goalId,
          measureId: outcome.measureId,
          changes: outcome.changes,
          changedById: caller.actor.staffId,
          changedByProfession: caller.actor.profession,
          changedAt: now,
        });
        await manager.insert(GoalPlanRevisionEntity, revision);
        // The clarification clock and list filters read this flag (atRisk, handover).
        const agreed = countsAsAgreed(status);
        // The journal says so when this change is the one that undid the agreement.
        const reopened = before === 'AGREED' && status === 'CHANGED_SINCE_AGREEMENT';
        return {
          result: outcome.result,
          changes: kase.goalPlanAgreed !== agreed ? { goalPlanAgreed: agreed } : undefined,
          event: outcome.event(reopened),
          args: { planVersion: version, planStatus: status, ...outcome.args },
        };
      },
    );
  }

  /** The case's plan, locked; created with the first goal (a DRAFT at version 0). */
  private async lockPlan(
    caller: Caller,
    manager: EntityManager,
    kase: AssessmentCaseEntity,
    mutation: GoalPlanMutation,
    touched: Touched,
    now: Date,
    options: { createPlan?: boolean },
  ): Promise<GoalPlanEntity> {
    const plan = await manager.findOne(GoalPlanEntity, {
      where: { caseId: kase.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (plan) return plan;
    if (options.createPlan === false && mutation === 'reorderGoals') {
      caller.audit.read(mutation, touched);
      throw GoalPlanErrors.noGoals();
    }
    if (options.createPlan === false) {
      const check = checkAgreement(null, []);
      if (!check.ok) {
        caller.audit.read(mutation, touched);
        throw GoalPlanErrors.invalidTransition(check.reason, check.message, 'NONE');
      }
    }
    const created = manager.create(GoalPlanEntity, {
      caseId: kase.id,
      patientId: kase.patientId,
      status: 'DRAFT',
      version: 0,
      agreedAt: null,
      agreedBy: null,
      representativeName: null,
      agreedVersion: null,
      agreementRecordedById: null,
      createdAt: now,
      updatedAt: now,
      updatedById: caller.actor.staffId,
    });
    await manager.insert(GoalPlanEntity, created);
    return created;
  }

  unchanged<T>(value: T): { unchanged: T } {
    return { unchanged: value };
  }

  refuseTransition(
    ctx: PlanContext,
    mutation: GoalPlanMutation,
    refusal: { reason: GoalPlanTransitionRefusal; message: string },
    status: string,
  ): never {
    ctx.caller.audit.read(mutation, ctx.touched);
    throw GoalPlanErrors.invalidTransition(refusal.reason, refusal.message, status);
  }

  async caseOfGoal(manager: EntityManager, goalId: string): Promise<string> {
    const rows = (await manager.query(
      `SELECT p.case_id AS "caseId" FROM goals g JOIN goal_plans p ON p.id = g.plan_id WHERE g.id = $1`,
      [goalId],
    )) as { caseId: string }[];
    if (rows.length === 0) throw GoalPlanErrors.goalNotFound();
    return rows[0].caseId;
  }

  async caseOfMeasure(manager: EntityManager, measureId: string): Promise<string> {
    const rows = (await manager.query(
      `SELECT p.case_id AS "caseId" FROM measures m JOIN goals g ON g.id = m.goal_id
         JOIN goal_plans p ON p.id = g.plan_id WHERE m.id = $1`,
      [measureId],
    )) as { caseId: string }[];
    if (rows.length === 0) throw GoalPlanErrors.measureNotFound();
    return rows[0].caseId;
  }

  /** The goal, locked, at the version the caller based the change on (else CONFLICT). */
  async lockGoal(
    ctx: PlanContext,
    goalId: string,
    expectedVersion: number,
    mutation: GoalPlanMutation,
  ): Promise<GoalEntity> {
    const goal = await ctx.manager.findOne(GoalEntity, {
      where: { id: goalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!goal) throw GoalPlanErrors.goalNotFound();
    if (goal.version !== expectedVersion) {
      await this.staleFor(ctx, mutation, expectedVersion, 'GOAL', goal);
    }
    return goal;
  }

  /**
   * The plan's goals in their order, locked, once the plan is still at the version the caller
   * saw (else CONFLICT): a change of the plan as a whole (agreement, order).
   */
  async lockGoalsAt(
    ctx: PlanContext,
    expectedVersion: number,
    mutation: GoalPlanMutation,
  ): Promise<GoalEntity[]> {
    const { manager, plan } = ctx;
    if (plan.version !== expectedVersion) {
      await this.staleFor(ctx, mutation, expectedVersion, 'GOAL_PLAN', plan);
    }
    return manager.find(GoalEntity, {
      where: { planId: plan.id },
      order: { position: 'ASC', seq: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async lockMeasure(
    ctx: PlanContext,
    measureId: string,
    expectedVersion: number,
  ): Promise<MeasureEntity> {
    const measure = await ctx.manager.findOne(MeasureEntity, {
      where: { id: measureId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!measure) throw GoalPlanErrors.measureNotFound();
    if (measure.version !== expectedVersion) {
      await this.staleFor(ctx, 'updateMeasure', expectedVersion, 'MEASURE', measure);
    }
    return measure;
  }

  /** CONFLICT naming the current version and who made it; nothing is changed. */
  async staleFor(
    ctx: PlanContext,
    mutation: GoalPlanMutation,
    expectedVersion: number,
    entity: CurrentVersion['entity'],
    row: { version: number; updatedById: string },
  ): Promise<never> {
    const changedByName = await staffNameOf(ctx.manager, row.updatedById);
    ctx.caller.audit.read(mutation, ctx.touched);
    throw GoalPlanErrors.staleVersion(expectedVersion, {
      entity,
      currentVersion: row.version,
      changedBy: row.updatedById,
      changedByName,
    });
  }

  /**
   * The version check lives in the UPDATE's WHERE clause: a row that moved on since
   * `expectedVersion` is not touched, and the caller gets CONFLICT.
   */
  async updateVersioned<E extends GoalEntity | MeasureEntity>(
    ctx: PlanContext,
    target: EntityTarget<E>,
    row: E,
    expectedVersion: number,
    patch: Partial<E>,
    mutation: GoalPlanMutation,
  ): Promise<E> {
    const values = {
      ...defined(patch),
      version: expectedVersion + 1,
      updatedAt: ctx.now,
      updatedById: ctx.caller.actor.staffId,
    };
    const { affected } = await ctx.manager.update(
      target as EntityTarget<ObjectLiteral>,
      { id: row.id, version: expectedVersion },
      values,
    );
    if (affected !== 1) {
      const current = (await ctx.manager.findOneByOrFail(target as EntityTarget<ObjectLiteral>, {
        id: row.id,
      })) as E;
      const entity = row instanceof GoalEntity ? 'GOAL' : 'MEASURE';
      await this.staleFor(ctx, mutation, expectedVersion, entity, current);
    }
    return Object.assign(row, values);
  }

  /** Positions 1..n in the order given (the rows are locked by the caller's transaction). */
  async writePositions(
    manager: EntityManager,
    target: typeof GoalEntity | typeof MeasureEntity,
    ids: readonly string[],
  ): Promise<void> {
    for (const [index, id] of ids.entries()) {
      await manager.update(target as EntityTarget<ObjectLiteral>, { id }, { position: index + 1 });
    }
  }

  /** The position after the last goal of a plan (or measure of a goal). */
  async nextPosition(
    manager: EntityManager,
    table: 'goals' | 'measures',
    column: 'plan_id' | 'goal_id',
    parentId: string,
  ): Promise<number> {
    const rows = (await manager.query(
      `SELECT COALESCE(max("position"), 0)::int + 1 AS "next" FROM "${table}" WHERE "${column}" = $1`,
      [parentId],
    )) as { next: number }[];
    return rows[0].next;
  }
}
