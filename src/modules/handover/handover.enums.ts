import { registerEnumType } from '@nestjs/graphql';

export enum HandoverDestination {
  ORDINARY_HOME_CARE = 'ORDINARY_HOME_CARE',
  OTHER_SERVICES = 'OTHER_SERVICES',
  LOW_THRESHOLD = 'LOW_THRESHOLD',
  CLOSED = 'CLOSED',
}
registerEnumType(HandoverDestination, {
  name: 'HandoverDestination',
  description: 'Where the case goes after the assessment; CLOSED ends it at once.',
});

export enum HandoverStatus {
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RETURNED = 'RETURNED',
  CLOSED = 'CLOSED',
}
registerEnumType(HandoverStatus, {
  name: 'HandoverStatus',
  description:
    'SENT until the receiving unit acknowledges (or returns) it; CLOSED for destination CLOSED.',
});

export enum FollowUpResult {
  CONTINUE = 'CONTINUE',
  ADJUST_WITHIN_FRAME = 'ADJUST_WITHIN_FRAME',
  END = 'END',
  REASSESS = 'REASSESS',
}
registerEnumType(FollowUpResult, {
  name: 'FollowUpResult',
  description: 'FSIII-style follow-up result; REASSESS opens a new assessment from a new referral.',
});
