// What the session keeps in the tab's session storage besides the token (never local storage:
// tablets are shared).

/** Journal and other drafts: every key with this prefix is deleted on sign-out. */
export const DRAFT_PREFIX = 'kartlegg.draft.';
const RETURN_TO_KEY = 'kartlegg.returnTo';
const SIGNED_OUT_KEY = 'kartlegg.signedOutBecause';

function keysWithPrefix(prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < window.sessionStorage.length; i++) {
    const key = window.sessionStorage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Deletes every draft and the sign-in library's state: nothing of this user for the next. */
export function clearDraftsAndSignInState(): void {
  for (const key of [...keysWithPrefix(DRAFT_PREFIX), ...keysWithPrefix('oidc.')]) {
    window.sessionStorage.removeItem(key);
  }
  window.sessionStorage.removeItem(RETURN_TO_KEY);
}

/** Remembers the route being worked on, to come back to it after signing in again. */
export function rememberRoute(): void {
  const { pathname, search, hash } = window.location;
  if (pathname.startsWith('/sign-in')) return;
  window.sessionStorage.setItem(RETURN_TO_KEY, `${pathname}${search}${hash}`);
}

/** The remembered route (a path on this site only), removed as it is read. */
export function takeReturnTo(): string {
  const stored = window.sessionStorage.getItem(RETURN_TO_KEY);
  window.sessionStorage.removeItem(RETURN_TO_KEY);
  return stored && stored.startsWith('/') && !stored.startsWith('//') ? stored : '/';
}

/** Why the session ended, kept across the identity provider's sign-out redirect. */
export function storeSignedOutReason(reason: string): void {
  window.sessionStorage.setItem(SIGNED_OUT_KEY, reason);
}

export function takeSignedOutReason(): string | null {
  const reason = window.sessionStorage.getItem(SIGNED_OUT_KEY);
  window.sessionStorage.removeItem(SIGNED_OUT_KEY);
  return reason;
}
