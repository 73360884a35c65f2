import type { MunicipalityLanguage } from 'src/config/app-config';

/** What the system writes in the journal when a case changes, in the municipality's language. */
export type JournalEvent =
  | { type: 'ACCEPTED'; deadlineDate: string }
  | { type: 'REFERRAL_JOINED'; source: string }
  | { type: 'HOLD'; reason: string }
  | { type: 'RESUME'; pausedDays: number; deadlineDate: string }
  | { type: 'EXTEND'; days: number; reason: string; deadlineDate: string }
  | { type: 'CANCEL'; reason: string }
  | { type: 'ASSIGN_MEMBER'; name: string; role: string }
  | { type: 'CHANGE_COORDINATOR'; name: string }
  | { type: 'RECORD_INTERIM_SERVICE'; kind: string; description: string };

export function journalEventText(event: JournalEvent, language: MunicipalityLanguage): string {
  const nb = language === 'nb';
  switch (event.type) {
    case 'ACCEPTED':
      return nb
        ? `Henvendelsen er tatt imot og vurderingsforløpet startet. Frist for avklaring: ${event.deadlineDate}.`
        : `Henvendelsen er modtaget og afklaringsforløbet startet. Frist for afklaring: ${event.deadlineDate}.`;
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
        ? `Forløpet er gjenopptatt etter ${event.pausedDays} dager på vent. Ny frist: ${event.deadlineDate}.`
        : `Forløbet er genoptaget efter ${event.pausedDays} dage i bero. Ny frist: ${event.deadlineDate}.`;
    case 'EXTEND':
      return nb
        ? `Fristen er forlenget med ${event.days} dager til ${event.deadlineDate}: ${event.reason}`
        : `Fristen er forlænget med ${event.days} dage til ${event.deadlineDate}: ${event.reason}`;
    case 'CANCEL':
      return nb
        ? `Forløpet er avsluttet uten vedtak: ${event.reason}`
        : `Forløbet er afsluttet uden afgørelse: ${event.reason}`;
    case 'ASSIGN_MEMBER':
      return nb
        ? `${event.name} er knyttet til forløpet (${event.role}).`
        : `${event.name} er knyttet til forløbet (${event.role}).`;
    case 'CHANGE_COORDINATOR':
      return nb ? `Ny koordinator: ${event.name}.` : `Ny koordinator: ${event.name}.`;
    case 'RECORD_INTERIM_SERVICE':
      return nb
        ? `Tjeneste i vurderingsperioden registrert (${event.kind}): ${event.description}`
        : `Ydelse i afklaringsperioden registreret (${event.kind}): ${event.description}`;
  }
}
