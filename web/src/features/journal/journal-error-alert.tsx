import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { describeJournalError } from './journal-errors';

/** The app's error alert, with the journal's own refusals in words. */
export function JournalErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={3} data-size="xs">
        {t('errors.title')}
      </Heading>
      <Paragraph>{describeJournalError(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
