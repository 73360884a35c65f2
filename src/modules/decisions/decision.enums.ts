import { registerEnumType } from '@nestjs/graphql';

export enum DecisionOutcome {
  NO_SERVICES = 'NO_SERVICES',
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
}
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the decision grants: nothing, what was asked, or part of it.',
  valuesMap: {
    NO_SERVICES: {
      description: 'No services granted; the coordinator closes the case without a handover.',
    },
    GRANTED: { description: 'The services asked for are granted.' },
    PARTLY_GRANTED: { description: 'Part of what was asked for is granted.' },
  } satisfies Record<keyof typeof DecisionOutcome, { description: string }>,
});
