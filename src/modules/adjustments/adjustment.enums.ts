import { registerEnumType } from '@nestjs/graphql';

/** A caseworker's verdict on an adjustment in the weekly review. */
export enum AdjustmentVerdict {
  CONFIRMED = 'CONFIRMED',
  REVERSED = 'REVERSED',
}
registerEnumType(AdjustmentVerdict, {
  name: 'AdjustmentVerdict',
  description: "A caseworker's verdict on an adjustment of a service's weekly time.",
  valuesMap: {
    CONFIRMED: {
      description: 'The adjustment stands; the caseworker takes responsibility for it.',
    },
    REVERSED: { description: 'The adjustment is undone: the time before it is in force again.' },
  } satisfies Record<keyof typeof AdjustmentVerdict, { description: string }>,
});
