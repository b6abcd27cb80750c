import { Kafka, logLevel, type Admin } from 'kafkajs';
import type { ManagedResource } from './resource';
import { withTimeout } from './resource';

/**
 * Readiness probe: does a broker answer a metadata request now? A dedicated admin client with
 * no retries, so a broker that went away reads as not ready within the timeout.
 */
export class KafkaHealth {
  private admin: Admin | undefined;
  private last: { at: number; ok: boolean } | undefined;

  constructor(
    private readonly brokers: string | string[],
    private readonly timeoutMs = 1500,
  ) {}

  async check(): Promise<boolean> {
    // Cache briefly so a burst of probes does not become a burst of metadata requests.
    if (this.last && Date.now() - this.last.at < 500) return this.last.ok;
    let ok = false;
    try {
      this.admin ??= new Kafka({
        clientId: 'readiness',
        brokers: Array.isArray(this.brokers) ? this.brokers : this.brokers.split(','),
        logLevel: logLevel.NOTHING,
        connectionTimeout: this.timeoutMs,
        requestTimeout: this.timeoutMs,
        retry: { retries: 0 },
      }).admin();
      await withTimeout(this.admin.connect(), this.timeoutMs, 'kafka connect');
      const cluster = await withTimeout(this.admin.describeCluster(), this.timeoutMs, 'kafka metadata');
      ok = cluster.brokers.length > 0;
    } catch {
      await this.admin?.disconnect().catch(() => undefined);
      this.admin = undefined;
      ok = false;
    }
    this.last = { at: Date.now(), ok };
    return ok;
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }
}

/**
 * Kafka's part of readiness for a service that talks to Kafka: starts when a broker answers,
 * and is ready while one does.
 */
export class KafkaReadiness implements ManagedResource {
  readonly name = 'kafka';
  private readonly health: KafkaHealth;

  constructor(brokers: string | string[]) {
    this.health = new KafkaHealth(brokers);
  }

  async start(): Promise<void> {
    if (!(await this.health.check())) throw new Error('no Kafka broker answers');
  }

  isReady(): Promise<boolean> {
    return this.health.check();
  }

  stop(): Promise<void> {
    return this.health.close();
  }
}
