// The function scales of docs/design.md "Assessment", "Code lists": which scale a municipality
// scores on, and which scores each scale knows. Pure functions only (no Nest, no database);
// the variables themselves are data (the `function_variables` code list), not code.

import { type ServiceLevel, stepOf } from 'src/modules/decisions/model';

export const FUNCTION_SCALES = ['IPLOS', 'FSIII'] as const;
export type FunctionScale = (typeof FUNCTION_SCALES)[number];

/** "Not relevant": allowed on both scales. */
export const NOT_RELEVANT = 9;

/**
 * IPLOS (Helsedirektoratet): 1 no problems … 5 full need of help.
 * FSIII (KL): 0 no or insignificant limitation … 4 total limitation.
 */
const SCORES: Record<FunctionScale, readonly number[]> = {
  IPLOS: [1, 2, 3, 4, 5, NOT_RELEVANT],
  FSIII: [0, 1, 2, 3, 4, NOT_RELEVANT],
};

/** Every score some scale allows (what the database CHECK admits). */
export const ANY_SCALE_SCORES: readonly number[] = [
  ...new Set(FUNCTION_SCALES.flatMap((s) => SCORES[s])),
].sort((a, b) => a - b);

/** Norwegian municipalities score on IPLOS, Danish ones on FSIII. */
export function scaleOfLanguage(language: 'nb' | 'da'): FunctionScale {
  return language === 'da' ? 'FSIII' : 'IPLOS';
}

export function isValidScore(scale: FunctionScale, score: number): boolean {
  return Number.isInteger(score) && SCORES[scale].includes(score);
}

/** "1–5 or 9" / "0–4 or 9", for error messages. */
export function scoreRangeText(scale: FunctionScale): string {
  const graded = SCORES[scale].filter((s) => s !== NOT_RELEVANT);
  return `${graded[0]}–${graded[graded.length - 1]} or ${NOT_RELEVANT} (not relevant)`;
}

/** The lowest step of the coping staircase among the suggestions, or null when there is none. */
export function lowestLevel(levels: readonly (ServiceLevel | null)[]): ServiceLevel | null {
  let lowest: ServiceLevel | null = null;
  for (const level of levels) {
    if (level !== null && (lowest === null || stepOf(level) < stepOf(lowest))) lowest = level;
  }
  return lowest;
}

export interface ScoreEntry {
  variableCode: string;
  score: number;
}

export interface ScoreProblem {
  index: number;
  field: 'variableCode' | 'score';
  reason: 'DUPLICATE_VARIABLE' | 'SCORE_OUT_OF_RANGE';
}

/**
 * What is wrong with a list of scores on `scale`, without looking variables up: a variable
 * scored twice in one assessment, or a score the scale does not have.
 */
export function scoreProblems(scale: FunctionScale, scores: readonly ScoreEntry[]): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    if (seen.has(entry.variableCode)) {
      problems.push({ index, field: 'variableCode', reason: 'DUPLICATE_VARIABLE' });
    }
    seen.add(entry.variableCode);
    if (!isValidScore(scale, entry.score)) {
      problems.push({ index, field: 'score', reason: 'SCORE_OUT_OF_RANGE' });
    }
  });
  return problems;
}
