import type { RouteObject } from 'react-router-dom';

/** The decision and handover screens of a case, loaded when first opened. */
export const decisionRoutes: RouteObject[] = [
  {
    path: 'cases/:caseId/decision',
    lazy: async () => ({ Component: (await import('./decision-page')).DecisionPage }),
  },
  {
    path: 'cases/:caseId/handover',
    lazy: async () => ({ Component: (await import('./handover-page')).HandoverPage }),
  },
];
