import { Inject, Injectable } from '@nestjs/common';
import { entityColumns } from 'src/database/entity-columns';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { CLOCK, type Clock } from 'src/common/clock';
import { type FieldProblem } from 'src/common/graphql/domain-error';
import { groupInKeyOrder, inKeyOrder } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import type { CaseOperation } from 'src/modules/access/model';
import { AssessmentEntity, AssessmentScoreEntity } from 'src/modules/assessments/assessment.entity';
import { AssessmentErrors } from 'src/modules/assessments/assessments.errors';
import type { RecordAssessmentInput } from 'src/modules/assessments/dto/record-assessment.input';
import {
  type FunctionScale,
  lowestLevel,
  scaleOfLanguage,
  scoreProblems,
  scoreRangeText,
} from 'src/modules/assessments/function-scale';
import { FunctionVariableEntity } from 'src/modules/assessments/function-variable.entity';
import { CaseChanges } from 'src/modules/cases';
import type { ServiceLevel } from 'src/modules/decisions/model';
import {
  answersBehind,
  type ReasonAnswer,
  scoresBehind,
  SuggestedLevelRule,
  suggestionsInOrder,
} from 'src/modules/assessments/suggested-level-reason';

/** The mutation's name in the audit trail. */
const RECORD = 'recordAssessment' satisfies CaseOperation;
/** The read's name in the audit trail (every assessment field of a case). */
const READ = 'assessments';

/** An assessment as read: with whether it is its author's latest version in the case. */
export type AssessmentView = AssessmentEntity & { isLatest: boolean };

/** The latest score of one variable in a case, over every author's latest version. */
export interface FunctionScoreSummary {
  caseId: string;
  variableCode: string;
  score: number;
  setById: string;
  setAt: Date;
  assessmentId: string;
}

/** Why the case's suggested level is what it is: the suggestion, its answers and its scores. */
export interface SuggestedLevelReason {
  level: ServiceLevel;
  rule: SuggestedLevelRule;
  /** The version whose suggestion is the case's level. */
  assessment: AssessmentView;
  /** Every author's latest suggestion, lowest step first. */
  suggestions: AssessmentView[];
  answers: ReasonAnswer[];
  scores: AssessmentScoreEntity[];
}

/** Each author's latest version in the given cases (`$1`). */
const LATEST_PER_AUTHOR = `SELECT DISTINCT ON (a.case_id, a.author_id) a.id, a.case_id, a.patient_id, a.author_id,
    a.recorded_at, a.seq, a.suggested_level
  FROM assessments a WHERE a.case_id = ANY($1::uuid[])
  ORDER BY a.case_id, a.author_id, a.version DESC`;

