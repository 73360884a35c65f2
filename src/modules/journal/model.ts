// Front door of the journal module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { coordinationMeetingsOf, keyJournalEntriesOf } from './journal-reads';
export {
  JournalParticipant,
  ParticipantKind,
  personOrRelativePresent,
} from './coordination-meeting';
export { journalEventText } from './journal-texts';
export type { GoalPlanJournalEvent, GoalPlanTextChange, JournalEvent } from './journal-texts';
export { JournalKind, SYSTEM_KINDS, TEXT_SEARCH_CONFIG } from './journal.enums';
export type { JournalRefusal } from './journal.errors';
export { JOURNAL_NODE_TABLES } from './journal.nodes';
