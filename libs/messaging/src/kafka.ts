import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';

// Spelled out below (DefaultPartitioner), which also silences kafkajs's partitioner notice.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
import type { Logger } from 'pino';
import { brokersOf, kafkaSecurityOf, type KafkaTarget } from './kafka-health';

// kafkajs 2.2.4 schedules its request-queue check with a negative delay when the broker has not
// throttled it (kafkajs issue #1751, fixed upstream but unreleased). Every Node clamps such a
// delay to 1 ms, as kafkajs expects; since Node 24 it also prints a TimeoutNegativeWarning on
// every connection. Only that warning type is dropped; every other warning is emitted as before.
const emitWarning = process.emitWarning;
if (!(emitWarning as { asnFiltered?: boolean }).asnFiltered) {
  const filtered = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'TimeoutNegativeWarning') return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = Object.assign(filtered, { asnFiltered: true }) as typeof process.emitWarning;
}

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
    // At-least-once is what the platform relies on (outbox + idempotent consumers); bounded
    // producer retries are deliberate, so this start-up notice is noise.
    if (typeof message === 'string' && message.startsWith('Limiting retries for the idempotent producer')) return;
    // A group rebalancing (an instance joined or left) is how consumers share partitions, not a
    // failure: kafkajs reports each heartbeat and commit it turned away as an error.
    const rebalancing = (extra as { error?: unknown }).error === 'The group is rebalancing, so a rejoin is needed';
    logger[rebalancing ? 'info' : (LEVEL[level] ?? 'info')]({ kafka: extra }, `kafka: ${message}`);
  };

export interface KafkaOptions {
  /** The brokers, or the process's whole connection with its SASL credentials (kafkaConnectionOf). */
  brokers: KafkaTarget;
  clientId: string;
  logger: Logger;
  config?: Partial<KafkaConfig>;
}

export function createKafka(opts: KafkaOptions): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: brokersOf(opts.brokers),
    ...kafkaSecurityOf(opts.brokers),
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(opts.logger.child({ component: 'kafkajs' })),
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    // Waits between attempts capped at 5 s (kafkajs's 30 s: a client asleep in a 13–26 s wait when
    // a restarted broker came back stayed away that long); as many attempts as to wait about as long in all (~40 s).
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 12 },
    ...opts.config,
  });
}
