import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  CatalogueServiceEntity,
  LegalBasisEntity,
  ServiceLevelEntity,
} from 'src/modules/decisions/catalogue.entity';
import { DecisionEntity, DecisionServiceEntity } from 'src/modules/decisions/decision.entity';
import { weeklyHoursOf } from 'src/modules/decisions/weekly-hours';
import { DecisionLetterPreview } from 'src/modules/decisions/decision-letter-preview';
import { CoordinationRequirements } from 'src/modules/decisions/coordination-requirements';
import { DecisionsService } from 'src/modules/decisions/decisions.service';
import { RecordDecisionInput } from 'src/modules/decisions/dto/record-decision.input';
import type { ServiceLevel } from 'src/modules/decisions/service-level';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';

@Resolver(() => DecisionEntity)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => DecisionEntity, {
    description:
      'Records the decision (CASEWORKER of the case): the case becomes DECIDED and the letter is written.',
  })
  async recordDecision(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case the decision (vedtak) is for.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        'Outcome, services granted, legal basis, justification, review date and the step on the coping staircase (default the highest step of the services).',
    })
    input: RecordDecisionInput,
  ): Promise<DecisionEntity> {
    await this.decisions.record(caller, caseId, input);
    return this.decisions.recordedDecision(caseId);
  }

  @Query(() => DecisionLetterPreview, {
    description:
      'The decision letter as recordDecision would write it for this input, before it is recorded (CASEWORKER of the case; audited as a read, nothing recorded).',
  })
  decisionLetterPreview(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The case the decision (vedtak) is for.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', { description: 'The decision as it would be recorded.' })
    input: RecordDecisionInput,
  ): Promise<DecisionLetterPreview> {
    return this.decisions.previewLetter(caller, caseId, input);
  }

  @Query(() => [LegalBasisEntity], {
    description: "The legal bases this municipality's decisions may cite.",
  })
  legalBases(): Promise<LegalBasisEntity[]> {
    return this.decisions.legalBases();
  }

  @ResolveField(() => [DecisionServiceEntity], { description: 'Services granted.' })
  services(@Parent() decision: DecisionEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, DecisionServiceEntity[]>('decisionServices', (ids) =>
        this.decisions.servicesOfDecisions(ids),
      )
      .load(decision.id);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'The caseworker who decided.' })
  decider(@Parent() decision: DecisionEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, decision.decidedBy);
  }
}

@Resolver(() => ServiceLevelEntity)
export class ServiceLevelsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Query(() => [ServiceLevelEntity], {
    description: 'The coping staircase, lowest step first, with the services offered on each step.',
  })
  serviceLevels(): Promise<ServiceLevelEntity[]> {
    return this.decisions.serviceLevels();
  }

  @ResolveField(() => [CatalogueServiceEntity], { description: 'Services offered on this step.' })
  services(@Parent() level: ServiceLevelEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<ServiceLevel, CatalogueServiceEntity[]>('levelServices', (codes) =>
        this.decisions.servicesOfLevels(codes),
      )
      .load(level.code);
  }
}

@Resolver(() => AssessmentCaseEntity)
export class CaseDecisionResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @ResolveField(() => DecisionEntity, {
    nullable: true,
    description: 'The decision, once recorded.',
  })
  decision(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, DecisionEntity | null>('caseDecision', (ids) =>
        this.decisions.decisionsOfCases(ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => CoordinationRequirements, {
    nullable: true,
    description:
      "Billund: what the case's coordination level asks for before the decision, and what is met; null for a case without a coordination level. recordDecision is refused (INVALID_TRANSITION, COORDINATION_REQUIREMENTS_MISSING) while `missing` is not empty.",
  })
  coordinationRequirements(@Parent() kase: AssessmentCaseEntity) {
    return this.decisions.coordinationRequirements(kase);
  }
}

@Resolver(() => DecisionServiceEntity)
export class DecisionServicesResolver {
  @ResolveField(() => Float, {
    nullable: true,
    description:
      'The decided time in hours a week: the hours, or the visits times the minutes per visit (the decision’s, else the catalogue’s); null for a service without time (an alarm, an aid, a stay).',
  })
  weeklyHours(@Parent() service: DecisionServiceEntity): number | null {
    return weeklyHoursOf(service, service.service?.minutesPerVisit ?? null);
  }
}
