/** Texts of emergency access (namespace `emergencyAccess`); nb and da have the same keys as en. */
const en = {
  request: {
    heading: 'Emergency access',
    intro:
      'If you need this case now, for example for an urgent visit, you can open it with emergency access. You may then read the case and write journal entries.',
    limit_one: 'The access ends by itself after {{count}} hour.',
    limit_other: 'The access ends by itself after {{count}} hours.',
    logged: 'Your reason and everything you open are logged and reviewed by the privacy officer.',
    reason: 'Reason',
    reasonHelp: 'Why you need the case now (required).',
    reasonRequired: 'Write why you need access to this case.',
    submit: 'Open with emergency access',
  },
  banner: {
    heading: 'Emergency access',
    until: 'You are reading this case with emergency access until {{time}}.',
    logged: 'Everything you open is logged and reviewed by the privacy officer.',
  },
};

type Texts = typeof en;

const nb: Texts = {
  request: {
    heading: 'Nødtilgang',
    intro:
      'Trenger du denne saken nå, for eksempel ved et akutt tilsyn, kan du åpne den med nødtilgang. Du kan da lese saken og skrive journalnotater.',
    limit_one: 'Tilgangen avsluttes av seg selv etter {{count}} time.',
    limit_other: 'Tilgangen avsluttes av seg selv etter {{count}} timer.',
    logged: 'Begrunnelsen din og alt du åpner, logges og gjennomgås av personvernombudet.',
    reason: 'Begrunnelse',
    reasonHelp: 'Hvorfor du trenger saken nå (må fylles ut).',
    reasonRequired: 'Skriv hvorfor du trenger tilgang til saken.',
    submit: 'Åpne med nødtilgang',
  },
  banner: {
    heading: 'Nødtilgang',
    until: 'Du leser denne saken med nødtilgang til {{time}}.',
    logged: 'Alt du åpner, logges og gjennomgås av personvernombudet.',
  },
};

const da: Texts = {
  request: {
    heading: 'Nødadgang',
    intro:
      'Har du brug for denne sag nu, for eksempel ved et akut tilsyn, kan du åbne den med nødadgang. Du kan så læse sagen og skrive journalnotater.',
    limit_one: 'Adgangen ophører af sig selv efter {{count}} time.',
    limit_other: 'Adgangen ophører af sig selv efter {{count}} timer.',
    logged:
      'Din begrundelse og alt, hvad du åbner, logges og gennemgås af databeskyttelsesrådgiveren.',
    reason: 'Begrundelse',
    reasonHelp: 'Hvorfor du har brug for sagen nu (skal udfyldes).',
    reasonRequired: 'Skriv, hvorfor du har brug for adgang til sagen.',
    submit: 'Åbn med nødadgang',
  },
  banner: {
    heading: 'Nødadgang',
    until: 'Du læser denne sag med nødadgang indtil {{time}}.',
    logged: 'Alt, hvad du åbner, logges og gennemgås af databeskyttelsesrådgiveren.',
  },
};

export const emergencyAccessTexts = { en, nb, da };
