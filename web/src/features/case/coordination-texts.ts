/**
 * Texts of Billund's coordination levels (namespace `coordination`): the case page's section,
 * the accept dialog's level, the decision screen's missing list, the journal's coordination
 * meeting and the statistics. nb and da have the same keys as en.
 */
const en = {
  heading: 'Coordination',
  level: 'Coordination level',
  levelName: {
    '1': '1 – simple (one profession)',
    '2': '2 – several professions',
    '3': '3 – complex (several services, relatives and external parties)',
  },
  noLevel: 'None',
  change: 'Change level',
  changeTitle: 'Change the coordination level',
  changeIntro:
    'The level decides what must be in place before the decision. The change and its reason are kept in the history.',
  newLevel: 'New level',
  reason: 'Reason',
  submit: 'Change level',
  requirements: 'Before the decision',
  professions: 'Assessments by {{required}} professions: {{count}} so far',
  professionsNone: 'no assessment yet',
  meeting: 'A coordination meeting with the person or a relative present',
  met: 'In place',
  missing: 'Missing',
  nothingRequired: 'Level 1 asks for nothing more before the decision.',
  caseworker: 'Coordinating caseworker',
  caseworkerHelp: 'Follows the person across cases, with access to their open cases.',
  noCaseworker: 'None',
  changeCaseworker: 'Change coordinating caseworker',
  caseworkerTitle: 'Coordinating caseworker for {{name}}',
  caseworkerIntro:
    'The coordinating caseworker follows the person across cases and may read and write in their open cases. The one replaced loses that access at once.',
  caseworkerChoice: 'Caseworker',
  clearCaseworker: 'No coordinating caseworker',
  caseworkerSubmit: 'Save',
  accept: {
    label: 'Coordination level',
    description:
      'Level 2 needs assessments by several professions, level 3 also a coordination meeting.',
  },
  decision: {
    title: 'The decision cannot be recorded yet',
    intro: 'Coordination level {{level}} asks for this before the decision:',
    professions: 'assessments by {{need}} professions ({{have}} so far)',
    meeting: 'a coordination meeting with the person or a relative present',
  },
  participants: {
    legend: 'Participants',
    kind: 'Participant',
    PERSON: 'The person',
    RELATIVE: 'Relative',
    EXTERNAL: 'External party',
    role: 'Role',
    roleHelp: 'E.g. daughter, GP, NAV',
    name: 'Name (optional)',
    add: 'Add a participant',
    remove: 'Remove participant {{number}}',
    required: 'Name at least one participant.',
    roleRequired: 'Give the role of each external party.',
    list: 'Participants: {{list}}',
  },
  statistics: {
    heading: 'Cases by coordination level',
    none: 'No level',
    level: 'Level {{level}}',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
type CoordinationTexts = Shape<typeof en>;

const nb: CoordinationTexts = {
  heading: 'Koordinering',
  level: 'Koordineringsnivå',
  levelName: {
    '1': '1 – enkel (én faggruppe)',
    '2': '2 – flere faggrupper',
    '3': '3 – sammensatt (flere tjenester, pårørende og eksterne)',
  },
  noLevel: 'Ingen',
  change: 'Endre nivå',
  changeTitle: 'Endre koordineringsnivå',
  changeIntro:
    'Nivået avgjør hva som må være på plass før vedtaket. Endringen og begrunnelsen lagres i historikken.',
  newLevel: 'Nytt nivå',
  reason: 'Begrunnelse',
  submit: 'Endre nivå',
  requirements: 'Før vedtaket',
  professions: 'Kartlegging fra {{required}} faggrupper: {{count}} så langt',
  professionsNone: 'ingen kartlegging ennå',
  meeting: 'Koordineringsmøte med personen eller pårørende til stede',
  met: 'På plass',
  missing: 'Mangler',
  nothingRequired: 'Nivå 1 krever ikke mer før vedtaket.',
  caseworker: 'Koordinerende saksbehandler',
  caseworkerHelp: 'Følger personen på tvers av saker, med tilgang til personens åpne saker.',
  noCaseworker: 'Ingen',
  changeCaseworker: 'Endre koordinerende saksbehandler',
  caseworkerTitle: 'Koordinerende saksbehandler for {{name}}',
  caseworkerIntro:
    'Den koordinerende saksbehandleren følger personen på tvers av saker og kan lese og skrive i personens åpne saker. Den som erstattes, mister tilgangen straks.',
  caseworkerChoice: 'Saksbehandler',
  clearCaseworker: 'Ingen koordinerende saksbehandler',
  caseworkerSubmit: 'Lagre',
  accept: {
    label: 'Koordineringsnivå',
    description:
      'Nivå 2 krever kartlegging fra flere faggrupper, nivå 3 også et koordineringsmøte.',
  },
  decision: {
    title: 'Vedtaket kan ikke fattes ennå',
    intro: 'Koordineringsnivå {{level}} krever dette før vedtaket:',
    professions: 'kartlegging fra {{need}} faggrupper ({{have}} så langt)',
    meeting: 'et koordineringsmøte med personen eller pårørende til stede',
  },
  participants: {
    legend: 'Deltakere',
    kind: 'Deltaker',
    PERSON: 'Personen selv',
    RELATIVE: 'Pårørende',
    EXTERNAL: 'Ekstern part',
    role: 'Rolle',
    roleHelp: 'F.eks. datter, fastlege, NAV',
    name: 'Navn (valgfritt)',
    add: 'Legg til deltaker',
    remove: 'Fjern deltaker {{number}}',
    required: 'Oppgi minst én deltaker.',
    roleRequired: 'Oppgi rollen til hver ekstern part.',
    list: 'Deltakere: {{list}}',
  },
  statistics: {
    heading: 'Saker etter koordineringsnivå',
    none: 'Uten nivå',
    level: 'Nivå {{level}}',
  },
};

const da: CoordinationTexts = {
  heading: 'Koordinering',
  level: 'Koordineringsniveau',
  levelName: {
    '1': '1 – enkel (én faggruppe)',
    '2': '2 – flere faggrupper',
    '3': '3 – kompleks (flere ydelser, pårørende og eksterne)',
  },
  noLevel: 'Intet',
  change: 'Skift niveau',
  changeTitle: 'Skift koordineringsniveau',
  changeIntro:
    'Niveauet afgør, hvad der skal være på plads før afgørelsen. Ændringen og begrundelsen gemmes i historikken.',
  newLevel: 'Nyt niveau',
  reason: 'Begrundelse',
  submit: 'Skift niveau',
  requirements: 'Før afgørelsen',
  professions: 'Udredning fra {{required}} faggrupper: {{count}} indtil nu',
  professionsNone: 'ingen udredning endnu',
  meeting: 'Koordinerende møde med borgeren eller pårørende til stede',
  met: 'På plads',
  missing: 'Mangler',
  nothingRequired: 'Niveau 1 kræver ikke mere før afgørelsen.',
  caseworker: 'Koordinerende sagsbehandler',
  caseworkerHelp: 'Følger borgeren på tværs af sager, med adgang til borgerens åbne sager.',
  noCaseworker: 'Ingen',
  changeCaseworker: 'Skift koordinerende sagsbehandler',
  caseworkerTitle: 'Koordinerende sagsbehandler for {{name}}',
  caseworkerIntro:
    'Den koordinerende sagsbehandler følger borgeren på tværs af sager og kan læse og skrive i borgerens åbne sager. Den, der erstattes, mister adgangen med det samme.',
  caseworkerChoice: 'Sagsbehandler',
  clearCaseworker: 'Ingen koordinerende sagsbehandler',
  caseworkerSubmit: 'Gem',
  accept: {
    label: 'Koordineringsniveau',
    description:
      'Niveau 2 kræver udredning fra flere faggrupper, niveau 3 også et koordinerende møde.',
  },
  decision: {
    title: 'Afgørelsen kan ikke træffes endnu',
    intro: 'Koordineringsniveau {{level}} kræver dette før afgørelsen:',
    professions: 'udredning fra {{need}} faggrupper ({{have}} indtil nu)',
    meeting: 'et koordinerende møde med borgeren eller pårørende til stede',
  },
  participants: {
    legend: 'Deltagere',
    kind: 'Deltager',
    PERSON: 'Borgeren selv',
    RELATIVE: 'Pårørende',
    EXTERNAL: 'Ekstern part',
    role: 'Rolle',
    roleHelp: 'F.eks. datter, egen læge, jobcenter',
    name: 'Navn (valgfrit)',
    add: 'Tilføj deltager',
    remove: 'Fjern deltager {{number}}',
    required: 'Angiv mindst én deltager.',
    roleRequired: 'Angiv rollen for hver ekstern part.',
    list: 'Deltagere: {{list}}',
  },
  statistics: {
    heading: 'Sager efter koordineringsniveau',
    none: 'Uden niveau',
    level: 'Niveau {{level}}',
  },
};

export const coordinationTexts = { nb, da, en };

/** The missing codes of `coordinationRequirements` as sentences (the decision screen). */
export function missingItems(
  missing: readonly string[],
  t: (key: string, options?: Record<string, unknown>) => string,
): string[] {
  return missing.map((code) => {
    if (code.startsWith('PROFESSIONS:')) {
      const [have, need] = code.slice('PROFESSIONS:'.length).split('/');
      return t('coordination.decision.professions', { have, need });
    }
    if (code === 'COORDINATION_MEETING') return t('coordination.decision.meeting');
    return code;
  });
}
