import { DRAFT_PREFIX } from '../../auth/session';

/** A form's fields as text (dates as `YYYY-MM-DD`, codes as their names, empty for none). */
export type Values = Record<string, string>;

/**
 * What is being written in one goal or measure form, kept in the tab's session storage (never
 * local: tablets are shared) until it is saved: a reload, a crash or a colleague's save loses
 * nothing. `base` is the saved version the edit started from, so a save knows which fields
 * the user changed and which version to name as `expectedVersion`.
 */
export interface FormDraft {
  values: Values;
  base: Values;
  baseVersion: number;
}

function draftKey(staffId: string, formId: string): string {
  return `${DRAFT_PREFIX}goalPlan.${staffId}.${formId}`;
}

export function loadFormDraft(staffId: string, formId: string): FormDraft | null {
  try {
    const stored = window.sessionStorage.getItem(draftKey(staffId, formId));
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<FormDraft>;
    if (typeof draft.values !== 'object' || typeof draft.base !== 'object') return null;
    if (typeof draft.baseVersion !== 'number') return null;
    return draft as FormDraft;
  } catch {
    return null;
  }
}

export function saveFormDraft(staffId: string, formId: string, draft: FormDraft): void {
  window.sessionStorage.setItem(draftKey(staffId, formId), JSON.stringify(draft));
}

export function deleteFormDraft(staffId: string, formId: string): void {
  window.sessionStorage.removeItem(draftKey(staffId, formId));
}

/** The fields whose value differs between two sets of values. */
export function changedKeys(from: Values, to: Values): string[] {
  return Object.keys(to).filter((key) => (from[key] ?? '') !== (to[key] ?? ''));
}
