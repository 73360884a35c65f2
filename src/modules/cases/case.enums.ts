import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, type CaseStatus } from 'src/modules/cases/case-lifecycle';

/** GraphQL enum of the case statuses (the lifecycle lives in case-lifecycle.ts). */
export const CaseStatusEnum = Object.fromEntries(CASE_STATUSES.map((s) => [s, s])) as {
  [K in CaseStatus]: K;
};
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'ACTIVE ⇄ ON_HOLD → DECIDED → HANDED_OVER → CLOSED, or CANCELLED.',
});

export enum CaseRole {
  PRIMARY_CONTACT = 'PRIMARY_CONTACT',
  ASSESSOR = 'ASSESSOR',
  CONSULTANT = 'CONSULTANT',
}
registerEnumType(CaseRole, {
  name: 'CaseRole',
  description: 'Why a staff member is assigned to a case (assignment gives access to it).',
});

export enum InterimServiceKind {
  HOME_NURSING = 'HOME_NURSING',
  PERSONAL_CARE = 'PERSONAL_CARE',
  PRACTICAL_ASSISTANCE = 'PRACTICAL_ASSISTANCE',
  SAFETY_ALARM = 'SAFETY_ALARM',
  MEALS = 'MEALS',
  AIDS = 'AIDS',
  SHORT_TERM_STAY = 'SHORT_TERM_STAY',
  OTHER = 'OTHER',
}
registerEnumType(InterimServiceKind, {
  name: 'InterimServiceKind',
  description: 'Help given during the clarification period.',
});
