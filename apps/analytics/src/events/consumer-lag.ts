import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { gauge, type ManagedResource } from '@asn/service-kit';
import { groupLag } from '@asn/messaging';

/**
 * Measures the consumer group's lag per partition (end offset − committed offset) on an interval:
 * the `kafka_consumer_lag` metric, and readiness (ready only when caught up to within maxLag).
 */
export class ConsumerLag implements ManagedResource {
  readonly name = 'consumer-lag';
  private admin: Admin | undefined;
  private timer: NodeJS.Timeout | undefined;
  private total: number | undefined;
  private readonly lagGauge = gauge('kafka_consumer_lag', 'Events not yet consumed, per topic partition', ['group', 'topic', 'partition']);

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: string[],
    private readonly maxLag: number,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await this.measure();
    this.timer = setInterval(() => void this.measure(), this.intervalMs);
  }

  /** Total lag now (also refreshes the metric). */
  async measure(): Promise<number | undefined> {
    if (!this.admin) return undefined;
    try {
      let total = 0;
      for (const [key, lag] of await groupLag(this.admin, this.groupId, this.topics)) {
        const at = key.lastIndexOf(':');
        this.lagGauge.set({ group: this.groupId, topic: key.slice(0, at), partition: key.slice(at + 1) }, lag);
        total += lag;
      }
      this.total = total;
    } catch (err) {
      this.logger.warn({ err }, 'consumer lag could not be measured');
      this.total = undefined;
    }
    return this.total;
  }

  isReady(): boolean {
    return this.total !== undefined && this.total <= this.maxLag;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.admin?.disconnect();
  }
}
