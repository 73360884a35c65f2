/**
 * The Node flags `npm start`, `start:prod` and the Dockerfile run the API with (keep the
 * three in step): a young generation of 32 MB cuts scavenges under load, and a 256 MB old
 * generation makes V8 collect before it grows (docs/performance.md, "Memory": RSS under load
 * 315 MiB without the cap, 209 MiB with it, at the same throughput). The benchmarks start
 * the API the same way.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32', '--max-old-space-size=256'];

/**
 * The argv of the API process the benchmarks start: the flags above, then the caller's own
 * Node flags (`--api-node-options`, split on white space), then the script. The extra flags
 * go on the command line, not in NODE_OPTIONS: Node 20 refuses `--cpu-prof` and the other
 * profiling flags there (exit 9). Workers of the cluster (WEB_CONCURRENCY > 1) inherit them,
 * so each writes its own profile.
 */
export function apiProcessArgs(extraNodeFlags?: string): string[] {
  const extra = extraNodeFlags?.trim() ? extraNodeFlags.trim().split(/\s+/) : [];
  return [...API_NODE_FLAGS, ...extra, 'dist/src/main.js'];
}
