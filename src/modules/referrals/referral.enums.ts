import { registerEnumType } from '@nestjs/graphql';

export enum ReferralSource {
  SELF = 'SELF',
  RELATIVE = 'RELATIVE',
  GP = 'GP',
  HOSPITAL_DISCHARGE = 'HOSPITAL_DISCHARGE',
  HOME_CARE = 'HOME_CARE',
  OTHER = 'OTHER',
}
registerEnumType(ReferralSource, {
  name: 'ReferralSource',
  description: 'Who the inquiry came from.',
  valuesMap: {
    SELF: { description: 'The person themselves.' },
    RELATIVE: { description: 'A relative or other next of kin (pårørende).' },
    GP: { description: 'The general practitioner (fastlege / egen læge).' },
    HOSPITAL_DISCHARGE: {
      description: 'The hospital, ahead of a discharge (utskrivning / udskrivelse).',
    },
    HOME_CARE: { description: "The municipality's own home care, e.g. when a need changes." },
    OTHER: { description: 'Anyone else (another service, a neighbour, a voluntary organisation).' },
  } satisfies Record<keyof typeof ReferralSource, { description: string }>,
});

export enum ReferralChannel {
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  DIGITAL = 'DIGITAL',
  MEETING = 'MEETING',
}
registerEnumType(ReferralChannel, {
  name: 'ReferralChannel',
  description: 'How the inquiry arrived.',
  valuesMap: {
    PHONE: { description: 'By telephone.' },
    LETTER: { description: 'By letter or paper form.' },
    DIGITAL: {
      description: 'By digital message or electronic application (e.g. a health-network message).',
    },
    MEETING: { description: 'In a meeting or in person.' },
  } satisfies Record<keyof typeof ReferralChannel, { description: string }>,
});

export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
registerEnumType(Urgency, {
  name: 'Urgency',
  description:
    'URGENT referrals come first and are overdue for triage at the end of the next local day.',
  valuesMap: {
    NORMAL: { description: 'Ordinary triage.' },
    URGENT: {
      description:
        'First in every referral list; overdue for triage at the end of the next local day.',
    },
  } satisfies Record<keyof typeof Urgency, { description: string }>,
});

export enum ReferralStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  REDIRECTED = 'REDIRECTED',
  RESOLVED_DIRECTLY = 'RESOLVED_DIRECTLY',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'RECEIVED until triaged; ACCEPTED opens (or joins) a case.',
  valuesMap: {
    RECEIVED: { description: 'Registered and waiting for triage.' },
    ACCEPTED: {
      description:
        'Accepted: it opened an assessment case, or joined the open case of the same person.',
    },
    REJECTED: { description: 'Rejected, with a reason.' },
    REDIRECTED: { description: 'Sent on to another service or unit, naming whom.' },
    RESOLVED_DIRECTLY: {
      description:
        'Resolved at first contact (one entry, Billund): closed without a case, with an outcome and a note.',
    },
  } satisfies Record<keyof typeof ReferralStatus, { description: string }>,
});

/** How an inquiry resolved at first contact ended (one entry, Billund). */
export enum DirectResolutionOutcome {
  INFORMATION_GIVEN = 'INFORMATION_GIVEN',
  LOW_THRESHOLD_OFFER = 'LOW_THRESHOLD_OFFER',
  AID_OR_TECHNOLOGY = 'AID_OR_TECHNOLOGY',
  OTHER = 'OTHER',
}
registerEnumType(DirectResolutionOutcome, {
  name: 'DirectResolutionOutcome',
  description: 'How an inquiry resolved at first contact ended, counted in the statistics.',
  valuesMap: {
    INFORMATION_GIVEN: { description: 'Information or guidance was given.' },
    LOW_THRESHOLD_OFFER: {
      description: 'Referred to a low-threshold offer (e.g. a healthy-living centre, activities).',
    },
    AID_OR_TECHNOLOGY: {
      description: 'An aid or welfare technology was arranged (e.g. a safety alarm).',
    },
    OTHER: { description: 'Something else, described in the note.' },
  } satisfies Record<keyof typeof DirectResolutionOutcome, { description: string }>,
});

/** How a promised callback was kept. */
export enum CallbackKeptHow {
  CALL = 'CALL',
  TRIAGED = 'TRIAGED',
}
registerEnumType(CallbackKeptHow, {
  name: 'CallbackKeptHow',
  description: 'How a promised callback was kept.',
  valuesMap: {
    CALL: { description: 'The call was made and recorded (`recordCallback`).' },
    TRIAGED: {
      description:
        'The referral was triaged (accepted, rejected, redirected or resolved directly).',
    },
  } satisfies Record<keyof typeof CallbackKeptHow, { description: string }>,
});

/** Which referrals to list by their promised callback. */
export enum CallbackFilter {
  OPEN = 'OPEN',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(CallbackFilter, {
  name: 'CallbackFilter',
  description: 'Referrals by their promised callback that is not kept yet.',
  valuesMap: {
    OPEN: { description: 'Any callback not kept yet.' },
    DUE: {
      description:
        'A callback not kept yet and due by the end of the municipal day (overdue ones included).',
    },
    OVERDUE: { description: 'A callback not kept by its due time.' },
  } satisfies Record<keyof typeof CallbackFilter, { description: string }>,
});
