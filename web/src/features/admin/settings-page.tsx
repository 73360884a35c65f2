import { useQuery } from '@apollo/client/react';
import { Alert, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ViewerQuery } from '../../ui/app-shell';
import { SettingsSection } from './settings-section';

/**
 * The municipality's settings, on a page of their own (the staff list is long). Only the
 * system administrator changes them: anyone else who opens the address is told so before
 * filling in a form the API would refuse.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { data } = useQuery(ViewerQuery);
  const profession = data?.me.profession;
  return (
    <div className="admin-page">
      {profession && profession !== 'ADMIN' ? (
        <>
          <Heading level={1} data-size="md">
            {t('adminSettings.title')}
          </Heading>
          <Alert data-color="warning">{t('adminSettings.forbidden')}</Alert>
        </>
      ) : (
        <SettingsSection headingLevel={1} />
      )}
    </div>
  );
}
