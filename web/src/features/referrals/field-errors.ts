import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/**
 * The input errors of an API answer, by field as this form names them (`input.person.nationalId`
 * → `person.nationalId`), each as a sentence in the user's language: the specific problem when
 * known (a wrong check digit), else the reason (BIRTH_YEAR_REQUIRED), else a plain "check this".
 */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const reason = typeof e.extensions.reason === 'string' ? e.extensions.reason : '';
    const fields = (e.extensions.fields ?? []) as { field: string; problems?: string[] }[];
    for (const { field, problems = [] } of fields) {
      const name = field.replace(/^input\./, '');
      const byProblem = problems
        .map((p) =>
          t(`fieldError.${p}`, { defaultValue: '', nsSeparator: false, keySeparator: '.' }),
        )
        .find(Boolean);
      result[name] =
        byProblem ||
        (reason ? t(`fieldError.${reason}`, { defaultValue: '' }) : '') ||
        t('fieldError.generic');
    }
  }
  return result;
}
