import { addDays, daysBetween, localDateOf } from 'src/modules/cases/model';
import {
  type AgreedBy,
  changesAgreedContent,
  checkAgreement,
  countsAsAgreed,
  diff,
  type FieldChange,
  goalScoreProblems,
  type GoalStatus,
  justificationRequired,
  type MeasureStatus,
  nextGoalStatus,
  nextMeasureStatus,
  type PlanStatus,
  planStatusAfterChange,
  type Responsible,
  responsibleProblems,
  type RevisionAction,
} from 'src/modules/goal-plans/model';
import type { CopyValue } from './copy-writer';
import {
  EVALUATIONS,
  GOAL_TEMPLATES,
  type GoalTemplate,
  JUSTIFICATIONS,
  OUTCOMES,
  RELATIVES,
  VOLUNTEERS,
} from './goal-templates';
import { allowed, atWorkingHour, type Case, type Clock, type Staff, TZ } from './model';
import { FAMILY, GIVEN } from './people';
import type { Prng } from './prng';

/**
 * One case's goal plan as the service would have built it, change by change: goals and
 * measures added on a planning visit, the agreement, goals added after it, measures started
 * before the decision, goals evaluated at the follow-up after closure. Each change is one
 * revision and one plan version; the statuses follow the goal-plan rules.
 */

/** One change of a plan, as goal-plans.service.ts keeps it: a revision with its field changes. */
export interface PlanEvent {
  at: number;
  action: RevisionAction;
  goal: SeedGoal | null;
  measure: SeedMeasure | null;
  changes: FieldChange[];
  by: Staff;
}

export interface SeedGoal {
  id: string;
  row: CopyValue[];
  status: GoalStatus;
  version: number;
  created: PlanEvent | null;
  updated: PlanEvent | null;
  evaluated: PlanEvent | null;
  evaluation: string | null;
}

export interface SeedMeasure {
  id: string;
  goal: SeedGoal;
  row: CopyValue[];
  status: MeasureStatus;
  version: number;
  created: PlanEvent | null;
  updated: PlanEvent | null;
}

export interface SeedPlan {
  id: string;
  status: PlanStatus;
  events: PlanEvent[];
  goals: SeedGoal[];
  measures: SeedMeasure[];
  agreement: PlanEvent | null;
  agreedBy: AgreedBy | null;
  representative: string | null;
  agreedVersion: number | null;
}

/** Which plan a case gets, if any: the flag on the case decides AGREED. */
export function planKindOf(r: Prng, c: Case, today: string): 'AGREED' | 'DRAFT' | 'CHANGED' | null {
  if (c.goalPlanAgreed) return 'AGREED';
  switch (c.status) {
    case 'ACTIVE':
    case 'ON_HOLD': {
      // The plan comes after the first visits: a fair share of open cases has a draft.
      const elapsed = daysBetween(c.acceptedOn, today);
      if (elapsed < 2 || !r.chance(0.3 + elapsed * 0.03)) return null;
      // Agreed once, changed on a later day (the flag on the case is then false).
      return elapsed >= 4 && r.chance(0.15) ? 'CHANGED' : 'DRAFT';
    }
    case 'DECIDED':
    case 'HANDED_OVER':
    case 'CLOSED':
      return r.chance(0.4) ? 'DRAFT' : null;
    case 'CANCELLED':
      return daysBetween(c.acceptedOn, localDateOf(c.endedAt as Date, TZ)) >= 3 && r.chance(0.1)
        ? 'DRAFT'
        : null;
  }
}

/** The plan's status after its changes, as the service moves it change by change. */
function statusAfter(events: readonly PlanEvent[]): PlanStatus {
  let status: PlanStatus = 'DRAFT';
  for (const e of events) {
    status =
      e.action === 'AGREE_PLAN'
        ? 'AGREED'
        : planStatusAfterChange(
            status,
            changesAgreedContent(
              e.action,
              e.changes.map((change) => change.field),
            ),
          );
  }
  return status;
}

