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
  valuesMap: {
    ORDINARY_HOME_CARE: { description: 'Ordinary home care: a HOME_CARE unit receives the case.' },
    OTHER_SERVICES: {
      description:
        'Other services (e.g. a day centre, a short-term ward, a private provider): any unit.',
    },
    LOW_THRESHOLD: {
      description: 'Low-threshold and preventive services: a LOW_THRESHOLD unit receives the case.',
    },
    CLOSED: { description: 'No receiving unit: the handover closes the case at once.' },
  } satisfies Record<keyof typeof HandoverDestination, { description: string }>,
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
  valuesMap: {
    SENT: {
      description:
        'Waiting for the receiving unit to acknowledge or return it; the case is HANDED_OVER.',
    },
    ACKNOWLEDGED: {
      description: 'The receiving unit took it over; the case is CLOSED and follow-up goes on.',
    },
    RETURNED: {
      description: 'The receiving unit sent it back with a reason; the case is DECIDED again.',
    },
    CLOSED: { description: 'Destination CLOSED: no receiving unit, the case closed at once.' },
  } satisfies Record<keyof typeof HandoverStatus, { description: string }>,
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
  valuesMap: {
    CONTINUE: { description: 'The services go on as decided (FSIII: Fortsættes).' },
    ADJUST_WITHIN_FRAME: {
      description:
        'Adjusted within the decided frame, without a new decision (FSIII: Ændres inden for rammen).',
    },
    END: { description: 'The services end (FSIII: Afsluttes).' },
    REASSESS: {
      description: 'A new assessment is needed; a new referral is opened (FSIII: Revisitation).',
    },
  } satisfies Record<keyof typeof FollowUpResult, { description: string }>,
});
