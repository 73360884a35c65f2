import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { CaseloadPage } from '../features/caseload/caseload-page';
import { ViewerQuery } from './app-shell';
import { Loading } from './loading';

/**
 * The first screen after sign-in is the user's own work: the caseload for a team member, the
 * staff screens for the administrator, the access log for the privacy officer, the handovers
 * for a receiving unit's staff. Someone with none of these sees the caseload's explanation.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const { data } = useQuery(ViewerQuery);
  if (!data) return <Loading label={t('nav.loading')} />;
  const { me } = data;
  if (me.teams.length > 0) return <CaseloadPage />;
  if (me.profession === 'ADMIN') return <Navigate to="/admin" replace />;
  if (me.profession === 'PRIVACY_OFFICER') return <Navigate to="/access-log" replace />;
  if (me.serviceUnits.length > 0) return <Navigate to="/handovers" replace />;
  return <CaseloadPage />;
}
