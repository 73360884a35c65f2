import { performance } from 'node:perf_hooks';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** One progress bar per phase, and how long each phase took. */
export class Phases {
  private readonly bars: MultiBar;
  readonly times: [string, number][] = [];
  constructor() {
    this.bars = new MultiBar(
      {
        format:
          ' {phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} | eta {eta_formatted}',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 15_000,
        clearOnComplete: false,
        fps: 5,
      },
      Presets.shades_classic,
    );
  }
  async run<T>(phase: string, total: number, work: (bar: SingleBar) => Promise<T>): Promise<T> {
    const bar = this.bars.create(Math.max(total, 1), 0, { phase: phase.padEnd(22) });
    const started = performance.now();
    const result = await work(bar);
    bar.update(Math.max(total, 1));
    this.times.push([phase, (performance.now() - started) / 1000]);
    return result;
  }
  stop(): void {
    this.bars.stop();
  }
}
