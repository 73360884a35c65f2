import { describe, expect, it } from '@jest/globals';
import { ServiceLevel } from 'src/modules/decisions/model';
import {
  changesAgreedContent,
  checkAgreement,
  checkMeasureEdit,
  countsAsAgreed,
  diff,
  GOAL_STATUSES,
  type GoalAction,
  goalScoreProblems,
  type GoalStatus,
  isBefore,
  justificationRequired,
  MEASURE_STATUSES,
  type MeasureStatus,
  missingJustification,
  nextGoalStatus,
  nextMeasureStatus,
  orderProblems,
  PLAN_STATUSES,
  planStatusAfterChange,
  responsibleProblems,
  sameOrder,
} from 'src/modules/goal-plans/goal-plan-rules';
import { Profession } from 'src/modules/identity/model';

// Written out by hand from the design, not derived from the module, so a change to the rules
// has to be made twice on purpose. Cells are the target status, or '✗ REASON' when refused.
type Cell = GoalStatus | `✗ ${string}`;
const ACTIONS: Record<string, GoalAction> = {
  EDIT: { type: 'EDIT' },
  CANCEL: { type: 'CANCEL' },
  AGREE: { type: 'AGREE' },
  ACHIEVED: { type: 'EVALUATE', outcome: 'ACHIEVED' },
  PARTLY: { type: 'EVALUATE', outcome: 'PARTLY_ACHIEVED' },
  NOT: { type: 'EVALUATE', outcome: 'NOT_ACHIEVED' },
};
const GOALS: Record<GoalStatus, Record<keyof typeof ACTIONS, Cell>> = {
  PROPOSED: {
    EDIT: 'PROPOSED',
    CANCEL: 'CANCELLED',
    AGREE: 'AGREED',
    ACHIEVED: '✗ GOAL_NOT_AGREED',
    PARTLY: '✗ GOAL_NOT_AGREED',
    NOT: '✗ GOAL_NOT_AGREED',
  },
  AGREED: {
    EDIT: 'AGREED',
    CANCEL: 'CANCELLED',
    AGREE: 'AGREED',
    ACHIEVED: 'ACHIEVED',
    PARTLY: 'PARTLY_ACHIEVED',
    NOT: 'NOT_ACHIEVED',
  },
  ACHIEVED: {
    EDIT: '✗ GOAL_EVALUATED',
    CANCEL: '✗ GOAL_EVALUATED',
    AGREE: '✗ GOAL_EVALUATED',
    ACHIEVED: 'ACHIEVED',
    PARTLY: 'PARTLY_ACHIEVED',
    NOT: 'NOT_ACHIEVED',
  },
  PARTLY_ACHIEVED: {
    EDIT: '✗ GOAL_EVALUATED',
    CANCEL: '✗ GOAL_EVALUATED',
    AGREE: '✗ GOAL_EVALUATED',
    ACHIEVED: 'ACHIEVED',
    PARTLY: 'PARTLY_ACHIEVED',
    NOT: 'NOT_ACHIEVED',
  },
  NOT_ACHIEVED: {
    EDIT: '✗ GOAL_EVALUATED',
    CANCEL: '✗ GOAL_EVALUATED',
    AGREE: '✗ GOAL_EVALUATED',
    ACHIEVED: 'ACHIEVED',
    PARTLY: 'PARTLY_ACHIEVED',
    NOT: 'NOT_ACHIEVED',
  },
  CANCELLED: {
    EDIT: '✗ GOAL_CANCELLED',
    CANCEL: '✗ GOAL_CANCELLED',
    AGREE: '✗ GOAL_CANCELLED',
    ACHIEVED: '✗ GOAL_CANCELLED',
    PARTLY: '✗ GOAL_CANCELLED',
    NOT: '✗ GOAL_CANCELLED',
  },
};

function cell<T extends string>(result: { ok: true; to: T } | { ok: false; reason: string }) {
  return result.ok ? result.to : `✗ ${result.reason}`;
}

describe('goal lifecycle', () => {
  it('covers every status', () => {
    expect(Object.keys(GOALS).sort()).toEqual([...GOAL_STATUSES].sort());
  });

  for (const from of GOAL_STATUSES) {
    for (const [name, action] of Object.entries(ACTIONS)) {
      it(`${from} + ${name} → ${GOALS[from][name]}`, () => {
        expect(cell(nextGoalStatus(from, action))).toBe(GOALS[from][name]);
      });
    }
  }
});

