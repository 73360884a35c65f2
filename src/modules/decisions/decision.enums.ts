import { registerEnumType } from '@nestjs/graphql';

export enum DecisionOutcome {
  NO_SERVICES = 'NO_SERVICES',
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
}
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'What the decision grants: nothing, what was asked, or part of it.',
});
