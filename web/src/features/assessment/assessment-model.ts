import type { FunctionScale, MappingQuestion, ServiceLevel } from '../../gql/graphql';
import { STAIRCASE } from '../../ui/staircase';

export const LEVELS = STAIRCASE;

export type AnswerField =
  'selfMastery' | 'network' | 'voluntary' | 'welfareTechnology' | 'lowThreshold' | 'whatMatters';

/** The five mapping questions (one per step, lowest first) and what matters to the person. */
export const ANSWER_FIELDS: { field: AnswerField; question: MappingQuestion }[] = [
  { field: 'selfMastery', question: 'SELF_MASTERY' },
  { field: 'network', question: 'NETWORK' },
  { field: 'voluntary', question: 'VOLUNTARY' },
  { field: 'welfareTechnology', question: 'WELFARE_TECHNOLOGY' },
  { field: 'lowThreshold', question: 'LOW_THRESHOLD' },
  { field: 'whatMatters', question: 'WHAT_MATTERS' },
];

/** The scores each scale knows (CODES.md): IPLOS 1–5, FSIII 0–4, both 9 not relevant. */
export const SCALE_SCORES: Record<FunctionScale, number[]> = {
  IPLOS: [1, 2, 3, 4, 5, 9],
  FSIII: [0, 1, 2, 3, 4, 9],
};

/** "Step 4: Welfare technology". */
export function stepOf(level: ServiceLevel): number {
  return LEVELS.indexOf(level) + 1;
}
