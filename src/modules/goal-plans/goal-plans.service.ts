import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { findGroupedBy, inKeyOrder } from 'src/common/graphql/loaders';
import { AccessPolicyService } from 'src/modules/access';
import type { Operation } from 'src/modules/access/model';
import { CasesService } from 'src/modules/cases';
import { CaseErrors } from 'src/modules/cases/model';
import {
  GoalEntity,
  GoalPlanEntity,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import type { GoalPlanMutation } from 'src/modules/goal-plans/goal-plan-changes';

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

/**
 * Goal and action plans: one per case, goals in the person's words, measures on the coping
 * staircase, agreement with the person, evaluation. This service reads them; they are
 * written by GoalPlanEditsService (goals, measures, order) and GoalPlanAgreementService
 * (agreement, evaluation), each change through GoalPlanChanges on the case-change kernel.
 */
@Injectable()
export class GoalPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly cases: CasesService,
  ) {}

  /** The goal-plan operations the caller may perform on the case's plan now (`viewerCan`). */
  async viewerCan(caller: Caller, caseId: string): Promise<Operation[]> {
    const allowed = await this.cases.viewerCanOf(caller, caseId);
    return allowed.filter((operation) => GOAL_PLAN_OPERATIONS.includes(operation));
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
