import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useSession } from '../../auth/session-context';
import { ErrorAlert } from '../../ui/error-alert';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { SignInPage } from '../sign-in/sign-in-page';
import { type AuthConfig, useAuthConfig } from './auth-config';
import { oidcManager } from './oidc';
import { SignedOutNotice } from './signed-out-notice';

/** `/sign-in`: the demo staff list with AUTH_MODE=local, the identity provider with oidc. */
export function SignInRoute() {
  const config = useAuthConfig();
  return config.mode === 'oidc' ? <OidcSignInPage config={config} /> : <SignInPage />;
}

function OidcSignInPage({ config }: { config: AuthConfig }) {
  const { t } = useTranslation();
  const { token, returnTo, signedOutBecause } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (token) return <Navigate to={returnTo} replace />;

  const signIn = () => {
    setBusy(true);
    setError(null);
    // Authorization code with PKCE: the library makes the verifier and keeps it for the callback.
    oidcManager(config)
      .then((manager) => manager.signinRedirect())
      .catch((reason: unknown) => {
        setError(reason);
        setBusy(false);
      });
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__top">
        <span className="app-header__name">{t('app.name')}</span>
        <LanguageSwitcher />
      </div>
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      <SignedOutNotice because={signedOutBecause} />
      <Paragraph>{t('session.oidcIntro')}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <div>
        <Button onClick={signIn} loading={busy} disabled={busy}>
          {busy ? t('session.redirecting') : t('session.oidcButton')}
        </Button>
      </div>
    </main>
  );
}
