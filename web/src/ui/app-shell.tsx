import { useQuery } from '@apollo/client/react';
import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { OversightNav } from '../features/oversight/oversight-nav';
import { ReceivingNav } from '../features/receiving/receiving-nav';
import { ReferralNav } from '../features/referrals/referral-nav';
import { graphql } from '../gql';
import { LanguageSwitcher } from './language-switcher';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      profession
      teams {
        id
        name
      }
      serviceUnits {
        id
      }
    }
  }
`);

/** Header, navigation and the signed-in user around every screen of a signed-in user. */
export function AppShell() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const { data } = useQuery(ViewerQuery);
  // The caseload, referrals and journal search are the assessment teams' own screens.
  const inTeam = (data?.me.teams.length ?? 0) > 0;
  return (
    <>
      <SkipLink href="#main">{t('nav.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {inTeam && (
            <NavLink to="/" end>
              {t('nav.caseload')}
            </NavLink>
          )}
          {inTeam && <ReferralNav />}
          <ReceivingNav />
          {inTeam && data?.me.profession === 'CASEWORKER' && (
            <NavLink to="/adjustments">{t('adjustment.review.nav')}</NavLink>
          )}
          {inTeam && <NavLink to="/search">{t('journal.teamSearch.nav')}</NavLink>}
          <OversightNav profession={data?.me.profession} />
          {(inTeam || data?.me.profession === 'LEADER') && (
            <NavLink to="/budget">{t('tariff.budget.nav')}</NavLink>
          )}
          {data?.me.profession === 'ADMIN' && (
            <>
              <NavLink to="/admin" end>
                {t('admin.nav')}
              </NavLink>
              <NavLink to="/admin/settings">{t('adminSettings.nav')}</NavLink>
            </>
          )}
        </nav>
        <div className="app-header__user">
          {data?.me && (
            <Paragraph data-size="sm" className="app-header__who">
              {t('nav.signedInAs', { name: data.me.name })}
              <span className="app-header__profession">
                {t(`profession.${data.me.profession}`)}
              </span>
            </Paragraph>
          )}
          <LanguageSwitcher />
          <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </Button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
