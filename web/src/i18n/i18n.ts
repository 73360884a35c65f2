import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { journalTexts } from '../features/journal/texts';
import * as referrals from '../features/referrals/texts';
import { caseTexts } from '../features/case/texts';
import { decisionTexts } from '../features/decision/texts';
import { goalPlanTexts } from '../features/goal-plan/texts';
import { oversightTexts } from '../features/oversight/texts';
import { adminTexts } from '../features/admin/texts';
import { adminSettingsTexts } from '../features/admin/settings-texts';
import { emergencyAccessTexts } from '../features/emergency-access/texts';
import { assessmentTexts } from '../features/assessment/texts';
import { receivingTexts } from '../features/receiving/texts';
import { adjustmentTexts } from '../features/adjustment/texts';
import { tariffTexts } from '../features/tariff/texts';
import { singleEntryTexts } from '../features/referrals/single-entry-texts';
import { coordinationTexts } from '../features/case/coordination-texts';
import { da } from './da';
import { en } from './en';
import { nb } from './nb';
import * as session from '../features/session/texts';

export const LANGUAGES = ['nb', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each feature's own texts ({ nb, da, en }), under its own top-level key: one line per feature. */
const FEATURE_TEXTS: Record<string, Record<Language, object>> = {
  journal: journalTexts,
  casePage: caseTexts,
  decision: decisionTexts,
  goalPlan: goalPlanTexts,
  oversight: oversightTexts,
  assessment: assessmentTexts,
  receiving: receivingTexts,
  adjustment: adjustmentTexts,
  session: { nb: session.nb, da: session.da, en: session.en },
  emergencyAccess: emergencyAccessTexts,
  admin: adminTexts,
  adminSettings: adminSettingsTexts,
  tariff: tariffTexts,
  singleEntry: singleEntryTexts,
  coordination: coordinationTexts,
};

function resourcesOf(base: object, language: Language): object {
  const features = Object.entries(FEATURE_TEXTS).map(([key, texts]) => [key, texts[language]]);
  return { ...base, ...Object.fromEntries(features) };
}

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

/** Each feature's own texts, under its own top-level key: one line per feature. */
export function setUpI18n(): void {
  const language = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: {
      nb: { translation: resourcesOf(nb, 'nb'), referrals: referrals.nb },
      da: { translation: resourcesOf(da, 'da'), referrals: referrals.da },
      en: { translation: resourcesOf(en, 'en'), referrals: referrals.en },
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
