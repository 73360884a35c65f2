import { SettingsSection } from './settings-section';

/** The municipality's settings, on a page of their own (the staff list is long). */
export function SettingsPage() {
  return (
    <div className="admin-page">
      <SettingsSection headingLevel={1} />
    </div>
  );
}
