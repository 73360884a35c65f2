import { type ArgumentsHost, Catch } from '@nestjs/common';
import { type GqlContextType, GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, type FieldProblem } from 'src/common/graphql/domain-error';

/**
 * A service names a failing field inside its input (`toDate`, `scores.1.score`); the client
 * sent it as `input.toDate`. Fields that are no argument of the operation are named inside
 * its `input` argument, so that every refusal names the full argument path, as the
 * validation pipe does.
 */
function withArgumentPaths(error: DomainError, host: ArgumentsHost): DomainError {
  const fields = error.details.fields as FieldProblem[] | undefined;
  if (!Array.isArray(fields) || host.getType<GqlContextType>() !== 'graphql') return error;
  const info = GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo | undefined>();
  const args = info?.parentType.getFields()[info.fieldName]?.args.map((a) => a.name) ?? [];
  if (!args.includes('input')) return error;
  const named = fields.map((f) =>
    args.includes(f.field.split('.')[0]) ? f : { ...f, field: `input.${f.field}` },
  );
  return new DomainError(
    error.reason,
    error.message,
    { ...error.details, fields: named },
    error.where,
  );
}

/**
 * Hands every error of a GraphQL resolver to Apollo's formatError (error-formatter.ts),
 * the one place that maps and logs them; Nest's own handler would log refusals as errors.
 */
@Catch()
export class GraphQLExceptionPassthrough implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    return exception instanceof DomainError ? withArgumentPaths(exception, host) : exception;
  }
}
