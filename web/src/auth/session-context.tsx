import { ApolloProvider } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { createApolloClient } from '../apollo/client';
import { currentToken, deleteDrafts, storeToken } from './session';

/** Why the user is on the sign-in page, if not by choice. */
export type SignedOutBecause = 'expired' | 'signedOut' | null;

interface Session {
  token: string | null;
  signedOutBecause: SignedOutBecause;
  signIn(token: string): void;
  signOut(because?: Exclude<SignedOutBecause, null>): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(currentToken);
  const [signedOutBecause, setSignedOutBecause] = useState<SignedOutBecause>(null);
  // Forward reference: the client needs signOut, signOut needs the client.
  const [client] = useState(() =>
    createApolloClient(() => {
      void endSession('expired');
    }),
  );
  const endSession = useCallback(
    async (because: Exclude<SignedOutBecause, null>) => {
      // An expired session keeps the drafts (keyed by staff member) for the same user's return.
      if (because === 'signedOut') deleteDrafts();
      storeToken(null);
      setToken(null);
      setSignedOutBecause(because);
      // Nothing of the previous user may stay in memory for the next one.
      await client.clearStore();
    },
    [client],
  );
  const session = useMemo<Session>(
    () => ({
      token,
      signedOutBecause,
      signIn(next) {
        storeToken(next);
        setSignedOutBecause(null);
        setToken(next);
      },
      signOut: (because = 'signedOut') => endSession(because),
    }),
    [token, signedOutBecause, endSession],
  );
  return (
    <SessionContext.Provider value={session}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}
