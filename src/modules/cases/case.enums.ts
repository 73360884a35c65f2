import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, type CaseStatus } from 'src/modules/cases/case-lifecycle';

/** GraphQL enum of the case statuses (the lifecycle lives in case-lifecycle.ts). */
export const CaseStatusEnum = Object.fromEntries(CASE_STATUSES.map((s) => [s, s])) as {
  [K in CaseStatus]: K;
};
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'ACTIVE ⇄ ON_HOLD → DECIDED → HANDED_OVER → CLOSED, or CANCELLED.',
  valuesMap: {
    ACTIVE: { description: 'Being assessed; the clarification period runs.' },
    ON_HOLD: {
      description:
        'Paused (e.g. hospital admission); the clock stops and the deadline moves by the days on hold.',
    },
    DECIDED: {
      description:
        'A decision is recorded; the clock has stopped. Next: handover, or closure after NO_SERVICES.',
    },
    HANDED_OVER: {
      description:
        'Sent to a receiving unit that has not yet acknowledged it; read-only but for the journal, goal evaluation and follow-up.',
    },
    CLOSED: {
      description:
        'Finished: acknowledged by the receiving unit, handed over to CLOSED, or closed after NO_SERVICES. Follow-up goes on.',
    },
    CANCELLED: {
      description: 'Ended before a decision, with a reason (e.g. death, moved, withdrew).',
    },
  } satisfies Record<keyof typeof CaseStatusEnum, { description: string }>,
});

export enum CaseRole {
  PRIMARY_CONTACT = 'PRIMARY_CONTACT',
  ASSESSOR = 'ASSESSOR',
  CONSULTANT = 'CONSULTANT',
}
registerEnumType(CaseRole, {
  name: 'CaseRole',
  description: 'Why a staff member is assigned to a case (assignment gives access to it).',
  valuesMap: {
    PRIMARY_CONTACT: {
      description: "The person's and relatives' main contact in the team during the case.",
    },
    ASSESSOR: { description: 'Takes part in the assessment (mapping, findings, goal plan).' },
    CONSULTANT: { description: 'Consulted for their expertise, e.g. from another team.' },
  } satisfies Record<keyof typeof CaseRole, { description: string }>,
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
  valuesMap: {
    HOME_NURSING: { description: 'Home nursing (hjemmesykepleie / hjemmesygepleje).' },
    PERSONAL_CARE: { description: 'Personal care (personlig stell / personlig pleje).' },
    PRACTICAL_ASSISTANCE: {
      description: 'Practical help at home (praktisk bistand / praktisk hjælp).',
    },
    SAFETY_ALARM: { description: 'Safety alarm (trygghetsalarm / nødkald).' },
    MEALS: { description: 'Meals delivered or served.' },
    AIDS: { description: 'Assistive aids (hjelpemidler / hjælpemidler).' },
    SHORT_TERM_STAY: { description: 'Short-term or relief stay in an institution.' },
    OTHER: { description: 'Other help; the description says what.' },
  } satisfies Record<keyof typeof InterimServiceKind, { description: string }>,
});
