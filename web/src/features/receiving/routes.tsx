import type { RouteObject } from 'react-router-dom';

/** The receiving unit's screens, loaded when first opened. */
export const receivingRoutes: RouteObject[] = [
  {
    path: 'handovers',
    lazy: async () => ({ Component: (await import('./handover-inbox-page')).HandoverInboxPage }),
  },
  {
    path: 'cases/:caseId/follow-up',
    lazy: async () => ({ Component: (await import('./follow-up-page')).FollowUpPage }),
  },
];
