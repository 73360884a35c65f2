import type { RouteObject } from 'react-router-dom';

/** Delegated adjustment's screens (Kolding), loaded when first opened. */
export const adjustmentRoutes: RouteObject[] = [
  {
    path: 'adjustments',
    lazy: async () => ({ Component: (await import('./review-page')).AdjustmentReviewPage }),
  },
];
