import { Kafka, logLevel, type Admin, type KafkaConfig, type logCreator } from 'kafkajs';
import type { Logger } from 'pino';
import { withTimeout } from '@asn/service-kit';

const LEVEL: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs through the service's pino logger (JSON, correlation ids), not its own console format. */
const pinoLogCreator =
  (logger: Logger): logCreator =>
  () =>
  ({ level, log }) => {
    const { message, ...extra } = log;
    logger[LEVEL[level] ?? 'info']({ kafka: extra }, `kafka: ${message}`);
  };

export interface KafkaOptions {
  brokers: string | string[];
  clientId: string;
  logger: Logger;
  config?: Partial<KafkaConfig>;
}

export function createKafka(opts: KafkaOptions): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: Array.isArray(opts.brokers) ? opts.brokers : opts.brokers.split(','),
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(opts.logger.child({ component: 'kafkajs' })),
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, retries: 8 },
    ...opts.config,
  });
}

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
