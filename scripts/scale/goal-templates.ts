import type { GoalOutcome } from 'src/modules/goal-plans/model';
import { ServiceLevel } from 'src/modules/decisions/model';

/** What the seed's goal plans are made of: goals in the person's words, measures, evaluations. */

/** A measure as a goal template proposes it: who does what, on which step, how often. */
export interface MeasureTemplate {
  description: string;
  level: ServiceLevel;
  /** A profession for STAFF, else RELATIVE, VOLUNTEER or PERSON. */
  by: string;
  frequency: readonly string[];
}

/** A goal in the person's own words, the IPLOS variable it is scored on, and its measures. */
export interface GoalTemplate {
  text: string;
  variable: string | null;
  whatMatters: string | null;
  measures: readonly MeasureTemplate[];
}

const WEEKLY = ['En gang i uka', 'To ganger i uka', 'Tre ganger i uka'] as const;
export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    text: 'Klare å dusje selv',
    variable: 'IPLOS_PERSONLIG_HYGIENE',
    whatMatters: 'Å slippe å be om hjelp på badet',
    measures: [
      {
        description: 'Ergoterapeut øver dusjing med dusjkrakk og håndtak på badet',
        level: ServiceLevel.EVERYDAY_REHABILITATION,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Hjemmesykepleien er til stede ved dusj til det går trygt alene',
        level: ServiceLevel.HOME_NURSING,
        by: 'NURSE',
        frequency: ['En gang i uka', 'To ganger i uka'],
      },
    ],
  },
  {
    text: 'Gå tur til butikken',
    variable: 'IPLOS_BEVEGE_SEG_UTENDOERS',
    whatMatters: 'Å handle selv og treffe folk på butikken',
    measures: [
      {
        description: 'Fysioterapeut trener gange og balanse ute, med rullator',
        level: ServiceLevel.EVERYDAY_REHABILITATION,
        by: 'PHYSIOTHERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Turvenn fra frivilligsentralen går sammen til butikken',
        level: ServiceLevel.VOLUNTARY,
        by: 'VOLUNTEER',
        frequency: ['En gang i uka', 'Hver fredag'],
      },
    ],
  },
  {
    text: 'Lage middag selv igjen',
    variable: 'IPLOS_LAGE_MAT',
    whatMatters: 'Maten smaker bedre når jeg lager den selv',
    measures: [
      {
        description: 'Ergoterapeut øver matlaging på komfyren; komfyrvakt montert',
        level: ServiceLevel.EVERYDAY_REHABILITATION,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['To ganger i uka'],
      },
      {
        description: 'Datteren handler inn og lager middag sammen med henne',
        level: ServiceLevel.NETWORK,
        by: 'RELATIVE',
        frequency: ['Hver søndag', 'En gang i uka'],
      },
    ],
  },
  {
    text: 'Komme meg trygt opp og ned trappa',
    variable: 'IPLOS_BEVEGE_SEG_INNENDOERS',
    whatMatters: 'Soverommet er i andre etasje, og der vil jeg sove',
    measures: [
      {
        description: 'Fysioterapeut trener trappegange og styrke i beina',
        level: ServiceLevel.EVERYDAY_REHABILITATION,
        by: 'PHYSIOTHERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Trygghetsalarm montert og prøvd; ekstra gelender i trappa',
        level: ServiceLevel.WELFARE_TECHNOLOGY,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Én gang'],
      },
    ],
  },
  {
    text: 'Ta medisinene mine riktig selv',
    variable: 'IPLOS_IVARETA_EGEN_HELSE',
    whatMatters: null,
    measures: [
      {
        description: 'Elektronisk medisindispenser som varsler når det er tid',
        level: ServiceLevel.WELFARE_TECHNOLOGY,
        by: 'NURSE',
        frequency: ['Daglig'],
      },
      {
        description: 'Hjemmesykepleien legger medisiner i dosett',
        level: ServiceLevel.HOME_NURSING,
        by: 'NURSE',
        frequency: ['En gang i uka', 'Hver fjortende dag'],
      },
    ],
  },
  {
    text: 'Kle på meg selv om morgenen',
    variable: 'IPLOS_AV_OG_PAAKLEDNING',
    whatMatters: null,
    measures: [
      {
        description: 'Øve påkledning med strømpepåtrekker og gripetang',
        level: ServiceLevel.EVERYDAY_REHABILITATION,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Hver morgen i tre uker'],
      },
      {
        description: 'Øver selv etter treningsprogrammet',
        level: ServiceLevel.SELF_MASTERY,
        by: 'PERSON',
        frequency: ['Daglig'],
      },
    ],
  },
  {
    text: 'Treffe andre folk oftere',
    variable: 'IPLOS_SOSIAL_DELTAKELSE',
    whatMatters: 'Jeg er mye alene etter at kona døde',
    measures: [
      {
        description: 'Besøksvenn fra Røde Kors kommer på kaffe',
        level: ServiceLevel.VOLUNTARY,
        by: 'VOLUNTEER',
        frequency: ['En gang i uka'],
      },
      {
        description: 'Går på trimgruppa på seniorsenteret',
        level: ServiceLevel.LOW_THRESHOLD,
        by: 'PERSON',
        frequency: ['Tirsdager og torsdager'],
      },
    ],
  },
  {
    text: 'Holde huset i orden selv',
    variable: 'IPLOS_ALMINNELIG_HUSARBEID',
    whatMatters: null,
    measures: [
      {
        description: 'Praktisk bistand: rengjøring av bad og kjøkken',
        level: ServiceLevel.PRACTICAL_ASSISTANCE,
        by: 'HOME_CARE',
        frequency: ['Hver fjortende dag'],
      },
      {
        description: 'Sønnen tar støvsuging og bærer ut søppel',
        level: ServiceLevel.NETWORK,
        by: 'RELATIVE',
        frequency: ['En gang i uka'],
      },
    ],
  },
  {
    text: 'Handle mat selv',
    variable: 'IPLOS_SKAFFE_SEG_VARER_OG_TJENESTER',
    whatMatters: null,
    measures: [
      {
        description: 'Lære å bestille varer på nett med nettbrett',
        level: ServiceLevel.WELFARE_TECHNOLOGY,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['To ganger, så ved behov'],
      },
      {
        description: 'Barnebarnet kjører til butikken',
        level: ServiceLevel.NETWORK,
        by: 'RELATIVE',
        frequency: ['Hver lørdag'],
      },
    ],
  },
  {
    text: 'Klare toalettbesøk selv om natta',
    variable: 'IPLOS_TOALETT',
    whatMatters: 'Å sove trygt uten å være redd for å falle',
    measures: [
      {
        description: 'Forhøyet toalettsete, støttehåndtak og nattlys med bevegelsessensor',
        level: ServiceLevel.WELFARE_TECHNOLOGY,
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Én gang'],
      },
      {
        description: 'Tilsyn fra hjemmesykepleien om kvelden',
        level: ServiceLevel.HOME_NURSING,
        by: 'HOME_CARE',
        frequency: ['Hver kveld'],
      },
    ],
  },
  {
    text: 'Spise ordentlige måltider og gå opp i vekt',
    variable: 'IPLOS_SPISE',
    whatMatters: null,
    measures: [
      {
        description: 'Middagslevering fra kommunens kjøkken',
        level: ServiceLevel.PRACTICAL_ASSISTANCE,
        by: 'HOME_CARE',
        frequency: ['Fem dager i uka'],
      },
      {
        description: 'Veiing og samtale om kosthold',
        level: ServiceLevel.HOME_NURSING,
        by: 'NURSE',
        frequency: ['Hver fjortende dag'],
      },
    ],
  },
  {
    text: 'Huske avtalene mine',
    variable: 'IPLOS_HUKOMMELSE',
    whatMatters: null,
    measures: [
      {
        description: 'Digital kalender på veggen med påminnelser',
        level: ServiceLevel.WELFARE_TECHNOLOGY,
        by: 'SOCIAL_EDUCATOR',
        frequency: ['Daglig'],
      },
      {
        description: 'Datteren ringer hver kveld og går gjennom neste dag',
        level: ServiceLevel.NETWORK,
        by: 'RELATIVE',
        frequency: ['Hver kveld'],
      },
    ],
  },
  {
    text: 'Bo hjemme så lenge som mulig',
    variable: null,
    whatMatters: 'Huset og hagen, og naboene jeg kjenner',
    measures: [
      {
        description: 'Avlastningsopphold på sykehjemmet så kona får hvile',
        level: ServiceLevel.SHORT_TERM_STAY,
        by: 'NURSE',
        frequency: ['En uke hver sjette uke'],
      },
      {
        description: 'Tilsyn morgen og kveld fra hjemmesykepleien',
        level: ServiceLevel.HOME_NURSING,
        by: 'HOME_CARE',
        frequency: ['Morgen og kveld'],
      },
    ],
  },
];
export const JUSTIFICATIONS = [
  'Lavere trinn er prøvd uten å dekke behovet.',
  'Nettverket kan ikke bidra nok i denne perioden.',
  'Fallrisikoen gjør at egentrening alene ikke er forsvarlig.',
];
export const RELATIVES = ['datter', 'sønn', 'ektefelle', 'svigerdatter', 'barnebarn'];
export const VOLUNTEERS = ['Frivilligsentralen', 'Røde Kors besøkstjeneste', 'Nasjonalforeningen'];
export const OUTCOMES: [GoalOutcome, number][] = [
  ['ACHIEVED', 45],
  ['PARTLY_ACHIEVED', 35],
  ['NOT_ACHIEVED', 20],
];
export const EVALUATIONS: Record<GoalOutcome, readonly string[]> = {
  ACHIEVED: [
    'Målet er nådd: klarer dette selv nå og er godt fornøyd.',
    'Nådd. Trenger ikke lenger hjelp til dette.',
  ],
  PARTLY_ACHIEVED: [
    'Delvis nådd: klarer det på gode dager, trenger fortsatt litt hjelp.',
    'Bedre enn ved oppstart, men ikke helt i mål. Tiltaket fortsetter.',
  ],
  NOT_ACHIEVED: [
    'Ikke nådd: helsen er forverret etter ny innleggelse.',
    'Ikke nådd; behovet er større enn antatt. Ny kartlegging avtalt.',
  ],
};
