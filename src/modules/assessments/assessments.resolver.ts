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
import { AssessmentEntity, AssessmentScoreEntity } from 'src/modules/assessments/assessment.entity';
import {
  AssessmentsService,
  type AssessmentView,
  type FunctionScoreSummary,
} from 'src/modules/assessments/assessments.service';
import { RecordAssessmentInput } from 'src/modules/assessments/dto/record-assessment.input';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { ServiceLevel } from 'src/modules/decisions/service-level';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

@ObjectType('FunctionScoreSummary', {
  description:
    "The latest score of one function variable in a case, over every author's latest assessment version.",
})
export class FunctionScoreSummaryType {
  variableCode: string;
  setById: string;

  @Field(() => Int, { description: 'The score.' })
  score: number;

  @Field({ description: 'When the assessment holding the score was recorded.' })
  setAt: Date;

  @Field(() => ID, { description: 'The assessment version the score comes from.' })
  assessmentId: string;
}

/** The variable of a score, from the code list (cached per request). */
function variableOf(
  service: AssessmentsService,
  caller: Caller,
  code: string,
): Promise<FunctionVariableEntity | null> {
  return caller.loaders
    .get<string, FunctionVariableEntity | null>('functionVariableByCode', (codes) =>
      service.variablesByCode(codes),
    )
    .load(code);
}

@Resolver(() => AssessmentEntity)
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => [FunctionVariableEntity], {
    description:
      "The function variables of the municipality's scale (IPLOS in Norway, FSIII in Denmark), in order.",
  })
  functionVariables(): Promise<FunctionVariableEntity[]> {
    return this.service.functionVariables();
  }

  @Mutation(() => AssessmentEntity, {
    description:
      'Records your findings in a case as your next version (earlier versions stay as they were). Clinical staff, caseworkers and coordinators of the case, until it is handed over.',
  })
  recordAssessment(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The assessment case the findings belong to.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        "The professional's findings on the five mapping questions, function scores (IPLOS or FSIII), what matters to the person, and the suggested staircase level.",
    })
    input: RecordAssessmentInput,
  ): Promise<AssessmentView> {
    return this.service.record(caller, caseId, input);
  }

  @ResolveField(() => Boolean, {
    description: "True for the author's latest version in the case (the one that counts).",
  })
  isLatest(@Parent() assessment: AssessmentView): boolean {
    return assessment.isLatest;
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who recorded it.' })
  author(@Parent() assessment: AssessmentEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, assessment.authorId);
  }

  @ResolveField(() => [AssessmentScoreEntity], {
    description: 'Function scores, in the order of the code list.',
  })
  scores(@Parent() assessment: AssessmentEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentScoreEntity[]>('assessmentScores', (ids) => this.service.scoresOf(ids))
      .load(assessment.id);
  }
}

@Resolver(() => AssessmentScoreEntity)
export class AssessmentScoreResolver {
  constructor(private readonly service: AssessmentsService) {}

  @ResolveField(() => FunctionVariableEntity, { description: 'The variable scored.' })
  variable(@Parent() score: AssessmentScoreEntity, @CurrentCaller() caller: Caller) {
    return variableOf(this.service, caller, score.variableCode);
  }
}

@Resolver(() => FunctionScoreSummaryType)
export class FunctionScoreSummaryResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => FunctionVariableEntity, { description: 'The variable.' })
  variable(@Parent() summary: FunctionScoreSummaryType, @CurrentCaller() caller: Caller) {
    return variableOf(this.service, caller, summary.variableCode);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who set the score.' })
  setBy(@Parent() summary: FunctionScoreSummaryType, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, summary.setById);
  }
}

@Resolver(() => AssessmentCaseEntity)
export class CaseAssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @ResolveField(() => [AssessmentEntity], {
    description: "Every professional's assessments, all versions, newest first.",
  })
  assessments(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentView[]>('caseAssessments', (ids) =>
        this.service.assessmentsOf(caller, ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => [FunctionScoreSummaryType], {
    description:
      "The latest score of each function variable over every author's latest version, in the order of the code list.",
  })
  functionSummary(
    @Parent() kase: AssessmentCaseEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<FunctionScoreSummary[]> {
    return caller.loaders
      .get<string, FunctionScoreSummary[]>('caseFunctionSummary', (ids) =>
        this.service.functionSummaryOf(caller, ids),
      )
      .load(kase.id);
  }

  @ResolveField(() => ServiceLevel, {
    nullable: true,
    description:
      "The lowest step of the coping staircase suggested over every author's latest version; measures above it need a justification.",
  })
  lowestSuggestedLevel(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ServiceLevel | null>('caseLowestSuggestedLevel', (ids) =>
        this.service.lowestSuggestedLevelsOf(caller, ids),
      )
      .load(kase.id);
  }
}
