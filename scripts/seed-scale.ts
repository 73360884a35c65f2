import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { localDateOf } from 'src/modules/cases/model';
import { seedAssessments } from './scale/assessments';
import { planCases } from './scale/case-plan';
import { seedCases } from './scale/cases-and-referrals';
import { seedDecisions } from './scale/decisions';
import { checkFreeDisk, dropBulkIndexes, prepareDatabase, report } from './scale/database';
import { seedGoalPlans } from './scale/goal-plans';
import { seedJournals } from './scale/journal-and-audit';
import { type Clock, TZ } from './scale/model';
import { parseOptions } from './scale/options';
import { seedOrganisation, seedPatients } from './scale/people';
import { Prng } from './scale/prng';
import { Phases } from './scale/progress';

/**
 * `npm run seed:scale -- --patients 100000`: a large municipality of synthetic data for
 * the benchmarks (docs/performance.md). Everything scales with --patients; the same
 * --seed gives the same data. Loads with COPY, through the real constraints and
 * triggers (the journal's search trigger, the one-open-case-per-patient index).
 *
 * The phases (scripts/scale/) run in this order, each on the output of the ones before:
 * people → case plan → cases and referrals → assessments → goal plans → journal and audit
 * → indexes → vacuum analyze. One stream of draws runs through the first five, so their
 * order is part of the data.
 */
async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  const now = new Date();
  const clock: Clock = { now, today: localDateOf(now, TZ) };
  process.stdout.write(
    `Seeding ${options.patients} patients into ${new URL(options.url).pathname.slice(1)} (seed ${options.seed}, ${options.jobs} jobs)\n`,
  );
  await prepareDatabase(options);
  await checkFreeDisk(options);
  const pool = new Pool({
    connectionString: options.url,
    max: options.jobs + 1,
    application_name: 'kartlegg-seed-scale',
  });
  const phases = new Phases();
  const r = new Prng(options.seed);
  const client = await pool.connect();
  let indexDefs: string[] = [];
  try {
    await client.query('SET synchronous_commit = off');
    const { teams } = await phases.run('organisation', 1, () => seedOrganisation(client, r));
    const patientsByDistrict = await phases.run('patients', options.patients, (bar) =>
      seedPatients(client, r, teams, options.patients, bar),
    );
    const cases = planCases(r, teams, patientsByDistrict, options, clock);
    await phases.run('cases and referrals', cases.length, (bar) =>
      seedCases(client, r, cases, teams, patientsByDistrict, clock, bar),
    );
    const variables = (
      await client.query<{ code: string }>(
        `SELECT code FROM function_variables WHERE scale = 'IPLOS' ORDER BY sort`,
      )
    ).rows.map((row) => row.code);
    await phases.run('assessments', cases.length, (bar) =>
      seedAssessments(client, r, cases, variables, bar),
    );
    await phases.run('goal plans', cases.length, (bar) =>
      seedGoalPlans(pool, options.jobs, r, cases, clock, bar),
    );
    // Its own stream, so the phases after it draw the same data as before it existed.
    await phases.run('decisions', cases.length, (bar) =>
      seedDecisions(client, new Prng(options.seed + 16), cases, bar),
    );
    const expected = cases.reduce((sum, c) => sum + c.journalCount, 0);
    indexDefs = await dropBulkIndexes(client);
    await phases.run('journal and audit', expected, (bar) =>
      seedJournals(pool, options, cases, now, bar),
    );
    await phases.run('indexes', indexDefs.length, async (bar) => {
      await client.query("SET maintenance_work_mem = '1GB'");
      for (const [i, def] of indexDefs.entries()) {
        await client.query(def);
        bar.update(i + 1);
      }
      indexDefs = [];
    });
    await phases.run('vacuum analyze', 1, () => client.query('VACUUM (ANALYZE)'));
    phases.stop();
    await report(client, options, phases, started);
  } finally {
    // A failed load still leaves the schema whole.
    for (const def of indexDefs) await client.query(def).catch(() => undefined);
    phases.stop();
    client.release();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
