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
 * A refusal the client can act on. `reason` is the module's own code
 * (`PATIENT_NOT_FOUND`, `STALE_VERSION`, ...); `details` go to `extensions` as they are,
 * so they must never hold free text about a person.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A field that failed validation, as named in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

export function badInput(
  reason: string,
  message: string,
  fields: FieldProblem[] = [],
): DomainError {
  return new DomainError('BAD_USER_INPUT', reason, message, fields.length ? { fields } : {});
}
