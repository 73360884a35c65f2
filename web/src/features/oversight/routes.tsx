import type { RouteObject } from 'react-router-dom';

/** The leader's statistics and the privacy officer's access log: loaded when first opened. */
export const oversightRoutes: RouteObject[] = [
  {
    path: 'statistics',
    lazy: async () => ({ Component: (await import('./statistics-page')).StatisticsPage }),
  },
  {
    path: 'access-log',
    lazy: async () => ({ Component: (await import('./audit-trail-page')).AuditTrailPage }),
  },
];
