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
});

export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
registerEnumType(Urgency, {
  name: 'Urgency',
  description:
    'URGENT referrals come first and are overdue for triage at the end of the next local day.',
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
});
