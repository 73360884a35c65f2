import type { SingleBar } from 'cli-progress';
import type { Pool } from 'pg';
import { CopyWriter } from './copy-writer';
import { buildPlan, planKindOf, type PlanEvent } from './goal-plan-builder';
import type { Case, Clock } from './model';
import type { Prng } from './prng';

/**
 * Phase "goal plans": a plan for the cases that have one (goal-plan-builder.ts builds it),
 * written as plans, goals, measures and revisions; the rows carry the versions and instants of
 * their last change.
 */

const GOAL_PLAN_COLUMNS = [
  'id',
  'case_id',
  'patient_id',
  'status',
  'version',
  'agreed_at',
  'agreed_by',
  'representative_name',
  'agreed_version',
  'agreement_recorded_by',
  'created_at',
  'updated_at',
  'updated_by',
];
const GOAL_COLUMNS = [
  'id',
  'plan_id',
  'text',
  'what_matters',
  'function_variable_code',
  'baseline_score',
  'target_score',
  'target_date',
  'status',
  'evaluation',
  'evaluated_at',
  'evaluated_by',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'position',
];
const MEASURE_COLUMNS = [
  'id',
  'goal_id',
  'description',
  'level',
  'justification',
  'responsible_kind',
  'responsible_profession',
  'responsible_staff_id',
  'responsible_name',
  'frequency',
  'from_date',
  'to_date',
  'status',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'position',
];
const REVISION_COLUMNS = [
  'id',
  'plan_id',
  'plan_version',
  'action',
  'goal_id',
  'measure_id',
  'changes',
  'changed_by',
  'changed_by_profession',
  'changed_at',
];

export async function seedGoalPlans(
  pool: Pool,
  jobs: number,
  r: Prng,
  cases: Case[],
  clock: Clock,
  bar: SingleBar,
): Promise<void> {
  // Generation is one stream (deterministic); each chunk's COPY runs on its own connection
  // while the next chunk is generated, so the per-row foreign-key checks overlap.
  let failure: unknown = null;
  const inFlight: Promise<void>[] = [];
  const writersOn = async () => {
    const client = await pool.connect();
    await client.query('SET synchronous_commit = off');
    return {
      client,
      plans: new CopyWriter(client, 'goal_plans', GOAL_PLAN_COLUMNS),
      goals: new CopyWriter(client, 'goals', GOAL_COLUMNS),
      measures: new CopyWriter(client, 'measures', MEASURE_COLUMNS),
      revisions: new CopyWriter(client, 'goal_plan_revisions', REVISION_COLUMNS),
    };
  };
  let w = await writersOn();
  const flush = async (last: boolean) => {
    const chunk = w;
    const done = (async () => {
      try {
        // Foreign-key order: plans, goals, measures, revisions.
        for (const writer of [chunk.plans, chunk.goals, chunk.measures, chunk.revisions])
          await writer.close();
      } finally {
        chunk.client.release();
      }
    })().catch((error: unknown) => {
      failure ??= error;
    });
    inFlight.push(done);
    while (inFlight.length >= (last ? 1 : jobs)) await inFlight.shift();
    if (failure) throw failure;
    if (!last) w = await writersOn();
  };
  for (const c of cases) {
    if (c.index % 5000 === 4999) {
      await flush(false);
      bar.update(c.index);
    }
    const kind = planKindOf(r, c, clock.today);
    if (!kind) continue;
    const plan = buildPlan(r, c, kind, clock);
    const { events, agreement } = plan;
    const last = events[events.length - 1];
    w.plans.row([
      plan.id,
      c.id,
      c.patientId,
      plan.status,
      events.length,
      agreement ? new Date(agreement.at) : null,
      plan.agreedBy,
      plan.representative,
      plan.agreedVersion,
      agreement ? agreement.by.id : null,
      new Date(events[0].at),
      new Date(last.at),
      last.by.id,
    ]);
    for (const [index, g] of plan.goals.entries()) {
      const created = g.created as PlanEvent;
      const updated = g.updated as PlanEvent;
      w.goals.row([
        g.id,
        plan.id,
        ...g.row,
        g.status,
        g.evaluation,
        g.evaluated ? new Date(g.evaluated.at) : null,
        g.evaluated ? g.evaluated.by.id : null,
        g.version,
        new Date(created.at),
        created.by.id,
        new Date(updated.at),
        updated.by.id,
        index + 1, // in the order written
      ]);
    }
    const measuresOfGoal = new Map<string, number>();
    for (const m of plan.measures) {
      const created = m.created as PlanEvent;
      const updated = m.updated as PlanEvent;
      const position = (measuresOfGoal.get(m.goal.id) ?? 0) + 1;
      measuresOfGoal.set(m.goal.id, position);
      w.measures.row([
        m.id,
        m.goal.id,
        ...m.row,
        m.status,
        m.version,
        new Date(created.at),
        created.by.id,
        new Date(updated.at),
        updated.by.id,
        position,
      ]);
    }
    for (const [i, e] of events.entries()) {
      w.revisions.row([
        r.uuid(),
        plan.id,
        i + 1,
        e.action,
        e.goal?.id ?? null,
        e.measure?.id ?? null,
        JSON.stringify(e.changes),
        e.by.id,
        e.by.profession,
        new Date(e.at),
      ]);
    }
  }
  await flush(true);
}
