import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type Language, LANGUAGES } from '../i18n/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <Field className="language-switcher" data-size="sm">
      <Label>{t('nav.language')}</Label>
      <Select
        value={currentLanguage()}
        onChange={(event) => void changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
