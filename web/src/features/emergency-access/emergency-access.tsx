import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../case/case-format';
import './emergency-access.css';
import { CaseEmergencyAccessQuery, RequestEmergencyAccessMutation } from './operations';

/** The longest a grant lasts by docs/design.md "Emergency access", when a refusal does not say. */
const DEFAULT_HOURS = 4;

/**
 * Whether a refused read lets the caller break the glass: the API says so on the refusal
 * (`extensions.emergencyAccessAllowed`, with `emergencyAccessHours`), only for a caller of a
 * profession that may and who has no relation to the case. Null when it does not.
 */
export function emergencyAccessOffer(error: unknown): { hours: number } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.code !== 'FORBIDDEN' || extensions.emergencyAccessAllowed !== true) return null;
  const hours = extensions.emergencyAccessHours;
  return { hours: typeof hours === 'number' ? hours : DEFAULT_HOURS };
}

/**
 * Break the glass on a case one has no relation to: a required reason, the time limit and
 * that it is logged. `onGranted` reads the case again once the grant is in place.
 */
export function EmergencyAccessRequest({
  caseId,
  hours,
  onGranted,
}: {
  caseId: string;
  hours: number;
  onGranted: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const [request, { loading, error }] = useMutation(RequestEmergencyAccessMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    try {
      await request({ variables: { caseId, reason: reason.trim() } });
      onGranted();
    } catch {
      // Shown below as a sentence.
    }
  };

  return (
    <section aria-labelledby={headingId} className="emergency-request">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('emergencyAccess.request.heading')}
      </Heading>
      <Paragraph>{t('emergencyAccess.request.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('emergencyAccess.request.limit', { count: hours })}</strong>{' '}
        {t('emergencyAccess.request.logged')}
      </Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={field}
          multiline
          rows={3}
          label={t('emergencyAccess.request.reason')}
          description={t('emergencyAccess.request.reasonHelp')}
          value={reason}
          required
          onChange={(event) => setReason(event.target.value)}
          error={missing ? t('emergencyAccess.request.reasonRequired') : undefined}
        />
        {error && <ErrorAlert error={error} />}
        <Button type="submit" loading={loading} data-color="danger">
          {t('emergencyAccess.request.submit')}
        </Button>
      </form>
    </section>
  );
}

/**
 * Shown on a case read under emergency access, with the time it ends. At that time what the
 * page shows is read again, and the API refuses it: the page shows the refusal instead.
 */
export function EmergencyAccessBanner({ until }: { until: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  useEffect(() => {
    const left = new Date(until).getTime() - Date.now();
    const timer = window.setTimeout(
      () => void client.refetchQueries({ include: 'active' }),
      Math.max(0, Math.min(left, 2 ** 31 - 1)),
    );
    return () => window.clearTimeout(timer);
  }, [until, client]);
  return (
    <Alert data-color="warning" className="emergency-banner">
      <Heading level={2} data-size="xs">
        {t('emergencyAccess.banner.heading')}
      </Heading>
      <Paragraph>
        {t('emergencyAccess.banner.until', { time: formatDateTime(until) })}{' '}
        {t('emergencyAccess.banner.logged')}
      </Paragraph>
    </Alert>
  );
}

/** The banner on one of a case's own screens (its journal page): shown only under a grant. */
export function CaseEmergencyAccessBanner({ caseId }: { caseId: string }) {
  // A refusal is the screen's own to show; this only adds the banner when there is a grant.
  const { data } = useQuery(CaseEmergencyAccessQuery, { variables: { caseId } });
  const until = data?.assessmentCase.viewerEmergencyAccessUntil;
  return until ? <EmergencyAccessBanner until={until} /> : null;
}
