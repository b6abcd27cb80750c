import type { Logger } from 'pino';
import type { EventConsumer } from '@asn/messaging';
import { counter, type ManagedResource } from '@asn/service-kit';
import type { AnalyticsDomain } from '../domain/analytics';

/**
 * Makes what analytics holds in memory durable, then commits the consumer's offsets up to it
 * (AnalyticsDomain.checkpoint). Every `intervalMs` when analytics keeps up; while the consumer is
 * further behind than `catchUpLag` (a replay, a rebuild, a backlog), only every `catchUpIntervalMs`,
 * and light (metrics are written once caught up), so that a checkpoint writes each entity once for many events, unless `maxUnsavedFacts` facts wait
 * in memory, appended or read beyond the fact lists' bounds (its bound on memory). A crash loses no event: the
 * consumer replays from the last checkpoint.
 */
export class Checkpointer implements ManagedResource {
  readonly name = 'checkpointer';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private last = Date.now();
  private failing = false;
  private readonly written = counter('analytics_checkpoint_documents_total', 'Documents written by analytics checkpoints');

  constructor(
    private readonly domain: AnalyticsDomain,
    private readonly consumer: EventConsumer,
    private readonly opts: { intervalMs: number; catchUpIntervalMs: number; catchUpLag: number; maxUnsavedFacts: number },
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.domain.restore();
    this.timer = setInterval(() => void this.tick(), this.opts.intervalMs);
  }

  private async tick(force = false): Promise<void> {
    if (this.running) return this.running;
    // Batches of events no metric uses change nothing, but their offsets are still to commit.
    // Sharing the partitions, other instances may have marked work for this one: a checkpoint looks.
    // Lists read whole for the entities touched stay in memory until a checkpoint lets them go.
    const memoryFull = this.domain.factsAwaitingCheckpoint() >= this.opts.maxUnsavedFacts;
    if (!force && !memoryFull && this.domain.unsavedCount() === 0 && this.consumer.uncommitted().length === 0 && this.domain.partitionsHeld() === 'all') return;
    const catchingUp = this.consumer.behind() > this.opts.catchUpLag;
    if (!force && catchingUp && Date.now() - this.last < this.opts.catchUpIntervalMs && !memoryFull) return;
    this.running = (async () => {
      try {
        // The offsets are taken inside the checkpoint: every batch they cover is in memory by then.
        const n = await this.domain.checkpoint(() => this.consumer.commit(this.consumer.uncommitted()), { light: catchingUp });
        this.written.inc(n);
        this.last = Date.now();
        this.failing = false;
      } catch (err) {
        this.failing = true;
        this.logger.warn({ err }, 'analytics checkpoint failed; will retry (the consumer replays from the last one)');
      }
    })();
    await this.running;
    this.running = undefined;
  }

  /** Ready while checkpoints succeed and none left metrics unwritten (readiness also waits for the consumer lag: ConsumerLag). */
  isReady(): boolean {
    return !this.failing && !this.domain.metricsStale();
  }

  /** A last checkpoint with the consumer paused, so a clean stop replays nothing. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.consumer.pause();
    await this.running;
    await this.tick(true);
  }
}
