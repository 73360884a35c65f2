import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error of a GraphQL resolver to Apollo's formatError (error-formatter.ts),
 * the one place that maps and logs them; Nest's own handler would log refusals as errors.
 */
@Catch()
export class GraphQLExceptionPassthrough implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
