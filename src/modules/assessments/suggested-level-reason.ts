// "Why this level": which suggestion makes the case's lowest suggested step of the coping
// staircase, and which of that assessment's answers and scores it rests on. Pure functions
// only (no Nest, no database); the client renders the reason as sentences in its own language.

import { type FunctionScale, NOT_RELEVANT } from 'src/modules/assessments/function-scale';
import { ServiceLevel, stepOf } from 'src/modules/decisions/model';

/** How the case's suggested level is reached from the professionals' suggestions. */
export enum SuggestedLevelRule {
  /** The lowest step any professional suggests in their latest version. */
  LOWEST_LATEST_SUGGESTION = 'LOWEST_LATEST_SUGGESTION',
}

/** The mapping questions of an assessment, and "what matters to you". */
export enum MappingQuestion {
  SELF_MASTERY = 'SELF_MASTERY',
  NETWORK = 'NETWORK',
  VOLUNTARY = 'VOLUNTARY',
  WELFARE_TECHNOLOGY = 'WELFARE_TECHNOLOGY',
  LOW_THRESHOLD = 'LOW_THRESHOLD',
  WHAT_MATTERS = 'WHAT_MATTERS',
}

/** The five mapping questions ask about the first five steps of the staircase, in order. */
export const QUESTION_LEVEL: Record<MappingQuestion, ServiceLevel | null> = {
  SELF_MASTERY: ServiceLevel.SELF_MASTERY,
  NETWORK: ServiceLevel.NETWORK,
  VOLUNTARY: ServiceLevel.VOLUNTARY,
  WELFARE_TECHNOLOGY: ServiceLevel.WELFARE_TECHNOLOGY,
  LOW_THRESHOLD: ServiceLevel.LOW_THRESHOLD,
  WHAT_MATTERS: null,
};

/** An author's latest version, as far as the reason needs it. */
export interface LatestVersion {
  suggestedLevel: ServiceLevel | null;
  recordedAt: Date;
  /** Insertion order, for versions recorded within the same instant. */
  seq: string;
}

/**
 * The suggestions of every author's latest version, lowest step first (the case's level is
 * the first); on the same step the most recent first. Versions without a suggestion are left
 * out: an author's later version without one withdraws the earlier suggestion.
 */
export function suggestionsInOrder<T extends LatestVersion>(
  latest: readonly T[],
): (T & { suggestedLevel: ServiceLevel })[] {
  return latest
    .filter((v): v is T & { suggestedLevel: ServiceLevel } => v.suggestedLevel !== null)
    .sort(
      (a, b) =>
        stepOf(a.suggestedLevel) - stepOf(b.suggestedLevel) ||
        b.recordedAt.getTime() - a.recordedAt.getTime() ||
        Number(BigInt(b.seq) - BigInt(a.seq)),
    );
}

export type MappingAnswers = Record<
  'selfMastery' | 'network' | 'voluntary' | 'welfareTechnology' | 'lowThreshold' | 'whatMatters',
  string | null
>;

const ANSWER_OF: Record<MappingQuestion, keyof MappingAnswers> = {
  SELF_MASTERY: 'selfMastery',
  NETWORK: 'network',
  VOLUNTARY: 'voluntary',
  WELFARE_TECHNOLOGY: 'welfareTechnology',
  LOW_THRESHOLD: 'lowThreshold',
  WHAT_MATTERS: 'whatMatters',
};

export interface ReasonAnswer {
  question: MappingQuestion;
  /** The step the question asks about (null for what matters to the person). */
  level: ServiceLevel | null;
  text: string;
}

/**
 * The answers a suggestion rests on: the questions on the steps up to the suggested one (the
 * lower steps weighed first, and the step itself), and what matters to the person. Unanswered
 * questions are left out.
 */
export function answersBehind(level: ServiceLevel, answers: MappingAnswers): ReasonAnswer[] {
  return Object.values(MappingQuestion).flatMap((question) => {
    const text = answers[ANSWER_OF[question]];
    const asks = QUESTION_LEVEL[question];
    if (text === null || (asks !== null && stepOf(asks) > stepOf(level))) return [];
    return [{ question, level: asks, text }];
  });
}

/** The lowest graded score of each scale: no problems (IPLOS 1) or no limitation (FSIII 0). */
const NO_NEED: Record<FunctionScale, number> = { IPLOS: 1, FSIII: 0 };

/**
 * The scores a suggestion rests on: those that show a need of help (not the scale's lowest
 * grade, not "not relevant"), largest need first, else in the given (code list) order.
 */
export function scoresBehind<T extends { score: number }>(
  scale: FunctionScale,
  scores: readonly T[],
): T[] {
  return scores
    .filter((s) => s.score !== NOT_RELEVANT && s.score > NO_NEED[scale])
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.score - a.s.score || a.index - b.index)
    .map(({ s }) => s);
}
