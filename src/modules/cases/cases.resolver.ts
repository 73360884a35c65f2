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
import { LocalDateScalar } from 'src/common/graphql/local-date.scalar';
import { connectionType } from 'src/common/graphql/pagination';
import { OperationEnum } from 'src/modules/access/model';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { type CaseStatus } from 'src/modules/cases/case-lifecycle';
import {
  CaseHistoryEntity,
  CaseHoldEntity,
  CaseMemberEntity,
  DeadlineExtensionEntity,
  InterimServiceEntity,
} from 'src/modules/cases/case-records.entity';
import { CaseStatusEnum } from 'src/modules/cases/case.enums';
import { CaseActionsService } from 'src/modules/cases/case-actions.service';
import { CasesService, type TeamDashboard } from 'src/modules/cases/cases.service';
import {
  AssessmentCasesArgs,
  AssignCaseMemberInput,
  CancelCaseInput,
  ExtendDeadlineInput,
  PutCaseOnHoldInput,
  RecordInterimServiceInput,
  RemoveCaseMemberArgs,
} from 'src/modules/cases/dto/case.input';
import { IdentityLoaders } from 'src/modules/identity';
import {
  caseSettingValues,
  SettingValuesView,
  type SettingValues,
} from 'src/modules/settings/model';
import { AssessmentTeamEntity, StaffMemberEntity } from 'src/modules/identity/model';

export const AssessmentCaseConnection = connectionType(AssessmentCaseEntity, 'AssessmentCase');

@ObjectType('StatusCount', { description: 'How many cases have a status.' })
export class StatusCountType {
  @Field(() => CaseStatusEnum, { description: 'The status.' })
  status: CaseStatus;

  @Field(() => Int, { description: 'Number of cases.' })
  count: number;
}

@ObjectType('CoordinatorLoad', { description: "One coordinator's open cases." })
export class CoordinatorLoadType {
  @Field(() => ID, { description: 'The coordinator.' })
  coordinatorId: string;

  @Field(() => StaffMemberEntity, { description: 'The coordinator.' })
  coordinator?: StaffMemberEntity;

  @Field(() => Int, { description: 'Open (active or on hold) cases.' })
  openCases: number;

  @Field(() => Int, { description: 'Of those, past the deadline.' })
  overdue: number;

  @Field(() => Int, { description: 'Of those, at risk.' })
  atRisk: number;
}

@ObjectType('TeamDashboard', { description: "A team's caseload and deadlines." })
export class TeamDashboardType {
  @Field(() => ID, {
    description:
      "The team's id: one dashboard per team, so a client caches it as one thing (`node(id)` with it answers the AssessmentTeam).",
  })
  id: string;

  @Field(() => AssessmentTeamEntity, { description: 'The team.' })
  team: AssessmentTeamEntity;

  @Field(() => LocalDateScalar, { description: 'The local date the figures are for.' })
  today: string;

  @Field(() => Int, { description: 'Active and on-hold cases.' })
  openCaseCount: number;

  @Field(() => Int, { description: 'Open cases past their deadline.' })
  overdueCount: number;

  @Field(() => Int, {
    description: 'Open cases at risk (late in the period without an agreed plan).',
  })
  atRiskCount: number;

  @Field(() => [StatusCountType], { description: 'All cases of the team by status.' })
  countsByStatus: StatusCountType[];

  @Field(() => [CoordinatorLoadType], { description: 'Open cases per coordinator.' })
  casesPerCoordinator: CoordinatorLoadType[];

  @Field(() => [AssessmentCaseEntity], {
    description:
      'Open cases you may see, nearest deadline first (at most 500; a district leader outside the team sees the figures only).',
  })
  openCases: AssessmentCaseEntity[];
}

