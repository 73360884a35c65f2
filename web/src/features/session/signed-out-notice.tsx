import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignedOutBecause } from '../../auth/session-context';
import { useAuthConfig } from './auth-config';

/** Why the user is on the sign-in page: signed out, idle, or a session that ended mid-work. */
export function SignedOutNotice({ because }: { because: SignedOutBecause }) {
  const { t } = useTranslation();
  const { idleMinutes } = useAuthConfig();
  if (!because) return null;
  return (
    <Alert data-color={because === 'signedOut' ? 'info' : 'warning'}>
      {because === 'idle' ? (
        <>
          <Paragraph>{t('session.idle', { count: idleMinutes })}</Paragraph>
          <Paragraph>{t('session.idleDraftsGone')}</Paragraph>
        </>
      ) : (
        <Paragraph>{t(because === 'expired' ? 'signIn.expired' : 'signIn.signedOut')}</Paragraph>
      )}
    </Alert>
  );
}