/**
 * Structured assessments: each professional's findings on the five mapping questions, what
 * matters to the person, function scores (IPLOS or FSIII) and the lowest sufficient step of
 * the coping staircase. Append-only: recording again makes the author's next version.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: CaseChanges,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The municipality's function scale (IPLOS for nb, FSIII for da). */
  scale(): FunctionScale {
    return scaleOfLanguage(this.config.MUNICIPALITY_LANGUAGE);
  }

  /** The code list of the municipality's scale, in its order (no person data). */
  functionVariables(): Promise<FunctionVariableEntity[]> {
    return this.dataSource
      .getRepository(FunctionVariableEntity)
      .find({ where: { scale: this.scale() }, order: { sort: 'ASC' } });
  }

  async record(
    caller: Caller,
    caseId: string,
    input: RecordAssessmentInput,
  ): Promise<AssessmentView> {
    const scale = this.scale();
    const scores = input.scores ?? [];
    const findings = {
      selfMastery: input.selfMastery ?? null,
      network: input.network ?? null,
      voluntary: input.voluntary ?? null,
      welfareTechnology: input.welfareTechnology ?? null,
      lowThreshold: input.lowThreshold ?? null,
      whatMatters: input.whatMatters ?? null,
    };
    const suggestedLevel = input.suggestedLevel ?? null;
    if (
      Object.values(findings).every((text) => text === null) &&
      scores.length === 0 &&
      suggestedLevel === null
    ) {
      throw AssessmentErrors.empty();
    }
    await this.checkScores(scale, scores);

    // The case row lock orders one author's concurrent recordings: versions 1 and 2, no clash.
    // From handover on the findings are what the decision and the handover were based on.
    return this.changes.run(
      caller,
      {
        operation: RECORD,
        caseId,
        state: { editable: 'assessments can no longer be recorded' },
      },
      async ({ manager, kase }) => {
        const [{ version }] = (await manager.query(
          `SELECT COALESCE(max(version), 0)::int + 1 AS version FROM assessments
          WHERE case_id = $1 AND author_id = $2`,
          [caseId, caller.actor.staffId],
        )) as { version: number }[];
        const assessment = manager.create(AssessmentEntity, {
          caseId,
          patientId: kase.patientId,
          authorId: caller.actor.staffId,
          authorProfession: caller.actor.profession,
          version,
          recordedAt: this.clock.now(),
          scale,
          ...findings,
          suggestedLevel,
        });
        await manager.insert(AssessmentEntity, assessment);
        if (scores.length > 0) {
          await manager.insert(
            AssessmentScoreEntity,
            scores.map((s) => ({
              assessmentId: assessment.id,
              variableCode: s.variableCode,
              score: s.score,
            })),
          );
        }
        return {
          result: Object.assign(assessment, { isLatest: true }),
          // Arguments without free text: which version, which variables, which level.
          args: {
            assessmentId: assessment.id,
            version,
            scale,
            variables: scores.map((s) => s.variableCode),
            suggestedLevel,
          },
        };
      },
    );
  }

  /** Duplicates and ranges first (no database), then the variables against the code list. */
  private async checkScores(
    scale: FunctionScale,
    scores: readonly { variableCode: string; score: number }[],
  ): Promise<void> {
    const problems = scoreProblems(scale, scores);
    const fieldsOf = (reason: string, problem: string): FieldProblem[] =>
      problems
        .filter((p) => p.reason === reason)
        .map((p) => ({ field: `scores.${p.index}.${p.field}`, problems: [problem] }));
    const duplicates = fieldsOf('DUPLICATE_VARIABLE', 'variable already scored in this input');
    if (duplicates.length > 0) throw AssessmentErrors.duplicateVariable(duplicates);
    const outOfRange = fieldsOf('SCORE_OUT_OF_RANGE', `must be ${scoreRangeText(scale)}`);
    if (outOfRange.length > 0) throw AssessmentErrors.scoreOutOfRange(outOfRange);
    if (scores.length === 0) return;
    const known = new Set(
      (
        await this.dataSource.getRepository(FunctionVariableEntity).find({
          select: { code: true },
          where: { scale, code: In(scores.map((s) => s.variableCode)) },
        })
      ).map((v) => v.code),
    );
    const unknown = scores.flatMap((s, index) =>
      known.has(s.variableCode)
        ? []
        : [
            {
              field: `scores.${index}.variableCode`,
              problems: [`no ${scale} variable with this code`],
            },
          ],
    );
    if (unknown.length > 0) throw AssessmentErrors.unknownVariable(unknown);
  }

  /**
   * The lowest step of the coping staircase suggested in the case, over each author's latest
   * version (an author's later version without a suggestion withdraws the earlier one).
   * For later modules (goal plan, decision); they check access themselves.
   */
  async lowestSuggestedLevel(
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ServiceLevel | null> {
    const { levels } = await this.lowestOf([caseId], manager);
    return levels[0];
  }

  private async lowestOf(
    caseIds: readonly string[],
    manager: EntityManager,
  ): Promise<{ levels: (ServiceLevel | null)[]; rows: { patientId: string }[] }> {
    const rows = (await manager.query(
      `SELECT l.case_id AS "caseId", l.patient_id AS "patientId", l.suggested_level AS "suggestedLevel"
         FROM (${LATEST_PER_AUTHOR}) l`,
      [caseIds],
    )) as { caseId: string; patientId: string; suggestedLevel: ServiceLevel | null }[];
    const levels = groupInKeyOrder(caseIds, rows, (r) => r.caseId).map((group) =>
      lowestLevel(group.map((r) => r.suggestedLevel)),
    );
    return { levels, rows };
  }

  // DataLoader batches: one query per field per request. The case was access-checked and
  // audited by its own resolver; the assessments read is audited here.
  async assessmentsOf(caller: Caller, caseIds: readonly string[]): Promise<AssessmentView[][]> {
    const rows = (await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, AssessmentEntity, 'a')},
              a.version = max(a.version) OVER (PARTITION BY a.case_id, a.author_id) AS "isLatest"
         FROM assessments a WHERE a.case_id = ANY($1::uuid[])
        ORDER BY a.recorded_at DESC, a.seq DESC`,
      [caseIds],
    )) as AssessmentView[];
    this.auditRead(caller, caseIds, rows);
    return groupInKeyOrder(caseIds, rows, (r) => r.caseId);
  }

  async functionSummaryOf(
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<FunctionScoreSummary[][]> {
    const rows = (await this.dataSource.query(
      `SELECT latest.* FROM (
         SELECT DISTINCT ON (l.case_id, s.variable_code)
                l.case_id AS "caseId", l.patient_id AS "patientId", s.variable_code AS "variableCode",
                s.score, l.author_id AS "setById", l.recorded_at AS "setAt", l.id AS "assessmentId"
           FROM (${LATEST_PER_AUTHOR}) l
           JOIN assessment_scores s ON s.assessment_id = l.id
          ORDER BY l.case_id, s.variable_code, l.recorded_at DESC, l.seq DESC
       ) latest
       JOIN function_variables v ON v.code = latest."variableCode"
       ORDER BY v.scale, v.sort`,
      [caseIds],
    )) as (FunctionScoreSummary & { patientId: string })[];
    this.auditRead(caller, caseIds, rows);
    return groupInKeyOrder(caseIds, rows, (r) => r.caseId);
  }

  async lowestSuggestedLevelsOf(
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<(ServiceLevel | null)[]> {
    const { levels, rows } = await this.lowestOf(caseIds, this.dataSource.manager);
    this.auditRead(caller, caseIds, rows);
    return levels;
  }

  /**
   * "Why this level", per case: one query for every author's latest version, one for the
   * scores of the versions whose suggestion decides.
   */
  async suggestedLevelReasonsOf(
    caller: Caller,
    caseIds: readonly string[],
  ): Promise<(SuggestedLevelReason | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (a.case_id, a.author_id) ${entityColumns(this.dataSource, AssessmentEntity, 'a')}, a.seq, true AS "isLatest"
         FROM assessments a WHERE a.case_id = ANY($1::uuid[])
        ORDER BY a.case_id, a.author_id, a.version DESC`,
      [caseIds],
    )) as (AssessmentView & { seq: string })[];
    this.auditRead(caller, caseIds, rows);
    const perCase = groupInKeyOrder(caseIds, rows, (r) => r.caseId).map((latest) =>
      suggestionsInOrder(latest),
    );
    const sources = perCase.flatMap((suggestions) => suggestions.slice(0, 1));
    const scores = sources.length > 0 ? await this.scoresOf(sources.map((a) => a.id)) : [];
    return perCase.map((suggestions) => {
      const [source] = suggestions;
      if (!source) return null;
      return {
        level: source.suggestedLevel,
        rule: SuggestedLevelRule.LOWEST_LATEST_SUGGESTION,
        assessment: source,
        suggestions,
        answers: answersBehind(source.suggestedLevel, source),
        scores: scoresBehind(source.scale, scores[sources.indexOf(source)]),
      };
    });
  }

  async scoresOf(assessmentIds: readonly string[]): Promise<AssessmentScoreEntity[][]> {
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.assessment_id AS "assessmentId", s.variable_code AS "variableCode", s.score
         FROM assessment_scores s JOIN function_variables v ON v.code = s.variable_code
        WHERE s.assessment_id = ANY($1::uuid[])
        ORDER BY v.sort, s.variable_code`,
      [assessmentIds],
    )) as AssessmentScoreEntity[];
    return groupInKeyOrder(assessmentIds, rows, (r) => r.assessmentId);
  }

  async variablesByCode(codes: readonly string[]): Promise<(FunctionVariableEntity | null)[]> {
    const rows = await this.dataSource
      .getRepository(FunctionVariableEntity)
      .findBy({ code: In([...codes]) });
    return inKeyOrder(codes, rows, (v) => v.code);
  }

  private auditRead(
    caller: Caller,
    caseIds: readonly string[],
    rows: readonly { patientId: string }[],
  ): void {
    caller.audit.read(READ, { caseIds, patientIds: rows.map((r) => r.patientId) });
  }

  /** Whether `code` is a variable of the municipality's scale (a goal's function area). */
  isKnownVariable(code: string): Promise<boolean> {
    return this.dataSource
      .getRepository(FunctionVariableEntity)
      .existsBy({ code, scale: this.scale() });
  }
}
