import type { EntityManager } from 'typeorm';
import type { MunicipalityLanguage } from 'src/config/app-config';
import { latestFunctionScoresOf, whatMattersOf } from 'src/modules/assessments/model';
import { interimServicesSummaryOf, patientIdOfCase } from 'src/modules/cases/model';
import { decisionSummaryOf } from 'src/modules/decisions/model';
import { goalPlanSummaryOf } from 'src/modules/goal-plans/model';
import { personSummaryOf } from 'src/modules/identity/model';
import { keyJournalEntriesOf } from 'src/modules/journal/model';

/** The handover summary, as structured fields (stored as JSON) and as readable text. */
export interface HandoverSummary {
  person: {
    name: string;
    birthDate: string;
    address: string;
    contacts: { name: string; relation: string; phone: string | null }[];
  };
  whatMatters: { text: string; by: string }[];
  functionScores: { variable: string; score: number; setBy: string }[];
  goals: {
    goal: string;
    status: string;
    measures: { description: string; responsible: string; frequency: string | null }[];
  }[];
  decision: {
    outcome: string;
    serviceLevel: string | null;
    /** The step's name in the municipality's language. */
    serviceLevelName: string | null;
    services: {
      service: string;
      hoursPerWeek: number | null;
      visitsPerWeek: number | null;
      fromDate: string;
      toDate: string | null;
    }[];
    legalBasis: string;
    decidedOn: string;
  } | null;
  interimServices: {
    kind: string;
    description: string;
    frequency: string;
    fromDate: string;
    toDate: string | null;
  }[];
  keyJournalEntries: { writtenAt: string; kind: string; author: string; text: string }[];
}

const KEY_ENTRY_KINDS = ['FINDING', 'HOME_VISIT', 'MEETING'];
const KEY_ENTRIES = 5;

/**
 * Reads everything the receiving unit needs to know, in the handover's own transaction,
 * through the reads of the modules that own each part.
 */
export async function collectSummary(
  manager: EntityManager,
  caseId: string,
  language: MunicipalityLanguage,
): Promise<HandoverSummary> {
  const person = await personSummaryOf(manager, await patientIdOfCase(manager, caseId));
  const whatMatters = await whatMattersOf(manager, caseId);
  const functionScores = await latestFunctionScoresOf(manager, caseId);
  const decision = await decisionSummaryOf(manager, caseId, language);
  const interimServices = await interimServicesSummaryOf(manager, caseId);
  const keyJournalEntries = await keyJournalEntriesOf(
    manager,
    caseId,
    KEY_ENTRY_KINDS,
    KEY_ENTRIES,
  );
  return {
    person,
    whatMatters: whatMatters.filter((w): w is { text: string; by: string } => Boolean(w.text)),
    functionScores,
    goals: await collectGoals(manager, caseId),
    decision,
    interimServices,
    keyJournalEntries,
  };
}

/** Goals and measures of the goal plan (none until a plan exists). */
async function collectGoals(
  manager: EntityManager,
  caseId: string,
): Promise<HandoverSummary['goals']> {
  const goals = await goalPlanSummaryOf(manager, caseId);
  return goals.map((g) => ({ goal: g.goal, status: g.status, measures: g.measures }));
}

/** Codes as a reader of the summary says them, per language (unknown codes stay as they are). */
const WORDS: Record<MunicipalityLanguage, Record<string, string>> = {
  nb: {
    ORDINARY_HOME_CARE: 'ordinær hjemmetjeneste',
    OTHER_SERVICES: 'andre tjenester',
    LOW_THRESHOLD: 'lavterskeltilbud',
    CLOSED: 'avslutning',
    PROPOSED: 'foreslått',
    AGREED: 'avtalt',
    ACHIEVED: 'nådd',
    PARTLY_ACHIEVED: 'delvis nådd',
    NOT_ACHIEVED: 'ikke nådd',
    CANCELLED: 'avlyst',
    GRANTED: 'innvilget',
    PARTLY_GRANTED: 'delvis innvilget',
    NO_SERVICES: 'ingen tjenester',
    NURSE: 'sykepleier',
    SOCIAL_EDUCATOR: 'vernepleier',
    PHYSIOTHERAPIST: 'fysioterapeut',
    OCCUPATIONAL_THERAPIST: 'ergoterapeut',
    CASEWORKER: 'saksbehandler',
    COORDINATOR: 'koordinator',
    HOME_CARE: 'hjemmetjenesten',
    LEADER: 'leder',
    PERSON: 'personen selv',
    RELATIVE: 'pårørende/nettverk',
    VOLUNTEER: 'frivillig',
    FINDING: 'funn',
    HOME_VISIT: 'hjemmebesøk',
    MEETING: 'møte',
    AIDS: 'hjelpemidler',
    HOME_NURSING: 'hjemmesykepleie',
    MEALS: 'måltider',
    OTHER: 'annet',
    PERSONAL_CARE: 'personlig stell',
    PRACTICAL_ASSISTANCE: 'praktisk bistand',
    SAFETY_ALARM: 'trygghetsalarm',
    SHORT_TERM_STAY: 'korttidsopphold',
  },
  da: {
    ORDINARY_HOME_CARE: 'almindelig hjemmepleje',
    OTHER_SERVICES: 'andre ydelser',
    LOW_THRESHOLD: 'lavtærskeltilbud',
    CLOSED: 'afslutning',
    PROPOSED: 'foreslået',
    AGREED: 'aftalt',
    ACHIEVED: 'nået',
    PARTLY_ACHIEVED: 'delvist nået',
    NOT_ACHIEVED: 'ikke nået',
    CANCELLED: 'annulleret',
    GRANTED: 'bevilget',
    PARTLY_GRANTED: 'delvist bevilget',
    NO_SERVICES: 'ingen ydelser',
    NURSE: 'sygeplejerske',
    SOCIAL_EDUCATOR: 'socialpædagog',
    PHYSIOTHERAPIST: 'fysioterapeut',
    OCCUPATIONAL_THERAPIST: 'ergoterapeut',
    CASEWORKER: 'sagsbehandler',
    COORDINATOR: 'koordinator',
    HOME_CARE: 'hjemmeplejen',
    LEADER: 'leder',
    PERSON: 'borgeren selv',
    RELATIVE: 'pårørende/netværk',
    VOLUNTEER: 'frivillig',
    FINDING: 'fund',
    HOME_VISIT: 'hjemmebesøg',
    MEETING: 'møde',
    AIDS: 'hjælpemidler',
    HOME_NURSING: 'hjemmesygepleje',
    MEALS: 'måltider',
    OTHER: 'andet',
    PERSONAL_CARE: 'personlig pleje',
    PRACTICAL_ASSISTANCE: 'praktisk hjælp',
    SAFETY_ALARM: 'nødkald',
    SHORT_TERM_STAY: 'midlertidigt ophold',
  },
};

