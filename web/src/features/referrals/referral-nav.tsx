import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { NavCountsQuery } from './operations';
import './referrals.css';

/** Counts are refreshed now and then, and after every triage (refetchQueries). */
const POLL_MS = 5 * 60_000;

/**
 * The navigation's link to the referral inbox, and what needs attention: new URGENT referrals
 * (RECEIVED), referrals overdue for triage, and the ACTIVE cases the caller coordinates or is
 * assigned to. One request of three totals; a count of 0 is not shown.
 */
export function ReferralNav() {
  const { t } = useTranslation('referrals');
  const { data } = useQuery(NavCountsQuery, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const counts = [
    { key: 'newUrgent', count: data?.newUrgent.totalCount ?? 0, to: '/referrals', urgent: true },
    {
      key: 'triageOverdue',
      count: data?.triageOverdue.totalCount ?? 0,
      to: '/referrals',
      urgent: true,
    },
    { key: 'assignedToMe', count: data?.assignedToMe.totalCount ?? 0, to: '/', urgent: false },
  ].filter((c) => c.count > 0);
  return (
    <>
      <NavLink to="/referrals">{t('nav.referrals')}</NavLink>
      {counts.length > 0 && (
        <ul className="nav-counts" aria-label={t('nav.attention')}>
          {counts.map((c) => (
            <li key={c.key}>
              <Link to={c.to} className={c.urgent ? 'nav-count nav-count--urgent' : 'nav-count'}>
                {t(`nav.${c.key}`, { count: c.count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
