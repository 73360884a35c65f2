import { ParseUUIDPipe } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { OperationEnum } from 'src/modules/access/model';
import { AssessmentsService } from 'src/modules/assessments';
import { FunctionVariableEntity } from 'src/modules/assessments/model';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  AddGoalInput,
  AddMeasureInput,
  AgreeGoalPlanArgs,
  EvaluateGoalArgs,
  ReorderGoalsArgs,
  ReorderMeasuresArgs,
  UpdateGoalArgs,
  UpdateMeasureArgs,
} from 'src/modules/goal-plans/dto/goal-plan.input';
import {
  GoalEntity,
  GoalPlanEntity,
  GoalPlanFieldChangeType,
  GoalPlanRevisionEntity,
  MeasureEntity,
} from 'src/modules/goal-plans/goal-plan.entity';
import { type ResponsibleKind } from 'src/modules/goal-plans/goal-plan-rules';
import { MeasureResponsibleKindEnum } from 'src/modules/goal-plans/goal-plan.enums';
import { GoalPlanAgreementService } from 'src/modules/goal-plans/goal-plan-agreement.service';
import { GoalPlanEditsService } from 'src/modules/goal-plans/goal-plan-edits.service';
import { GoalPlansService } from 'src/modules/goal-plans/goal-plans.service';
import { IdentityLoaders } from 'src/modules/identity';
import { Profession, StaffMemberEntity } from 'src/modules/identity/model';

@ObjectType('MeasureResponsible', { description: 'Who carries out a measure.' })
export class MeasureResponsibleType {
  @Field(() => MeasureResponsibleKindEnum, { description: 'Staff, relative, volunteer or person.' })
  kind: ResponsibleKind;

  @Field(() => Profession, { nullable: true, description: 'The profession (staff).' })
  profession: Profession | null;

  @Field(() => ID, { nullable: true, description: 'The named staff member, if any.' })
  staffId: string | null;

  @Field(() => String, { nullable: true, description: 'The name of a relative or volunteer.' })
  name: string | null;
}

/** The goals of a plan, through this request's loader (one query per page of plans). */
function goalsOf(service: GoalPlansService, caller: Caller, planId: string) {
  return caller.loaders
    .get<string, GoalEntity[]>('goalPlanGoals', (ids) => service.goalsOf(ids))
    .load(planId);
}

/** The plan of a case, its goals, their measures and the revisions, each batched per request. */
@Resolver(() => GoalPlanEntity)
export class GoalPlansResolver {
  constructor(
    private readonly service: GoalPlansService,
    private readonly edits: GoalPlanEditsService,
    private readonly agreement: GoalPlanAgreementService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => GoalPlanEntity, {
    nullable: true,
    description:
      "A case's goal and action plan (null until its first goal), if you have a relation to the case.",
  })
  goalPlan(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The assessment case whose goal and action plan is read.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
  ): Promise<GoalPlanEntity | null> {
    return this.service.planOfCase(caller, caseId);
  }

