import { describe, expect, it } from '@jest/globals';

import {
  CASE_ACTIONS,
  CASE_STATUSES,
  OPEN_CASE_STATUSES,
  isOpen,
  isReadOnly,
  nextStatus,
  type CaseAction,
  type CaseStatus,
  type TransitionContext,
} from 'src/modules/cases/case-lifecycle';

// Written out by hand from the design, not derived from the module, so a change to the rules
// has to be made twice on purpose. Cells are the target status, or '✗ REASON' when refused.
// Evaluated without context: HAND_OVER then goes to an ordinary destination and CLOSE has no
// NO_SERVICES decision to lean on (the context cases are tested separately below).
type Cell = CaseStatus | `✗ ${string}`;

const EXPECTED: Record<CaseStatus, Record<CaseAction, Cell>> = {
  ACTIVE: {
    HOLD: 'ON_HOLD',
    RESUME: '✗ CASE_NOT_ON_HOLD',
    EXTEND: 'ACTIVE',
    CANCEL: 'CANCELLED',
    DECIDE: 'DECIDED',
    HAND_OVER: '✗ DECISION_REQUIRED',
    ACKNOWLEDGE_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    RETURN_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    CLOSE: '✗ DECISION_REQUIRED',
    ASSIGN_MEMBER: 'ACTIVE',
    REMOVE_MEMBER: 'ACTIVE',
    CHANGE_COORDINATOR: 'ACTIVE',
    RECORD_INTERIM_SERVICE: 'ACTIVE',
    SET_COORDINATION_LEVEL: 'ACTIVE',
  },
  ON_HOLD: {
    HOLD: '✗ CASE_NOT_ACTIVE',
    RESUME: 'ACTIVE',
    EXTEND: 'ON_HOLD',
    CANCEL: 'CANCELLED',
    DECIDE: '✗ CASE_ON_HOLD',
    HAND_OVER: '✗ DECISION_REQUIRED',
    ACKNOWLEDGE_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    RETURN_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    CLOSE: '✗ DECISION_REQUIRED',
    ASSIGN_MEMBER: 'ON_HOLD',
    REMOVE_MEMBER: 'ON_HOLD',
    CHANGE_COORDINATOR: 'ON_HOLD',
    RECORD_INTERIM_SERVICE: 'ON_HOLD',
    SET_COORDINATION_LEVEL: 'ON_HOLD',
  },
  DECIDED: {
    HOLD: '✗ CASE_NOT_ACTIVE',
    RESUME: '✗ CASE_NOT_ON_HOLD',
    EXTEND: '✗ CASE_ALREADY_DECIDED',
    CANCEL: '✗ CASE_ALREADY_DECIDED',
    DECIDE: '✗ CASE_ALREADY_DECIDED',
    HAND_OVER: 'HANDED_OVER',
    ACKNOWLEDGE_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    RETURN_HANDOVER: '✗ CASE_NOT_HANDED_OVER',
    CLOSE: '✗ CLOSE_NEEDS_NO_SERVICES_DECISION',
    ASSIGN_MEMBER: 'DECIDED',
    REMOVE_MEMBER: 'DECIDED',
    CHANGE_COORDINATOR: 'DECIDED',
    RECORD_INTERIM_SERVICE: 'DECIDED',
    SET_COORDINATION_LEVEL: '✗ CASE_ALREADY_DECIDED',
  },
  HANDED_OVER: {
    HOLD: '✗ CASE_READ_ONLY',
    RESUME: '✗ CASE_READ_ONLY',
    EXTEND: '✗ CASE_READ_ONLY',
    CANCEL: '✗ CASE_READ_ONLY',
    DECIDE: '✗ CASE_READ_ONLY',
    HAND_OVER: '✗ CASE_READ_ONLY',
    ACKNOWLEDGE_HANDOVER: 'CLOSED',
    RETURN_HANDOVER: 'DECIDED',
    CLOSE: '✗ CASE_READ_ONLY',
    ASSIGN_MEMBER: '✗ CASE_READ_ONLY',
    REMOVE_MEMBER: '✗ CASE_READ_ONLY',
    CHANGE_COORDINATOR: '✗ CASE_READ_ONLY',
    RECORD_INTERIM_SERVICE: '✗ CASE_READ_ONLY',
    SET_COORDINATION_LEVEL: '✗ CASE_READ_ONLY',
  },
  CLOSED: {
    HOLD: '✗ CASE_FINISHED',
    RESUME: '✗ CASE_FINISHED',
    EXTEND: '✗ CASE_FINISHED',
    CANCEL: '✗ CASE_FINISHED',
    DECIDE: '✗ CASE_FINISHED',
    HAND_OVER: '✗ CASE_FINISHED',
    ACKNOWLEDGE_HANDOVER: '✗ CASE_FINISHED',
    RETURN_HANDOVER: '✗ CASE_FINISHED',
    CLOSE: '✗ CASE_FINISHED',
    ASSIGN_MEMBER: '✗ CASE_FINISHED',
    REMOVE_MEMBER: '✗ CASE_FINISHED',
    CHANGE_COORDINATOR: '✗ CASE_FINISHED',
    RECORD_INTERIM_SERVICE: '✗ CASE_FINISHED',
    SET_COORDINATION_LEVEL: '✗ CASE_FINISHED',
  },
  CANCELLED: {
    HOLD: '✗ CASE_FINISHED',
    RESUME: '✗ CASE_FINISHED',
    EXTEND: '✗ CASE_FINISHED',
    CANCEL: '✗ CASE_FINISHED',
    DECIDE: '✗ CASE_FINISHED',
    HAND_OVER: '✗ CASE_FINISHED',
    ACKNOWLEDGE_HANDOVER: '✗ CASE_FINISHED',
    RETURN_HANDOVER: '✗ CASE_FINISHED',
    CLOSE: '✗ CASE_FINISHED',
    ASSIGN_MEMBER: '✗ CASE_FINISHED',
    REMOVE_MEMBER: '✗ CASE_FINISHED',
    CHANGE_COORDINATOR: '✗ CASE_FINISHED',
    RECORD_INTERIM_SERVICE: '✗ CASE_FINISHED',
    SET_COORDINATION_LEVEL: '✗ CASE_FINISHED',
  },
};

