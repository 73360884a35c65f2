import { registerEnumType } from '@nestjs/graphql';
import { FUNCTION_SCALES, type FunctionScale } from 'src/modules/assessments/function-scale';
import {
  MappingQuestion,
  SuggestedLevelRule,
} from 'src/modules/assessments/suggested-level-reason';

/** GraphQL enum of the function scales (the rules live in function-scale.ts). */
export const FunctionScaleEnum = Object.fromEntries(FUNCTION_SCALES.map((s) => [s, s])) as {
  [K in FunctionScale]: K;
};
registerEnumType(FunctionScaleEnum, {
  name: 'FunctionScale',
  description:
    'IPLOS (Norway: 1 no problems … 5 full need of help, 9 not relevant) or FSIII (Denmark: 0 no limitation … 4 total, 9 not relevant).',
  valuesMap: {
    IPLOS: {
      description:
        'Norway (Helsedirektoratet): 1 no problems, 2 manages alone with difficulty, 3 needs help with parts, 4 large need, 5 full need; 9 not relevant.',
    },
    FSIII: {
      description:
        'Denmark (KL, Fælles Sprog III): 0 no or insignificant limitation, 1 light, 2 moderate, 3 severe, 4 total; 9 not relevant.',
    },
  } satisfies Record<keyof typeof FunctionScaleEnum, { description: string }>,
});

registerEnumType(SuggestedLevelRule, {
  name: 'SuggestedLevelRule',
  description:
    "How a case's suggested staircase level is reached from the professionals' suggestions.",
  valuesMap: {
    LOWEST_LATEST_SUGGESTION: {
      description:
        'The lowest step any professional suggests in their latest version (a later version without a suggestion withdraws the earlier one).',
    },
  } satisfies Record<keyof typeof SuggestedLevelRule, { description: string }>,
});

registerEnumType(MappingQuestion, {
  name: 'MappingQuestion',
  description:
    'A question of the assessment: the five mapping questions (one per step of the staircase, lowest first) and what matters to the person.',
  valuesMap: {
    SELF_MASTERY: { description: 'What the person masters, or can learn to master (step 1).' },
    NETWORK: { description: 'What relatives, neighbours and friends give or can give (step 2).' },
    VOLUNTARY: { description: "Voluntary organisations' offers that fit (step 3)." },
    WELFARE_TECHNOLOGY: { description: 'Welfare technology and aids (step 4).' },
    LOW_THRESHOLD: { description: 'Low-threshold and preventive services (step 5).' },
    WHAT_MATTERS: { description: "What matters to the person, in the person's own words." },
  } satisfies Record<keyof typeof MappingQuestion, { description: string }>,
});
