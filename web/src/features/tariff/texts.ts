/**
 * Texts of the tariff model (Syddjurs): the category and band on the decision screen and the
 * team budget page (namespace `tariff`); nb and da have en's keys.
 */
const en = {
  decision: {
    legend: 'Tariff category',
    help: 'The category sets the follow-up after handover.',
    categories: {
      DEVELOPING: 'Developing',
      MAINTAINING: 'Maintaining',
      SHORT_NURSING: 'Short-term nursing',
    },
    categoryHelp: {
      DEVELOPING: 'A goal of substantial improvement; reassessment after {{weeks}} weeks.',
      MAINTAINING: 'Keep function; follow-up every {{months}} months.',
      SHORT_NURSING: 'Nursing for 1–3 weeks; follow-up when the period ends.',
    },
    nursingWeeks: 'Weeks of nursing',
    nursingWeeksOption_one: '{{count}} week',
    nursingWeeksOption_other: '{{count}} weeks',
    weeklyHours: 'Weekly hours of the services',
    hoursValue: '{{hours}} hours a week',
    band: 'Band',
    bands: {
      BAND_1: 'Band 1',
      BAND_2: 'Band 2',
      BAND_3: 'Band 3',
      INDIVIDUAL: 'Individual',
    },
    bandRange: {
      BAND_1: 'under {{below}} hours',
      BAND_2: '{{from}} to under {{below}} hours',
      BAND_3: '{{from}} to {{upTo}} hours',
      INDIVIDUAL: 'above {{upTo}} hours',
    },
    price: 'Price per week',
    priceValue: '{{amount}} kr',
    unknownMinutes:
      'A service given in visits without minutes per visit adds no hours: give the minutes on the service.',
    individualJustification: 'Why more than band 3',
    individualJustificationHelp:
      'Above {{upTo}} hours a week the decision is priced individually and must say why.',
    recorded: 'Tariff: {{category}}, {{band}} ({{hours}} hours a week, {{amount}} kr a week).',
    minutesPerVisit: 'Minutes per visit (optional)',
    delegatedFrame: 'Adjustment frame, ± hours (optional)',
  },
  handover: {
    followUpDate: 'Follow-up date',
    followUpHelp:
      'Suggested from the decision (its tariff category, where it has one); you may change it.',
  },
  budget: {
    nav: 'Budget',
    title: 'Team budget',
    intro:
      'Tariff-weeks and amounts of the decisions in force, per tariff category and band, against the previous period of equal length. No names.',
    team: 'Team',
    noTeam: 'The budget is for the members of an assessment team and the leaders of its district.',
    off: 'The tariff model is not in use in this team’s district, so there is no budget to show.',
    loading: 'Loading the budget …',
    caption: 'Budget from {{from}} to {{to}}, compared with {{previousFrom}} to {{previousTo}}',
    category: 'Category',
    band: 'Band',
    decisions: 'Decisions',
    tariffWeeks: 'Tariff-weeks',
    amount: 'Amount (kr)',
    previousAmount: 'Previous period (kr)',
    change: 'Change (kr)',
    total: 'Total',
    tooLong: 'A period is at most 366 days.',
  },
  reason: {
    TARIFF_CATEGORY_REQUIRED: 'Choose the tariff category of the decision.',
    TARIFF_CATEGORY_NOT_EXPECTED: 'A decision without services has no tariff category.',
    NURSING_WEEKS_NOT_EXPECTED: 'Weeks of nursing go with short-term nursing only.',
    INDIVIDUAL_JUSTIFICATION_REQUIRED:
      'The weekly hours are above band 3: say why the decision is priced individually.',
  },
  statistics: {
    heading: 'Decisions by tariff category',
    caption: 'Decisions per tariff category',
    none: 'No category',
    category: 'Category',
    count: 'Decisions',
    share: 'Share',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
type TariffTexts = Shape<typeof en>;

const nb: TariffTexts = {
  decision: {
    legend: 'Takstkategori',
    help: 'Kategorien bestemmer oppfølgingen etter overføring.',
    categories: {
      DEVELOPING: 'Utviklende',
      MAINTAINING: 'Vedlikeholdende',
      SHORT_NURSING: 'Kortvarig sykepleie',
    },
    categoryHelp: {
      DEVELOPING: 'Mål om vesentlig bedring; ny vurdering etter {{weeks}} uker.',
      MAINTAINING: 'Holde funksjonen; oppfølging hver {{months}}. måned.',
      SHORT_NURSING: 'Sykepleie i 1–3 uker; oppfølging når perioden er over.',
    },
    nursingWeeks: 'Uker med sykepleie',
    nursingWeeksOption_one: '{{count}} uke',
    nursingWeeksOption_other: '{{count}} uker',
    weeklyHours: 'Tjenestenes timer per uke',
    hoursValue: '{{hours}} timer per uke',
    band: 'Bånd',
    bands: {
      BAND_1: 'Bånd 1',
      BAND_2: 'Bånd 2',
      BAND_3: 'Bånd 3',
      INDIVIDUAL: 'Individuelt',
    },
    bandRange: {
      BAND_1: 'under {{below}} timer',
      BAND_2: '{{from}} til under {{below}} timer',
      BAND_3: '{{from}} til {{upTo}} timer',
      INDIVIDUAL: 'over {{upTo}} timer',
    },
    price: 'Pris per uke',
    priceValue: '{{amount}} kr',
    unknownMinutes:
      'En tjeneste gitt i besøk uten minutter per besøk gir ingen timer: oppgi minuttene på tjenesten.',
    individualJustification: 'Hvorfor mer enn bånd 3',
    individualJustificationHelp:
      'Over {{upTo}} timer per uke prises vedtaket individuelt og må begrunnes.',
    recorded: 'Takst: {{category}}, {{band}} ({{hours}} timer per uke, {{amount}} kr per uke).',
    minutesPerVisit: 'Minutter per besøk (valgfritt)',
    delegatedFrame: 'Justeringsramme, ± timer (valgfritt)',
  },
  handover: {
    followUpDate: 'Oppfølgingsdato',
    followUpHelp: 'Foreslått ut fra vedtaket (takstkategorien, der det har en); du kan endre den.',
  },
  budget: {
    nav: 'Budsjett',
    title: 'Teamets budsjett',
    intro:
      'Takstuker og beløp for vedtakene som gjelder, per takstkategori og bånd, mot forrige periode av samme lengde. Ingen navn.',
    team: 'Team',
    noTeam: 'Budsjettet er for medlemmene av et vurderingsteam og lederne i teamets bydel.',
    off: 'Takstmodellen er ikke i bruk i teamets bydel, så det er ikke noe budsjett å vise.',
    loading: 'Laster budsjettet …',
    caption:
      'Budsjett fra {{from}} til {{to}}, sammenlignet med {{previousFrom}} til {{previousTo}}',
    category: 'Kategori',
    band: 'Bånd',
    decisions: 'Vedtak',
    tariffWeeks: 'Takstuker',
    amount: 'Beløp (kr)',
    previousAmount: 'Forrige periode (kr)',
    change: 'Endring (kr)',
    total: 'Sum',
    tooLong: 'En periode er høyst 366 dager.',
  },
  reason: {
    TARIFF_CATEGORY_REQUIRED: 'Velg vedtakets takstkategori.',
    TARIFF_CATEGORY_NOT_EXPECTED: 'Et vedtak uten tjenester har ingen takstkategori.',
    NURSING_WEEKS_NOT_EXPECTED: 'Uker med sykepleie hører bare til kortvarig sykepleie.',
    INDIVIDUAL_JUSTIFICATION_REQUIRED:
      'Timene per uke er over bånd 3: begrunn hvorfor vedtaket prises individuelt.',
  },
  statistics: {
    heading: 'Vedtak etter takstkategori',
    caption: 'Vedtak per takstkategori',
    none: 'Ingen kategori',
    category: 'Kategori',
    count: 'Vedtak',
    share: 'Andel',
  },
};

const da: TariffTexts = {
  decision: {
    legend: 'Takstkategori',
    help: 'Kategorien bestemmer opfølgningen efter overdragelsen.',
    categories: {
      DEVELOPING: 'Udviklende',
      MAINTAINING: 'Vedligeholdende',
      SHORT_NURSING: 'Kortvarig sygepleje',
    },
    categoryHelp: {
      DEVELOPING: 'Mål om væsentlig forbedring; revurdering efter {{weeks}} uger.',
      MAINTAINING: 'Fastholde funktion; opfølgning hver {{months}}. måned.',
      SHORT_NURSING: 'Sygepleje i 1–3 uger; opfølgning når perioden slutter.',
    },
    nursingWeeks: 'Uger med sygepleje',
    nursingWeeksOption_one: '{{count}} uge',
    nursingWeeksOption_other: '{{count}} uger',
    weeklyHours: 'Ydelsernes timer om ugen',
    hoursValue: '{{hours}} timer om ugen',
    band: 'Bånd',
    bands: {
      BAND_1: 'Bånd 1',
      BAND_2: 'Bånd 2',
      BAND_3: 'Bånd 3',
      INDIVIDUAL: 'Individuel',
    },
    bandRange: {
      BAND_1: 'under {{below}} timer',
      BAND_2: '{{from}} til under {{below}} timer',
      BAND_3: '{{from}} til {{upTo}} timer',
      INDIVIDUAL: 'over {{upTo}} timer',
    },
    price: 'Pris pr. uge',
    priceValue: '{{amount}} kr.',
    unknownMinutes:
      'En ydelse givet i besøg uden minutter pr. besøg giver ingen timer: angiv minutterne på ydelsen.',
    individualJustification: 'Hvorfor mere end bånd 3',
    individualJustificationHelp:
      'Over {{upTo}} timer om ugen prissættes afgørelsen individuelt og skal begrundes.',
    recorded: 'Takst: {{category}}, {{band}} ({{hours}} timer om ugen, {{amount}} kr. om ugen).',
    minutesPerVisit: 'Minutter pr. besøg (valgfrit)',
    delegatedFrame: 'Justeringsramme, ± timer (valgfrit)',
  },
  handover: {
    followUpDate: 'Opfølgningsdato',
    followUpHelp:
      'Foreslået ud fra afgørelsen (takstkategorien, hvor den har en); du kan ændre den.',
  },
  budget: {
    nav: 'Budget',
    title: 'Teamets budget',
    intro:
      'Takstuger og beløb for de gældende afgørelser, pr. takstkategori og bånd, mod forrige periode af samme længde. Ingen navne.',
    team: 'Team',
    noTeam: 'Budgettet er for medlemmerne af et visitationsteam og lederne i teamets distrikt.',
    off: 'Takstmodellen er ikke i brug i teamets distrikt, så der er intet budget at vise.',
    loading: 'Henter budgettet …',
    caption: 'Budget fra {{from}} til {{to}}, sammenlignet med {{previousFrom}} til {{previousTo}}',
    category: 'Kategori',
    band: 'Bånd',
    decisions: 'Afgørelser',
    tariffWeeks: 'Takstuger',
    amount: 'Beløb (kr.)',
    previousAmount: 'Forrige periode (kr.)',
    change: 'Ændring (kr.)',
    total: 'I alt',
    tooLong: 'En periode er højst 366 dage.',
  },
  reason: {
    TARIFF_CATEGORY_REQUIRED: 'Vælg afgørelsens takstkategori.',
    TARIFF_CATEGORY_NOT_EXPECTED: 'En afgørelse uden ydelser har ingen takstkategori.',
    NURSING_WEEKS_NOT_EXPECTED: 'Uger med sygepleje hører kun til kortvarig sygepleje.',
    INDIVIDUAL_JUSTIFICATION_REQUIRED:
      'Timerne om ugen er over bånd 3: begrund hvorfor afgørelsen prissættes individuelt.',
  },
  statistics: {
    heading: 'Afgørelser efter takstkategori',
    caption: 'Afgørelser pr. takstkategori',
    none: 'Ingen kategori',
    category: 'Kategori',
    count: 'Afgørelser',
    share: 'Andel',
  },
};

export const tariffTexts = { nb, da, en };
