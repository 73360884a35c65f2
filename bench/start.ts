import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { apiProcessArgs } from './api-process';

/*
 * Start-up time and memory of the API with WEB_CONCURRENCY = 1, 2, ... (docs/performance.md,
 * "Several processes"): starts `dist/src/main.js` as `npm start` does against an existing,
 * migrated database, times from spawn to the first /health 200 and to every worker answering
 * (/health names the worker), reads each process's RSS from /proc after `--requests` health
 * checks, then stops it with SIGTERM and times the drain. Linux only (/proc).
 *
 *   npm run bench:start -- --processes 1,2 --runs 3 [--database-url ...]
 */

const ROOT = path.resolve(__dirname, '..', '..');

function healthOnce(url: string): Promise<{ ok: boolean; worker?: number }> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/health`, { agent: false, timeout: 2000 }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        try {
          const body = JSON.parse(text) as { worker?: number };
          resolve({ ok: res.statusCode === 200, worker: body.worker });
        } catch {
          resolve({ ok: false });
        }
      });
    });
    req.on('error', () => resolve({ ok: false }));
    req.on('timeout', () => req.destroy());
  });
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in ms (/proc clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function childrenOf(pid: number): number[] {
  const pids: number[] = [];
  for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' '))
    if (task.trim()) pids.push(Number(task));
  return pids;
}

async function measure(databaseUrl: string, processes: number, port: number, requests: number) {
  const started = performance.now();
  const child = spawn(process.execPath, apiProcessArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_PATH: 'dist',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      WEB_CONCURRENCY: String(processes),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  let firstMs = 0;
  const workers = new Set<number | undefined>();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const answer = await healthOnce(url);
    if (answer.ok) {
      if (!firstMs) firstMs = performance.now() - started;
      workers.add(answer.worker);
      if (processes === 1 || workers.size >= processes) break;
    } else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const allMs = performance.now() - started;
  const pid = child.pid as number;
  // CPU used until ready: on a busy machine the wall time mostly measures the wait for a core.
  const cpu = { primary: cpuMs(pid), workers: childrenOf(pid).map(cpuMs) };
  for (let i = 0; i < requests; i++) await healthOnce(url);
  const rss = { primary: rssMiB(pid), workers: childrenOf(pid).map(rssMiB) };
  const stopping = performance.now();
  child.kill('SIGTERM');
  const code = await exited;
  return { firstMs, allMs, cpu, rss, stopMs: performance.now() - stopping, code };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      processes: { type: 'string', default: '1,2' },
      runs: { type: 'string', default: '3' },
      requests: { type: 'string', default: '200' },
      port: { type: 'string', default: '3120' },
    },
  });
  const databaseUrl =
    values['database-url'] ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/kartlegg_scale';
  for (const n of values.processes.split(',').map(Number)) {
    for (let run = 1; run <= Number(values.runs); run++) {
      const m = await measure(databaseUrl, n, Number(values.port), Number(values.requests));
      const mib = (x: number) => `${x.toFixed(0)} MiB`;
      process.stdout.write(
        `WEB_CONCURRENCY=${n} run ${run}: first /health ${m.firstMs.toFixed(0)} ms, ` +
          `all ${n} answering ${m.allMs.toFixed(0)} ms; CPU until then ${n > 1 ? 'primary' : 'process'} ` +
          `${m.cpu.primary} ms${m.cpu.workers.length ? `, workers ${m.cpu.workers.join(', ')} ms` : ''}; RSS ${n > 1 ? 'primary' : 'process'} ` +
          `${mib(m.rss.primary)}${m.rss.workers.length ? `, workers ${m.rss.workers.map(mib).join(', ')}` : ''}; ` +
          `SIGTERM to exit ${m.stopMs.toFixed(0)} ms (code ${m.code})\n`,
      );
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
