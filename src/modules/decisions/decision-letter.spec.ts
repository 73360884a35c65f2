import { describe, expect, it } from '@jest/globals';
import { decisionLetter, type LetterInput } from 'src/modules/decisions/decision-letter';

const base: LetterInput = {
  language: 'nb',
  person: { name: 'Astrid Hansen', nationalId: '01813010042', address: 'Storgata 3, 9405 Harstad' },
  asked: 'Hjelp til personlig stell og trygghetsalarm',
  outcome: 'PARTLY_GRANTED',
  levelName: 'Velferdsteknologi',
  services: [
    {
      name: 'Trygghetsalarm',
      hoursPerWeek: null,
      visitsPerWeek: 7,
      fromDate: '2026-03-10',
      toDate: null,
    },
    {
      name: 'Hverdagsrehabilitering',
      hoursPerWeek: 3,
      visitsPerWeek: null,
      fromDate: '2026-03-10',
      toDate: '2026-05-10',
    },
  ],
  legalBasis: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a',
  justification: 'Mestrer stell selv etter opptrening; trenger trygghet om natten.',
  decidedOn: '2026-03-09',
  reviewDate: '2026-09-09',
  caseworker: 'Saksbehandler Nord',
};

describe(decisionLetter.name, () => {
  it('states who, what was asked, what is granted and why, the legal basis, from when and the appeal right in Norwegian', () => {
    const letter = decisionLetter(base);
    expect(letter).toContain('VEDTAK OM HELSE- OG OMSORGSTJENESTER');
    expect(letter).toContain('Til: Astrid Hansen, Storgata 3, 9405 Harstad');
    expect(letter).toContain('Du har søkt om: Hjelp til personlig stell og trygghetsalarm');
    expect(letter).toContain('Du får delvis innvilget det du søkte om.');
    expect(letter).toContain('- Trygghetsalarm: 7 besøk per uke, fra 2026-03-10');
    expect(letter).toContain(
      '- Hverdagsrehabilitering: 3 timer per uke, fra 2026-03-10 til 2026-05-10',
    );
    expect(letter).toContain(
      'Vedtaket er fattet etter helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a.',
    );
    expect(letter).toContain('Klagefristen er tre uker');
    expect(letter).toContain('Statsforvalteren');
    expect(letter).toContain('innen 2026-09-09');
  });

  it('writes a Danish letter with the four-week appeal to Ankestyrelsen', () => {
    const letter = decisionLetter({
      ...base,
      language: 'da',
      legalBasis: 'serviceloven § 83',
      outcome: 'GRANTED',
    });
    expect(letter).toContain('AFGØRELSE OM YDELSER');
    expect(letter).toContain('CPR-nummer');
    expect(letter).toContain('Du får bevilget det, du har søgt om.');
    expect(letter).toContain('fire uger');
    expect(letter).toContain('Ankestyrelsen');
    expect(letter).not.toContain('Statsforvalteren');
  });

  it('lists no services for a refusal', () => {
    const letter = decisionLetter({
      ...base,
      outcome: 'NO_SERVICES',
      services: [],
      levelName: null,
    });
    expect(letter).toContain('Du får ikke tildelt tjenester.');
    expect(letter).not.toContain('Dette er innvilget:');
    expect(letter).not.toContain('Tjenestenivå');
  });
});
