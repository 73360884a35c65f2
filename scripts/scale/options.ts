import { parseArgs } from 'node:util';
import type { Options } from './model';

/** The command line of `npm run seed:scale`. */

const USAGE = `usage: npm run seed:scale -- [--patients 100000] [--seed 8] [--jobs 2] [--reset]
                            [--database-url postgres://postgres@127.0.0.1:5432/kartlegg_scale]`;

export function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      patients: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '8' },
      jobs: { type: 'string', default: '2' },
      reset: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const patients = Number(values.patients);
  const seed = Number(values.seed);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(patients) || patients < 1000 || patients > 2_000_000)
    fail('--patients must be an integer from 1000 to 2000000');
  if (!Number.isInteger(seed)) fail('--seed must be an integer');
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 8) fail('--jobs must be 1–8');
  return {
    patients,
    seed,
    jobs,
    reset: values.reset,
    url:
      values['database-url'] ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/kartlegg_scale',
  };
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}
