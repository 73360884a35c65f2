import type { User, UserManager } from 'oidc-client-ts';
import type { AuthConfig } from './auth-config';

/** The client's own redirect path: a client route, not under the API's `/auth`. */
export const CALLBACK_PATH = '/sign-in/callback';

/**
 * Renewal starts this many seconds before the access token expires; the API accepts a token a
 * minute past its `exp` (clock tolerance), so a slow renewal still lands in time.
 */
export const RENEW_BEFORE_EXPIRY_SECONDS = 30;

let manager: Promise<UserManager> | null = null;

/**
 * The one oidc-client-ts UserManager (authorization code with PKCE, silent renewal with the
 * refresh token). Loaded on demand, so AUTH_MODE=local downloads none of it. Its user and its
 * PKCE state live in session storage, never local storage (the library's default for state).
 */
export function oidcManager(config: AuthConfig): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const origin = window.location.origin;
    const store = new WebStorageStateStore({ store: window.sessionStorage });
    return new UserManager({
      authority: config.issuer ?? '',
      client_id: config.clientId ?? '',
      redirect_uri: `${origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${origin}/sign-in`,
      response_type: 'code',
      scope: config.scope ?? 'openid',
      userStore: store,
      stateStore: store,
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_EXPIRY_SECONDS,
      loadUserInfo: false,
      monitorSession: false,
    });
  });
  return manager;
}

let callback: Promise<User> | null = null;

/** Completes the redirect once per page load (React's strict mode runs effects twice). */
export function completeSignIn(config: AuthConfig): Promise<User> {
  callback ??= oidcManager(config).then((m) => m.signinRedirectCallback());
  return callback;
}
