import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { armorReason } from 'src/common/graphql/armor';
import { fieldsOfGraphQLError } from 'src/common/graphql/argument-path';
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
const PG_NUMBER_OUT_OF_RANGE = '22003';
const PG_BAD_DATETIME_FORMAT = '22007';
const PG_DATETIME_OUT_OF_RANGE = '22008';
const PG_SERIALIZATION = '40001';
const PG_DEADLOCK = '40P01';

function isConnectionFailure(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection emits 'error'
  // (PostgreSQL shut down mid-transaction); the transaction's next query then throws one of
  // these. PostgreSQL has rolled the transaction back with the connection.
  if (
    error instanceof QueryRunnerProviderAlreadyReleasedError ||
    error instanceof QueryRunnerAlreadyReleasedError
  )
    return true;
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

/**
 * Unique indexes that back a module's own duplicate check: when two requests race past
 * the check, the loser gets the same reason the check would have given.
 */
const UNIQUE_REASONS: Record<string, string> = {
  UQ_staff_members_email: 'STAFF_EMAIL_TAKEN',
  UQ_staff_members_subject: 'STAFF_EMAIL_TAKEN',
  UQ_team_memberships_staff_team: 'ALREADY_MEMBER',
  UQ_unit_memberships_staff_unit: 'ALREADY_MEMBER',
  UQ_patients_national_id: 'PATIENT_ALREADY_REGISTERED',
  UQ_case_members_case_staff: 'ALREADY_ASSIGNED',
  UQ_assessment_cases_one_open_per_patient: 'CASE_ALREADY_OPEN',
};

function fromDatabase(error: QueryFailedError): Mapped | null {
  const driverError = error.driverError as { code?: string; constraint?: string };
  switch (driverError.code ?? '') {
    case PG_UNIQUE_VIOLATION:
      return {
        code: 'CONFLICT',
        reason: UNIQUE_REASONS[driverError.constraint ?? ''] ?? 'ALREADY_EXISTS',
        message: 'A record with the same unique value already exists',
        details: {},
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
    case PG_NUMBER_OUT_OF_RANGE:
    case PG_BAD_DATETIME_FORMAT:
    case PG_DATETIME_OUT_OF_RANGE:
      return {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUE',
        message: 'A value was refused by the database rules',
        details: {},
      };
    default:
      return null;
  }
}

function fromValidation(response: unknown): FieldProblem[] {
  const fields = (response as { fields?: FieldProblem[] })?.fields;
  return Array.isArray(fields) ? fields : [];
}

/** Maps anything a resolver can throw to the error contract of docs/design.md "Errors". */
export function mapError(original: unknown, graphqlCode?: unknown, graphqlMessage = ''): Mapped {
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
    // A document over a GraphQL Armor limit (depth, cost, aliases, directives, tokens).
    const limit = armorReason(graphqlMessage);
    if (limit) return { code: 'BAD_USER_INPUT', reason: limit, message: '', details: {} };
    // The failing fields are named by formatGraphQLError, which has the document.
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
  options: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError?.originalError ?? error;
  const mapped = mapError(
    original instanceof GraphQLError ? (original.originalError ?? original) : original,
    formatted.extensions?.code,
    formatted.message,
  );
  if (mapped.code === 'INTERNAL_SERVER_ERROR') onInternal(original);
  // An input refused by GraphQL itself or by a scalar: name it by its argument path.
  const fields =
    mapped.code === 'BAD_USER_INPUT' && !mapped.details.fields && graphqlError && !formatted.path
      ? fieldsOfGraphQLError(graphqlError, formatted.message)
      : [];
  const result: GraphQLFormattedError = {
    message: mapped.message || formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: mapped.code,
      reason: mapped.reason,
      ...mapped.details,
      ...(fields.length ? { fields } : {}),
    },
  };
  return options.hideSuggestions ? withoutSuggestions(result) : result;
}

// "Did you mean "name"?", "Did you mean the enum value "NURSE"?", and Armor's mask of them.
const SUGGESTION = / ?(?:Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g;

/**
 * Production: GraphQL's "Did you mean …?" would map the schema for someone without
 * introspection, in the message and in `extensions.fields` alike.
 */
function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const fields = (error.extensions?.fields as FieldProblem[] | undefined)?.map((field) => ({
    ...field,
    problems: field.problems.map((problem) => problem.replace(SUGGESTION, '')),
  }));
  return {
    ...error,
    message: error.message.replace(SUGGESTION, ''),
    extensions: { ...error.extensions, ...(fields ? { fields } : {}) },
  };
}
