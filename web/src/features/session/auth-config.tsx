import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInError } from '../../auth/session';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';

/** `GET /auth/config`: how this server signs in, so that one client build serves both modes. */
export interface AuthConfig {
  mode: 'local' | 'oidc';
  issuer: string | null;
  clientId: string | null;
  scope: string | null;
  idleMinutes: number;
}

const AuthConfigContext = createContext<AuthConfig | null>(null);

export function useAuthConfig(): AuthConfig {
  const config = useContext(AuthConfigContext);
  if (!config) throw new Error('useAuthConfig outside AuthConfigProvider');
  return config;
}

async function fetchAuthConfig(): Promise<AuthConfig> {
  const response = await fetch('/auth/config', { headers: { accept: 'application/json' } });
  if (!response.ok)
    throw new SignInError(response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'NETWORK');
  return (await response.json()) as AuthConfig;
}

/** Renders its children once the sign-in settings are known. */
export function AuthConfigProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    fetchAuthConfig().then(setConfig, setError);
  }, []);
  useEffect(load, [load]);
  if (error !== null) {
    return (
      <main id="main" className="sign-in">
        <ErrorAlert error={error} onRetry={load} />
      </main>
    );
  }
  if (!config) return <Loading label={t('session.configLoading')} />;
  return <AuthConfigContext.Provider value={config}>{children}</AuthConfigContext.Provider>;
}