@Resolver(() => AssessmentCaseEntity)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly actions: CaseActionsService,
  ) {}

  @Query(() => AssessmentCaseEntity, { description: 'One case, if you have a relation to it.' })
  assessmentCase(
    @CurrentCaller() caller: Caller,
    @Args(
      'id',
      { description: 'The assessment case (vurderingsforløp) to read.', type: () => ID },
      new ParseUUIDPipe(),
    )
    id: string,
  ) {
    return this.cases.getCase(caller, id);
  }

  @Query(() => AssessmentCaseConnection, {
    description:
      'Cases you may see, nearest deadline first (a case on hold moves with its deadline).',
  })
  assessmentCases(@CurrentCaller() caller: Caller, @Args() args: AssessmentCasesArgs) {
    return this.cases.listCases(caller, args);
  }

  @Query(() => TeamDashboardType, {
    description: "A team's open cases, deadlines and load (team members and district leaders).",
  })
  teamDashboard(
    @CurrentCaller() caller: Caller,
    @Args(
      'teamId',
      { description: 'The assessment team whose open cases the dashboard shows.', type: () => ID },
      new ParseUUIDPipe(),
    )
    teamId: string,
  ): Promise<TeamDashboard> {
    return this.cases.teamDashboard(caller, teamId);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Pauses the clock, e.g. for a hospital stay (the coordinator).',
  })
  putCaseOnHold(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      {
        description: 'The ACTIVE case to put on hold; its clarification period pauses.',
        type: () => ID,
      },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', { description: 'Why the case is paused (e.g. hospital admission).' })
    input: PutCaseOnHoldInput,
  ) {
    return this.actions.putOnHold(caller, caseId, input);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Restarts the clock; the deadline moves by the days paused (the coordinator).',
  })
  resumeCase(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      {
        description: 'The ON_HOLD case to resume; the deadline moves by the days on hold.',
        type: () => ID,
      },
      new ParseUUIDPipe(),
    )
    caseId: string,
  ) {
    return this.actions.resume(caller, caseId);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Adds days to the clarification period, with a reason (the coordinator).',
  })
  extendDeadline(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case whose clarification period is extended.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', { description: 'How many days to add and why; kept as deadline history.' })
    input: ExtendDeadlineInput,
  ) {
    return this.actions.extendDeadline(caller, caseId, input);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Ends an active or paused case without a decision (the coordinator).',
  })
  cancelCase(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The ACTIVE or ON_HOLD case to cancel.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description: 'Why the case ends without a decision (e.g. death, moved, withdrew).',
    })
    input: CancelCaseInput,
  ) {
    return this.actions.cancel(caller, caseId, input);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Closes a case decided with NO_SERVICES (the coordinator).',
  })
  closeCase(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The DECIDED case with a NO_SERVICES decision to close.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
  ) {
    return this.actions.close(caller, caseId);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Assigns a staff member to the case, giving them access (the coordinator).',
  })
  assignCaseMember(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case the staff member is assigned to.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description: 'The staff member and their role in the case; assignment gives access.',
    })
    input: AssignCaseMemberInput,
  ) {
    return this.actions.assignMember(caller, caseId, input);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description:
      'Takes an assigned staff member off the case, ending the access the assignment gave them (the coordinator; until the case is handed over).',
  })
  removeCaseMember(@CurrentCaller() caller: Caller, @Args() args: RemoveCaseMemberArgs) {
    return this.actions.removeMember(caller, args.caseId, args.staffId, args.reason);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'Hands the case to another coordinator of the team (the coordinator).',
  })
  changeCaseCoordinator(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case whose coordinator changes.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args(
      'coordinatorId',
      { description: "The new coordinator: a COORDINATOR of the case's team.", type: () => ID },
      new ParseUUIDPipe(),
    )
    coordinatorId: string,
  ) {
    return this.actions.changeCoordinator(caller, caseId, coordinatorId);
  }

  @Mutation(() => InterimServiceEntity, {
    description: 'Records help given during the clarification period.',
  })
  recordInterimService(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case in whose clarification period the help is given.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        'The help given during the clarification period: kind, what, how often, who gives it, from and to.',
    })
    input: RecordInterimServiceInput,
  ) {
    return this.actions.recordInterimService(caller, caseId, input);
  }

  @ResolveField(() => [CaseHistoryEntity], {
    description: 'Every change of the case, oldest first.',
  })
  history(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, CaseHistoryEntity[]>('caseHistory', (ids) => this.cases.historyOf(ids))
      .load(kase.id);
  }

  @ResolveField(() => [OperationEnum], {
    description:
      "The named operations you may perform on this case now: allowed to you by the access policy, and by the case's lifecycle in its present state. Show a control only when its operation is listed; the API still refuses what has changed since, and finer input rules.",
  })
  viewerCan(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return this.cases.viewerCanOf(caller, kase.id);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When your emergency access (break-the-glass) to this case ends, while one runs; null otherwise. Show it while you read the case under it: at that time the next read is refused again.',
  })
  viewerEmergencyAccessUntil(
    @Parent() kase: AssessmentCaseEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<Date | null> {
    return caller.loaders
      .get<string, Date | null>('caseEmergencyAccessUntil', (ids) =>
        this.cases.emergencyAccessUntil(caller, ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => SettingValuesView, {
    description:
      'The settings the case opened with (its district’s values then): they decide which models’ steps apply to it, and a later change of the settings never moves it.',
  })
  settings(@Parent() kase: AssessmentCaseEntity): SettingValues {
    return caseSettingValues(kase);
  }

  @ResolveField(() => [CaseHoldEntity], { description: 'Pauses of the clock.' })
  holds(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, CaseHoldEntity[]>('caseHolds', (ids) => this.cases.holdsOf(ids))
      .load(kase.id);
  }

  @ResolveField(() => [DeadlineExtensionEntity], {
    description: 'Extensions of the period, with reasons.',
  })
  extensions(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, DeadlineExtensionEntity[]>('caseExtensions', (ids) =>
        this.cases.extensionsOf(ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => [CaseMemberEntity], { description: 'Staff assigned to the case.' })
  members(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, CaseMemberEntity[]>('caseMembers', (ids) => this.cases.membersOf(ids))
      .load(kase.id);
  }

  @ResolveField(() => [InterimServiceEntity], { description: 'Help given during the period.' })
  interimServices(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, InterimServiceEntity[]>('caseInterimServices', (ids) =>
        this.cases.interimServicesOf(ids),
      )
      .load(kase.id);
  }
}

@Resolver(() => CoordinatorLoadType)
export class CoordinatorLoadResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => StaffMemberEntity, { description: 'The coordinator.' })
  coordinator(@Parent() load: CoordinatorLoadType, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, load.coordinatorId);
  }
}

@Resolver(() => CaseMemberEntity)
export class CaseMemberResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => StaffMemberEntity, { description: 'The staff member.' })
  staff(@Parent() member: CaseMemberEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, member.staffId);
  }
}

@Resolver(() => CaseHistoryEntity)
export class CaseHistoryResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => StaffMemberEntity, { description: 'Who did it.' })
  actor(@Parent() entry: CaseHistoryEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, entry.actorId);
  }
}
