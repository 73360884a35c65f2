import type { EntityManager } from 'typeorm';
import type { MunicipalityLanguage } from 'src/config/app-config';
import { goalPlanSummaryOf } from 'src/modules/goal-plans/goal-plan-summary';

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

/** Reads everything the receiving unit needs to know, in the handover's own transaction. */
export async function collectSummary(
  manager: EntityManager,
  caseId: string,
  language: MunicipalityLanguage,
): Promise<HandoverSummary> {
  // Names of steps and services in the municipality's language (a fixed column name).
  const name = language === 'da' ? 'name_da' : 'name_nb';
  const [person] = (await manager.query(
    `SELECT p.given_name || ' ' || p.family_name AS name, p.birth_date AS "birthDate",
            concat_ws(', ', p.address, nullif(concat_ws(' ', p.postal_code, p.city), '')) AS address, p.id
       FROM assessment_cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = $1`,
    [caseId],
  )) as { name: string; birthDate: string; address: string; id: string }[];
  const contacts = (await manager.query(
    'SELECT name, relation, phone FROM patient_contacts WHERE patient_id = $1 ORDER BY is_next_of_kin DESC, name',
    [person.id],
  )) as HandoverSummary['person']['contacts'];
  const whatMatters = (await manager.query(
    `SELECT DISTINCT ON (a.author_id) a.what_matters AS text, s.name AS by
       FROM assessments a JOIN staff_members s ON s.id = a.author_id
      WHERE a.case_id = $1 ORDER BY a.author_id, a.version DESC`,
    [caseId],
  )) as { text: string | null; by: string }[];
  const functionScores = (await manager.query(
    `SELECT DISTINCT ON (sc.variable_code) v.name AS variable, sc.score, st.name AS "setBy"
       FROM (SELECT DISTINCT ON (author_id) * FROM assessments WHERE case_id = $1 ORDER BY author_id, version DESC) a
       JOIN assessment_scores sc ON sc.assessment_id = a.id
       JOIN function_variables v ON v.code = sc.variable_code
       JOIN staff_members st ON st.id = a.author_id
      ORDER BY sc.variable_code, a.recorded_at DESC`,
    [caseId],
  )) as HandoverSummary['functionScores'];
  const [decision] = (await manager.query(
    `SELECT d.id, d.outcome, d.service_level AS "serviceLevel", sl.${name} AS "serviceLevelName",
            l.citation AS "legalBasis", d.decided_on AS "decidedOn"
       FROM decisions d JOIN legal_bases l ON l.code = d.legal_basis_code
       LEFT JOIN service_levels sl ON sl.code = d.service_level WHERE d.case_id = $1`,
    [caseId],
  )) as (NonNullable<HandoverSummary['decision']> & { id: string })[];
  const services = decision
    ? ((await manager.query(
        `SELECT c.${name} AS service, ds.hours_per_week::float AS "hoursPerWeek", ds.visits_per_week AS "visitsPerWeek",
                ds.from_date AS "fromDate", ds.to_date AS "toDate"
           FROM decision_services ds JOIN service_catalogue c ON c.code = ds.service_code
          WHERE ds.decision_id = $1 ORDER BY ds.from_date`,
        [decision.id],
      )) as NonNullable<HandoverSummary['decision']>['services'])
    : [];
  const interimServices = (await manager.query(
    `SELECT kind, description, frequency, from_date AS "fromDate", to_date AS "toDate"
       FROM interim_services WHERE case_id = $1 ORDER BY from_date`,
    [caseId],
  )) as HandoverSummary['interimServices'];
  const keyJournalEntries = (await manager.query(
    `SELECT e.written_at AS "writtenAt", e.kind, s.name AS author, e.text
       FROM journal_heads h JOIN journal_entries e ON e.id = h.latest_id JOIN staff_members s ON s.id = e.author_id
      WHERE h.case_id = $1 AND e.kind = ANY($2::text[]) AND NOT e.entered_in_error
      ORDER BY h.original_written_at DESC LIMIT ${KEY_ENTRIES}`,
    [caseId, KEY_ENTRY_KINDS],
  )) as HandoverSummary['keyJournalEntries'];
  return {
    person: { name: person.name, birthDate: person.birthDate, address: person.address, contacts },
    whatMatters: whatMatters.filter((w): w is { text: string; by: string } => Boolean(w.text)),
    functionScores,
    goals: await collectGoals(manager, caseId),
    decision: decision
      ? {
          outcome: decision.outcome,
          serviceLevel: decision.serviceLevel,
          serviceLevelName: decision.serviceLevelName,
          services,
          legalBasis: decision.legalBasis,
          decidedOn: decision.decidedOn,
        }
      : null,
    interimServices,
    keyJournalEntries: keyJournalEntries.map((e) => ({
      ...e,
      writtenAt: new Date(e.writtenAt).toISOString(),
    })),
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
