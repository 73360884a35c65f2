import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './ui/fonts.css';
import './ui/app.css';
import './ui/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionProvider } from './auth/session-context';
import { AuthConfigProvider } from './features/session/auth-config';
import { setUpI18n } from './i18n/i18n';

setUpI18n();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AuthConfigProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </AuthConfigProvider>
  </StrictMode>,
);
