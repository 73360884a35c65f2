import type { MunicipalityLanguage } from 'src/config/app-config';

/** What the system writes in the journal when a case changes, in the municipality's language. */
export type JournalEvent =
  | GoalPlanJournalEvent
  | { type: 'ACCEPTED'; deadlineDate: string; coordinationLevel?: number | null }
  | { type: 'REFERRAL_JOINED'; source: string }
  | { type: 'HOLD'; reason: string }
  | { type: 'RESUME'; pausedDays: number; deadlineDate: string }
  | { type: 'EXTEND'; days: number; reason: string; deadlineDate: string }
  | { type: 'CANCEL'; reason: string }
  | { type: 'ASSIGN_MEMBER'; name: string; role: string }
  | { type: 'REMOVE_MEMBER'; name: string; role: string; reason: string }
  | { type: 'CHANGE_COORDINATOR'; name: string }
  | { type: 'RECORD_INTERIM_SERVICE'; kind: string; description: string }
  | { type: 'DECISION'; text: string }
  | { type: 'HANDOVER'; text: string }
  | { type: 'HANDOVER_ACKNOWLEDGED'; unit: string; onBehalfOf: string | null }
  | { type: 'HANDOVER_RETURNED'; unit: string; reason: string }
  | { type: 'CLOSED_NO_SERVICES' }
  | { type: 'FOLLOW_UP'; result: string; note: string; next: string | null }
  | { type: 'COORDINATION_LEVEL'; from: number | null; to: number; reason: string }
  | { type: 'COORDINATING_CASEWORKER'; name: string | null }
  | AdjustmentJournalEvent;

/** Delegated adjustment (Kolding): a unit's move of a service's weekly time, and its review. */
export type AdjustmentJournalEvent =
  | {
      type: 'SERVICE_TIME_ADJUSTED';
      service: string;
      unit: string;
      from: number;
      to: number;
      decided: number;
      reason: string;
    }
  | { type: 'SERVICE_ADJUSTMENT_CONFIRMED'; service: string; to: number; reason: string | null }
  | {
      type: 'SERVICE_ADJUSTMENT_REVERSED';
      service: string;
      unit: string;
      from: number;
      to: number;
      reason: string;
    };

/** Hours a week as the municipality writes them ("3,5"). */
function hoursOf(hours: number, language: MunicipalityLanguage): string {
  return new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'da-DK', {
    maximumFractionDigits: 2,
  }).format(hours);
}

function adjustmentText(event: AdjustmentJournalEvent, language: MunicipalityLanguage): string {
  const nb = language === 'nb';
  const h = (hours: number) => hoursOf(hours, language);
  switch (event.type) {
    case 'SERVICE_TIME_ADJUSTED':
      return nb
        ? `${event.unit} har justert tiden for ${event.service} fra ${h(event.from)} til ${h(event.to)} timer i uka innenfor den delegerte rammen (vedtatt: ${h(event.decided)} timer); justeringen går til saksbehandlerens ukentlige gjennomgang. Begrunnelse: ${event.reason}`
        : `${event.unit} har justeret tiden for ${event.service} fra ${h(event.from)} til ${h(event.to)} timer om ugen inden for den delegerede ramme (bevilget: ${h(event.decided)} timer); justeringen går til sagsbehandlerens ugentlige gennemgang. Begrundelse: ${event.reason}`;
    case 'SERVICE_ADJUSTMENT_CONFIRMED':
      return nb
        ? `Saksbehandler har godkjent justeringen av ${event.service} til ${h(event.to)} timer i uka.${event.reason ? ` ${event.reason}` : ''}`
        : `Sagsbehandler har godkendt justeringen af ${event.service} til ${h(event.to)} timer om ugen.${event.reason ? ` ${event.reason}` : ''}`;
    case 'SERVICE_ADJUSTMENT_REVERSED':
      return nb
        ? `Saksbehandler har omgjort justeringen av ${event.service}: tiden er igjen ${h(event.to)} timer i uka (ikke ${h(event.from)}). Til ${event.unit}: ${event.reason}`
        : `Sagsbehandler har tilbageført justeringen af ${event.service}: tiden er igen ${h(event.to)} timer om ugen (ikke ${h(event.from)}). Til ${event.unit}: ${event.reason}`;
  }
}

