import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { currentToken, onTokenChange } from '../auth/session';

/** Subscriptions over graphql-ws on the same `/graphql` path, with the token of the moment. */
function webSocketLink(): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.toString(),
    lazy: true,
    connectionParams: () => {
      const token = currentToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: 5,
  });
  // A socket opened with one user's token never serves the next one (or a signed-out tab).
  onTokenChange(() => client.terminate());
  return new GraphQLWsLink(client);
}

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
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    webSocketLink(),
    ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
  );
  return new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            assessmentCases: relayStylePagination(['filter']),
            journal: relayStylePagination(['caseId', 'search', 'kinds', 'authorProfession']),
            teamJournalSearch: relayStylePagination(['teamId', 'search']),
            referrals: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
