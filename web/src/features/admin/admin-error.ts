import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeError } from '../../ui/describe-error';

/** The refusal's `extensions.reason`, if any. */
export function reasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** A refusal as one sentence: the administrator's own reasons first, then the shared ones. */
export function describeAdminError(error: unknown, t: TFunction): string {
  const reason = reasonOf(error);
  return (reason && t(`admin.reason.${reason}`, { defaultValue: '' })) || describeError(error, t);
}

/** Input errors of the API by field name (`input.email` → `email`). */
export function invalidFields(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) =>
    e.extensions?.code === 'BAD_USER_INPUT'
      ? ((e.extensions.fields ?? []) as { field: string }[]).map((f) =>
          f.field.replace(/^input\./, ''),
        )
      : [],
  );
}
