import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AuthService } from 'src/common/auth/auth.service';
import type { Actor } from 'src/common/auth/actor';
import type { GqlContext } from 'src/common/auth/caller';
import type { IncomingMessage } from 'node:http';
import type { ClosableSocket, SubscriberSockets } from 'src/common/auth/subscriber-sockets';
import { DomainError, refuse } from 'src/common/graphql/domain-error';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { documentLimitError } from 'src/common/graphql/armor';
import { type CallerRateLimiter, rateLimitedError } from 'src/common/graphql/rate-limit';
import { formatGraphQLError, mapError } from 'src/common/graphql/error-formatter';
import { LoaderRegistry } from 'src/common/graphql/loaders';
import { requestIdOf } from 'src/common/logging/request-id';
import { AuditCollector } from 'src/modules/audit/model';

/** What graphql-ws hands the context function for a subscription. */
interface WsContextInput {
  connectionParams?: Record<string, unknown>;
  extra?: { request?: Request };
}

function bearerOf(connectionParams: Record<string, unknown> | undefined): string | undefined {
  const value = connectionParams?.authorization ?? connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/** Authenticates, turning an unreachable database into SERVICE_UNAVAILABLE rather than a crash. */
async function authenticate(auth: AuthService, authorization: string | undefined): Promise<Actor> {
  try {
    return await auth.authenticate(authorization);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const mapped = mapError(error);
    if (mapped.code === 'SERVICE_UNAVAILABLE') {
      throw refuse('DATABASE_UNAVAILABLE', mapped.message);
    }
    throw error;
  }
}

/**
 * The GraphQL context of one request (HTTP) or one subscription (WebSocket): who asks,
 * the request id, the audit collector and the per-request DataLoaders.
 */
export function createContextFactory(auth: AuthService) {
  return async (input: { req?: Request; res?: Response } & WsContextInput): Promise<GqlContext> => {
    const ws = input.connectionParams !== undefined || input.extra !== undefined;
    const context: GqlContext = {
      req: input.req,
      requestId: input.req ? requestIdOf(input.req, input.res) : randomUUID(),
      audit: new AuditCollector(),
      loaders: new LoaderRegistry(),
    };
    // Every subscription authenticates anew (not the actor of connect time): a staff member
    // deactivated, or an emergency grant run out, since the socket opened is refused.
    try {
      context.actor = await authenticate(
        auth,
        ws ? bearerOf(input.connectionParams) : input.req?.headers.authorization,
      );
      // Reads of cases reached only through a grant are flagged in the audit trail.
      context.audit.underEmergency(context.actor.emergencyGrants);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      context.authError = error;
    }
    return context;
  };
}

/** What graphql-ws hands its hooks: the connection's parameters and its upgrade request. */
interface WsConnection {
  connectionParams?: Record<string, unknown>;
  extra: unknown;
}

/**
 * The socket's peer address. TRUST_PROXY is not applied here (the upgrade request is not an
 * Express request): it only keys connection attempts without a valid token, which are refused.
 */
function wsAddressOf(ctx: WsConnection): string | undefined {
  return (ctx.extra as { request?: IncomingMessage } | undefined)?.request?.socket.remoteAddress;
}

/** Takes a rate-limit token for a WebSocket message: 0 or the seconds to wait. */
async function takeWs(
  auth: AuthService,
  limiter: CallerRateLimiter,
  ctx: WsConnection,
): Promise<number> {
  const subject = await auth.verifiedSubject(bearerOf(ctx.connectionParams));
  return limiter.take(subject, wsAddressOf(ctx));
}

/**
 * graphql-ws onConnect: a connection attempt takes a rate-limit token like an HTTP request;
 * one over the limit or with a bad token is closed at once (4403; each subscription checks
 * the token again). An accepted socket is kept under its staff member, so that a
 * deactivation closes it.
 */
export function createWsConnectHandler(
  auth: AuthService,
  limiter: CallerRateLimiter,
  sockets: SubscriberSockets,
) {
  return async (ctx: WsConnection): Promise<boolean> => {
    if ((await takeWs(auth, limiter, ctx)) > 0) return false;
    try {
      const actor = await authenticate(auth, bearerOf(ctx.connectionParams));
      const socket = (ctx.extra as { socket?: ClosableSocket } | undefined)?.socket;
      if (socket) sockets.add(actor.staffId, socket);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * graphql-ws onSubscribe: every operation over the socket takes a rate-limit token from its
 * caller's bucket, and its document must keep the token and field limits, both before
 * graphql-ws parses and validates it (as the middleware and Apollo plugin do for HTTP).
 */
export function createWsSubscribeGuard(auth: AuthService, limiter: CallerRateLimiter) {
  return async (
    ctx: WsConnection,
    _id: string,
    payload: { query: string },
  ): Promise<readonly GraphQLError[] | undefined> => {
    const retryAfterSeconds = await takeWs(auth, limiter, ctx);
    if (retryAfterSeconds > 0) return [rateLimitedError(retryAfterSeconds)];
    const refusal = documentLimitError(payload.query);
    return refusal ? [refusal] : undefined;
  };
}

/**
 * graphql-ws onError: refusals before execution (limits, validation) and errors that end a
 * subscription (a refusal at delivery) get the same error contract as HTTP responses.
 */
export function createWsErrorFormatter(
  onInternal: (error: unknown) => void,
  options: { hideSuggestions?: boolean } = {},
) {
  return (
    _ctx: unknown,
    _id: unknown,
    _payload: unknown,
    errors: readonly GraphQLError[],
  ): GraphQLFormattedError[] =>
    errors.map((error) => formatGraphQLError(error.toJSON(), error, onInternal, options));
}

/**
 * graphql-ws onNext: subscription results that carry errors get the same error contract
 * as HTTP responses (Apollo's formatError does not see them). Other results pass unchanged.
 */
export function createWsResultFormatter(
  onInternal: (error: unknown) => void,
  options: { hideSuggestions?: boolean } = {},
) {
  return (
    _ctx: unknown,
    _id: unknown,
    _payload: unknown,
    _args: unknown,
    result: unknown,
  ): unknown => {
    const errors = (result as { errors?: readonly GraphQLError[] }).errors;
    if (!errors?.length) return undefined;
    return {
      ...(result as object),
      errors: errors.map((error) => formatGraphQLError(error.toJSON(), error, onInternal, options)),
    };
  };
}
