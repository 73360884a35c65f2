// The token lives in session storage: it survives a reload of the tab but not the tab itself,
// and never local storage, because tablets are shared.
const TOKEN_KEY = 'kartlegg.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export function currentToken(): string | null {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
  else window.sessionStorage.removeItem(TOKEN_KEY);
  for (const listener of listeners) listener(token);
}

/** Prefix of the drafts a screen keeps in session storage while someone writes. */
export const DRAFT_PREFIX = 'kartlegg.draft.';

/** Signing out deletes every draft of the tab: tablets are shared. */
export function deleteDrafts(): void {
  const keys = Object.keys(window.sessionStorage).filter((key) => key.startsWith(DRAFT_PREFIX));
  for (const key of keys) window.sessionStorage.removeItem(key);
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface DevStaffMember {
  email: string;
  name: string;
  profession: string;
  teams: string[];
  units: string[];
}

/** An error of the REST sign-in endpoints, in the API's own shape. */
export class SignInError extends Error {
  constructor(
    readonly code: string,
    readonly reason?: string,
  ) {
    super(reason ?? code);
  }
}

async function readJson<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & {
    error?: { code: string; reason?: string };
  };
  if (!response.ok) throw new SignInError(body.error?.code ?? 'NETWORK', body.error?.reason);
  return body;
}

export async function fetchDevStaff(): Promise<DevStaffMember[]> {
  const response = await fetch('/auth/dev-staff', { headers: { accept: 'application/json' } });
  return (await readJson<{ staff: DevStaffMember[] }>(response)).staff;
}

export async function devSignIn(email: string): Promise<string> {
  const response = await fetch('/auth/dev-sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email }),
  });
  return (await readJson<{ token: string }>(response)).token;
}
