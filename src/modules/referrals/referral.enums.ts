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
  } satisfies Record<keyof typeof ReferralStatus, { description: string }>,
});