describe('measure statuses', () => {
  const M: Record<MeasureStatus, Record<MeasureStatus, string>> = {
    PLANNED: {
      PLANNED: 'PLANNED',
      ACTIVE: 'ACTIVE',
      PAUSED: 'PAUSED',
      DONE: 'DONE',
      STOPPED: 'STOPPED',
    },
    ACTIVE: {
      PLANNED: '✗ MEASURE_ALREADY_STARTED',
      ACTIVE: 'ACTIVE',
      PAUSED: 'PAUSED',
      DONE: 'DONE',
      STOPPED: 'STOPPED',
    },
    PAUSED: {
      PLANNED: '✗ MEASURE_ALREADY_STARTED',
      ACTIVE: 'ACTIVE',
      PAUSED: 'PAUSED',
      DONE: 'DONE',
      STOPPED: 'STOPPED',
    },
    DONE: {
      PLANNED: '✗ MEASURE_FINISHED',
      ACTIVE: '✗ MEASURE_FINISHED',
      PAUSED: '✗ MEASURE_FINISHED',
      DONE: '✗ MEASURE_FINISHED',
      STOPPED: '✗ MEASURE_FINISHED',
    },
    STOPPED: {
      PLANNED: '✗ MEASURE_FINISHED',
      ACTIVE: '✗ MEASURE_FINISHED',
      PAUSED: '✗ MEASURE_FINISHED',
      DONE: '✗ MEASURE_FINISHED',
      STOPPED: '✗ MEASURE_FINISHED',
    },
  };
  for (const from of MEASURE_STATUSES) {
    for (const to of MEASURE_STATUSES) {
      it(`${from} → ${to}: ${M[from][to]}`, () => {
        expect(cell(nextMeasureStatus(from, to))).toBe(M[from][to]);
      });
    }
  }

  it('keeps the content of a done or stopped measure as it was', () => {
    expect(MEASURE_STATUSES.filter((s) => !checkMeasureEdit(s).ok)).toEqual(['DONE', 'STOPPED']);
  });
});

describe('the justification rule of the coping staircase', () => {
  it('needs no justification without a suggested level to compare with', () => {
    expect(justificationRequired(ServiceLevel.LONG_TERM_CARE, null)).toBe(false);
  });

  it('needs none on or below the lowest suggested step, and one above it', () => {
    const lowest = ServiceLevel.WELFARE_TECHNOLOGY;
    expect(justificationRequired(ServiceLevel.SELF_MASTERY, lowest)).toBe(false);
    expect(justificationRequired(ServiceLevel.WELFARE_TECHNOLOGY, lowest)).toBe(false);
    expect(justificationRequired(ServiceLevel.LOW_THRESHOLD, lowest)).toBe(true);
    expect(justificationRequired(ServiceLevel.HOME_NURSING, lowest)).toBe(true);
  });

  it('counts a blank justification as missing', () => {
    const lowest = ServiceLevel.NETWORK;
    expect(missingJustification(ServiceLevel.HOME_NURSING, undefined, lowest)).toBe(true);
    expect(missingJustification(ServiceLevel.HOME_NURSING, null, lowest)).toBe(true);
    expect(missingJustification(ServiceLevel.HOME_NURSING, '  \n', lowest)).toBe(true);
    expect(missingJustification(ServiceLevel.HOME_NURSING, 'Faller daglig', lowest)).toBe(false);
    expect(missingJustification(ServiceLevel.NETWORK, null, lowest)).toBe(false);
  });
});

describe('the plan and its agreement', () => {
  it('marks an agreed plan changed when its content changes, and only then', () => {
    expect(changesAgreedContent('ADD_GOAL', ['text'])).toBe(true);
    expect(changesAgreedContent('UPDATE_GOAL', ['targetDate'])).toBe(true);
    expect(changesAgreedContent('UPDATE_GOAL', ['status'])).toBe(true); // cancelling
    expect(changesAgreedContent('ADD_MEASURE', ['description'])).toBe(true);
    // The order is the person's priorities: a new order is a new plan to agree.
    expect(changesAgreedContent('REORDER_GOALS', ['goalOrder'])).toBe(true);
    expect(changesAgreedContent('REORDER_MEASURES', ['measureOrder'])).toBe(true);
    expect(changesAgreedContent('UPDATE_MEASURE', ['frequency', 'status'])).toBe(true);
    // Carrying the plan out is not changing it.
    expect(changesAgreedContent('UPDATE_MEASURE', ['status'])).toBe(false);
    expect(changesAgreedContent('EVALUATE_GOAL', ['status', 'evaluation'])).toBe(false);
    expect(changesAgreedContent('AGREE_PLAN', ['status'])).toBe(false);
  });

  it.each([
    ['DRAFT', true, 'DRAFT'],
    ['DRAFT', false, 'DRAFT'],
    ['AGREED', true, 'CHANGED_SINCE_AGREEMENT'],
    ['AGREED', false, 'AGREED'],
    ['CHANGED_SINCE_AGREEMENT', true, 'CHANGED_SINCE_AGREEMENT'],
    ['CHANGED_SINCE_AGREEMENT', false, 'CHANGED_SINCE_AGREEMENT'],
  ] as const)('%s after a change (content: %p) is %s', (from, content, to) => {
    expect(planStatusAfterChange(from, content)).toBe(to);
  });

  it('counts only AGREED as agreed (handover, risk)', () => {
    expect(PLAN_STATUSES.filter(countsAsAgreed)).toEqual(['AGREED']);
    expect(countsAsAgreed(null)).toBe(false);
  });

  it('agrees a plan with an open goal that is not agreed already', () => {
    expect(cell(checkAgreement('DRAFT', ['PROPOSED']))).toBe('AGREED');
    expect(cell(checkAgreement('CHANGED_SINCE_AGREEMENT', ['AGREED', 'ACHIEVED']))).toBe('AGREED');
    expect(cell(checkAgreement('AGREED', ['PROPOSED']))).toBe('✗ PLAN_ALREADY_AGREED');
    expect(cell(checkAgreement(null, []))).toBe('✗ NO_GOALS_TO_AGREE');
    expect(cell(checkAgreement('DRAFT', ['CANCELLED', 'ACHIEVED']))).toBe('✗ NO_GOALS_TO_AGREE');
  });
});

