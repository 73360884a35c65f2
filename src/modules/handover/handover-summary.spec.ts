import { describe, expect, it } from '@jest/globals';
import { type HandoverSummary, summaryText } from 'src/modules/handover/handover-summary';

const summary: HandoverSummary = {
  person: { name: 'Astrid Hansen', birthDate: '1938-06-20', address: 'Storgata 3', contacts: [] },
  whatMatters: [],
  functionScores: [],
  goals: [
    {
      goal: 'Klare å dusje selv igjen',
      status: 'AGREED',
      measures: [
        {
          description: 'Dusjtrening',
          responsible: 'NURSE (Kari Nilsen)',
          frequency: 'to ganger i uka',
        },
        { description: 'Handler inn', responsible: 'RELATIVE (datter)', frequency: null },
      ],
    },
  ],
  decision: null,
  interimServices: [
    {
      kind: 'SAFETY_ALARM',
      description: 'Alarm',
      frequency: 'døgnet rundt',
      fromDate: '2026-11-20',
      toDate: null,
    },
  ],
  keyJournalEntries: [
    {
      writtenAt: '2026-11-21T10:00:00.000Z',
      kind: 'HOME_VISIT',
      author: 'Kari Nilsen',
      text: 'Går med rullator.',
    },
  ],
};

describe('the handover summary as text', () => {
  it('says codes in the municipality language, never as codes', () => {
    const nb = summaryText(summary, 'nb', 'ORDINARY_HOME_CARE');
    expect(nb).toContain('OVERFØRING (ordinær hjemmetjeneste)');
    expect(nb).toContain('- Klare å dusje selv igjen [avtalt]');
    expect(nb).toContain('* Dusjtrening — sykepleier (Kari Nilsen), to ganger i uka');
    expect(nb).toContain('* Handler inn — pårørende/nettverk (datter)');
    expect(nb).toContain('- trygghetsalarm: Alarm');
    expect(nb).toContain('- 2026-11-21 hjemmebesøk (Kari Nilsen): Går med rullator.');
    expect(nb).not.toMatch(/\b(NURSE|RELATIVE|SAFETY_ALARM|HOME_VISIT|AGREED)\b/);

    const da = summaryText(summary, 'da', 'ORDINARY_HOME_CARE');
    expect(da).toContain('* Dusjtrening — sygeplejerske (Kari Nilsen)');
    expect(da).toContain('- 2026-11-21 hjemmebesøg (Kari Nilsen)');
    expect(da).toContain('- nødkald: Alarm');
  });
});
