import { Kafka, logLevel, type Admin, type SASLOptions } from 'kafkajs';
import { ConfigError, withTimeout, type ManagedResource } from '@asn/service-kit';

/** Where Kafka is and how to authenticate to it (SASL/SCRAM, TLS), as every client of a process uses it. */
export interface KafkaConnection {
  brokers: string | string[];
  sasl?: SASLOptions;
  ssl?: boolean;
}

/** The brokers, or the whole connection (with its credentials). */
export type KafkaTarget = string | string[] | KafkaConnection;

export const brokersOf = (target: KafkaTarget): string[] => {
  const brokers = typeof target === 'string' || Array.isArray(target) ? target : target.brokers;
  return Array.isArray(brokers) ? brokers : brokers.split(',');
};

/** The credentials part of a connection, for a kafkajs client's config. */
export const kafkaSecurityOf = (target: KafkaTarget): { sasl?: SASLOptions; ssl?: boolean } =>
  typeof target === 'string' || Array.isArray(target) ? {} : { ...(target.sasl ? { sasl: target.sasl } : {}), ...(target.ssl ? { ssl: true } : {}) };

/** A process's Kafka connection from its settings (KAFKA_BROKERS, KAFKA_SASL_*, KAFKA_SSL). */
export function kafkaConnectionOf(config: { KAFKA_BROKERS: string; KAFKA_SASL_MECHANISM?: 'scram-sha-256' | 'scram-sha-512'; KAFKA_SASL_USERNAME?: string; KAFKA_SASL_PASSWORD?: string; KAFKA_SSL?: boolean }): KafkaConnection {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = config;
  if (mechanism && !(username && password)) {
    throw new ConfigError([{ variable: 'KAFKA_SASL_USERNAME', message: `KAFKA_SASL_MECHANISM ${mechanism} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD` }]);
  }
  return {
    brokers: config.KAFKA_BROKERS,
    ...(mechanism ? { sasl: { mechanism, username: username!, password: password! } } : {}),
    ...(config.KAFKA_SSL ? { ssl: true } : {}),
  };
}

/**
 * Readiness probe: does a broker answer a metadata request now? A dedicated admin client with
 * no retries, so a broker that went away reads as not ready within the timeout.
 */
export class KafkaHealth {
  private admin: Admin | undefined;
  private last: { at: number; ok: boolean } | undefined;

  constructor(
    private readonly target: KafkaTarget,
    private readonly timeoutMs = 1500,
  ) {}

  async check(): Promise<boolean> {
    // Cache briefly so a burst of probes does not become a burst of metadata requests.
    if (this.last && Date.now() - this.last.at < 500) return this.last.ok;
    let ok = false;
    try {
      this.admin ??= new Kafka({
        clientId: 'readiness',
        brokers: brokersOf(this.target),
        ...kafkaSecurityOf(this.target),
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

  constructor(target: KafkaTarget) {
    this.health = new KafkaHealth(target);
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
