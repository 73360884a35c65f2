import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { AssessmentsService } from 'src/modules/assessments';
import { MunicipalCalendar } from 'src/modules/cases';
import type {
  AddGoalInput,
  AddMeasureInput,
  MeasureResponsibleInput,
  ReorderGoalsArgs,
  ReorderMeasuresArgs,
  UpdateGoalArgs,
  UpdateMeasureArgs,
} from 'src/modules/goal-plans/dto/goal-plan.input';
import {
  GoalEntity,
  type GoalPlanEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import { GoalPlanChanges } from 'src/modules/goal-plans/goal-plan-changes';
import {
  checkMeasureEdit,
  diff,
  type GoalArea,
  goalScoreProblems,
  isBefore,
  missingJustification,
  nextGoalStatus,
  nextMeasureStatus,
  orderProblems,
  type Problem,
  responsibleProblems,
  sameOrder,
} from 'src/modules/goal-plans/goal-plan-rules';
import {
  defined,
  type MeasureView,
  measureView,
  responsibleColumns,
  responsibleOf,
  textChange,
} from 'src/modules/goal-plans/goal-plan-views';
import { GoalPlanErrors } from 'src/modules/goal-plans/goal-plans.errors';
import { GoalPlansService } from 'src/modules/goal-plans/goal-plans.service';
import { activeStaffMember, IdentityErrors } from 'src/modules/identity/model';

/**
 * Writing a goal plan: goals in the person's words, measures on the coping staircase, and
 * their order. Each change runs through the plan's layer on the case-change kernel
 * (GoalPlanChanges); agreement and evaluation are GoalPlanAgreementService's.
 */
@Injectable()
export class GoalPlanEditsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: GoalPlanChanges,
    private readonly goalPlans: GoalPlansService,
    private readonly assessments: AssessmentsService,
    private readonly calendar: MunicipalCalendar,
  ) {}

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
    return this.plans.inPlan(
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
          position: await this.plans.nextPosition(ctx.manager, 'goals', 'plan_id', ctx.plan.id),
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
    return this.plans.inPlan(
      caller,
      'updateGoal',
      (manager) => this.plans.caseOfGoal(manager, args.goalId),
      'EDIT',
      async (ctx) => {
        const goal = await this.plans.lockGoal(ctx, args.goalId, expectedVersion, 'updateGoal');
        const cancel = input.cancel === true;
        const transition = nextGoalStatus(goal.status, { type: cancel ? 'CANCEL' : 'EDIT' });
        if (!transition.ok) this.plans.refuseTransition(ctx, 'updateGoal', transition, goal.status);
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
        if (changes.length === 0) return this.plans.unchanged(goal);
        const updated = await this.plans.updateVersioned(
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

  // -------------------------------------------------------------------------------------------
  // Measures

  async addMeasure(caller: Caller, goalId: string, input: AddMeasureInput): Promise<MeasureEntity> {
    if (input.toDate && isBefore(input.toDate, input.fromDate)) {
      throw GoalPlanErrors.datesOutOfOrder();
    }
    await this.checkResponsible(input.responsible);
    return this.plans.inPlan(
      caller,
      'addMeasure',
      (manager) => this.plans.caseOfGoal(manager, goalId),
      'EDIT',
      async (ctx) => {
        const goal = await ctx.manager.findOneByOrFail(GoalEntity, { id: goalId });
        const transition = nextGoalStatus(goal.status, { type: 'EDIT' });
        if (!transition.ok) this.plans.refuseTransition(ctx, 'addMeasure', transition, goal.status);
        // Under the case lock: no assessment can change the lowest step meanwhile.
        const lowest = await this.assessments.lowestSuggestedLevel(ctx.kase.id, ctx.manager);
        if (missingJustification(input.level, input.justification, lowest)) {
          throw GoalPlanErrors.justificationRequired(lowest!);
        }
        const responsible = responsibleColumns(input.responsible);
        const measure = ctx.manager.create(MeasureEntity, {
          goalId,
          position: await this.plans.nextPosition(ctx.manager, 'measures', 'goal_id', goalId),
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
    return this.plans.inPlan(
      caller,
      'updateMeasure',
      (manager) => this.plans.caseOfMeasure(manager, args.measureId),
      'EDIT',
      async (ctx) => {
        const measure = await this.plans.lockMeasure(ctx, args.measureId, expectedVersion);
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
        if (changes.length === 0) return this.plans.unchanged(measure);
        const editable = checkMeasureEdit(measure.status);
        if (!editable.ok) {
          this.plans.refuseTransition(ctx, 'updateMeasure', editable, measure.status);
        }
        if (input.status !== undefined) {
          const transition = nextMeasureStatus(measure.status, input.status);
          if (!transition.ok) {
            this.plans.refuseTransition(ctx, 'updateMeasure', transition, measure.status);
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
        const updated = await this.plans.updateVersioned(
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
    return this.plans.inPlan(
      caller,
      'reorderGoals',
      () => Promise.resolve(args.caseId),
      'EDIT',
      async (ctx) => {
        const { manager, plan } = ctx;
        const goals = await this.plans.lockGoalsAt(ctx, args.expectedVersion, 'reorderGoals');
        const before = goals.map((g) => g.id);
        const problems = orderProblems(before, args.goalIds);
        if (problems.length > 0) {
          caller.audit.read('reorderGoals', ctx.touched);
          throw GoalPlanErrors.orderMismatch('goalIds', problems);
        }
        if (sameOrder(before, args.goalIds)) return this.plans.unchanged(plan);
        await this.plans.writePositions(manager, GoalEntity, args.goalIds);
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
    return this.plans.inPlan(
      caller,
      'reorderMeasures',
      (manager) => this.plans.caseOfGoal(manager, goalId),
      'EDIT',
      async (ctx) => {
        const goal = await this.plans.lockGoal(ctx, goalId, expectedVersion, 'reorderMeasures');
        const transition = nextGoalStatus(goal.status, { type: 'EDIT' });
        if (!transition.ok) {
          this.plans.refuseTransition(ctx, 'reorderMeasures', transition, goal.status);
        }
        const [measures] = await this.goalPlans.measuresOf([goalId], ctx.manager);
        const before = measures.map((m) => m.id);
        const problems = orderProblems(before, args.measureIds);
        if (problems.length > 0) {
          caller.audit.read('reorderMeasures', ctx.touched);
          throw GoalPlanErrors.orderMismatch('measureIds', problems);
        }
        if (sameOrder(before, args.measureIds)) return this.plans.unchanged(goal);
        const updated = await this.plans.updateVersioned(
          ctx,
          GoalEntity,
          goal,
          expectedVersion,
          {},
          'reorderMeasures',
        );
        await this.plans.writePositions(ctx.manager, MeasureEntity, args.measureIds);
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

  // -------------------------------------------------------------------------------------------
  // Input checks that need the clock or the database (before any transaction)

  private checkTargetDate(targetDate: string): void {
    const today = this.calendar.today();
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
    const known = await this.assessments.isKnownVariable(code);
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
      const staff = await activeStaffMember(
        this.dataSource.manager,
        responsible.staffId,
        responsible.profession!,
      );
      if (!staff) throw IdentityErrors.activeStaffOfProfessionNotFound('responsible.staffId');
    }
  }
}
