import type { MunicipalityLanguage } from 'src/config/app-config';

export interface LetterService {
  name: string;
  hoursPerWeek: number | null;
  visitsPerWeek: number | null;
  fromDate: string;
  toDate: string | null;
}

export interface LetterInput {
  language: MunicipalityLanguage;
  person: { name: string; nationalId: string; address: string };
  asked: string;
  outcome: 'NO_SERVICES' | 'GRANTED' | 'PARTLY_GRANTED';
  levelName: string | null;
  services: LetterService[];
  legalBasis: string;
  justification: string;
  decidedOn: string;
  reviewDate: string | null;
  caseworker: string;
}

/** Appeal rights per country: forvaltningsloven § 29 (3 weeks) / Ankestyrelsen (4 weeks). */
const APPEAL = {
  nb: 'Du kan klage på vedtaket. Klagefristen er tre uker fra du mottok dette brevet (forvaltningsloven § 29). Klagen sendes kommunen, som sender den videre til Statsforvalteren dersom vedtaket ikke endres.',
  da: 'Du kan klage over afgørelsen. Klagefristen er fire uger fra du modtog dette brev. Klagen sendes til kommunen, som genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.',
} as const;

function amount(service: LetterService, nb: boolean): string {
  if (service.hoursPerWeek !== null)
    return nb ? `${service.hoursPerWeek} timer per uke` : `${service.hoursPerWeek} timer om ugen`;
  return nb ? `${service.visitsPerWeek} besøk per uke` : `${service.visitsPerWeek} besøg om ugen`;
}

function period(service: LetterService, nb: boolean): string {
  if (!service.toDate) return nb ? `fra ${service.fromDate}` : `fra ${service.fromDate}`;
  return nb
    ? `fra ${service.fromDate} til ${service.toDate}`
    : `fra ${service.fromDate} til ${service.toDate}`;
}

/** The decision letter (vedtaksbrev / afgørelsesbrev), plain text ready to send. */
export function decisionLetter(input: LetterInput): string {
  const nb = input.language === 'nb';
  const outcome = {
    NO_SERVICES: nb ? 'Du får ikke tildelt tjenester.' : 'Du får ikke bevilget ydelser.',
    GRANTED: nb ? 'Du får innvilget det du søkte om.' : 'Du får bevilget det, du har søgt om.',
    PARTLY_GRANTED: nb
      ? 'Du får delvis innvilget det du søkte om.'
      : 'Du får delvist bevilget det, du har søgt om.',
  }[input.outcome];
  const lines = [
    nb ? 'VEDTAK OM HELSE- OG OMSORGSTJENESTER' : 'AFGØRELSE OM YDELSER',
    '',
    `${nb ? 'Til' : 'Til'}: ${input.person.name}, ${input.person.address}`,
    `${nb ? 'Fødselsnummer' : 'CPR-nummer'}: ${input.person.nationalId}`,
    `${nb ? 'Dato' : 'Dato'}: ${input.decidedOn}`,
    '',
    `${nb ? 'Du har søkt om' : 'Du har søgt om'}: ${input.asked}`,
    '',
    outcome,
  ];
  if (input.levelName) lines.push(`${nb ? 'Tjenestenivå' : 'Serviceniveau'}: ${input.levelName}`);
  if (input.services.length) {
    lines.push('', nb ? 'Dette er innvilget:' : 'Dette er bevilget:');
    for (const service of input.services) {
      lines.push(`- ${service.name}: ${amount(service, nb)}, ${period(service, nb)}`);
    }
  }
  lines.push(
    '',
    `${nb ? 'Begrunnelse' : 'Begrundelse'}: ${input.justification}`,
    '',
    `${nb ? 'Vedtaket er fattet etter' : 'Afgørelsen er truffet efter'} ${input.legalBasis}.`,
  );
  if (input.reviewDate) {
    lines.push(
      nb
        ? `Vedtaket vil bli vurdert på nytt innen ${input.reviewDate}.`
        : `Afgørelsen vil blive revurderet senest ${input.reviewDate}.`,
    );
  }
  lines.push(
    '',
    APPEAL[input.language],
    '',
    `${nb ? 'Med hilsen' : 'Med venlig hilsen'}`,
    input.caseworker,
  );
  return lines.join('\n');
}