describe('input rules', () => {
  it('takes graded scores on the scale, with the variable they are on', () => {
    const area = { functionVariableCode: 'IPLOS_SPISE', baselineScore: 4, targetScore: 2 };
    expect(goalScoreProblems('IPLOS', area)).toBeNull();
    expect(goalScoreProblems('IPLOS', { ...area, targetScore: 0 })).toEqual({
      reason: 'SCORE_OUT_OF_RANGE',
      problems: [{ field: 'targetScore', problem: 'must be 1–5' }],
    });
    // "Not relevant" is on the scale, but no goal.
    expect(goalScoreProblems('IPLOS', { ...area, baselineScore: 9 })?.reason).toBe(
      'SCORE_OUT_OF_RANGE',
    );
    expect(goalScoreProblems('FSIII', { ...area, baselineScore: 0, targetScore: 5 })).toEqual({
      reason: 'SCORE_OUT_OF_RANGE',
      problems: [{ field: 'targetScore', problem: 'must be 0–4' }],
    });
    expect(
      goalScoreProblems('IPLOS', {
        functionVariableCode: null,
        baselineScore: 3,
        targetScore: null,
      }),
    ).toEqual({
      reason: 'SCORE_NEEDS_FUNCTION_VARIABLE',
      problems: [{ field: 'baselineScore', problem: 'needs functionVariableCode' }],
    });
    expect(
      goalScoreProblems('IPLOS', {
        functionVariableCode: null,
        baselineScore: null,
        targetScore: null,
      }),
    ).toBeNull();
  });

  it('names staff by profession and others by kind', () => {
    expect(responsibleProblems({ kind: 'STAFF', profession: Profession.NURSE })).toEqual([]);
    expect(responsibleProblems({ kind: 'STAFF' })).toEqual([
      { field: 'profession', problem: 'required for STAFF' },
    ]);
    expect(responsibleProblems({ kind: 'RELATIVE', name: 'Datteren Kari' })).toEqual([]);
    expect(
      responsibleProblems({ kind: 'VOLUNTEER', profession: Profession.NURSE, staffId: 'x' }),
    ).toEqual([
      { field: 'profession', problem: 'only for STAFF' },
      { field: 'staffId', problem: 'only for STAFF' },
    ]);
    expect(responsibleProblems({ kind: 'PERSON', name: 'x' })).toEqual([
      { field: 'name', problem: 'not for PERSON' },
    ]);
  });

  it('compares local dates as calendar days', () => {
    expect(isBefore('2026-03-01', '2026-03-02')).toBe(true);
    expect(isBefore('2026-03-02', '2026-03-02')).toBe(false);
    expect(isBefore('2026-12-31', '2026-03-02')).toBe(false);
  });

  it('lists the fields that change, leaving out those not given and those equal', () => {
    const current = { text: 'Gå til butikken', whatMatters: null, targetScore: 3 as number | null };
    expect(
      diff(current, { text: 'Gå til butikken', whatMatters: undefined, targetScore: null }),
    ).toEqual([{ field: 'targetScore', before: 3, after: null }]);
    expect(diff(current, { text: 'Gå til kirken' })).toEqual([
      { field: 'text', before: 'Gå til butikken', after: 'Gå til kirken' },
    ]);
  });
});

describe('a new order', () => {
  it('names every id there is exactly once, and no other', () => {
    expect(orderProblems(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([]);
    expect(orderProblems([], [])).toEqual([]);
    expect(orderProblems(['a', 'b'], ['a'])).toEqual(['b missing']);
    expect(orderProblems(['a', 'b'], ['a', 'b', 'x'])).toEqual(['x is not one of them']);
    expect(orderProblems(['a', 'b'], ['a', 'a', 'b'])).toEqual(['a given twice']);
    expect(orderProblems(['a', 'b'], ['a', 'a'])).toEqual(['a given twice', 'b missing']);
  });

  it('knows the same order again', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
