import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { MyUnitsQuery } from './operations';

/** The navigation's link to the handovers, for staff of a receiving unit only. */
export function ReceivingNav() {
  const { t } = useTranslation();
  const { data } = useQuery(MyUnitsQuery);
  if (!data?.me.serviceUnits.length) return null;
  return <NavLink to="/handovers">{t('receiving.nav')}</NavLink>;
}
