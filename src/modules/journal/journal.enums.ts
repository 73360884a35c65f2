import { registerEnumType } from '@nestjs/graphql';

export enum JournalKind {
  NOTE = 'NOTE',
  HOME_VISIT = 'HOME_VISIT',
  PHONE_CALL = 'PHONE_CALL',
  MEETING = 'MEETING',
  FINDING = 'FINDING',
  INTERIM_SERVICE = 'INTERIM_SERVICE',
  EVENT = 'EVENT',
  DECISION = 'DECISION',
  HANDOVER = 'HANDOVER',
  COORDINATION_MEETING = 'COORDINATION_MEETING',
}
registerEnumType(JournalKind, {
  name: 'JournalKind',
  description:
    'What an entry records. EVENT, DECISION and HANDOVER are written by the system only.',
  valuesMap: {
    NOTE: { description: 'A general note.' },
    HOME_VISIT: { description: "A visit in the person's home." },
    PHONE_CALL: {
      description: 'A telephone conversation with the person, a relative or a partner.',
    },
    MEETING: {
      description: 'A meeting, e.g. a team meeting or a meeting with the person and relatives.',
    },
    FINDING: { description: 'A professional finding from the assessment.' },
    INTERIM_SERVICE: { description: 'Help given during the clarification period.' },
    EVENT: {
      description:
        'Written by the system when the case changes (hold, resume, extension, members, …).',
    },
    DECISION: { description: 'Written by the system when a decision is recorded.' },
    HANDOVER: {
      description: 'Written by the system when the case is handed over, acknowledged or returned.',
    },
    COORDINATION_MEETING: {
      description:
        'Billund: a coordination meeting, with its participants (the person, relatives, external parties by role); only in a case opened with coordination levels on.',
    },
  } satisfies Record<keyof typeof JournalKind, { description: string }>,
});

/** Kinds written by the system when the case changes; users cannot post them. */
export const SYSTEM_KINDS: readonly JournalKind[] = [
  JournalKind.EVENT,
  JournalKind.DECISION,
  JournalKind.HANDOVER,
];

/** Maximum length of an entry's text (docs/design.md "Precise rules: Journal details"). */
export const MAX_ENTRY_LENGTH = 20_000;

/** Longest search string (the case journal's `search` and the team-wide search). */
export const MAX_SEARCH_LENGTH = 200;

/**
 * A team-wide search counts its hits up to this many: an exact count of a broad term over
 * a team's hundreds of thousands of entries would cost more than the page itself.
 */
export const TEAM_SEARCH_COUNT_CAP = 1000;

/** PostgreSQL text-search configuration per municipality language. */
export const TEXT_SEARCH_CONFIG = { nb: 'norwegian', da: 'danish' } as const;
