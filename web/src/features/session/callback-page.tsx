import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../../auth/session-context';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { Loading } from '../../ui/loading';
import { useAuthConfig } from './auth-config';
import { completeSignIn } from './oidc';

/** `/sign-in/callback`: the identity provider sends the code here; exchanged with the verifier. */
export function CallbackPage() {
  const { t } = useTranslation();
  const config = useAuthConfig();
  const { token, returnTo, signIn } = useSession();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeSignIn(config).then(
      (user) => signIn(user.access_token),
      () => setFailed(true),
    );
  }, [config]);
  if (token) return <Navigate to={returnTo} replace />;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in__top">
        <span className="app-header__name">{t('app.name')}</span>
        <LanguageSwitcher />
      </div>
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {failed ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('session.callbackFailed')}</Paragraph>
          <Button asChild variant="secondary" data-size="sm">
            <Link to="/sign-in">{t('session.backToSignIn')}</Link>
          </Button>
        </Alert>
      ) : (
        <Loading label={t('session.callbackWorking')} />
      )}
    </main>
  );
}
