import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { callerFrom, type GqlContext } from 'src/common/auth/caller';
import { IS_PUBLIC } from 'src/common/auth/public.decorator';

/** Deny by default: every GraphQL field needs a valid token unless marked @Public. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (context.getType<GqlContextType>() !== 'graphql') return false;
    callerFrom(GqlExecutionContext.create(context).getContext<GqlContext>());
    return true;
  }
}
