import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, type ErrorCode, type FieldProblem } from 'src/common/graphql/domain-error';

interface Mapped {
  code: ErrorCode | 'INTERNAL_SERVER_ERROR';
  reason: string;
  message: string;
  details: Record<string, unknown>;
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';
const PG_INVALID_TEXT = '22P02';
const PG_STRING_TOO_LONG = '22001';
const PG_NULL_BYTE = '22021';
const PG_SERIALIZATION = '40001';
const PG_DEADLOCK = '40P01';

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT' ||
    code === '57P01' ||
    code === '57P03' ||
    code === '08006' ||
    code === '08001' ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(message)
  );
}

function fromDatabase(error: QueryFailedError): Mapped | null {
  const driverError = error.driverError as { code?: string; constraint?: string };
  switch (driverError.code ?? '') {
    case PG_UNIQUE_VIOLATION:
      return {
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
        message: 'A record with the same unique value already exists',
        details: { constraint: driverError.constraint },
      };
    case PG_SERIALIZATION:
    case PG_DEADLOCK:
      return {
        code: 'CONFLICT',
        reason: 'CONCURRENT_CHANGE',
        message: 'Someone else changed this at the same time; try again',
        details: {},
      };
    case PG_FOREIGN_KEY_VIOLATION:
    case PG_CHECK_VIOLATION:
    case PG_INVALID_TEXT:
    case PG_STRING_TOO_LONG:
    case PG_NULL_BYTE:
      return {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUE',
        message: 'A value was refused by the database rules',
        details: { constraint: driverError.constraint },
      };
    default:
      return null;
  }
}

function fromValidation(response: unknown): FieldProblem[] {
  const fields = (response as { fields?: FieldProblem[] })?.fields;
  return Array.isArray(fields) ? fields : [];
}

/** Maps anything a resolver can throw to the error contract of DESIGN.md "Errors". */
export function mapError(original: unknown, graphqlCode?: unknown): Mapped {
  if (original instanceof DomainError) {
    return {
      code: original.code,
      reason: original.reason,
      message: original.message,
      details: original.details,
    };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const fields = fromValidation(original.getResponse());
    switch (status) {
      case 400:
        return {
          code: 'BAD_USER_INPUT',
          reason: 'VALIDATION_FAILED',
          message: fields.length
            ? `Invalid input: ${fields.map((f) => f.field).join(', ')}`
            : 'Invalid input',
          details: fields.length ? { fields } : {},
        };
      case 401:
        return {
          code: 'UNAUTHENTICATED',
          reason: 'UNAUTHENTICATED',
          message: 'Sign in first',
          details: {},
        };
      case 403:
        return { code: 'FORBIDDEN', reason: 'FORBIDDEN', message: 'Not allowed', details: {} };
      case 404:
        return { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Not found', details: {} };
      case 413:
        return {
          code: 'BAD_USER_INPUT',
          reason: 'PAYLOAD_TOO_LARGE',
          message: 'Request too large',
          details: {},
        };
      case 429:
        return {
          code: 'RATE_LIMITED',
          reason: 'RATE_LIMITED',
          message: 'Too many requests',
          details: {},
        };
      default:
        break;
    }
  }
  if (original instanceof QueryFailedError) {
    const mapped = fromDatabase(original);
    if (mapped) return mapped;
  }
  if (
    isConnectionFailure(original) ||
    isConnectionFailure((original as QueryFailedError)?.driverError)
  ) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
      message: 'The database cannot be reached; try again shortly',
      details: {},
    };
  }
  // Errors raised by GraphQL itself (syntax, unknown field, variable coercion) are the client's.
  if (
    graphqlCode === 'GRAPHQL_PARSE_FAILED' ||
    graphqlCode === 'GRAPHQL_VALIDATION_FAILED' ||
    graphqlCode === 'BAD_USER_INPUT' ||
    graphqlCode === 'BAD_REQUEST'
  ) {
    return { code: 'BAD_USER_INPUT', reason: String(graphqlCode), message: '', details: {} };
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    reason: 'INTERNAL',
    message: 'Internal error',
    details: {},
  };
}

/**
 * Apollo's formatError: every error leaves with a stable `extensions.code` and
 * `extensions.reason`, and never with a stack trace.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError?.originalError ?? error;
  const mapped = mapError(
    original instanceof GraphQLError ? (original.originalError ?? original) : original,
    formatted.extensions?.code,
  );
  if (mapped.code === 'INTERNAL_SERVER_ERROR') onInternal(original);
  return {
    message: mapped.message || formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: mapped.code, reason: mapped.reason, ...mapped.details },
  };
}
