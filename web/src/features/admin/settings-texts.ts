/** Texts of the municipality's settings on the administrator's page (namespace `adminSettings`). */
const en = {
  nav: 'Settings',
  title: 'Settings of the municipality',
  intro:
    'A change applies to cases opened after it is saved; open cases keep the values they started with. A district can try other values first: where a district has no value of its own (an empty field, or “municipal default”), it takes the municipal default.',
  loading: 'Loading the settings …',
  language: 'Language of the municipality',
  languageHelp:
    'Set at the first start. It decides the journal texts, letters, legal bases and function scale, so it is the same in every district.',
  languages: { nb: 'Norwegian (bokmål)', da: 'Danish' },
  models: {
    harstad: {
      title: 'Harstad: the clarification period',
      intro:
        'Every case has a deadline for its decision, counted from the day the referral was accepted.',
    },
    billund: {
      title: 'Billund: one entry and coordination levels',
      intro:
        'Referrals are resolved at first contact where they can be, and complex cases get a coordination level and a coordinating caseworker.',
    },
    syddjurs: {
      title: 'Syddjurs: tariff categories and bands',
      intro:
        'A decision is priced by the band of its weekly hours, and followed up a fixed time after handover.',
    },
    kolding: {
      title: 'Kolding: delegated adjustment',
      intro:
        'The receiving unit may adjust a decided service’s weekly time within a frame, without a new decision.',
    },
  },
  keys: {
    clarificationDays: {
      label: 'Clarification days',
      help: 'Calendar days from acceptance to the decision deadline.',
    },
    singleEntry: {
      label: 'Single entry',
      help: 'Referrals may be resolved at first contact, and callbacks promised.',
    },
    coordinationLevels: {
      label: 'Coordination levels',
      help: 'Cases carry a coordination level 1–3, and the person a coordinating caseworker.',
    },
    level2MinProfessions: {
      label: 'Professions before a level 2 or 3 decision',
      help: 'Assessments by at least this many professions before a decision at level 2 or 3.',
    },
    level3RequiresMeeting: {
      label: 'Meeting before a level 3 decision',
      help: 'A coordination meeting with the person or relatives before a decision at level 3.',
    },
    tariffCategories: {
      label: 'Tariff categories',
      help: 'A decision carries a tariff category, and its weekly hours a band.',
    },
    tariffBand1Below: {
      label: 'Band 1 below',
      help: 'Band 1 is from 0 and under this many hours a week.',
    },
    tariffBand2Below: {
      label: 'Band 2 below',
      help: 'Band 2 is from band 1’s limit and under this; it must be above band 1’s limit.',
    },
    tariffBand3UpTo: {
      label: 'Band 3 up to',
      help: 'Band 3 is from band 2’s limit up to and including this; above it a week is individual.',
    },
    tariffWeeklyPriceBand1: {
      label: 'Weekly price, band 1',
      help: 'The price of one week in band 1, whole kroner.',
    },
    tariffWeeklyPriceBand2: {
      label: 'Weekly price, band 2',
      help: 'The price of one week in band 2, whole kroner.',
    },
    tariffWeeklyPriceBand3: {
      label: 'Weekly price, band 3',
      help: 'The price of one week in band 3, whole kroner.',
    },
    tariffHourlyPriceIndividual: {
      label: 'Hourly price, individual',
      help: 'An individual week’s price per decided hour, whole kroner.',
    },
    developingFollowUpWeeks: {
      label: 'Reassessment of a developing decision',
      help: 'Weeks from handover to the reassessment of a decision that develops function.',
    },
    maintainingFollowUpMonths: {
      label: 'Follow-up of a maintaining decision',
      help: 'Months from handover to the follow-up of a decision that maintains function.',
    },
    delegatedAdjustment: {
      label: 'Delegated adjustment',
      help: 'The receiving unit adjusts a decided service’s weekly time within the frame.',
    },
    delegatedFrameKind: {
      label: 'Unit of the frame',
      help: 'A percentage of the decided time, or hours a week.',
    },
    delegatedFrameValue: {
      label: 'Frame',
      help: 'How far up or down from the decided time the unit may go.',
    },
  },
  choices: { PERCENT: 'Percent', HOURS: 'Hours a week' },
  setting: 'Setting',
  municipal: 'Municipal default',
  defaultLabel: '{{setting}}, municipal default',
  override: '{{setting}} in {{district}}',
  inherit: 'Default ({{value}})',
  on: 'On',
  off: 'Off',
  range: 'Range {{min}}–{{max}}',
  effective: 'New cases get: {{value}}',
  inherited: 'municipal default',
  overridden: 'district’s own',
  useDefault: 'Use municipal default',
  units: {
    days_one: '{{value}} day',
    days_other: '{{value}} days',
    professions_one: '{{value}} profession',
    professions_other: '{{value}} professions',
    hoursPerWeek_one: '{{value}} hour a week',
    hoursPerWeek_other: '{{value}} hours a week',
    krPerWeek_one: '{{value}} kr a week',
    krPerWeek_other: '{{value}} kr a week',
    krPerHour_one: '{{value}} kr an hour',
    krPerHour_other: '{{value}} kr an hour',
    weeks_one: '{{value}} week',
    weeks_other: '{{value}} weeks',
    months_one: '{{value}} month',
    months_other: '{{value}} months',
    percent_one: '{{value}} %',
    percent_other: '{{value}} %',
  },
  suffix: {
    days: 'days',
    professions: 'professions',
    hoursPerWeek: 'h/week',
    krPerWeek: 'kr/week',
    krPerHour: 'kr/hour',
    weeks: 'weeks',
    months: 'months',
    percent: '%',
  },
  wholeNumber: 'Write a whole number from {{min}} to {{max}}.',
  number: 'Write a number from {{min}} to {{max}}.',
  band2Order: 'Must be above band 1’s limit ({{limit}}).',
  band3Order: 'Must be at least band 2’s limit ({{limit}}).',
  refused: 'The value was refused. Check it and save again.',
  invalidSummary_one: 'One value must be corrected before saving.',
  invalidSummary_other: '{{count}} values must be corrected before saving.',
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
    'En endring gjelder saker som åpnes etter at den er lagret; åpne saker beholder verdiene de startet med. Et distrikt kan prøve andre verdier først: der distriktet ikke har en egen verdi (tomt felt, eller «kommunens standard»), gjelder kommunens standard.',
  loading: 'Henter innstillingene …',
  language: 'Kommunens språk',
  languageHelp:
    'Satt ved første oppstart. Det styrer journaltekster, brev, lovhjemler og funksjonsskala, og er derfor det samme i alle distrikter.',
  languages: { nb: 'Norsk (bokmål)', da: 'Dansk' },
  models: {
    harstad: {
      title: 'Harstad: avklaringsperioden',
      intro: 'Hver sak har en frist for vedtak, regnet fra dagen henvisningen ble mottatt.',
    },
    billund: {
      title: 'Billund: én inngang og koordineringsnivåer',
      intro:
        'Henvisninger løses ved første kontakt der det går, og sammensatte saker får et koordineringsnivå og en koordinerende saksbehandler.',
    },
    syddjurs: {
      title: 'Syddjurs: takstkategorier og bånd',
      intro:
        'Et vedtak prises etter båndet for timene per uke, og følges opp en fast tid etter overlevering.',
    },
    kolding: {
      title: 'Kolding: delegert justering',
      intro:
        'Den utførende enheten kan justere tiden per uke i en vedtatt tjeneste innenfor en ramme, uten nytt vedtak.',
    },
  },
  keys: {
    clarificationDays: {
      label: 'Avklaringsdager',
      help: 'Kalenderdager fra mottak til frist for vedtak.',
    },
    singleEntry: {
      label: 'Én inngang',
      help: 'Henvisninger kan løses ved første kontakt, og tilbakeringing kan loves.',
    },
    coordinationLevels: {
      label: 'Koordineringsnivåer',
      help: 'Saker får et koordineringsnivå 1–3, og personen en koordinerende saksbehandler.',
    },
    level2MinProfessions: {
      label: 'Faggrupper før vedtak på nivå 2 eller 3',
      help: 'Kartlegging fra minst så mange faggrupper før vedtak på nivå 2 eller 3.',
    },
    level3RequiresMeeting: {
      label: 'Møte før vedtak på nivå 3',
      help: 'Et koordineringsmøte med personen eller pårørende før vedtak på nivå 3.',
    },
    tariffCategories: {
      label: 'Takstkategorier',
      help: 'Et vedtak får en takstkategori, og timene per uke et bånd.',
    },
    tariffBand1Below: {
      label: 'Bånd 1 under',
      help: 'Bånd 1 er fra 0 og under så mange timer per uke.',
    },
    tariffBand2Below: {
      label: 'Bånd 2 under',
      help: 'Bånd 2 er fra grensen for bånd 1 og under denne; den må være over grensen for bånd 1.',
    },
    tariffBand3UpTo: {
      label: 'Bånd 3 til og med',
      help: 'Bånd 3 er fra grensen for bånd 2 til og med denne; over den er uken individuell.',
    },
    tariffWeeklyPriceBand1: {
      label: 'Ukepris, bånd 1',
      help: 'Prisen for én uke i bånd 1, hele kroner.',
    },
    tariffWeeklyPriceBand2: {
      label: 'Ukepris, bånd 2',
      help: 'Prisen for én uke i bånd 2, hele kroner.',
    },
    tariffWeeklyPriceBand3: {
      label: 'Ukepris, bånd 3',
      help: 'Prisen for én uke i bånd 3, hele kroner.',
    },
    tariffHourlyPriceIndividual: {
      label: 'Timepris, individuell',
      help: 'Prisen per vedtatt time i en individuell uke, hele kroner.',
    },
    developingFollowUpWeeks: {
      label: 'Revurdering av utviklende vedtak',
      help: 'Uker fra overlevering til revurdering av et vedtak som skal utvikle funksjon.',
    },
    maintainingFollowUpMonths: {
      label: 'Oppfølging av vedlikeholdende vedtak',
      help: 'Måneder fra overlevering til oppfølging av et vedtak som skal vedlikeholde funksjon.',
    },
    delegatedAdjustment: {
      label: 'Delegert justering',
      help: 'Den utførende enheten justerer tiden per uke i en vedtatt tjeneste innenfor rammen.',
    },
    delegatedFrameKind: {
      label: 'Måleenhet for rammen',
      help: 'Prosent av vedtatt tid, eller timer per uke.',
    },
    delegatedFrameValue: {
      label: 'Ramme',
      help: 'Hvor langt opp eller ned fra vedtatt tid enheten kan gå.',
    },
  },
  choices: { PERCENT: 'Prosent', HOURS: 'Timer per uke' },
  setting: 'Innstilling',
  municipal: 'Kommunens standard',
  defaultLabel: '{{setting}}, kommunens standard',
  override: '{{setting}} i {{district}}',
  inherit: 'Standard ({{value}})',
  on: 'På',
  off: 'Av',
  range: 'Fra {{min}} til {{max}}',
  effective: 'Nye saker får: {{value}}',
  inherited: 'kommunens standard',
  overridden: 'distriktets egen',
  useDefault: 'Bruk kommunens standard',
  units: {
    days_one: '{{value}} dag',
    days_other: '{{value}} dager',
    professions_one: '{{value}} faggruppe',
    professions_other: '{{value}} faggrupper',
    hoursPerWeek_one: '{{value}} time per uke',
    hoursPerWeek_other: '{{value}} timer per uke',
    krPerWeek_one: '{{value}} kr per uke',
    krPerWeek_other: '{{value}} kr per uke',
    krPerHour_one: '{{value}} kr per time',
    krPerHour_other: '{{value}} kr per time',
    weeks_one: '{{value}} uke',
    weeks_other: '{{value}} uker',
    months_one: '{{value}} måned',
    months_other: '{{value}} måneder',
    percent_one: '{{value}} %',
    percent_other: '{{value}} %',
  },
  suffix: {
    days: 'dager',
    professions: 'faggrupper',
    hoursPerWeek: 't/uke',
    krPerWeek: 'kr/uke',
    krPerHour: 'kr/time',
    weeks: 'uker',
    months: 'måneder',
    percent: '%',
  },
  wholeNumber: 'Skriv et helt tall fra {{min}} til {{max}}.',
  number: 'Skriv et tall fra {{min}} til {{max}}.',
  band2Order: 'Må være over grensen for bånd 1 ({{limit}}).',
  band3Order: 'Må være minst grensen for bånd 2 ({{limit}}).',
  refused: 'Verdien ble avvist. Sjekk den og lagre igjen.',
  invalidSummary_one: 'Én verdi må rettes før du kan lagre.',
  invalidSummary_other: '{{count}} verdier må rettes før du kan lagre.',
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
    'En ændring gælder sager, der åbnes, efter den er gemt; åbne sager beholder de værdier, de startede med. Et distrikt kan prøve andre værdier først: hvor distriktet ikke har sin egen værdi (et tomt felt eller »kommunens standard«), gælder kommunens standard.',
  loading: 'Henter indstillingerne …',
  language: 'Kommunens sprog',
  languageHelp:
    'Sat ved første opstart. Det styrer journaltekster, breve, lovgrundlag og funktionsskala og er derfor det samme i alle distrikter.',
  languages: { nb: 'Norsk (bokmål)', da: 'Dansk' },
  models: {
    harstad: {
      title: 'Harstad: afklaringsperioden',
      intro: 'Hver sag har en frist for afgørelsen, regnet fra den dag henvisningen blev modtaget.',
    },
    billund: {
      title: 'Billund: én indgang og koordineringsniveauer',
      intro:
        'Henvendelser afklares ved første kontakt, hvor det kan lade sig gøre, og komplekse sager får et koordineringsniveau og en koordinerende sagsbehandler.',
    },
    syddjurs: {
      title: 'Syddjurs: takstkategorier og bånd',
      intro:
        'En afgørelse prissættes efter båndet for timerne pr. uge og følges op en fast tid efter overdragelsen.',
    },
    kolding: {
      title: 'Kolding: delegeret justering',
      intro:
        'Den udførende enhed kan justere den visiterede tid pr. uge inden for en ramme uden en ny afgørelse.',
    },
  },
  keys: {
    clarificationDays: {
      label: 'Afklaringsdage',
      help: 'Kalenderdage fra modtagelse til frist for afgørelse.',
    },
    singleEntry: {
      label: 'Én indgang',
      help: 'Henvendelser kan afklares ved første kontakt, og opkald tilbage kan aftales.',
    },
    coordinationLevels: {
      label: 'Koordineringsniveauer',
      help: 'Sager får et koordineringsniveau 1–3 og borgeren en koordinerende sagsbehandler.',
    },
    level2MinProfessions: {
      label: 'Faggrupper før afgørelse på niveau 2 eller 3',
      help: 'Udredning fra mindst så mange faggrupper før en afgørelse på niveau 2 eller 3.',
    },
    level3RequiresMeeting: {
      label: 'Møde før afgørelse på niveau 3',
      help: 'Et koordineringsmøde med borgeren eller pårørende før en afgørelse på niveau 3.',
    },
    tariffCategories: {
      label: 'Takstkategorier',
      help: 'En afgørelse får en takstkategori og timerne pr. uge et bånd.',
    },
    tariffBand1Below: {
      label: 'Bånd 1 under',
      help: 'Bånd 1 er fra 0 og under så mange timer pr. uge.',
    },
    tariffBand2Below: {
      label: 'Bånd 2 under',
      help: 'Bånd 2 er fra grænsen for bånd 1 og under denne; den skal være over grænsen for bånd 1.',
    },
    tariffBand3UpTo: {
      label: 'Bånd 3 til og med',
      help: 'Bånd 3 er fra grænsen for bånd 2 til og med denne; derover er ugen individuel.',
    },
    tariffWeeklyPriceBand1: {
      label: 'Ugepris, bånd 1',
      help: 'Prisen for én uge i bånd 1, hele kroner.',
    },
    tariffWeeklyPriceBand2: {
      label: 'Ugepris, bånd 2',
      help: 'Prisen for én uge i bånd 2, hele kroner.',
    },
    tariffWeeklyPriceBand3: {
      label: 'Ugepris, bånd 3',
      help: 'Prisen for én uge i bånd 3, hele kroner.',
    },
    tariffHourlyPriceIndividual: {
      label: 'Timepris, individuel',
      help: 'Prisen pr. visiteret time i en individuel uge, hele kroner.',
    },
    developingFollowUpWeeks: {
      label: 'Revurdering af udviklende afgørelse',
      help: 'Uger fra overdragelse til revurdering af en afgørelse, der skal udvikle funktionsevnen.',
    },
    maintainingFollowUpMonths: {
      label: 'Opfølgning af vedligeholdende afgørelse',
      help: 'Måneder fra overdragelse til opfølgning af en afgørelse, der skal vedligeholde funktionsevnen.',
    },
    delegatedAdjustment: {
      label: 'Delegeret justering',
      help: 'Den udførende enhed justerer den visiterede tid pr. uge inden for rammen.',
    },
    delegatedFrameKind: {
      label: 'Måleenhed for rammen',
      help: 'Procent af den visiterede tid eller timer pr. uge.',
    },
    delegatedFrameValue: {
      label: 'Ramme',
      help: 'Hvor langt op eller ned fra den visiterede tid enheden må gå.',
    },
  },
  choices: { PERCENT: 'Procent', HOURS: 'Timer pr. uge' },
  setting: 'Indstilling',
  municipal: 'Kommunens standard',
  defaultLabel: '{{setting}}, kommunens standard',
  override: '{{setting}} i {{district}}',
  inherit: 'Standard ({{value}})',
  on: 'Til',
  off: 'Fra',
  range: 'Fra {{min}} til {{max}}',
  effective: 'Nye sager får: {{value}}',
  inherited: 'kommunens standard',
  overridden: 'distriktets egen',
  useDefault: 'Brug kommunens standard',
  units: {
    days_one: '{{value}} dag',
    days_other: '{{value}} dage',
    professions_one: '{{value}} faggruppe',
    professions_other: '{{value}} faggrupper',
    hoursPerWeek_one: '{{value}} time pr. uge',
    hoursPerWeek_other: '{{value}} timer pr. uge',
    krPerWeek_one: '{{value}} kr. pr. uge',
    krPerWeek_other: '{{value}} kr. pr. uge',
    krPerHour_one: '{{value}} kr. pr. time',
    krPerHour_other: '{{value}} kr. pr. time',
    weeks_one: '{{value}} uge',
    weeks_other: '{{value}} uger',
    months_one: '{{value}} måned',
    months_other: '{{value}} måneder',
    percent_one: '{{value}} %',
    percent_other: '{{value}} %',
  },
  suffix: {
    days: 'dage',
    professions: 'faggrupper',
    hoursPerWeek: 't/uge',
    krPerWeek: 'kr./uge',
    krPerHour: 'kr./time',
    weeks: 'uger',
    months: 'måneder',
    percent: '%',
  },
  wholeNumber: 'Skriv et helt tal fra {{min}} til {{max}}.',
  number: 'Skriv et tal fra {{min}} til {{max}}.',
  band2Order: 'Skal være over grænsen for bånd 1 ({{limit}}).',
  band3Order: 'Skal være mindst grænsen for bånd 2 ({{limit}}).',
  refused: 'Værdien blev afvist. Tjek den, og gem igen.',
  invalidSummary_one: 'Én værdi skal rettes, før du kan gemme.',
  invalidSummary_other: '{{count}} værdier skal rettes, før du kan gemme.',
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