/** A local calendar day as a reader writes it: "9. desember 2026" / "9. december 2026". */
function localDay(date: string, language: MunicipalityLanguage): string {
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function journalEventText(event: JournalEvent, language: MunicipalityLanguage): string {
  const nb = language === 'nb';
  switch (event.type) {
    case 'GOAL_ADDED':
    case 'GOAL_UPDATED':
    case 'GOAL_EVALUATED':
    case 'MEASURE_ADDED':
    case 'MEASURE_UPDATED':
    case 'GOAL_PLAN_AGREED':
    case 'GOALS_REORDERED':
    case 'MEASURES_REORDERED':
      return goalPlanText(event, nb);
    case 'SERVICE_TIME_ADJUSTED':
    case 'SERVICE_ADJUSTMENT_CONFIRMED':
    case 'SERVICE_ADJUSTMENT_REVERSED':
      return adjustmentText(event, language);
    case 'DECISION':
    case 'HANDOVER':
      // The decision letter and the handover summary are already in the municipality's language.
      return event.text;
    case 'HANDOVER_ACKNOWLEDGED':
      return nb
        ? `${event.unit} har bekreftet overføringen${event.onBehalfOf ? ` (registrert for ${event.onBehalfOf})` : ''}. Forløpet er avsluttet; oppfølgingen fortsetter.`
        : `${event.unit} har bekræftet overdragelsen${event.onBehalfOf ? ` (registreret for ${event.onBehalfOf})` : ''}. Forløbet er afsluttet; opfølgningen fortsætter.`;
    case 'HANDOVER_RETURNED':
      return nb
        ? `${event.unit} har sendt overføringen tilbake: ${event.reason}`
        : `${event.unit} har sendt overdragelsen tilbage: ${event.reason}`;
    case 'CLOSED_NO_SERVICES':
      return nb
        ? 'Forløpet er avsluttet etter vedtak uten tjenester.'
        : 'Forløbet er afsluttet efter afgørelse uden ydelser.';
    case 'FOLLOW_UP':
      return nb
        ? `Oppfølging (${event.result}): ${event.note}${event.next ? ` Neste oppfølging: ${event.next}.` : ''}`
        : `Opfølgning (${event.result}): ${event.note}${event.next ? ` Næste opfølgning: ${event.next}.` : ''}`;
    case 'ACCEPTED': {
      const level = event.coordinationLevel
        ? nb
          ? ` Koordineringsnivå ${event.coordinationLevel}.`
          : ` Koordineringsniveau ${event.coordinationLevel}.`
        : '';
      return nb
        ? `Henvendelsen er tatt imot og vurderingsforløpet startet. Frist for avklaring: ${localDay(event.deadlineDate, language)}.${level}`
        : `Henvendelsen er modtaget og afklaringsforløbet startet. Frist for afklaring: ${localDay(event.deadlineDate, language)}.${level}`;
    }
    case 'COORDINATION_LEVEL':
      return nb
        ? `Koordineringsnivå endret fra ${event.from ?? '–'} til ${event.to}: ${event.reason}`
        : `Koordineringsniveau ændret fra ${event.from ?? '–'} til ${event.to}: ${event.reason}`;
    case 'COORDINATING_CASEWORKER':
      if (event.name === null)
        return nb
          ? 'Personen har ikke lenger en koordinerende saksbehandler.'
          : 'Borgeren har ikke længere en koordinerende sagsbehandler.';
      return nb
        ? `Ny koordinerende saksbehandler for personen: ${event.name}.`
        : `Ny koordinerende sagsbehandler for borgeren: ${event.name}.`;
    case 'REFERRAL_JOINED':
      return nb
        ? `Ny henvendelse (${event.source}) er knyttet til forløpet.`
        : `Ny henvendelse (${event.source}) er knyttet til forløbet.`;
    case 'HOLD':
      return nb
        ? `Forløpet er satt på vent: ${event.reason}`
        : `Forløbet er sat i bero: ${event.reason}`;
    case 'RESUME':
      return nb
        ? `Forløpet er gjenopptatt etter ${event.pausedDays} dager på vent. Ny frist: ${localDay(event.deadlineDate, language)}.`
        : `Forløbet er genoptaget efter ${event.pausedDays} dage i bero. Ny frist: ${localDay(event.deadlineDate, language)}.`;
    case 'EXTEND':
      return nb
        ? `Fristen er forlenget med ${event.days} dager til ${localDay(event.deadlineDate, language)}: ${event.reason}`
        : `Fristen er forlænget med ${event.days} dage til ${localDay(event.deadlineDate, language)}: ${event.reason}`;
    case 'CANCEL':
      return nb
        ? `Forløpet er avsluttet uten vedtak: ${event.reason}`
        : `Forløbet er afsluttet uden afgørelse: ${event.reason}`;
    case 'ASSIGN_MEMBER':
      return nb
        ? `${event.name} er knyttet til forløpet (${event.role}).`
        : `${event.name} er knyttet til forløbet (${event.role}).`;
    case 'REMOVE_MEMBER':
      return nb
        ? `${event.name} er ikke lenger knyttet til forløpet (${event.role}): ${event.reason}`
        : `${event.name} er ikke længere knyttet til forløbet (${event.role}): ${event.reason}`;
    case 'CHANGE_COORDINATOR':
      return nb ? `Ny koordinator: ${event.name}.` : `Ny koordinator: ${event.name}.`;
    case 'RECORD_INTERIM_SERVICE':
      return nb
        ? `Tjeneste i vurderingsperioden registrert (${event.kind}): ${event.description}`
        : `Ydelse i afklaringsperioden registreret (${event.kind}): ${event.description}`;
  }
}

/** One changed field of a goal or measure, with display values (null: none). */
export interface GoalPlanTextChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Journal events of the goal plan (written by src/modules/goal-plans). */
export type GoalPlanJournalEvent =
  | { type: 'GOAL_ADDED'; goal: string; targetDate: string; changedSinceAgreement: boolean }
  | {
      type: 'GOAL_UPDATED';
      goal: string;
      changes: GoalPlanTextChange[];
      changedSinceAgreement: boolean;
    }
  | {
      type: 'GOAL_EVALUATED';
      goal: string;
      outcome: 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';
      evaluation: string;
    }
  | {
      type: 'MEASURE_ADDED';
      goal: string;
      measure: string;
      level: string;
      frequency: string;
      changedSinceAgreement: boolean;
    }
  | {
      type: 'MEASURE_UPDATED';
      measure: string;
      changes: GoalPlanTextChange[];
      changedSinceAgreement: boolean;
    }
  | { type: 'GOALS_REORDERED'; goals: string[]; changedSinceAgreement: boolean }
  | {
      type: 'MEASURES_REORDERED';
      goal: string;
      measures: string[];
      changedSinceAgreement: boolean;
    }
  | {
      type: 'GOAL_PLAN_AGREED';
      agreedBy: 'PERSON' | 'REPRESENTATIVE';
      representativeName: string | null;
      version: number;
      goals: {
        text: string;
        status: string;
        targetDate: string;
        measures: { description: string; level: string; frequency: string }[];
      }[];
    };

const GOAL_PLAN_FIELDS: Record<string, [nb: string, da: string]> = {
  text: ['mål', 'mål'],
  whatMatters: ['hva som er viktig', 'hvad der er vigtigt'],
  functionVariableCode: ['funksjonsområde', 'funktionsområde'],
  baselineScore: ['skår nå', 'score nu'],
  targetScore: ['ønsket skår', 'ønsket score'],
  targetDate: ['måldato', 'måldato'],
  status: ['status', 'status'],
  description: ['tiltak', 'indsats'],
  level: ['trinn', 'niveau'],
  justification: ['begrunnelse', 'begrundelse'],
  responsible: ['ansvarlig', 'ansvarlig'],
  frequency: ['hyppighet', 'hyppighed'],
  fromDate: ['fra', 'fra'],
  toDate: ['til', 'til'],
};

const GOAL_OUTCOME_WORDS: Record<string, [nb: string, da: string]> = {
  ACHIEVED: ['nådd', 'nået'],
  PARTLY_ACHIEVED: ['delvis nådd', 'delvist nået'],
  NOT_ACHIEVED: ['ikke nådd', 'ikke nået'],
};

/** Long texts are shortened in summaries; the plan itself keeps them whole. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function changesText(changes: GoalPlanTextChange[], nb: boolean): string {
  return changes
    .map((c) => {
      const label = GOAL_PLAN_FIELDS[c.field]?.[nb ? 0 : 1] ?? c.field;
      return `${label}: ${c.before ?? '–'} → ${c.after ?? '–'}`;
    })
    .join('; ');
}

function goalPlanText(event: GoalPlanJournalEvent, nb: boolean): string {
  const reopened = (changed: boolean): string =>
    !changed
      ? ''
      : nb
        ? ' Planen er endret etter at den ble avtalt, og må avtales på nytt.'
        : ' Planen er ændret efter aftalen og skal aftales igen.';
  switch (event.type) {
    case 'GOAL_ADDED':
      return (
        (nb
          ? `Nytt mål i mål- og tiltaksplanen: «${event.goal}» (måldato ${event.targetDate}).`
          : `Nyt mål i mål- og indsatsplanen: «${event.goal}» (måldato ${event.targetDate}).`) +
        reopened(event.changedSinceAgreement)
      );
    case 'GOAL_UPDATED':
      return (
        (nb
          ? `Mål endret: «${clip(event.goal, 300)}». ${changesText(event.changes, nb)}.`
          : `Mål ændret: «${clip(event.goal, 300)}». ${changesText(event.changes, nb)}.`) +
        reopened(event.changedSinceAgreement)
      );
    case 'GOAL_EVALUATED': {
      const [onb, oda] = GOAL_OUTCOME_WORDS[event.outcome];
      return nb
        ? `Mål evaluert: «${clip(event.goal, 300)}» er ${onb}. ${event.evaluation}`
        : `Mål evalueret: «${clip(event.goal, 300)}» er ${oda}. ${event.evaluation}`;
    }
    case 'MEASURE_ADDED':
      return (
        (nb
          ? `Nytt tiltak for målet «${clip(event.goal, 300)}»: ${event.measure} (trinn ${event.level}, ${event.frequency}).`
          : `Ny indsats for målet «${clip(event.goal, 300)}»: ${event.measure} (niveau ${event.level}, ${event.frequency}).`) +
        reopened(event.changedSinceAgreement)
      );
    case 'MEASURE_UPDATED':
      return (
        (nb
          ? `Tiltak endret: ${clip(event.measure, 300)}. ${changesText(event.changes, nb)}.`
          : `Indsats ændret: ${clip(event.measure, 300)}. ${changesText(event.changes, nb)}.`) +
        reopened(event.changedSinceAgreement)
      );
    case 'GOALS_REORDERED': {
      const order = event.goals.map((g, i) => `${i + 1}. «${clip(g, 100)}»`).join(', ');
      return (
        (nb
          ? `Målene har fått ny rekkefølge: ${order}.`
          : `Målene har fået ny rækkefølge: ${order}.`) + reopened(event.changedSinceAgreement)
      );
    }
    case 'MEASURES_REORDERED': {
      const order = event.measures.map((m, i) => `${i + 1}. ${clip(m, 100)}`).join(', ');
      return (
        (nb
          ? `Tiltakene for målet «${clip(event.goal, 300)}» har fått ny rekkefølge: ${order}.`
          : `Indsatserne for målet «${clip(event.goal, 300)}» har fået ny rækkefølge: ${order}.`) +
        reopened(event.changedSinceAgreement)
      );
    }
    case 'GOAL_PLAN_AGREED': {
      const who =
        event.agreedBy === 'PERSON'
          ? nb
            ? 'personen selv'
            : 'borgeren selv'
          : `${nb ? 'representanten' : 'repræsentanten'} ${event.representativeName ?? ''}`.trim();
      const lines = event.goals.map((goal, index) => {
        const measures = goal.measures.map(
          (m) => `   – ${clip(m.description, 300)} (${m.level}, ${clip(m.frequency, 100)})`,
        );
        return [
          `${index + 1}. ${clip(goal.text, 300)} (${goal.status}, ${goal.targetDate})`,
          ...measures,
        ].join('\n');
      });
      const head = nb
        ? `Mål- og tiltaksplanen (versjon ${event.version}) er avtalt med ${who}.`
        : `Mål- og indsatsplanen (version ${event.version}) er aftalt med ${who}.`;
      // A journal entry holds at most 20 000 characters; the plan itself keeps every word.
      return clip([head, ...lines].join('\n'), 19_000);
    }
  }
}
