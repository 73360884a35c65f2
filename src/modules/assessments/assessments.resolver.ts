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
  type SuggestedLevelReason,
} from 'src/modules/assessments/assessments.service';
import {
  MappingQuestion,
  SuggestedLevelRule,
} from 'src/modules/assessments/suggested-level-reason';
import { RecordAssessmentInput } from 'src/modules/assessments/dto/record-assessment.input';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { ServiceLevel } from 'src/modules/decisions/model';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';

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

@ObjectType('MappingAnswer', {
  description: 'One answer of an assessment, as a reason for its suggested level.',
})
export class MappingAnswerType {
  @Field(() => MappingQuestion, { description: 'The question answered.' })
  question: MappingQuestion;

  @Field(() => ServiceLevel, {
    nullable: true,
    description:
      'The step of the staircase the question asks about (none for what matters to the person).',
  })
  level: ServiceLevel | null;

  @Field({ description: "The answer, in the professional's (or the person's) words." })
  text: string;
}

@ObjectType('SuggestedLevelReason', {
  description:
    "Why the case's suggested staircase level is what it is: the rule, the suggestion that decides, and the answers and scores of that assessment. Codes and values, for the client to put into words.",
})
export class SuggestedLevelReasonType {
  @Field(() => ServiceLevel, { description: 'The suggested level (as `lowestSuggestedLevel`).' })
  level: ServiceLevel;

  @Field(() => SuggestedLevelRule, { description: 'How the level follows from the suggestions.' })
  rule: SuggestedLevelRule;

  @Field(() => AssessmentEntity, {
    description:
      'The assessment version whose suggestion is the level (the most recent one if several suggest the same step): who, when, what.',
  })
  assessment: AssessmentView;

  @Field(() => [AssessmentEntity], {
    description:
      "Every professional's latest version that suggests a level, lowest step first (the first is `assessment`).",
  })
  suggestions: AssessmentView[];

  @Field(() => [MappingAnswerType], {
    description:
      "That assessment's answers on the mapping questions up to the suggested step (the lower steps weighed first, then the step itself), and what matters to the person; unanswered ones left out.",
  })
  answers: MappingAnswerType[];

  @Field(() => [AssessmentScoreEntity], {
    description:
      "That assessment's function scores that show a need of help (not the scale's lowest grade, not 9), largest need first.",
  })
  scores: AssessmentScoreEntity[];
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

  @ResolveField(() => SuggestedLevelReasonType, {
    nullable: true,
    description:
      'Why this level: the suggestion behind `lowestSuggestedLevel` with the answers and scores it rests on; none while no one suggests a level.',
  })
  suggestedLevelReason(
    @Parent() kase: AssessmentCaseEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<SuggestedLevelReason | null> {
    return caller.loaders
      .get<string, SuggestedLevelReason | null>('caseSuggestedLevelReason', (ids) =>
        this.service.suggestedLevelReasonsOf(caller, ids),
      )
      .load(kase.id);
  }
}
