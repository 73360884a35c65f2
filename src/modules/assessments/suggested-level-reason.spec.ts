import { describe, expect, it } from '@jest/globals';
import {
  answersBehind,
  MappingQuestion,
  scoresBehind,
  suggestionsInOrder,
} from 'src/modules/assessments/suggested-level-reason';
import { ServiceLevel } from 'src/modules/decisions/model';

const at = (iso: string) => new Date(iso);

describe('suggested level reason', () => {
  it('orders the latest suggestions lowest step first, the most recent first on a step, without the unsuggested', () => {
    const versions = [
      {
        id: 'a',
        suggestedLevel: ServiceLevel.HOME_NURSING,
        recordedAt: at('2026-03-02T09:00Z'),
        seq: '1',
      },
      {
        id: 'b',
        suggestedLevel: ServiceLevel.WELFARE_TECHNOLOGY,
        recordedAt: at('2026-03-02T10:00Z'),
        seq: '2',
      },
      { id: 'c', suggestedLevel: null, recordedAt: at('2026-03-02T11:00Z'), seq: '3' },
      {
        id: 'd',
        suggestedLevel: ServiceLevel.WELFARE_TECHNOLOGY,
        recordedAt: at('2026-03-02T12:00Z'),
        seq: '4',
      },
      {
        id: 'e',
        suggestedLevel: ServiceLevel.WELFARE_TECHNOLOGY,
        recordedAt: at('2026-03-02T12:00Z'),
        seq: '5',
      },
    ];
    expect(suggestionsInOrder(versions).map((v) => v.id)).toEqual(['e', 'd', 'b', 'a']);
  });

  it('gives the answers on the steps up to the suggested one, and what matters, leaving out the unanswered', () => {
    const answers = {
      selfMastery: 'Klarer påkledning selv',
      network: null,
      voluntary: 'Besøksvenn fra Røde Kors',
      welfareTechnology: 'Trygghetsalarm',
      lowThreshold: 'Trimgruppe',
      whatMatters: 'Å bo hjemme',
    };
    expect(answersBehind(ServiceLevel.VOLUNTARY, answers)).toEqual([
      {
        question: MappingQuestion.SELF_MASTERY,
        level: ServiceLevel.SELF_MASTERY,
        text: 'Klarer påkledning selv',
      },
      {
        question: MappingQuestion.VOLUNTARY,
        level: ServiceLevel.VOLUNTARY,
        text: 'Besøksvenn fra Røde Kors',
      },
      { question: MappingQuestion.WHAT_MATTERS, level: null, text: 'Å bo hjemme' },
    ]);
    expect(answersBehind(ServiceLevel.HOME_NURSING, answers).map((a) => a.question)).toEqual([
      'SELF_MASTERY',
      'VOLUNTARY',
      'WELFARE_TECHNOLOGY',
      'LOW_THRESHOLD',
      'WHAT_MATTERS',
    ]);
  });

  it('gives the scores that show a need, largest first, on either scale', () => {
    const scores = [
      { code: 'a', score: 1 },
      { code: 'b', score: 3 },
      { code: 'c', score: 9 },
      { code: 'd', score: 5 },
      { code: 'e', score: 3 },
    ];
    expect(scoresBehind('IPLOS', scores).map((s) => s.code)).toEqual(['d', 'b', 'e']);
    expect(scoresBehind('FSIII', [{ score: 0 }, { score: 1 }, { score: 9 }])).toEqual([
      { score: 1 },
    ]);
  });
});
