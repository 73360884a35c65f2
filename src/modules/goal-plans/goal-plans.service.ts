import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { findGroupedBy, inKeyOrder } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access/access-policy.service';
import type { Operation } from 'src/modules/access/access-rules';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import type { Touched } from 'src/modules/audit/audit-collector';
import { AuditService } from 'src/modules/audit/audit.service';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { isReadOnly } from 'src/modules/cases/case-lifecycle';
import { CaseErrors } from 'src/modules/cases/cases.errors';
import { CasesService } from 'src/modules/cases/cases.service';
import { type LocalDate, localDateOf } from 'src/modules/cases/clarification-period';
import type {
  AddGoalInput,
  AddMeasureInput,
  AgreeGoalPlanArgs,
  EvaluateGoalArgs,
  MeasureResponsibleInput,
  ReorderGoalsArgs,
  ReorderMeasuresArgs,
  UpdateGoalArgs,
  UpdateMeasureArgs,
} from 'src/modules/goal-plans/dto/goal-plan.input';
import {
  GoalEntity,
  GoalPlanEntity,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import {
  changesAgreedContent,
  checkAgreement,
  checkMeasureEdit,
  countsAsAgreed,
  diff,
  type FieldChange,
  type GoalArea,
  goalScoreProblems,
  isBefore,
  isOpenGoal,
  type MeasureStatus,
  missingJustification,
  nextGoalStatus,
  nextMeasureStatus,
  orderProblems,
  planStatusAfterChange,
  type PlanStatus,
  type Problem,
  type Responsible,
  responsibleProblems,
  type RevisionAction,
  sameOrder,
} from 'src/modules/goal-plans/goal-plan-rules';
import { type CurrentVersion, GoalPlanErrors } from 'src/modules/goal-plans/goal-plans.errors';
import { type ServiceLevel } from 'src/modules/decisions/service-level';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';
import type { GoalPlanJournalEvent, GoalPlanTextChange } from 'src/modules/journal/journal-texts';
import { JournalService } from 'src/modules/journal/journal.service';

/** The GraphQL mutations, as named in the audit trail. */
type GoalPlanMutation =
  | 'addGoal'
  | 'updateGoal'
  | 'evaluateGoal'
  | 'addMeasure'
  | 'updateMeasure'
  | 'agreeGoalPlan'
  | 'reorderGoals'
  | 'reorderMeasures';

/** What one does to a goal plan (its `viewerCan`). */
const GOAL_PLAN_OPERATIONS: readonly Operation[] = [
  'addGoal',
  'updateGoal',
  'addMeasure',
  'updateMeasure',
  'agreeGoalPlan',
  'evaluateGoal',
  'reorderGoals',
  'reorderMeasures',
] satisfies GoalPlanMutation[];

/** The read's name in the audit trail (a case's goal plan with goals, measures, revisions). */
const READ = 'goalPlan';

/** What one change inside a plan did; the plan, revision, journal and audit follow from it. */
interface Applied<T> {
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

interface PlanContext {
  caller: Caller;
  manager: EntityManager;
  kase: AssessmentCaseEntity;
  plan: GoalPlanEntity;
  touched: Touched;
  now: Date;
}

/** A measure as the API and the revisions see it: the responsible as one value. */
interface MeasureView {
  description: string;
  level: ServiceLevel;
  justification: string | null;
  responsible: Responsible;
  frequency: string;
  fromDate: string;
  toDate: string | null;
  status: MeasureStatus;
}

/**
 * Goal and action plans: one per case, goals in the person's words, measures on the coping
 * staircase, agreement with the person, evaluation. Every change runs in one transaction that
 * locks the case row, checks the caller and the lifecycle, checks the expected version in the
 * UPDATE itself, bumps the plan version, keeps a revision, mirrors the agreement on the case,
 * and writes the journal EVENT entry and the audit row. A refusal changes nothing.
 */
@Injectable()
export class GoalPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly assessments: AssessmentsService,
    private readonly journal: JournalService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today's local date in the municipality. */
  today(): LocalDate {
    return localDateOf(this.clock.now(), this.config.TZ_MUNICIPALITY);
  }

  // -------------------------------------------------------------------------------------------
  // Goals

  async addGoal(caller: Caller, caseId: string, input: AddGoalInput): Promise<GoalEntity> {
    this.checkTargetDate(input.targetDate);
    const area: GoalArea = {
      functionVariableCode: input.functionVariableCode ?? null,
      baselineScore: input.baselineScore ?? null,
      targetScore: input.targetScore ?? null,
    };
    this.checkScores(area);
    await this.checkVariable(area.functionVariableCode);
    return this.inPlan(
      caller,
      'addGoal',
      () => Promise.resolve(caseId),
      'EDIT',
      async (ctx) => {
        const fields = {
          text: input.text,
          whatMatters: input.whatMatters ?? null,
          ...area,
          targetDate: input.targetDate,
          status: 'PROPOSED' as const,
        };
        const goal = ctx.manager.create(GoalEntity, {
          planId: ctx.plan.id,
          ...fields,
          position: await this.nextPosition(ctx.manager, 'goals', 'plan_id', ctx.plan.id),
          evaluation: null,
          evaluatedAt: null,
          evaluatedById: null,
          version: 1,
          createdAt: ctx.now,
          createdById: caller.actor.staffId,
          updatedAt: ctx.now,
          updatedById: caller.actor.staffId,
        });
        await ctx.manager.insert(GoalEntity, goal);
        const changes = diff({} as Partial<typeof fields>, fields);
        return {
          result: goal,
          action: 'ADD_GOAL',
          goalId: goal.id,
          measureId: null,
          changes,
          event: (changedSinceAgreement) => ({
            type: 'GOAL_ADDED',
            goal: goal.text,
            targetDate: goal.targetDate,
            changedSinceAgreement,
          }),
          args: { goalId: goal.id, fields: changes.map((c) => c.field) },
        };
      },
    );
  }

  async updateGoal(caller: Caller, args: UpdateGoalArgs): Promise<GoalEntity> {
    const { input, expectedVersion } = args;
    const given = Object.entries(input).filter(([, value]) => value !== undefined);
    if (given.length === 0) throw GoalPlanErrors.emptyChange();
    if (input.targetDate !== undefined) this.checkTargetDate(input.targetDate);
    if (input.functionVariableCode) await this.checkVariable(input.functionVariableCode);
    return this.inPlan(
      caller,
      'updateGoal',
      (manager) => this.caseOfGoal(manager, args.goalId),
      'EDIT',
      async (ctx) => {
        const goal = await this.lockGoal(ctx, args.goalId, expectedVersion, 'updateGoal');
        const cancel = input.cancel === true;
        const transition = nextGoalStatus(goal.status, { type: cancel ? 'CANCEL' : 'EDIT' });
        if (!transition.ok)
          this.refuseTransition(caller, ctx, 'updateGoal', transition, goal.status);
        // Clearing the function variable clears the scores on it.
        const cleared = input.functionVariableCode === null;
        const patch: Partial<GoalEntity> = {
          text: input.text,
          whatMatters: input.whatMatters,
          functionVariableCode: input.functionVariableCode,
          baselineScore: input.baselineScore ?? (cleared ? null : input.baselineScore),
          targetScore: input.targetScore ?? (cleared ? null : input.targetScore),
          targetDate: input.targetDate,
          status: cancel ? transition.to : undefined,
        };
        const merged = { ...goal, ...defined(patch) };
        this.checkScores(merged);
        const changes = diff(goal, patch);
        if (changes.length === 0) return this.unchanged(goal);
        const updated = await this.updateVersioned(
          ctx,
          GoalEntity,
          goal,
          expectedVersion,
          patch,
          'updateGoal',
        );
        return {
          result: updated,
          action: 'UPDATE_GOAL',
          goalId: goal.id,
          measureId: null,
          changes,
          event: (changedSinceAgreement) => ({
            type: 'GOAL_UPDATED',
            goal: updated.text,
            changes: changes.map(textChange),
            changedSinceAgreement,
          }),
          args: {
            goalId: goal.id,
            expectedVersion,
            version: updated.version,
            fields: changes.map((c) => c.field),
          },
        };
      },
    );
  }

  async evaluateGoal(caller: Caller, args: EvaluateGoalArgs): Promise<GoalEntity> {
    const { input, expectedVersion } = args;
    return this.inPlan(
      caller,
      'evaluateGoal',
      (manager) => this.caseOfGoal(manager, args.goalId),
      'EVALUATE',
      async (ctx) => {
        const goal = await this.lockGoal(ctx, args.goalId, expectedVersion, 'evaluateGoal');
        const transition = nextGoalStatus(goal.status, {
          type: 'EVALUATE',
          outcome: input.outcome,
        });
        if (!transition.ok) {
          this.refuseTransition(caller, ctx, 'evaluateGoal', transition, goal.status);
        }
        const patch: Partial<GoalEntity> = { status: transition.to, evaluation: input.evaluation };
        const changes = diff(goal, patch);
        if (changes.length === 0) return this.unchanged(goal);
        const updated = await this.updateVersioned(
          ctx,
          GoalEntity,
          goal,
          expectedVersion,
          { ...patch, evaluatedAt: ctx.now, evaluatedById: caller.actor.staffId },
          'evaluateGoal',
        );
        return {
          result: updated,
          action: 'EVALUATE_GOAL',
          goalId: goal.id,
          measureId: null,
          changes,
          event: () => ({
            type: 'GOAL_EVALUATED',
            goal: updated.text,
            outcome: input.outcome,
            evaluation: input.evaluation,
          }),
          args: {
            goalId: goal.id,
            expectedVersion,
            version: updated.version,
            outcome: input.outcome,
          },
        };
      },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Measures

  async addMeasure(caller: Caller, goalId: string, input: AddMeasureInput): Promise<MeasureEntity> {
    if (input.toDate && isBefore(input.toDate, input.fromDate)) {
      throw GoalPlanErrors.datesOutOfOrder();
    }
    await this.checkResponsible(input.responsible);
    return this.inPlan(
      caller,
      'addMeasure',
      (manager) => this.caseOfGoal(manager, goalId),
      'EDIT',
      async (ctx) => {
        const goal = await ctx.manager.findOneByOrFail(GoalEntity, { id: goalId });
        const transition = nextGoalStatus(goal.status, { type: 'EDIT' });
        if (!transition.ok)
          this.refuseTransition(caller, ctx, 'addMeasure', transition, goal.status);
        // Under the case lock: no assessment can change the lowest step meanwhile.
        const lowest = await this.assessments.lowestSuggestedLevel(ctx.kase.id, ctx.manager);
        if (missingJustification(input.level, input.justification, lowest)) {
          throw GoalPlanErrors.justificationRequired(lowest!);
        }
        const responsible = responsibleColumns(input.responsible);
        const measure = ctx.manager.create(MeasureEntity, {
          goalId,
          position: await this.nextPosition(ctx.manager, 'measures', 'goal_id', goalId),
          description: input.description,
          level: input.level,
          justification: input.justification ?? null,
          ...responsible,
          frequency: input.frequency,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
          status: input.status ?? 'PLANNED',
          version: 1,
          createdAt: ctx.now,
          createdById: caller.actor.staffId,
          updatedAt: ctx.now,
          updatedById: caller.actor.staffId,
        });
        await ctx.manager.insert(MeasureEntity, measure);
        const changes = diff({} as Partial<MeasureView>, measureView(measure));
        return {
          result: measure,
          action: 'ADD_MEASURE',
          goalId,
          measureId: measure.id,
          changes,
          event: (changedSinceAgreement) => ({
            type: 'MEASURE_ADDED',
            goal: goal.text,
            measure: measure.description,
            level: measure.level,
            frequency: measure.frequency,
            changedSinceAgreement,
          }),
          args: { goalId, measureId: measure.id, level: measure.level, status: measure.status },
        };
      },
    );
  }

  async updateMeasure(caller: Caller, args: UpdateMeasureArgs): Promise<MeasureEntity> {
    const { input, expectedVersion } = args;
    const given = Object.entries(input).filter(([, value]) => value !== undefined);
    if (given.length === 0) throw GoalPlanErrors.emptyChange();
    if (input.responsible) await this.checkResponsible(input.responsible);
    return this.inPlan(
      caller,
      'updateMeasure',
      (manager) => this.caseOfMeasure(manager, args.measureId),
      'EDIT',
      async (ctx) => {
        const measure = await this.lockMeasure(ctx, args.measureId, expectedVersion);
        const before = measureView(measure);
        const patch: Partial<MeasureView> = {
          description: input.description,
          level: input.level,
          justification: input.justification,
          responsible: input.responsible ? responsibleOf(input.responsible) : undefined,
          frequency: input.frequency,
          fromDate: input.fromDate,
          toDate: input.toDate,
          status: input.status,
        };
        const changes = diff(before, patch);
        if (changes.length === 0) return this.unchanged(measure);
        const editable = checkMeasureEdit(measure.status);
        if (!editable.ok) {
          this.refuseTransition(caller, ctx, 'updateMeasure', editable, measure.status);
        }
        if (input.status !== undefined) {
          const transition = nextMeasureStatus(measure.status, input.status);
          if (!transition.ok) {
            this.refuseTransition(caller, ctx, 'updateMeasure', transition, measure.status);
          }
        }
        const merged = { ...before, ...defined(patch) };
        if (merged.toDate && isBefore(merged.toDate, merged.fromDate)) {
          throw GoalPlanErrors.datesOutOfOrder();
        }
        const changed = new Set(changes.map((c) => c.field));
        if (changed.has('level') || changed.has('justification')) {
          const lowest = await this.assessments.lowestSuggestedLevel(ctx.kase.id, ctx.manager);
          if (missingJustification(merged.level, merged.justification, lowest)) {
            throw GoalPlanErrors.justificationRequired(lowest!);
          }
        }
        const { responsible, ...rest } = patch;
        const columns: Partial<MeasureEntity> = {
          ...(rest as Partial<MeasureEntity>),
          ...(responsible ? responsibleColumns(responsible) : {}),
        };
        const updated = await this.updateVersioned(
          ctx,
          MeasureEntity,
          measure,
          expectedVersion,
          columns,
          'updateMeasure',
        );
        return {
          result: updated,
          action: 'UPDATE_MEASURE',
          goalId: measure.goalId,
          measureId: measure.id,
          changes,
          event: (changedSinceAgreement) => ({
            type: 'MEASURE_UPDATED',
            measure: updated.description,
            changes: changes.map(textChange),
            changedSinceAgreement,
          }),
          args: {
            measureId: measure.id,
            expectedVersion,
            version: updated.version,
            fields: changes.map((c) => c.field),
          },
        };
      },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Order

  /**
   * Puts the plan's goals in a new order, based on the plan version the caller saw (a stale
   * version answers CONFLICT). `goalIds` names every goal of the plan exactly once. The goals'
   * own versions stay: the order is the plan's, so nobody's edit of a goal's words conflicts
   * with it.
   */
  async reorderGoals(caller: Caller, args: ReorderGoalsArgs): Promise<GoalPlanEntity> {
    return this.inPlan(
      caller,
      'reorderGoals',
      () => Promise.resolve(args.caseId),
      'EDIT',
      async (ctx) => {
        const { manager, plan } = ctx;
        if (plan.version !== args.expectedVersion) {
          await this.staleFor(ctx, 'reorderGoals', args.expectedVersion, 'GOAL_PLAN', plan);
        }
        const goals = await manager.find(GoalEntity, {
          where: { planId: plan.id },
          order: { position: 'ASC', seq: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        const before = goals.map((g) => g.id);
        const problems = orderProblems(before, args.goalIds);
        if (problems.length > 0) {
          caller.audit.read('reorderGoals', ctx.touched);
          throw GoalPlanErrors.orderMismatch('goalIds', problems);
        }
        if (sameOrder(before, args.goalIds)) return this.unchanged(plan);
        await this.writePositions(manager, GoalEntity, args.goalIds);
        const byId = new Map(goals.map((g) => [g.id, g]));
        return {
          result: plan,
          action: 'REORDER_GOALS',
          goalId: null,
          measureId: null,
          changes: [{ field: 'goalOrder', before, after: [...args.goalIds] }],
          event: (changedSinceAgreement) => ({
            type: 'GOALS_REORDERED',
            goals: args.goalIds.map((id) => byId.get(id)!.text),
            changedSinceAgreement,
          }),
          args: { expectedVersion: args.expectedVersion, goalIds: args.goalIds },
        };
      },
      { createPlan: false },
    );
  }

  /**
   * Puts a goal's measures in a new order, based on the goal version the caller saw (the
   * order of its measures belongs to the goal, as `updateGoal`). `measureIds` names every
   * measure of the goal exactly once.
   */
  async reorderMeasures(caller: Caller, args: ReorderMeasuresArgs): Promise<GoalEntity> {
    const { goalId, expectedVersion } = args;
    return this.inPlan(
      caller,
      'reorderMeasures',
      (manager) => this.caseOfGoal(manager, goalId),
      'EDIT',
      async (ctx) => {
        const goal = await this.lockGoal(ctx, goalId, expectedVersion, 'reorderMeasures');
        const transition = nextGoalStatus(goal.status, { type: 'EDIT' });
        if (!transition.ok) {
          this.refuseTransition(caller, ctx, 'reorderMeasures', transition, goal.status);
        }
        const [measures] = await this.measuresOf([goalId], ctx.manager);
        const before = measures.map((m) => m.id);
        const problems = orderProblems(before, args.measureIds);
        if (problems.length > 0) {
          caller.audit.read('reorderMeasures', ctx.touched);
          throw GoalPlanErrors.orderMismatch('measureIds', problems);
        }
        if (sameOrder(before, args.measureIds)) return this.unchanged(goal);
        const updated = await this.updateVersioned(
          ctx,
          GoalEntity,
          goal,
          expectedVersion,
          {},
          'reorderMeasures',
        );
        await this.writePositions(ctx.manager, MeasureEntity, args.measureIds);
        const byId = new Map(measures.map((m) => [m.id, m]));
        return {
          result: updated,
          action: 'REORDER_MEASURES',
          goalId,
          measureId: null,
          changes: [{ field: 'measureOrder', before, after: [...args.measureIds] }],
          event: (changedSinceAgreement) => ({
            type: 'MEASURES_REORDERED',
            goal: goal.text,
            measures: args.measureIds.map((id) => byId.get(id)!.description),
            changedSinceAgreement,
          }),
          args: {
            goalId,
            expectedVersion,
            version: updated.version,
            measureIds: args.measureIds,
          },
        };
      },
    );
  }

  /** Positions 1..n in the order given (the rows are locked by the caller's transaction). */
  private async writePositions(
    manager: EntityManager,
    target: typeof GoalEntity | typeof MeasureEntity,
    ids: readonly string[],
  ): Promise<void> {
    for (const [index, id] of ids.entries()) {
      await manager.update(target as EntityTarget<ObjectLiteral>, { id }, { position: index + 1 });
    }
  }

  /** The position after the last goal of a plan (or measure of a goal). */
  private async nextPosition(
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

  // -------------------------------------------------------------------------------------------
  // The plan

  /**
   * The person (or a named representative) agrees to the plan exactly as it was at
   * `expectedVersion`: every PROPOSED goal becomes AGREED.
   */
  async agreeGoalPlan(caller: Caller, args: AgreeGoalPlanArgs): Promise<GoalPlanEntity> {
    const representativeName = args.representativeName ?? null;
    if ((args.agreedBy === 'REPRESENTATIVE') !== (representativeName !== null)) {
      throw GoalPlanErrors.representativeName(args.agreedBy);
    }
    return this.inPlan(
      caller,
      'agreeGoalPlan',
      () => Promise.resolve(args.caseId),
      'EDIT',
      async (ctx) => {
        const { manager, plan } = ctx;
        if (plan.version !== args.expectedVersion) {
          await this.staleFor(ctx, 'agreeGoalPlan', args.expectedVersion, 'GOAL_PLAN', plan);
        }
        const goals = await manager.find(GoalEntity, {
          where: { planId: plan.id },
          order: { position: 'ASC', seq: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        const check = checkAgreement(
          plan.status,
          goals.map((g) => g.status),
        );
        if (!check.ok) this.refuseTransition(caller, ctx, 'agreeGoalPlan', check, plan.status);
        const proposed = goals.filter((g) => g.status === 'PROPOSED');
        if (proposed.length > 0) {
          await manager
            .createQueryBuilder()
            .update(GoalEntity)
            .set({
              status: 'AGREED',
              version: () => 'version + 1',
              updatedAt: ctx.now,
              updatedById: caller.actor.staffId,
            })
            .where('id IN (:...ids) AND status = :proposed', {
              ids: proposed.map((g) => g.id),
              proposed: 'PROPOSED',
            })
            .execute();
        }
        const agreement = {
          agreedAt: ctx.now,
          agreedBy: args.agreedBy,
          representativeName,
          agreedVersion: args.expectedVersion,
          agreementRecordedById: caller.actor.staffId,
        };
        const changes: FieldChange[] = [
          ...diff(plan, {
            status: check.to,
            agreedBy: agreement.agreedBy,
            representativeName,
            agreedVersion: agreement.agreedVersion,
          }),
          ...proposed.map((g) => ({
            field: 'status',
            goalId: g.id,
            before: 'PROPOSED',
            after: 'AGREED',
          })),
        ];
        const open = goals.filter((g) => isOpenGoal(g.status));
        const measures = await this.measuresOf(
          open.map((g) => g.id),
          manager,
        );
        return {
          result: plan,
          action: 'AGREE_PLAN',
          goalId: null,
          measureId: null,
          changes,
          agreement,
          event: () => ({
            type: 'GOAL_PLAN_AGREED',
            agreedBy: args.agreedBy,
            representativeName,
            version: args.expectedVersion,
            goals: open.map((goal, index) => ({
              text: goal.text,
              status: 'AGREED',
              targetDate: goal.targetDate,
              measures: measures[index]
                .filter((m) => m.status !== 'STOPPED')
                .map((m) => ({
                  description: m.description,
                  level: m.level,
                  frequency: m.frequency,
                })),
            })),
          }),
          args: {
            expectedVersion: args.expectedVersion,
            agreedBy: args.agreedBy,
            goalIds: proposed.map((g) => g.id),
          },
        };
      },
      { createPlan: false },
    );
  }

  /**
   * One change inside a case's plan, in one transaction (see the class comment). `locate`
   * finds the case from the target; the plan is created with the first goal.
   */
  private async inPlan<T>(
    caller: Caller,
    mutation: GoalPlanMutation,
    locate: (manager: EntityManager) => Promise<string>,
    who: 'EDIT' | 'EVALUATE',
    apply: (ctx: PlanContext) => Promise<Applied<T> | { unchanged: T }>,
    options: { createPlan?: boolean } = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const caseId = await locate(manager);
      // The case row lock orders every change of the plan (and against handover, decisions
      // and assessments); each change still checks its expected version in the UPDATE itself.
      const kase = await manager.findOne(AssessmentCaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!kase) throw CaseErrors.caseNotFound();
      const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
      await this.checkAccess(manager, caller, kase, mutation, touched);
      // From handover on, the plan is what was handed over; only evaluation goes on.
      if (who === 'EDIT' && isReadOnly(kase.status)) {
        caller.audit.read(mutation, touched);
        throw CaseErrors.invalidTransition(
          'CASE_READ_ONLY',
          `The case is ${kase.status.toLowerCase().replace('_', ' ')}; its goal plan can no longer be changed, only evaluated.`,
          kase.status,
        );
      }
      const now = this.clock.now();
      let plan = await manager.findOne(GoalPlanEntity, {
        where: { caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) {
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
        plan = manager.create(GoalPlanEntity, {
          caseId,
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
        await manager.insert(GoalPlanEntity, plan);
      }
      const outcome = await apply({ caller, manager, kase, plan, touched, now });
      if ('unchanged' in outcome) {
        // The same values again: nothing to keep, nothing written.
        caller.audit.read(mutation, touched);
        return outcome.unchanged;
      }
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
      // The clarification clock and list filters read this flag (atRisk, handover).
      const agreed = countsAsAgreed(status);
      if (kase.goalPlanAgreed !== agreed) {
        await manager.update(AssessmentCaseEntity, { id: kase.id }, { goalPlanAgreed: agreed });
      }
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
      // The journal says so when this change is the one that undid the agreement.
      const reopened = before === 'AGREED' && status === 'CHANGED_SINCE_AGREEMENT';
      await this.journal.recordEvent(manager, caller, kase, outcome.event(reopened));
      await this.audit.recordWrite(manager, caller, mutation, touched, {
        caseId: kase.id,
        planVersion: version,
        planStatus: status,
        ...outcome.args,
      });
      return outcome.result;
    });
  }

  private unchanged<T>(value: T): { unchanged: T } {
    return { unchanged: value };
  }

  /** The goal-plan operations the caller may perform on the case's plan now (`viewerCan`). */
  async viewerCan(caller: Caller, caseId: string): Promise<Operation[]> {
    const allowed = await this.cases.viewerCanOf(caller, caseId);
    return allowed.filter((operation) => GOAL_PLAN_OPERATIONS.includes(operation));
  }

  /** Decided by the access policy (EDIT_GOAL_PLAN, EVALUATE_GOALS); a refusal changes nothing. */
  private async checkAccess(
    manager: EntityManager,
    caller: Caller,
    kase: AssessmentCaseEntity,
    mutation: GoalPlanMutation,
    touched: Touched,
  ): Promise<void> {
    const relation = await this.cases.relationOf(caller, kase, manager);
    this.policy.require(caller, mutation, relation, touched);
  }

  private refuseTransition(
    caller: Caller,
    ctx: PlanContext,
    mutation: GoalPlanMutation,
    refusal: { reason: string; message: string },
    status: string,
  ): never {
    caller.audit.read(mutation, ctx.touched);
    throw GoalPlanErrors.invalidTransition(refusal.reason, refusal.message, status);
  }

  private async caseOfGoal(manager: EntityManager, goalId: string): Promise<string> {
    const rows = (await manager.query(
      `SELECT p.case_id AS "caseId" FROM goals g JOIN goal_plans p ON p.id = g.plan_id WHERE g.id = $1`,
      [goalId],
    )) as { caseId: string }[];
    if (rows.length === 0) throw GoalPlanErrors.goalNotFound();
    return rows[0].caseId;
  }

  private async caseOfMeasure(manager: EntityManager, measureId: string): Promise<string> {
    const rows = (await manager.query(
      `SELECT p.case_id AS "caseId" FROM measures m JOIN goals g ON g.id = m.goal_id
         JOIN goal_plans p ON p.id = g.plan_id WHERE m.id = $1`,
      [measureId],
    )) as { caseId: string }[];
    if (rows.length === 0) throw GoalPlanErrors.measureNotFound();
    return rows[0].caseId;
  }

  /** The goal, locked, at the version the caller based the change on (else CONFLICT). */
  private async lockGoal(
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

  private async lockMeasure(
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

  private staleFor(
    ctx: PlanContext,
    mutation: GoalPlanMutation,
    expectedVersion: number,
    entity: CurrentVersion['entity'],
    row: { version: number; updatedById: string },
  ): Promise<never> {
    return this.stale(ctx.manager, ctx.caller, ctx.touched, mutation, expectedVersion, {
      entity,
      currentVersion: row.version,
      changedBy: row.updatedById,
    });
  }

  /** CONFLICT naming the current version and who made it; nothing is changed. */
  private async stale(
    manager: EntityManager,
    caller: Caller,
    touched: Touched,
    mutation: GoalPlanMutation,
    expectedVersion: number,
    current: Omit<CurrentVersion, 'changedByName'>,
  ): Promise<never> {
    const staff = await manager.findOneBy(StaffMemberEntity, { id: current.changedBy });
    caller.audit.read(mutation, touched);
    throw GoalPlanErrors.staleVersion(expectedVersion, {
      ...current,
      changedByName: staff?.name ?? null,
    });
  }

  /**
   * The version check lives in the UPDATE's WHERE clause: a row that moved on since
   * `expectedVersion` is not touched, and the caller gets CONFLICT.
   */
  private async updateVersioned<E extends GoalEntity | MeasureEntity>(
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

  // -------------------------------------------------------------------------------------------
  // Input checks that need the clock or the database (before any transaction)

  private checkTargetDate(targetDate: string): void {
    const today = this.today();
    if (isBefore(targetDate, today)) throw GoalPlanErrors.targetDateInPast(today);
  }

  private checkScores(area: GoalArea): void {
    const found = goalScoreProblems(this.assessments.scale(), area);
    if (!found) return;
    const fields = found.problems.map((p: Problem) => ({ field: p.field, problems: [p.problem] }));
    throw found.reason === 'SCORE_OUT_OF_RANGE'
      ? GoalPlanErrors.scoreOutOfRange(fields)
      : GoalPlanErrors.scoreNeedsVariable(fields);
  }

  private async checkVariable(code: string | null): Promise<void> {
    if (code === null) return;
    const scale = this.assessments.scale();
    const known = await this.dataSource
      .getRepository(FunctionVariableEntity)
      .existsBy({ code, scale });
    if (!known) throw GoalPlanErrors.unknownVariable('functionVariableCode', scale);
  }

  private async checkResponsible(input: MeasureResponsibleInput): Promise<void> {
    const responsible = responsibleOf(input);
    const problems = responsibleProblems(responsible);
    if (problems.length > 0) {
      throw GoalPlanErrors.invalidResponsible(
        problems.map((p) => ({ field: `responsible.${p.field}`, problems: [p.problem] })),
      );
    }
    if (responsible.staffId) {
      const staff = await this.dataSource.getRepository(StaffMemberEntity).existsBy({
        id: responsible.staffId,
        active: true,
        profession: responsible.profession!,
      });
      if (!staff) throw GoalPlanErrors.staffNotFound();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reads

  /** The goal plan of a case the caller may see (null until its first goal); audited. */
  async planOfCase(caller: Caller, caseId: string): Promise<GoalPlanEntity | null> {
    const kase = await this.policy.visibleCase(
      this.dataSource,
      caller,
      caseId,
      READ,
      CaseErrors.caseNotFound,
    );
    const touched = { patientIds: [kase.patientId], caseIds: [kase.id] };
    caller.audit.read(READ, touched);
    return this.dataSource.getRepository(GoalPlanEntity).findOneBy({ caseId });
  }

  // DataLoader batches: one query per field per request. The case was access-checked and
  // audited by its own resolver; the goal plan read is audited here.
  async plansOfCases(
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<(GoalPlanEntity | null)[]> {
    const rows = await this.dataSource
      .getRepository(GoalPlanEntity)
      .findBy({ caseId: In([...caseIds]) });
    if (rows.length > 0) {
      caller.audit.read(READ, {
        caseIds: rows.map((r) => r.caseId),
        patientIds: rows.map((r) => r.patientId),
      });
    }
    return inKeyOrder(caseIds, rows, (r) => r.caseId);
  }

  /**
   * How many goals each case's plan has (a DataLoader batch for list pages; the case was
   * checked and audited by the query that listed it, and a count shows no goal's content).
   */
  async goalCountsOfCases(caseIds: readonly string[]): Promise<number[]> {
    const rows: { caseId: string; n: number }[] = await this.dataSource.query(
      `SELECT p.case_id AS "caseId", count(g.id)::int AS n
         FROM goal_plans p JOIN goals g ON g.plan_id = p.id
        WHERE p.case_id = ANY($1::uuid[]) GROUP BY p.case_id`,
      [caseIds],
    );
    return inKeyOrder(caseIds, rows, (r) => r.caseId).map((r) => r?.n ?? 0);
  }

  /** Plans by id (the plan of a goal just changed; its case was checked by the mutation). */
  async plansById(ids: readonly string[]): Promise<(GoalPlanEntity | null)[]> {
    const rows = await this.dataSource.getRepository(GoalPlanEntity).findBy({ id: In([...ids]) });
    return inKeyOrder(ids, rows, (r) => r.id);
  }

  async goalsOf(planIds: readonly string[]): Promise<GoalEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(GoalEntity), 'planId', planIds, {
      position: 'ASC',
      seq: 'ASC',
    });
  }

  async measuresOf(
    goalIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeasureEntity[][]> {
    if (goalIds.length === 0) return [];
    return findGroupedBy(manager.getRepository(MeasureEntity), 'goalId', goalIds, {
      position: 'ASC',
      seq: 'ASC',
    });
  }

  /** Every revision of each plan, newest first. */
  async revisionsOf(planIds: readonly string[]): Promise<GoalPlanRevisionEntity[][]> {
    return findGroupedBy(this.dataSource.getRepository(GoalPlanRevisionEntity), 'planId', planIds, {
      planVersion: 'DESC',
    });
  }
}

/** The keys of a patch that are given (null included: it clears). */
function defined<T extends object>(patch: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function responsibleOf(input: MeasureResponsibleInput): Responsible {
  return {
    kind: input.kind,
    profession: input.profession ?? null,
    staffId: input.staffId ?? null,
    name: input.name ?? null,
  };
}

function responsibleColumns(
  responsible: Responsible,
): Pick<
  MeasureEntity,
  'responsibleKind' | 'responsibleProfession' | 'responsibleStaffId' | 'responsibleName'
> {
  return {
    responsibleKind: responsible.kind,
    responsibleProfession: responsible.profession ?? null,
    responsibleStaffId: responsible.staffId ?? null,
    responsibleName: responsible.name ?? null,
  };
}

/** A measure as the API names its fields (what revisions record). */
export function measureView(measure: MeasureEntity): MeasureView {
  return {
    description: measure.description,
    level: measure.level,
    justification: measure.justification,
    responsible: {
      kind: measure.responsibleKind,
      profession: measure.responsibleProfession,
      staffId: measure.responsibleStaffId,
      name: measure.responsibleName,
    },
    frequency: measure.frequency,
    fromDate: measure.fromDate,
    toDate: measure.toDate,
    status: measure.status,
  };
}

/** A value as the journal shows it. */
function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const r = value as Responsible;
    return [r.kind === 'STAFF' ? r.profession : r.kind, r.name].filter(Boolean).join(' ');
  }
  return String(value);
}

function textChange(change: FieldChange): GoalPlanTextChange {
  return { field: change.field, before: display(change.before), after: display(change.after) };
}
