import { codeOf, type Refusal, type Where } from 'src/common/graphql/refusals';

/** The `extensions.code` values of docs/design.md "Errors": the API's stable error contract. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal the client can act on. `reason` is the module's own (`PATIENT_NOT_FOUND`,
 * `STALE_VERSION`, ...); the code follows from it (and, for the few reasons that carry two,
 * from `where`) through `codeOf`, never chosen where it is thrown. `details` go to
 * `extensions` as they are, so they must never hold free text about a person.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly reason: Refusal,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly where: Where = 'target',
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = codeOf(reason, where);
  }
}

/** A refusal for `reason`, its code by `codeOf`. */
export function refuse(
  reason: Refusal,
  message: string,
  details: Record<string, unknown> = {},
  where: Where = 'target',
): DomainError {
  return new DomainError(reason, message, details, where);
}

/** A field that failed validation, as named in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** A refusal of something given in the input, naming the failing fields. */
export function badInput(
  reason: Refusal,
  message: string,
  fields: FieldProblem[] = [],
): DomainError {
  return refuse(reason, message, fields.length ? { fields } : {}, 'input');
}
