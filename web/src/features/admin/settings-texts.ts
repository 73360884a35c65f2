/** Texts of the municipality's settings on the administrator's page (namespace `adminSettings`). */
const en = {
  nav: 'Settings',
  title: 'Settings of the municipality',
  intro:
    'A change applies to cases opened after it is saved; open cases keep the values they started with. A district can try other values first: an empty district field takes the municipal default.',
  loading: 'Loading the settings …',
  language: 'Language of the municipality',
  languageHelp:
    'Set at the first start. It decides the journal texts, letters, legal bases and function scale, so it is the same in every district.',
  languages: { nb: 'Norwegian (bokmål)', da: 'Danish' },
  clarificationDays: 'Clarification days (municipal default)',
  clarificationDaysHelp: 'Calendar days from acceptance to the decision deadline, 1–60.',
  districts: 'Districts',
  districtsCaption: 'Overrides per district',
  district: 'District',
  override: 'Clarification days in {{district}}',
  overrideHelp: 'Empty: the municipal default ({{days}}).',
  effective: 'New cases get',
  days_one: '{{count}} day',
  days_other: '{{count}} days',
  inherited: 'municipal default',
  overridden: 'district’s own',
  range: 'Write a whole number from 1 to 60.',
  save: 'Save settings',
  saved: 'Saved. Cases opened from now on take the new values (version {{version}}).',
  unchanged: 'Nothing was changed.',
  lastChanged: 'Version {{version}}, last changed {{when}} by {{name}}.',
  firstStart: 'Version {{version}}, as the first start set it up on {{when}}.',
  conflict:
    'Someone else changed the settings while you were editing. The values now in force are shown; make your change again.',
  forbidden: 'Only the system administrator changes the settings.',
  unknownDistrict: 'A district no longer exists. The settings are shown as they are now.',
};

type Texts = typeof en;

const nb: Texts = {
  nav: 'Innstillinger',
  title: 'Kommunens innstillinger',
  intro:
    'En endring gjelder saker som åpnes etter at den er lagret; åpne saker beholder verdiene de startet med. Et distrikt kan prøve andre verdier først: et tomt distriktsfelt bruker kommunens standard.',
  loading: 'Henter innstillingene …',
  language: 'Kommunens språk',
  languageHelp:
    'Satt ved første oppstart. Det styrer journaltekster, brev, lovhjemler og funksjonsskala, og er derfor det samme i alle distrikter.',
  languages: { nb: 'Norsk (bokmål)', da: 'Dansk' },
  clarificationDays: 'Avklaringsdager (kommunens standard)',
  clarificationDaysHelp: 'Kalenderdager fra mottak til frist for vedtak, 1–60.',
  districts: 'Distrikter',
  districtsCaption: 'Avvik per distrikt',
  district: 'Distrikt',
  override: 'Avklaringsdager i {{district}}',
  overrideHelp: 'Tomt: kommunens standard ({{days}}).',
  effective: 'Nye saker får',
  days_one: '{{count}} dag',
  days_other: '{{count}} dager',
  inherited: 'kommunens standard',
  overridden: 'distriktets egen',
  range: 'Skriv et helt tall fra 1 til 60.',
  save: 'Lagre innstillinger',
  saved: 'Lagret. Saker som åpnes fra nå av får de nye verdiene (versjon {{version}}).',
  unchanged: 'Ingenting ble endret.',
  lastChanged: 'Versjon {{version}}, sist endret {{when}} av {{name}}.',
  firstStart: 'Versjon {{version}}, slik første oppstart satte den opp {{when}}.',
  conflict:
    'Noen andre endret innstillingene mens du redigerte. Verdiene som gjelder nå, vises; gjør endringen din på nytt.',
  forbidden: 'Bare systemansvarlig kan endre innstillingene.',
  unknownDistrict: 'Et distrikt finnes ikke lenger. Innstillingene vises slik de er nå.',
};

const da: Texts = {
  nav: 'Indstillinger',
  title: 'Kommunens indstillinger',
  intro:
    'En ændring gælder sager, der åbnes, efter den er gemt; åbne sager beholder de værdier, de startede med. Et distrikt kan prøve andre værdier først: et tomt distriktsfelt bruger kommunens standard.',
  loading: 'Henter indstillingerne …',
  language: 'Kommunens sprog',
  languageHelp:
    'Sat ved første opstart. Det styrer journaltekster, breve, lovgrundlag og funktionsskala og er derfor det samme i alle distrikter.',
  languages: { nb: 'Norsk (bokmål)', da: 'Dansk' },
  clarificationDays: 'Afklaringsdage (kommunens standard)',
  clarificationDaysHelp: 'Kalenderdage fra modtagelse til frist for afgørelse, 1–60.',
  districts: 'Distrikter',
  districtsCaption: 'Afvigelser pr. distrikt',
  district: 'Distrikt',
  override: 'Afklaringsdage i {{district}}',
  overrideHelp: 'Tomt: kommunens standard ({{days}}).',
  effective: 'Nye sager får',
  days_one: '{{count}} dag',
  days_other: '{{count}} dage',
  inherited: 'kommunens standard',
  overridden: 'distriktets egen',
  range: 'Skriv et helt tal fra 1 til 60.',
  save: 'Gem indstillinger',
  saved: 'Gemt. Sager, der åbnes fra nu af, får de nye værdier (version {{version}}).',
  unchanged: 'Intet blev ændret.',
  lastChanged: 'Version {{version}}, sidst ændret {{when}} af {{name}}.',
  firstStart: 'Version {{version}}, som første opstart satte den op {{when}}.',
  conflict:
    'En anden ændrede indstillingerne, mens du redigerede. De værdier, der gælder nu, vises; lav din ændring igen.',
  forbidden: 'Kun systemansvarlig kan ændre indstillingerne.',
  unknownDistrict: 'Et distrikt findes ikke længere. Indstillingerne vises, som de er nu.',
};

export const adminSettingsTexts = { nb, da, en };
