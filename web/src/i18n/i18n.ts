import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { en } from './en';
import { nb } from './nb';
import * as session from '../features/session/texts';

export const LANGUAGES = ['nb', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The language is a preference, not person data: it may outlive the session.
const STORAGE_KEY = 'kartlegg.language';

/** Intl locales for dates and numbers. */
export const LOCALES: Record<Language, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  if (browser === 'da') return 'da';
  if (browser === 'en') return 'en';
  return 'nb';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'nb';
}

export async function changeLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}

export function setUpI18n(): void {
  const language = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: {
      nb: { translation: { ...nb, session: session.nb } },
      da: { translation: { ...da, session: session.da } },
      en: { translation: { ...en, session: session.en } },
    },
    lng: language,
    fallbackLng: 'nb',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}
