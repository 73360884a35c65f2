import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from 'src/common/auth/actor';
import { type DomainError, refuse } from 'src/common/graphql/domain-error';
import { type LoaderRegistry } from 'src/common/graphql/loaders';
import type { AuditCollector } from 'src/modules/audit/model';

/** Who is asking, within which request: passed from resolvers to every service call. */
export interface Caller {
  requestId: string;
  actor: Actor;
  audit: AuditCollector;
  loaders: LoaderRegistry;
}

/** The GraphQL context of one request. */
export interface GqlContext {
  req?: Request;
  requestId: string;
  actor?: Actor;
  authError?: DomainError;
  audit: AuditCollector;
  loaders: LoaderRegistry;
}

export function callerFrom(context: GqlContext): Caller {
  if (!context.actor) {
    throw context.authError ?? refuse('TOKEN_MISSING', 'Sign in first');
  }
  return {
    requestId: context.requestId,
    actor: context.actor,
    audit: context.audit,
    loaders: context.loaders,
  };
}

/** Resolver parameter: the authenticated caller (the global guard has already checked the token). */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const context = GqlExecutionContext.create(ctx).getContext<GqlContext>();
  return callerFrom(context);
});
