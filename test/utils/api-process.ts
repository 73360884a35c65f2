import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/*
 * Real API processes for the tests of several processes and instances: `dist/src/main.js`
 * started as `npm start` starts it, on a port of its own, against a test file's database.
 */

const ROOT = path.resolve(process.cwd());
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiles the API (`npm run build:api`) when dist/ is missing or older than src/. */
export function ensureApiBuilt(): void {
  const built = existsSync(MAIN) ? statSync(MAIN).mtimeMs : 0;
  if (built >= newestSource(path.join(ROOT, 'src'))) return;
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Its log lines so far (JSON, one a line), stdout and stderr together. */
  log(): string;
  /** SIGTERM, then waits for the exit: answers the exit code (SIGKILL after 20 s). */
  stop(): Promise<number | null>;
}

/**
 * Starts `node dist/src/main.js` with `env` (on top of a test configuration) and waits until
 * /health answers 200. Stops the process and throws with its log when it does not come up.
 */
export async function startApi(
  database: { url: string; ownerUrl: string },
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=32', '--max-old-space-size=256', MAIN],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_PATH: path.join(ROOT, 'dist'),
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: database.url,
        DATABASE_OWNER_URL: database.ownerUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const api: ApiProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} before it answered:\n${output}`);
    try {
      if ((await fetch(`${api.url}/health`)).ok) return api;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await api.stop();
      throw new Error(`the API did not answer /health within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