  @Mutation(() => GoalEntity, {
    description:
      'Adds a PROPOSED goal (creating the plan with its first goal). Nurses, social educators, physiotherapists and occupational therapists of the case, and its coordinator, until handover.',
  })
  addGoal(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The assessment case whose goal plan gets the goal.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        "The goal in the person's own words, what matters to them, the target date, and optionally the function variable with baseline and target score.",
    })
    input: AddGoalInput,
  ): Promise<GoalEntity> {
    return this.edits.addGoal(caller, caseId, input);
  }

  @Mutation(() => GoalEntity, {
    description:
      'Changes (or cancels) a goal, based on `expectedVersion`: a stale version answers CONFLICT / STALE_VERSION and changes nothing. Changing an agreed plan makes it CHANGED_SINCE_AGREEMENT.',
  })
  updateGoal(@CurrentCaller() caller: Caller, @Args() args: UpdateGoalArgs): Promise<GoalEntity> {
    return this.edits.updateGoal(caller, args);
  }

  @Mutation(() => GoalEntity, {
    description:
      'Records the result of an agreed goal (again at follow-up if need be), based on `expectedVersion`. Allowed also after handover.',
  })
  evaluateGoal(
    @CurrentCaller() caller: Caller,
    @Args() args: EvaluateGoalArgs,
  ): Promise<GoalEntity> {
    return this.agreement.evaluateGoal(caller, args);
  }

  @Mutation(() => MeasureEntity, {
    description:
      'Adds a measure to a goal; above the lowest step suggested in the assessments it needs a justification.',
  })
  addMeasure(
    @CurrentCaller() caller: Caller,
    @Args(
      'goalId',
      { description: 'The PROPOSED or AGREED goal the measure serves.', type: () => ID },
      new ParseUUIDPipe(),
    )
    goalId: string,
    @Args('input', {
      description:
        'The measure (tiltak): what is done, its staircase level, who is responsible, how often, from and to (a justification above the lowest suggested level).',
    })
    input: AddMeasureInput,
  ): Promise<MeasureEntity> {
    return this.edits.addMeasure(caller, goalId, input);
  }

  @Mutation(() => MeasureEntity, {
    description:
      'Changes a measure, based on `expectedVersion` (stale: CONFLICT / STALE_VERSION, nothing changed).',
  })
  updateMeasure(
    @CurrentCaller() caller: Caller,
    @Args() args: UpdateMeasureArgs,
  ): Promise<MeasureEntity> {
    return this.edits.updateMeasure(caller, args);
  }

  @Mutation(() => GoalPlanEntity, {
    description:
      'Records that the person (or a named representative) agreed the plan exactly as at `expectedVersion`; every PROPOSED goal becomes AGREED.',
  })
  agreeGoalPlan(
    @CurrentCaller() caller: Caller,
    @Args() args: AgreeGoalPlanArgs,
  ): Promise<GoalPlanEntity> {
    return this.agreement.agreeGoalPlan(caller, args);
  }

  @Mutation(() => GoalPlanEntity, {
    description:
      "Puts the plan's goals in a new order (every goal once), based on the plan's `expectedVersion` (stale: CONFLICT / STALE_VERSION, nothing changed). Changing an agreed plan's order makes it CHANGED_SINCE_AGREEMENT.",
  })
  reorderGoals(
    @CurrentCaller() caller: Caller,
    @Args() args: ReorderGoalsArgs,
  ): Promise<GoalPlanEntity> {
    return this.edits.reorderGoals(caller, args);
  }

  @Mutation(() => GoalEntity, {
    description:
      "Puts a goal's measures in a new order (every measure once), based on the goal's `expectedVersion` (stale: CONFLICT / STALE_VERSION, nothing changed).",
  })
  reorderMeasures(
    @CurrentCaller() caller: Caller,
    @Args() args: ReorderMeasuresArgs,
  ): Promise<GoalEntity> {
    return this.edits.reorderMeasures(caller, args);
  }

  @ResolveField(() => [OperationEnum], {
    description:
      "The goal-plan operations you may perform now (add, edit, agree, evaluate), by the access policy and the case's state.",
  })
  viewerCan(@Parent() plan: GoalPlanEntity, @CurrentCaller() caller: Caller) {
    return this.service.viewerCan(caller, plan.caseId);
  }

  @ResolveField(() => [GoalEntity], { description: 'The goals, in their order (`position`).' })
  goals(@Parent() plan: GoalPlanEntity, @CurrentCaller() caller: Caller) {
    return goalsOf(this.service, caller, plan.id);
  }

  @ResolveField(() => [GoalPlanRevisionEntity], {
    description: 'Every change of the plan, newest first (one per plan version).',
  })
  revisions(@Parent() plan: GoalPlanEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, GoalPlanRevisionEntity[]>('goalPlanRevisions', (ids) =>
        this.service.revisionsOf(ids),
      )
      .load(plan.id);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who changed the plan last.' })
  updatedBy(@Parent() plan: GoalPlanEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, plan.updatedById);
  }

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description: 'The staff member who recorded the last agreement.',
  })
  agreementRecordedBy(@Parent() plan: GoalPlanEntity, @CurrentCaller() caller: Caller) {
    return plan.agreementRecordedById
      ? this.identity.staff(caller, plan.agreementRecordedById)
      : null;
  }
}