// Literal copies too, so a status or action added to the module without a table row fails here.
const STATUSES: CaseStatus[] = [
  'ACTIVE',
  'ON_HOLD',
  'DECIDED',
  'HANDED_OVER',
  'CLOSED',
  'CANCELLED',
];
const ACTIONS: CaseAction[] = [
  'HOLD',
  'RESUME',
  'EXTEND',
  'CANCEL',
  'DECIDE',
  'HAND_OVER',
  'ACKNOWLEDGE_HANDOVER',
  'RETURN_HANDOVER',
  'CLOSE',
  'ASSIGN_MEMBER',
  'REMOVE_MEMBER',
  'CHANGE_COORDINATOR',
  'RECORD_INTERIM_SERVICE',
  'SET_COORDINATION_LEVEL',
];

const STATUS_WORDS: Record<CaseStatus, string> = {
  ACTIVE: 'active',
  ON_HOLD: 'on hold',
  DECIDED: 'decided',
  HANDED_OVER: 'handed over',
  CLOSED: 'closed',
  CANCELLED: 'cancelled',
};

// Every context the GraphQL layer can send, including none at all.
const CONTEXTS: (TransitionContext | undefined)[] = [
  undefined,
  {},
  { handoverDestination: 'ORDINARY_HOME_CARE' },
  { handoverDestination: 'OTHER_SERVICES' },
  { handoverDestination: 'LOW_THRESHOLD' },
  { handoverDestination: 'CLOSED' },
  { decisionOutcome: 'NO_SERVICES' },
  { decisionOutcome: 'GRANTED' },
  { decisionOutcome: 'PARTLY_GRANTED' },
  { handoverDestination: 'CLOSED', decisionOutcome: 'NO_SERVICES' },
];

