import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { currentToken } from '../auth/session';

/** Builds the one Apollo client; `onUnauthenticated` ends the session (expired or revoked token). */
export function createApolloClient(onUnauthenticated: (reason: string) => void): ApolloClient {
  const auth = new ApolloLink((operation, forward) => {
    const token = currentToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    }));
    return forward(operation);
  });
  const errors = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const unauthenticated = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated) onUnauthenticated(String(unauthenticated.extensions?.reason ?? ''));
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            assessmentCases: relayStylePagination(['filter']),
            referrals: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
