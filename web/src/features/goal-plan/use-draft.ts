import { useState } from 'react';
import {
  deleteFormDraft,
  type FormDraft,
  loadFormDraft,
  saveFormDraft,
  type Values,
} from './drafts';

/**
 * A goal or measure form's values, kept in session storage as they are typed (restored on
 * reload), with the saved version the edit started from.
 */
export function useFormDraft(staffId: string, formId: string, saved: Values, savedVersion: number) {
  const [state] = useState(() => {
    const stored = loadFormDraft(staffId, formId);
    return { stored, initial: stored ?? { values: saved, base: saved, baseVersion: savedVersion } };
  });
  const [draft, setDraft] = useState<FormDraft>(state.initial);
  const setField = (key: string, value: string) =>
    setDraft((previous) => {
      const next = { ...previous, values: { ...previous.values, [key]: value } };
      saveFormDraft(staffId, formId, next);
      return next;
    });
  const clear = () => deleteFormDraft(staffId, formId);
  const reset = (values: Values, version: number) => {
    clear();
    setDraft({ values, base: values, baseVersion: version });
  };
  return { draft, setField, clear, reset, restored: state.stored !== null };
}