@Resolver(() => GoalEntity)
export class GoalResolver {
  constructor(
    private readonly service: GoalPlansService,
    private readonly assessments: AssessmentsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => GoalPlanEntity, {
    description: 'The plan the goal belongs to (its status and version).',
  })
  plan(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, GoalPlanEntity | null>('goalPlanById', (ids) => this.service.plansById(ids))
      .load(goal.planId);
  }

  @ResolveField(() => [MeasureEntity], {
    description: 'The measures, in their order (`position`).',
  })
  measures(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, MeasureEntity[]>('goalMeasures', (ids) => this.service.measuresOf(ids))
      .load(goal.id);
  }

  @ResolveField(() => FunctionVariableEntity, {
    nullable: true,
    description: 'The IPLOS/FSIII function variable the goal addresses.',
  })
  functionVariable(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    if (!goal.functionVariableCode) return null;
    return caller.loaders
      .get<string, FunctionVariableEntity | null>('functionVariableByCode', (codes) =>
        this.assessments.variablesByCode(codes),
      )
      .load(goal.functionVariableCode);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who added the goal.' })
  createdBy(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, goal.createdById);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who changed the goal last.' })
  updatedBy(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, goal.updatedById);
  }

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description: 'Who evaluated it last.',
  })
  evaluatedBy(@Parent() goal: GoalEntity, @CurrentCaller() caller: Caller) {
    return goal.evaluatedById ? this.identity.staff(caller, goal.evaluatedById) : null;
  }
}

@Resolver(() => MeasureEntity)
export class MeasureResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => MeasureResponsibleType, { description: 'Who carries it out.' })
  responsible(@Parent() measure: MeasureEntity): MeasureResponsibleType {
    return {
      kind: measure.responsibleKind,
      profession: measure.responsibleProfession,
      staffId: measure.responsibleStaffId,
      name: measure.responsibleName,
    };
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who added the measure.' })
  createdBy(@Parent() measure: MeasureEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, measure.createdById);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who changed the measure last.' })
  updatedBy(@Parent() measure: MeasureEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, measure.updatedById);
  }
}

@Resolver(() => MeasureResponsibleType)
export class MeasureResponsibleResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description: 'The named staff member, if any.',
  })
  staff(@Parent() responsible: MeasureResponsibleType, @CurrentCaller() caller: Caller) {
    return responsible.staffId ? this.identity.staff(caller, responsible.staffId) : null;
  }
}

@Resolver(() => GoalPlanRevisionEntity)
export class GoalPlanRevisionResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => [GoalPlanFieldChangeType], {
    description: 'The fields changed, with their values before and after.',
  })
  changes(@Parent() revision: GoalPlanRevisionEntity): GoalPlanFieldChangeType[] {
    return revision.changes;
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who made the change.' })
  changedBy(@Parent() revision: GoalPlanRevisionEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, revision.changedById);
  }
}

@Resolver(() => AssessmentCaseEntity)
export class CaseGoalPlanResolver {
  constructor(private readonly service: GoalPlansService) {}

  @ResolveField(() => GoalPlanEntity, {
    nullable: true,
    description: 'The goal and action plan (null until its first goal).',
  })
  goalPlan(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, GoalPlanEntity | null>('caseGoalPlan', (ids) =>
        this.service.plansOfCases(caller, ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => Int, {
    description: "Goals in the case's plan, whatever their status (0 before the first goal).",
  })
  goalCount(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, number>('caseGoalCount', (ids) => this.service.goalCountsOfCases(ids))
      .load(kase.id);
  }
}
