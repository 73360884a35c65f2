import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router-dom';
import { useSession } from './auth/session-context';
import { adminRoutes } from './features/admin/routes';
import { CasePage } from './features/case/case-page';
import { decisionRoutes } from './features/decision/routes';
import { CaseJournalPage, TeamJournalSearchPage } from './features/journal/routes';
import { NotFoundPage } from './features/not-found-page';
import { oversightRoutes } from './features/oversight/routes';
import { tariffRoutes } from './features/tariff/routes';
import { referralRoutes } from './features/referrals/routes';
import { receivingRoutes } from './features/receiving/routes';
import { adjustmentRoutes } from './features/adjustment/routes';
import { CallbackPage } from './features/session/callback-page';
import { SignInRoute } from './features/session/sign-in-route';
import { rememberRoute } from './features/session/storage';
import { AppShell } from './ui/app-shell';
import { HomeRoute } from './ui/home-route';

function RequireSession() {
  const { token, signedOutBecause } = useSession();
  if (!token && !signedOutBecause) rememberRoute(); // a link opened before signing in
  return token ? <Outlet /> : <Navigate to="/sign-in" replace />;
}

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute /> },
  { path: '/sign-in/callback', element: <CallbackPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'cases/:caseId', element: <CasePage /> },
          { path: '/cases/:caseId/journal', element: <CaseJournalPage /> },
          { path: 'cases/:caseId/plan', lazy: () => import('./features/goal-plan/goal-plan-page') },
          { path: '/cases/:caseId/assessment', lazy: () => import('./features/assessment/route') },
          { path: '/search', element: <TeamJournalSearchPage /> },
          ...referralRoutes,
          ...decisionRoutes,
          ...oversightRoutes,
          ...tariffRoutes,
          ...adminRoutes,
          ...receivingRoutes,
          ...adjustmentRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
