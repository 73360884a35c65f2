/**
 * The Node flags `npm start`, `start:prod` and the Dockerfile run the API with (keep the
 * three in step): a young generation of 32 MB cuts scavenges under load, and a 256 MB old
 * generation makes V8 collect before it grows (docs/performance.md, "Memory": RSS under load
 * 315 MiB without the cap, 209 MiB with it, at the same throughput). The benchmarks start
 * the API the same way.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32', '--max-old-space-size=256'];
