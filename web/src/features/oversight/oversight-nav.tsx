import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** The navigation's link to the statistics (LEADER) or the access log (PRIVACY_OFFICER). */
export function OversightNav({ profession }: { profession: string | undefined }) {
  const { t } = useTranslation();
  if (profession === 'LEADER')
    return <NavLink to="/statistics">{t('oversight.nav.statistics')}</NavLink>;
  if (profession === 'PRIVACY_OFFICER')
    return <NavLink to="/access-log">{t('oversight.nav.auditTrail')}</NavLink>;
  return null;
}
