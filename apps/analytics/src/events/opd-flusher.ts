import type { Logger } from 'pino';
import type { ManagedResource } from '@asn/service-kit';
import type { AnalyticsDomain } from '../domain/analytics';

/**
 * Recomputes dirty OPD metrics on an interval: a burst of events becomes one OPD update per
 * interval (debounced per entity). Ready only when nothing is waiting.
 */
export class OpdFlusher implements ManagedResource {
  readonly name = 'opd-flusher';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = 1;

  constructor(
    private readonly domain: AnalyticsDomain,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    await this.tick();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = (async () => {
      try {
        await this.domain.flushDirtyOpds();
        this.pending = await this.domain.dirtyOpdCount();
      } catch (err) {
        this.logger.warn({ err }, 'OPD metrics flush failed; will retry');
      }
    })();
    await this.running;
    this.running = undefined;
  }

  isReady(): boolean {
    return this.pending === 0;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
