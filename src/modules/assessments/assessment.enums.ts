import { registerEnumType } from '@nestjs/graphql';
import { FUNCTION_SCALES, type FunctionScale } from 'src/modules/assessments/function-scale';

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
