import { ApolloProvider } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { createApolloClient } from '../apollo/client';
import { useAuthConfig } from '../features/session/auth-config';
import { useIdleTimeout } from '../features/session/idle';
import { oidcManager } from '../features/session/oidc';
import {
  clearDraftsAndSignInState,
  rememberRoute,
  storeSignedOutReason,
  takeReturnTo,
  takeSignedOutReason,
} from '../features/session/storage';
import { currentToken, onTokenChange, storeToken } from './session';

/** Why the user is on the sign-in page, if not by choice. */
export type SignedOutBecause = 'expired' | 'signedOut' | 'idle' | null;

interface Session {
  token: string | null;
  signedOutBecause: SignedOutBecause;
  /** Where to go once signed in: the route the session expired on, else the start page. */
  returnTo: string;
  signIn(token: string): void;
  signOut(because?: Exclude<SignedOutBecause, null>): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

// Read once per page load: the reason survives the identity provider's sign-out redirect.
const reasonAtLoad = takeSignedOutReason();
const initialReason: SignedOutBecause =
  reasonAtLoad === 'idle' || reasonAtLoad === 'signedOut' ? reasonAtLoad : null;

export function SessionProvider({ children }: { children: ReactNode }) {
  const config = useAuthConfig();
  const [token, setToken] = useState(currentToken);
  const [signedOutBecause, setSignedOutBecause] = useState<SignedOutBecause>(initialReason);
  const [returnTo, setReturnTo] = useState('/');
  // Forward reference: the client needs signOut, signOut needs the client.
  const [client] = useState(() =>
    createApolloClient(() => {
      void endSession('expired');
    }),
  );
  useEffect(() => onTokenChange(setToken), []);

  // OIDC: the library renews the access token before it expires; each new one is the token.
  useEffect(() => {
    if (config.mode !== 'oidc') return;
    let stop = () => {};
    void oidcManager(config).then(async (manager) => {
      const loaded = (user: { access_token: string }) => storeToken(user.access_token);
      manager.events.addUserLoaded(loaded);
      stop = () => manager.events.removeUserLoaded(loaded);
      // After a reload: the stored user (session storage) arms the renewal timer again.
      const user = await manager.getUser();
      if (user && !user.expired && currentToken()) storeToken(user.access_token);
    });
    return () => stop();
  }, [config]);

  const endSession = useCallback(
    async (because: Exclude<SignedOutBecause, null>) => {
      const expired = because === 'expired';
      // An expired token keeps the drafts and the route: signing in again goes on from there.
      // Signing out, by choice or when idle, leaves nothing for the next user of the device.
      if (expired) rememberRoute();
      const manager = config.mode === 'oidc' ? await oidcManager(config) : null;
      const user = manager ? await manager.getUser() : null;
      await manager?.removeUser();
      if (!expired) clearDraftsAndSignInState();
      storeToken(null);
      setSignedOutBecause(because);
      // Nothing of the previous user may stay in memory for the next one.
      await client.clearStore();
      if (manager && !expired && user) {
        // End the identity provider's session too, or the next user is signed in as this one.
        storeSignedOutReason(because);
        await manager
          .signoutRedirect({ id_token_hint: user.id_token })
          .catch(() => takeSignedOutReason());
      }
    },
    [client, config],
  );

  useIdleTimeout(token ? config.idleMinutes : null, () => void endSession('idle'));

  const session = useMemo<Session>(
    () => ({
      token,
      signedOutBecause,
      returnTo,
      signIn(next) {
        setReturnTo(takeReturnTo());
        storeToken(next);
        setSignedOutBecause(null);
      },
      signOut: (because = 'signedOut') => endSession(because),
    }),
    [token, signedOutBecause, returnTo, endSession],
  );
  return (
    <SessionContext.Provider value={session}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}
