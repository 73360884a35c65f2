import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { Loading } from '../../ui/loading';
import { errorCode } from '../case/case-format';
import { ForbiddenPage } from '../case/forbidden-page';
import { NotFoundPage } from '../not-found-page';
import { describeDecisionError } from './describe-decision-error';

/**
 * What the decision and handover screens show instead of themselves: the forbidden page (no
 * person data), not found (a malformed id is as unknown as a missing case), the refusal as a
 * sentence, or loading. Null once the case is there to show (a later error of another kind keeps the screen).
 */
export function screenFallback(error: unknown, loaded: boolean, t: TFunction): ReactElement | null {
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenPage />;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (error && !loaded)
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{describeDecisionError(error, t)}</Paragraph>
      </Alert>
    );
  if (!loaded) return <Loading label={t('decision.loading')} />;
  return null;
}