/** The summary as a text the receiving unit can read top to bottom. */
export function summaryText(
  summary: HandoverSummary,
  language: MunicipalityLanguage,
  destination: string,
): string {
  const nb = language === 'nb';
  const word = (code: string) => WORDS[language][code] ?? code;
  // "NURSE (Kari)" or "RELATIVE (Ola)" from the plan: the code at its start in words.
  const responsible = (text: string) => text.replace(/^[A-Z_]+/, (code) => word(code));
  const out: string[] = [
    nb ? `OVERFØRING (${word(destination)})` : `OVERDRAGELSE (${word(destination)})`,
    `${summary.person.name}, ${nb ? 'født' : 'født'} ${summary.person.birthDate}, ${summary.person.address}`,
  ];
  if (summary.person.contacts.length) {
    out.push(
      `${nb ? 'Pårørende/nettverk' : 'Pårørende/netværk'}: ${summary.person.contacts
        .map((c) => `${c.name} (${c.relation}${c.phone ? `, ${c.phone}` : ''})`)
        .join('; ')}`,
    );
  }
  if (summary.whatMatters.length) {
    out.push('', nb ? 'Hva er viktig for deg:' : 'Hvad er vigtigt for dig:');
    summary.whatMatters.forEach((w) => out.push(`- «${w.text}» (${w.by})`));
  }
  if (summary.functionScores.length) {
    out.push('', nb ? 'Funksjon (siste skår):' : 'Funktionsevne (seneste vurdering):');
    summary.functionScores.forEach((f) => out.push(`- ${f.variable}: ${f.score} (${f.setBy})`));
  }
  if (summary.goals.length) {
    out.push('', nb ? 'Mål og tiltak:' : 'Mål og indsatser:');
    for (const goal of summary.goals) {
      out.push(`- ${goal.goal} [${word(goal.status)}]`);
      goal.measures.forEach((m) =>
        out.push(
          `  * ${m.description} — ${responsible(m.responsible)}${m.frequency ? `, ${m.frequency}` : ''}`,
        ),
      );
    }
  }
  if (summary.decision) {
    out.push(
      '',
      `${nb ? 'Vedtak' : 'Afgørelse'} ${summary.decision.decidedOn}: ${word(summary.decision.outcome)}${summary.decision.serviceLevelName ? ` (${summary.decision.serviceLevelName})` : ''}, ${summary.decision.legalBasis}`,
    );
    summary.decision.services.forEach((s) =>
      out.push(
        `- ${s.service}: ${s.hoursPerWeek !== null ? `${s.hoursPerWeek} ${nb ? 't/uke' : 't/uge'}` : `${s.visitsPerWeek} ${nb ? 'besøk/uke' : 'besøg/uge'}`} fra ${s.fromDate}${s.toDate ? ` til ${s.toDate}` : ''}`,
      ),
    );
  }
  if (summary.interimServices.length) {
    out.push('', nb ? 'Tjenester i vurderingsperioden:' : 'Ydelser i afklaringsperioden:');
    summary.interimServices.forEach((s) =>
      out.push(`- ${word(s.kind)}: ${s.description} (${s.frequency}, fra ${s.fromDate})`),
    );
  }
  if (summary.keyJournalEntries.length) {
    out.push('', nb ? 'Viktige journalnotater:' : 'Vigtige journalnotater:');
    summary.keyJournalEntries.forEach((e) =>
      out.push(`- ${e.writtenAt.slice(0, 10)} ${word(e.kind)} (${e.author}): ${e.text}`),
    );
  }
  return out.join('\n');
}
