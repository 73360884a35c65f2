import { Injectable } from '@nestjs/common';
import type { Caller } from 'src/common/auth/caller';
import type {
  AgreeGoalPlanArgs,
  EvaluateGoalArgs,
} from 'src/modules/goal-plans/dto/goal-plan.input';
import { GoalEntity, type GoalPlanEntity } from 'src/modules/goal-plans/goal-plan.entity';
import { GoalPlanChanges } from 'src/modules/goal-plans/goal-plan-changes';
import {
  checkAgreement,
  diff,
  type FieldChange,
  isOpenGoal,
  nextGoalStatus,
} from 'src/modules/goal-plans/goal-plan-rules';
import { GoalPlanErrors } from 'src/modules/goal-plans/goal-plans.errors';
import { GoalPlansService } from 'src/modules/goal-plans/goal-plans.service';

/**
 * The person's agreement to the plan, and the evaluation of its goals (which goes on after
 * handover). Each runs through the plan's layer on the case-change kernel (GoalPlanChanges).
 */
@Injectable()
export class GoalPlanAgreementService {
  constructor(
    private readonly plans: GoalPlanChanges,
    private readonly goalPlans: GoalPlansService,
  ) {}

  async evaluateGoal(caller: Caller, args: EvaluateGoalArgs): Promise<GoalEntity> {
    const { input, expectedVersion } = args;
    return this.plans.inPlan(
      caller,
      'evaluateGoal',
      (manager) => this.plans.caseOfGoal(manager, args.goalId),
      'EVALUATE',
      async (ctx) => {
        const goal = await this.plans.lockGoal(ctx, args.goalId, expectedVersion, 'evaluateGoal');
        const transition = nextGoalStatus(goal.status, {
          type: 'EVALUATE',
          outcome: input.outcome,
        });
        if (!transition.ok) {
          this.plans.refuseTransition(ctx, 'evaluateGoal', transition, goal.status);
        }
        const patch: Partial<GoalEntity> = { status: transition.to, evaluation: input.evaluation };
        const changes = diff(goal, patch);
        if (changes.length === 0) return this.plans.unchanged(goal);
        const updated = await this.plans.updateVersioned(
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
    return this.plans.inPlan(
      caller,
      'agreeGoalPlan',
      () => Promise.resolve(args.caseId),
      'EDIT',
      async (ctx) => {
        const { manager, plan } = ctx;
        const goals = await this.plans.lockGoalsAt(ctx, args.expectedVersion, 'agreeGoalPlan');
        const check = checkAgreement(
          plan.status,
          goals.map((g) => g.status),
        );
        if (!check.ok) this.plans.refuseTransition(ctx, 'agreeGoalPlan', check, plan.status);
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
        const measures = await this.goalPlans.measuresOf(
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
}
