import type { RouteObject } from 'react-router-dom';

/** The administrator's screens, each loaded only when opened (the initial bundle stays small). */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('./staff-list-page')).StaffListPage }),
  },
  {
    path: 'admin/settings',
    lazy: async () => ({ Component: (await import('./settings-page')).SettingsPage }),
  },
  {
    path: 'admin/staff/new',
    lazy: async () => ({ Component: (await import('./new-staff-page')).NewStaffPage }),
  },
  {
    path: 'admin/staff/:staffId',
    lazy: async () => ({ Component: (await import('./staff-page')).StaffPage }),
  },
];
