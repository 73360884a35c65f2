import type { RouteObject } from 'react-router-dom';
import { ReferralDetailPage } from './referral-detail-page';
import { ReferralInboxPage } from './referral-inbox-page';
import { RegisterReferralPage } from './register-referral-page';

/** The referral screens, for the signed-in app shell. */
export const referralRoutes: RouteObject[] = [
  { path: 'referrals', element: <ReferralInboxPage /> },
  { path: 'referrals/new', element: <RegisterReferralPage /> },
  { path: 'referrals/:id', element: <ReferralDetailPage /> },
];
