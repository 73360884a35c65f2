import { describe, expect, it } from '@jest/globals';
import {
  ANY_SCALE_SCORES,
  isValidScore,
  lowestLevel,
  scaleOfLanguage,
  scoreProblems,
  scoreRangeText,
} from 'src/modules/assessments/function-scale';
import { ServiceLevel } from 'src/modules/decisions/model';

describe('function scales', () => {
  it('scores Norwegian municipalities on IPLOS and Danish ones on FSIII', () => {
    expect(scaleOfLanguage('nb')).toBe('IPLOS');
    expect(scaleOfLanguage('da')).toBe('FSIII');
  });

  it.each([
    [-1, false],
    [0, false],
    [1, true],
    [3, true],
    [5, true],
    [6, false],
    [8, false],
    [9, true],
    [10, false],
    [2.5, false],
  ])('IPLOS score %p valid: %p', (score, valid) => {
    expect(isValidScore('IPLOS', score)).toBe(valid);
  });

  it.each([
    [-1, false],
    [0, true],
    [2, true],
    [4, true],
    [5, false],
    [8, false],
    [9, true],
    [1.5, false],
  ])('FSIII score %p valid: %p', (score, valid) => {
    expect(isValidScore('FSIII', score)).toBe(valid);
  });

  it('admits in the database exactly the scores of some scale', () => {
    expect(ANY_SCALE_SCORES).toEqual([0, 1, 2, 3, 4, 5, 9]);
  });

  it('names the range in messages', () => {
    expect(scoreRangeText('IPLOS')).toBe('1–5 or 9 (not relevant)');
    expect(scoreRangeText('FSIII')).toBe('0–4 or 9 (not relevant)');
  });

  it('finds duplicate variables and scores out of range, by position', () => {
    expect(
      scoreProblems('IPLOS', [
        { variableCode: 'A', score: 1 },
        { variableCode: 'B', score: 0 },
        { variableCode: 'A', score: 6 },
      ]),
    ).toEqual([
      { index: 1, field: 'score', reason: 'SCORE_OUT_OF_RANGE' },
      { index: 2, field: 'variableCode', reason: 'DUPLICATE_VARIABLE' },
      { index: 2, field: 'score', reason: 'SCORE_OUT_OF_RANGE' },
    ]);
    expect(scoreProblems('FSIII', [{ variableCode: 'A', score: 0 }])).toEqual([]);
    expect(scoreProblems('IPLOS', [])).toEqual([]);
  });

  it('takes the lowest step of the coping staircase, ignoring missing suggestions', () => {
    expect(lowestLevel([])).toBeNull();
    expect(lowestLevel([null, null])).toBeNull();
    expect(
      lowestLevel([
        ServiceLevel.HOME_NURSING,
        null,
        ServiceLevel.WELFARE_TECHNOLOGY,
        ServiceLevel.LOW_THRESHOLD,
      ]),
    ).toBe(ServiceLevel.WELFARE_TECHNOLOGY);
    expect(lowestLevel([ServiceLevel.LONG_TERM_CARE])).toBe(ServiceLevel.LONG_TERM_CARE);
  });
});