export function buildPlan(
  r: Prng,
  c: Case,
  kind: 'AGREED' | 'DRAFT' | 'CHANGED',
  { now, today }: Clock,
): SeedPlan {
  // Planning happens from the day after acceptance until the day before the decision
  // (or cancellation, or yesterday for an open case).
  const endDay = c.decidedOn ?? (c.endedAt ? localDateOf(c.endedAt, TZ) : today);
  const firstDay = addDays(c.acceptedOn, 1);
  const lastDay = addDays(endDay, -1);
  // Only a flagged case accepted today or yesterday lands here: plan on the day itself.
  const cramped = lastDay < firstDay;
  const planDay = cramped
    ? c.acceptedOn
    : addDays(firstDay, r.int(0, Math.floor(daysBetween(firstDay, lastDay) * 0.6)));
  const author = r.pick(c.team.clinicians);
  const events: PlanEvent[] = [];
  const minutes = (a: number, b: number) => r.int(a, b) * 60_000;
  let t = atWorkingHour(r, planDay, 7, 12).getTime();
  const event = (
    action: RevisionAction,
    by: Staff,
    goal: SeedGoal | null,
    measure: SeedMeasure | null,
    changes: FieldChange[],
  ) => {
    const e: PlanEvent = { at: t, action, goal, measure, changes, by };
    events.push(e);
    return e;
  };
  const planId = r.uuid();
  const goalList: SeedGoal[] = [];
  const measureList: SeedMeasure[] = [];
  const used = new Set<GoalTemplate>();
  const addGoal = (day: string, by: Staff) => {
    // Goals follow the needs the assessments found, when there are any left.
    const needs = [...(c.needs?.keys() ?? [])];
    const fitting = GOAL_TEMPLATES.filter(
      (g) => !used.has(g) && (g.variable === null || needs.includes(g.variable)),
    );
    const template = r.pick(
      fitting.length > 0 && r.chance(0.8) ? fitting : GOAL_TEMPLATES.filter((g) => !used.has(g)),
    );
    used.add(template);
    const variable = template.variable;
    const scored = variable !== null && r.chance(0.85);
    // IPLOS: 1 no problems … 5 full need of help; the goal is a lower score.
    const baseline = scored ? (c.needs?.get(variable) ?? r.int(2, 5)) : null;
    const target = baseline !== null && r.chance(0.9) ? r.int(1, baseline - 1) : null;
    const fields = {
      text: template.text,
      whatMatters: template.whatMatters !== null && r.chance(0.6) ? template.whatMatters : null,
      functionVariableCode: variable !== null && r.chance(0.95) ? variable : null,
      baselineScore: baseline,
      targetScore: target,
      targetDate: addDays(day, r.pick([28, 42, 56, 84])),
      status: 'PROPOSED' as GoalStatus,
    };
    // Scores only on a variable (the rule behind CHK_goals_scores).
    if (fields.functionVariableCode === null) fields.baselineScore = fields.targetScore = null;
    if (goalScoreProblems('IPLOS', fields)) throw new Error(`seed:scale: bad goal scores`);
    const goal: SeedGoal = {
      id: r.uuid(),
      row: [
        fields.text,
        fields.whatMatters,
        fields.functionVariableCode,
        fields.baselineScore,
        fields.targetScore,
        fields.targetDate,
      ],
      status: fields.status,
      version: 1,
      created: null,
      updated: null,
      evaluated: null,
      evaluation: null,
    };
    goalList.push(goal);
    goal.created = goal.updated = event(
      'ADD_GOAL',
      by,
      goal,
      null,
      diff({} as Partial<typeof fields>, fields),
    );
    t += minutes(2, 9);
    for (const m of template.measures.slice(0, r.chance(0.5) ? 2 : 1)) {
      const staffKind = !['RELATIVE', 'VOLUNTEER', 'PERSON'].includes(m.by);
      const pool =
        m.by === 'HOME_CARE'
          ? c.team.homeCare
          : c.team.clinicians.filter((s) => s.profession === m.by);
      const staffId = staffKind && pool.length > 0 && r.chance(0.5) ? r.pick(pool).id : null;
      const name =
        m.by === 'RELATIVE'
          ? `${r.pick(GIVEN)} ${r.pick(FAMILY)} (${r.pick(RELATIVES)})`
          : m.by === 'VOLUNTEER'
            ? `${r.pick(GIVEN)} ${r.pick(FAMILY)}, ${r.pick(VOLUNTEERS)}`
            : null;
      // Above the lowest suggested step needs a justification.
      const justification = justificationRequired(m.level, c.lowestLevel)
        ? r.pick(JUSTIFICATIONS)
        : null;
      const fromDate = addDays(day, r.int(0, 7));
      const responsible = {
        kind: staffKind ? 'STAFF' : m.by,
        profession: staffKind ? m.by : null,
        staffId,
        name,
      } as Responsible;
      if (responsibleProblems(responsible).length > 0) {
        throw new Error(`seed:scale: bad responsible for "${m.description}"`);
      }
      const view = {
        description: m.description,
        level: m.level,
        justification,
        responsible,
        frequency: r.pick(m.frequency),
        fromDate,
        toDate: r.chance(0.5) ? fields.targetDate : null,
        status: 'PLANNED' as MeasureStatus,
      };
      const measure: SeedMeasure = {
        id: r.uuid(),
        goal,
        row: [
          view.description,
          view.level,
          view.justification,
          responsible.kind,
          responsible.profession,
          staffId,
          name,
          view.frequency,
          view.fromDate,
          view.toDate,
        ],
        status: view.status,
        version: 1,
        created: null,
        updated: null,
      };
      measureList.push(measure);
      measure.created = measure.updated = event(
        'ADD_MEASURE',
        by,
        goal,
        measure,
        diff({} as Partial<typeof view>, view),
      );
      t += minutes(2, 9);
    }
  };
  for (
    let g = r.weighted([
      [1, 35],
      [2, 45],
      [3, 20],
    ] as const);
    g > 0;
    g--
  ) {
    addGoal(planDay, r.chance(0.85) ? author : c.coordinator);
  }
  let agreement: PlanEvent | null = null;
  let agreedBy: AgreedBy | null = null;
  let representative: string | null = null;
  let agreedVersion: number | null = null;
  if (kind !== 'DRAFT') {
    // Agreed with the person on the planning visit or a few days later.
    const room = cramped ? 0 : daysBetween(planDay, lastDay) - (kind === 'CHANGED' ? 1 : 0);
    const agreeDay = addDays(planDay, r.int(0, Math.min(5, Math.max(room, 0))));
    if (agreeDay === planDay) t += minutes(5, 30);
    else t = atWorkingHour(r, agreeDay, 7, 12).getTime();
    agreedBy = r.chance(0.85) ? 'PERSON' : 'REPRESENTATIVE';
    representative =
      agreedBy === 'REPRESENTATIVE'
        ? `${r.pick(GIVEN)} ${r.pick(FAMILY)} (${r.pick(['verge', ...RELATIVES])})`
        : null;
    // The person agrees to the plan as it is now: the version before the agreement.
    agreedVersion = events.length;
    const draft: {
      status: PlanStatus;
      agreedBy: AgreedBy | null;
      representativeName: string | null;
      agreedVersion: number | null;
    } = {
      status: statusAfter(events),
      agreedBy: null,
      representativeName: null,
      agreedVersion: null,
    };
    const to = allowed(
      checkAgreement(
        draft.status,
        goalList.map((g) => g.status),
      ),
      'agreement',
    );
    const proposed = goalList.filter((g) => g.status === 'PROPOSED');
    const changes: FieldChange[] = [
      ...diff(draft, {
        status: to,
        agreedBy,
        representativeName: representative,
        agreedVersion,
      }),
      ...proposed.map((g) => ({
        field: 'status',
        goalId: g.id,
        before: g.status,
        after: allowed(nextGoalStatus(g.status, { type: 'AGREE' }), 'agreeing a goal'),
      })),
    ];
    agreement = event('AGREE_PLAN', r.chance(0.5) ? c.coordinator : author, null, null, changes);
    for (const g of proposed) {
      g.status = allowed(nextGoalStatus(g.status, { type: 'AGREE' }), 'agreeing a goal');
      g.version++;
      g.updated = agreement;
    }
    t += minutes(5, 30);
    if (kind === 'CHANGED') {
      // A goal added after the agreement: the plan is no longer as agreed.
      const changeDay = addDays(agreeDay, r.int(1, Math.max(1, daysBetween(agreeDay, lastDay))));
      t = atWorkingHour(r, changeDay, 7, 12).getTime();
      addGoal(changeDay, author);
    } else if (c.decidedOn) {
      // The team starts the measures when the services are decided.
      t = Math.max(t, Date.parse(`${addDays(c.decidedOn, -1)}T15:00:00Z`)) + minutes(5, 60);
      const starter = r.chance(0.5) ? c.coordinator : author;
      for (const m of measureList) {
        if (!r.chance(0.9)) continue;
        const status = allowed(nextMeasureStatus(m.status, 'ACTIVE'), 'starting a measure');
        const changes = diff({ status: m.status }, { status });
        m.status = status;
        m.version++;
        m.updated = event('UPDATE_MEASURE', starter, m.goal, m, changes);
        t += minutes(1, 4);
      }
    }
    // Closed cases: the goals are evaluated at the follow-up, by the team or the unit.
    const followDay =
      c.status === 'CLOSED' ? addDays(localDateOf(c.endedAt as Date, TZ), r.int(21, 60)) : null;
    if (followDay !== null && followDay < today && r.chance(0.85)) {
      t = atWorkingHour(r, followDay, 7, 12).getTime();
      const evaluator =
        c.handedOver && r.chance(0.6) ? r.pick(c.team.homeCare) : r.pick(c.team.clinicians);
      for (const g of goalList) {
        if (!r.chance(0.9)) continue;
        const outcome = r.weighted(OUTCOMES);
        const evaluation = r.pick(EVALUATIONS[outcome]);
        const status = allowed(
          nextGoalStatus(g.status, { type: 'EVALUATE', outcome }),
          'evaluating a goal',
        );
        const changes = diff(
          { status: g.status, evaluation: g.evaluation },
          { status, evaluation },
        );
        g.evaluated = g.updated = event('EVALUATE_GOAL', evaluator, g, null, changes);
        g.status = status;
        g.evaluation = evaluation;
        g.version++;
        t += minutes(3, 12);
      }
    }
  }
  // Nothing before the acceptance or in the future (only a cramped plan needs moving).
  const hi = Math.min(now.getTime(), cramped ? Date.parse(`${planDay}T21:00:00Z`) : Infinity);
  fitInto(events, c.acceptedAt.getTime(), hi);
  const status = statusAfter(events);
  // The case row already says whether its plan is agreed; the two must agree.
  if (countsAsAgreed(status) !== c.goalPlanAgreed) {
    throw new Error(`seed:scale: case ${c.index} has a ${status} plan`);
  }
  return {
    id: planId,
    status,
    events,
    goals: goalList,
    measures: measureList,
    agreement,
    agreedBy,
    representative,
    agreedVersion,
  };
}

/** Squeezes a plan's changes into [lo, hi] when they fall outside it, keeping their order. */
function fitInto(events: PlanEvent[], lo: number, hi: number): void {
  const first = events[0].at;
  const last = events[events.length - 1].at;
  if (first > lo && last < hi) return;
  const room = Math.max(hi - lo - 2, 0);
  const span = Math.max(last - first, 1);
  for (const e of events) e.at = lo + 1 + Math.floor(((e.at - first) * room) / span);
}