const PAIRS = STATUSES.flatMap((from) => ACTIONS.map((action) => ({ from, action })));

function cellOf(from: CaseStatus, action: CaseAction, context?: TransitionContext): Cell {
  const result = nextStatus(from, action, context);
  return result.ok ? result.to : `✗ ${result.reason}`;
}

describe('case lifecycle vocabulary', () => {
  it('has exactly the statuses of the design, in lifecycle order', () => {
    expect([...CASE_STATUSES]).toEqual(STATUSES);
  });

  it('has exactly the actions of the design', () => {
    expect([...CASE_ACTIONS]).toEqual(ACTIONS);
  });

  it('counts every status but CLOSED and CANCELLED as open', () => {
    expect([...OPEN_CASE_STATUSES]).toEqual(['ACTIVE', 'ON_HOLD', 'DECIDED', 'HANDED_OVER']);
  });

  it('has a table row for every status and a cell for every action', () => {
    expect(Object.keys(EXPECTED)).toEqual(STATUSES);
    for (const status of STATUSES) expect(Object.keys(EXPECTED[status])).toEqual(ACTIONS);
  });
});

describe(nextStatus.name, () => {
  describe('status-changing transitions', () => {
    it('puts an active case on hold (the clock pauses)', () => {
      expect(nextStatus('ACTIVE', 'HOLD')).toEqual({ ok: true, to: 'ON_HOLD' });
    });

    it('resumes a case on hold (the clock runs again)', () => {
      expect(nextStatus('ON_HOLD', 'RESUME')).toEqual({ ok: true, to: 'ACTIVE' });
    });

    it('cancels an active case, e.g. when the patient has died', () => {
      expect(nextStatus('ACTIVE', 'CANCEL')).toEqual({ ok: true, to: 'CANCELLED' });
    });

    it('cancels a case on hold, e.g. when the patient has moved away', () => {
      expect(nextStatus('ON_HOLD', 'CANCEL')).toEqual({ ok: true, to: 'CANCELLED' });
    });

    it('records a decision on an active case', () => {
      expect(nextStatus('ACTIVE', 'DECIDE')).toEqual({ ok: true, to: 'DECIDED' });
    });

    it.each(['ORDINARY_HOME_CARE', 'OTHER_SERVICES', 'LOW_THRESHOLD'] as const)(
      'hands a decided case over when the destination is %s',
      (handoverDestination) => {
        expect(nextStatus('DECIDED', 'HAND_OVER', { handoverDestination })).toEqual({
          ok: true,
          to: 'HANDED_OVER',
        });
      },
    );

    it('hands a decided case over to an ordinary unit when no destination is given', () => {
      expect(nextStatus('DECIDED', 'HAND_OVER')).toEqual({ ok: true, to: 'HANDED_OVER' });
    });

    it('closes a decided case at once when it is handed over to CLOSED', () => {
      // Nobody is there to acknowledge a handover to "closed", so it ends the case.
      expect(nextStatus('DECIDED', 'HAND_OVER', { handoverDestination: 'CLOSED' })).toEqual({
        ok: true,
        to: 'CLOSED',
      });
    });

    it('closes a decided case directly when the decision is NO_SERVICES', () => {
      expect(nextStatus('DECIDED', 'CLOSE', { decisionOutcome: 'NO_SERVICES' })).toEqual({
        ok: true,
        to: 'CLOSED',
      });
    });

    it('closes a handed-over case when the receiving unit acknowledges', () => {
      expect(nextStatus('HANDED_OVER', 'ACKNOWLEDGE_HANDOVER')).toEqual({ ok: true, to: 'CLOSED' });
    });

    it('takes a handed-over case back to DECIDED when the receiving unit returns it', () => {
      expect(nextStatus('HANDED_OVER', 'RETURN_HANDOVER')).toEqual({ ok: true, to: 'DECIDED' });
    });
  });

  describe('transitions that keep the status', () => {
    it.each([
      ['ACTIVE', 'EXTEND'],
      ['ON_HOLD', 'EXTEND'],
      ['ACTIVE', 'ASSIGN_MEMBER'],
      ['ON_HOLD', 'ASSIGN_MEMBER'],
      ['DECIDED', 'ASSIGN_MEMBER'],
      ['ACTIVE', 'REMOVE_MEMBER'],
      ['ON_HOLD', 'REMOVE_MEMBER'],
      ['DECIDED', 'REMOVE_MEMBER'],
      ['ACTIVE', 'CHANGE_COORDINATOR'],
      ['ON_HOLD', 'CHANGE_COORDINATOR'],
      ['DECIDED', 'CHANGE_COORDINATOR'],
      ['ACTIVE', 'RECORD_INTERIM_SERVICE'],
      ['ON_HOLD', 'RECORD_INTERIM_SERVICE'],
      ['DECIDED', 'RECORD_INTERIM_SERVICE'],
    ] as const)('allows %s → %s and stays in the same status', (from, action) => {
      expect(nextStatus(from, action)).toEqual({ ok: true, to: from });
    });
  });

  describe('refusals', () => {
    it('refuses DECIDE when the case is on hold (it must be resumed first)', () => {
      const result = nextStatus('ON_HOLD', 'DECIDE');

      expect(result).toMatchObject({ ok: false, reason: 'CASE_ON_HOLD' });
    });

    it.each(['GRANTED', 'PARTLY_GRANTED', undefined] as const)(
      'refuses CLOSE on a decided case when the decision outcome is %s',
      (decisionOutcome) => {
        // Granted services have to be handed over to the unit that provides them.
        const result = nextStatus('DECIDED', 'CLOSE', { decisionOutcome });

        expect(result).toMatchObject({ ok: false, reason: 'CLOSE_NEEDS_NO_SERVICES_DECISION' });
      },
    );

    it.each([
      ['ACTIVE', 'CLOSE'],
      ['ON_HOLD', 'CLOSE'],
      ['ACTIVE', 'HAND_OVER'],
      ['ON_HOLD', 'HAND_OVER'],
    ] as const)('refuses %s → %s when no decision is recorded', (from, action) => {
      // Even a NO_SERVICES outcome or a CLOSED destination does not replace the decision itself.
      const context: TransitionContext = {
        decisionOutcome: 'NO_SERVICES',
        handoverDestination: 'CLOSED',
      };

      expect(nextStatus(from, action, context)).toMatchObject({
        ok: false,
        reason: 'DECISION_REQUIRED',
      });
    });

    it.each(
      (['CLOSED', 'CANCELLED'] as const).flatMap((from) =>
        ACTIONS.map((action): [CaseStatus, CaseAction] => [from, action]),
      ),
    )('refuses every action when the case is %s (%s)', (from, action) => {
      // Closed and cancelled cases are finished: nothing may change them any more.
      expect(nextStatus(from, action)).toMatchObject({ ok: false, reason: 'CASE_FINISHED' });
    });

    it('refuses to close a handed-over case directly when the receiving unit has not answered', () => {
      expect(nextStatus('HANDED_OVER', 'CLOSE', { decisionOutcome: 'NO_SERVICES' })).toMatchObject({
        ok: false,
        reason: 'CASE_READ_ONLY',
      });
    });

    it('names the current status in every refusal message', () => {
      for (const { from, action } of PAIRS) {
        const result = nextStatus(from, action);
        if (result.ok) continue;

        expect(result.message).toMatch(new RegExp(`^The case is ${STATUS_WORDS[from]}; .+\\.$`));
      }
    });
  });

  describe('every status × action pair', () => {
    it.each(PAIRS)('gives the expected outcome for $from × $action', ({ from, action }) => {
      expect(cellOf(from, action)).toBe(EXPECTED[from][action]);
    });

    it('gives the same outcome for every context except HAND_OVER and CLOSE on a decided case', () => {
      // The destination and the decision outcome steer only those two cells; elsewhere they
      // must not open a door the table keeps shut.
      const contextual = new Set(['DECIDED × HAND_OVER', 'DECIDED × CLOSE']);
      for (const { from, action } of PAIRS) {
        if (contextual.has(`${from} × ${action}`)) continue;
        for (const context of CONTEXTS) {
          expect({ from, action, context, cell: cellOf(from, action, context) }).toEqual({
            from,
            action,
            context,
            cell: EXPECTED[from][action],
          });
        }
      }
    });

    it('allows exactly the 26 transitions of the design', () => {
      // 9 from ACTIVE, 8 from ON_HOLD, 7 from DECIDED (counting both HAND_OVER targets and
      // CLOSE on NO_SERVICES), 2 from HANDED_OVER.
      const allowed = new Set<string>();
      for (const { from, action } of PAIRS) {
        for (const context of CONTEXTS) {
          const result = nextStatus(from, action, context);
          if (result.ok) allowed.add(`${from} -${action}-> ${result.to}`);
        }
      }

      expect([...allowed].sort()).toEqual(
        [
          'ACTIVE -HOLD-> ON_HOLD',
          'ACTIVE -EXTEND-> ACTIVE',
          'ACTIVE -CANCEL-> CANCELLED',
          'ACTIVE -DECIDE-> DECIDED',
          'ACTIVE -ASSIGN_MEMBER-> ACTIVE',
          'ACTIVE -REMOVE_MEMBER-> ACTIVE',
          'ACTIVE -CHANGE_COORDINATOR-> ACTIVE',
          'ACTIVE -RECORD_INTERIM_SERVICE-> ACTIVE',
          'ACTIVE -SET_COORDINATION_LEVEL-> ACTIVE',
          'ON_HOLD -RESUME-> ACTIVE',
          'ON_HOLD -EXTEND-> ON_HOLD',
          'ON_HOLD -CANCEL-> CANCELLED',
          'ON_HOLD -ASSIGN_MEMBER-> ON_HOLD',
          'ON_HOLD -REMOVE_MEMBER-> ON_HOLD',
          'ON_HOLD -CHANGE_COORDINATOR-> ON_HOLD',
          'ON_HOLD -RECORD_INTERIM_SERVICE-> ON_HOLD',
          'ON_HOLD -SET_COORDINATION_LEVEL-> ON_HOLD',
          'DECIDED -HAND_OVER-> HANDED_OVER',
          'DECIDED -HAND_OVER-> CLOSED',
          'DECIDED -CLOSE-> CLOSED',
          'DECIDED -ASSIGN_MEMBER-> DECIDED',
          'DECIDED -REMOVE_MEMBER-> DECIDED',
          'DECIDED -CHANGE_COORDINATOR-> DECIDED',
          'DECIDED -RECORD_INTERIM_SERVICE-> DECIDED',
          'HANDED_OVER -ACKNOWLEDGE_HANDOVER-> CLOSED',
          'HANDED_OVER -RETURN_HANDOVER-> DECIDED',
        ].sort(),
      );
    });
  });
});

describe(isOpen.name, () => {
  it.each([
    ['ACTIVE', true],
    ['ON_HOLD', true],
    ['DECIDED', true],
    ['HANDED_OVER', true], // still waiting for the receiving unit
    ['CLOSED', false],
    ['CANCELLED', false],
  ] as const)('says %s is open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });
});

describe(isReadOnly.name, () => {
  it.each([
    ['ACTIVE', false],
    ['ON_HOLD', false],
    ['DECIDED', false],
    ['HANDED_OVER', true], // only journal, goal evaluation and follow-up from here on
    ['CLOSED', true],
    ['CANCELLED', true],
  ] as const)('says %s is read-only: %s', (status, readOnly) => {
    expect(isReadOnly(status)).toBe(readOnly);
  });
});
