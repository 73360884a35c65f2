import type { RouteObject } from 'react-router-dom';

/** The team budget (Syddjurs' tariff model): loaded when first opened. */
export const tariffRoutes: RouteObject[] = [
  {
    path: 'budget',
    lazy: async () => ({ Component: (await import('./budget-page')).BudgetPage }),
  },
];
