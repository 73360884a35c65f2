import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { signLocalToken } from 'src/common/auth/tokens';
import { DEV_SIGNING_KEY } from 'src/config/app-config';
import { API_NODE_FLAGS } from './api-process';

/**
 * `npm run load:abuse`: does an expensive document sent in a loop slow down other users?
 * Attackers send the heaviest document the limits allow, in closed loops without pause:
 * 4 anonymous connections (one client address) and 4 signed-in staff members (one
 * connection each, their own tokens, so four rate-limit buckets). Meanwhile a normal user
 * asks `me` every 100 ms; the report shows that user's latency alone and under attack, and
 * how the attackers' requests were answered. Only against 127.0.0.1; bounded in time.
 * Not part of `npm test`. docs/reliability.md has the figures.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** `{ me { teams { id } } }` repeated: issue 12's document, 3 fields per repeat. */
function repeated(times: number): string {
  return `{ ${'me { teams { id } } '.repeat(times)}}`;
}

/** 66 repeats = 198 fields, the most of this shape the field limit (200) allows (depth 3, no aliases). */
const HEAVIEST_ALLOWED = repeated(66);
/** What issue 12 sent: 370 repeats, 1 110 fields, within every limit before the field limit. */
const ISSUE_12 = repeated(370);
const ME = '{ me { id name teams { name } } }';

interface Options {
  port: number;
  quiet: number;
  duration: number;
  document: 'allowed' | 'issue12';
  apiRoot: string;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3111' },
      quiet: { type: 'string', default: '5' },
      duration: { type: 'string', default: '25' },
      document: { type: 'string', default: 'allowed' },
      // Another build of the API (e.g. the main branch, for the figure before the limits).
      'api-root': { type: 'string', default: ROOT },
    },
  });
  if (values.document !== 'allowed' && values.document !== 'issue12')
    throw new Error('--document is allowed or issue12');
  const duration = Math.min(60, Number(values.duration));
  return {
    port: Number(values.port),
    quiet: Math.min(30, Number(values.quiet)),
    duration,
    document: values.document,
    apiRoot: path.resolve(values['api-root']),
  };
}

async function waitFor(url: string, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Sample {
  ms: number;
  code: string;
}

/** The normal user: `me` every 100 ms (600 a minute, half their rate limit) until `until`. */
async function normalUser(url: string, token: string, until: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  while (performance.now() < until) {
    const t0 = performance.now();
    let code = 'OK';
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (body.errors?.length) code = body.errors[0].extensions?.code ?? `HTTP_${res.status}`;
    } catch (error) {
      code = (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    }
    const ms = performance.now() - t0;
    samples.push({ ms, code });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - ms)));
  }
  return samples;
}

interface Attack {
  name: string;
  requests: number;
  byStatus: Record<string, number>;
}

/**
 * One autocannon process (its own event loop, so the normal user's timings are not held up
 * by the load generator): `connections` closed loops posting `query`, for `seconds`.
 */
function attack(
  name: string,
  url: string,
  query: string,
  connections: number,
  seconds: number,
  token?: string,
): Promise<Attack> {
  const args = [
    path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
    '--json',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    ...(token ? ['-H', `authorization=Bearer ${token}`] : []),
    '-b',
    JSON.stringify({ query }),
    `${url}/graphql`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      try {
        const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
          requests: { total: number };
          statusCodeStats?: Record<string, { count: number }>;
          errors: number;
          timeouts: number;
        };
        const byStatus: Record<string, number> = {};
        for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
          byStatus[status] = count;
        if (result.errors) byStatus.errors = result.errors;
        if (result.timeouts) byStatus.timeouts = result.timeouts;
        resolve({ name, requests: result.requests.total, byStatus });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function latencyLine(label: string, samples: Sample[]): string {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => s.code !== 'OK');
  const codes = Object.entries(
    failed.reduce<Record<string, number>>(
      (acc, s) => ({ ...acc, [s.code]: (acc[s.code] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return (
    `${label.padEnd(22)} ${String(samples.length).padStart(6)} ` +
    `${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 95).toFixed(1).padStart(8)} ` +
    `${(sorted.at(-1) ?? 0).toFixed(1).padStart(8)}  ${codes || '—'}\n`
  );
}

async function main(): Promise<void> {
  const options = parseOptions();
  const url = `http://127.0.0.1:${options.port}`;
  const document = options.document === 'issue12' ? ISSUE_12 : HEAVIEST_ALLOWED;
  let api: ChildProcess | undefined;
  const exited = () =>
    new Promise<void>((resolve) => {
      if (!api || api.exitCode !== null) return resolve();
      api.on('exit', () => resolve());
    });
  process.on('SIGINT', () => {
    api?.kill('SIGTERM');
    process.exit(130);
  });
  try {
    // As `npm start`, on the embedded PostgreSQL of its own folder unless DATABASE_URL is set.
    api = spawn(process.execPath, [...API_NODE_FLAGS, 'dist/src/main.js'], {
      cwd: options.apiRoot,
      env: {
        ...process.env,
        NODE_PATH: 'dist',
        PORT: String(options.port),
        EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? path.join(ROOT, '.data/abuse-postgres'),
        // Local tokens are refused in production; the limits are the defaults.
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(url);
    const key = process.env.AUTH_LOCAL_SIGNING_KEY ?? DEV_SIGNING_KEY;
    const user = await signLocalToken('nurse.nord@demo.local', key);
    const attackers = await Promise.all(
      ['physio.nord', 'ot.nord', 'educator.nord', 'caseworker.nord'].map((who) =>
        signLocalToken(`${who}@demo.local`, key),
      ),
    );

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
    process.stdout.write(
      `kartlegg abuse: ${machine}; API from ${options.apiRoot}\n` +
        `document: ${options.document} (${document.length} characters); ` +
        `${options.quiet} s quiet, then ${options.duration} s under attack\n`,
    );

    // Warm-up, then the normal user alone.
    await normalUser(url, user, performance.now() + 1000);
    const quiet = await normalUser(url, user, performance.now() + options.quiet * 1000);

    const until = performance.now() + options.duration * 1000;
    const [underAttack, ...attacks] = await Promise.all([
      normalUser(url, user, until),
      attack('anonymous ×4', url, document, 4, options.duration),
      ...attackers.map((token, i) =>
        attack(`staff token ${i + 1}`, url, document, 1, options.duration, token),
      ),
    ]);

    process.stdout.write(
      `\nnormal user (me)       ${'calls'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  errors\n`,
    );
    process.stdout.write(latencyLine('alone', quiet));
    process.stdout.write(latencyLine('under attack', underAttack as Sample[]));
    process.stdout.write(
      `\nattackers: answers by HTTP status (200 served, 400 document refused, 429 RATE_LIMITED)\n`,
    );
    for (const a of attacks as Attack[]) {
      const statuses = Object.entries(a.byStatus)
        .map(([status, n]) => `${status}: ${n}`)
        .join(', ');
      process.stdout.write(`${a.name.padEnd(22)} ${String(a.requests).padStart(7)}  ${statuses}\n`);
    }
    const p95 = percentile(
      (underAttack as Sample[]).map((s) => s.ms).sort((a, b) => a - b),
      95,
    );
    process.stdout.write(
      `\ntarget: normal user's p95 under attack < 100 ms: ${p95 < 100 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms)\n`,
    );
    if ((underAttack as Sample[]).some((s) => s.code !== 'OK')) process.exitCode = 1;
  } finally {
    api?.kill('SIGTERM');
    await exited();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
