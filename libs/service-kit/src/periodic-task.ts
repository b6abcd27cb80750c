import type { Logger } from 'pino';
import type { ManagedResource } from './resource';

/**
 * Work a service runs at its start and then every `intervalMs` (an end-date check, a sweep), one
 * run at a time: a run still going when the next is due is not doubled, and a stop waits for it.
 * A failed run is logged and tried again at the next interval.
 */
export class PeriodicTask implements ManagedResource {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  /** Runs finished so far (failed ones too): what a test waits on instead of the clock. */
  completedRuns = 0;

  constructor(
    readonly name: string,
    private readonly opts: { intervalMs: number; run: () => Promise<unknown>; logger: Logger },
  ) {}

  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.opts.intervalMs);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.opts.run().catch((err: unknown) => this.opts.logger.warn({ err, task: this.name }, `${this.name} failed; will retry`));
    await this.running;
    this.running = undefined;
    this.completedRuns++;
  }

  isReady(): boolean {
    return this.timer !== undefined;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
