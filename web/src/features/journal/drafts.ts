import { DRAFT_PREFIX } from '../../auth/session';

export const WRITABLE_KINDS = [
  'NOTE',
  'HOME_VISIT',
  'PHONE_CALL',
  'MEETING',
  'FINDING',
  'INTERIM_SERVICE',
] as const;
export type WritableKind = (typeof WRITABLE_KINDS)[number];

/** Billund's coordination meeting: offered only in a case that has a coordination level. */
export const MEETING_KIND = 'COORDINATION_MEETING' as const;
export type DraftKind = WritableKind | typeof MEETING_KIND;

/** The entry being written, kept in the tab's session storage (never local: tablets are shared). */
export interface JournalDraft {
  kind: DraftKind;
  text: string;
  visibleToPatient: boolean;
  /** One key per draft, kept until the send succeeds: a retry never writes a second entry. */
  idempotencyKey: string;
  /** Whether a send with this key has been tried (an edit after it needs a new key). */
  sent: boolean;
}

function draftKey(staffId: string, caseId: string): string {
  return `${DRAFT_PREFIX}journal.${staffId}.${caseId}`;
}

/** A random UUID, also where `crypto.randomUUID` is missing (plain http off localhost). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyDraft(): JournalDraft {
  return {
    kind: 'NOTE',
    text: '',
    visibleToPatient: false,
    idempotencyKey: newIdempotencyKey(),
    sent: false,
  };
}

export function loadDraft(staffId: string, caseId: string): JournalDraft {
  try {
    const stored = window.sessionStorage.getItem(draftKey(staffId, caseId));
    if (!stored) return emptyDraft();
    const draft = JSON.parse(stored) as Partial<JournalDraft>;
    if (typeof draft.text !== 'string' || typeof draft.idempotencyKey !== 'string')
      return emptyDraft();
    return {
      kind:
        WRITABLE_KINDS.includes(draft.kind as WritableKind) || draft.kind === MEETING_KIND
          ? (draft.kind as DraftKind)
          : 'NOTE',
      text: draft.text,
      visibleToPatient: draft.visibleToPatient === true,
      idempotencyKey: draft.idempotencyKey,
      sent: draft.sent === true,
    };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(staffId: string, caseId: string, draft: JournalDraft): void {
  const key = draftKey(staffId, caseId);
  if (draft.text === '' && !draft.sent) window.sessionStorage.removeItem(key);
  else window.sessionStorage.setItem(key, JSON.stringify(draft));
}

export function deleteDraft(staffId: string, caseId: string): void {
  window.sessionStorage.removeItem(draftKey(staffId, caseId));
}

/** Length as the API counts it: in code points, not UTF-16 units. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export const MAX_ENTRY_LENGTH = 20_000;
