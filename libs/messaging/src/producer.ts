import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { counter, type ManagedResource } from '@asn/service-kit';
import { brokersOf, KafkaHealth, type KafkaTarget } from './kafka-health';
import { ensureTopics } from './topics';

export interface ProducerOptions {
  kafka: Kafka;
  brokers: KafkaTarget;
  logger: Logger;
  /** Topics (and their DLQs) created at start. */
  topics?: string[];
  partitions?: number;
  /** Replicas of the topics created at start (default: see `replicationFor`). */
  replicationFactor?: number;
  /** Upper bound of one produce request's message bytes (keys and values); default 512 KB. */
  maxRequestBytes?: number;
}

const DEFAULT_MAX_REQUEST_BYTES = 512 * 1024;
/** Errors after which an idempotent producer's sequence numbers no longer match the broker's. */
const SEQUENCE_ERRORS = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'INVALID_PRODUCER_EPOCH', 'UNKNOWN_PRODUCER_ID', 'MESSAGE_TOO_LARGE']);

const sizeOf = (m: Message) => (m.key ? Buffer.byteLength(m.key as string | Buffer) : 0) + (m.value ? Buffer.byteLength(m.value as string | Buffer) : 0) + 64;

/** Splits topic messages, keeping their order, into requests of at most `maxBytes` each (a larger single message goes alone). */
export function chunkBySize(topicMessages: { topic: string; messages: Message[] }[], maxBytes: number): { topic: string; messages: Message[] }[][] {
  const chunks: { topic: string; messages: Message[] }[][] = [];
  let current: { topic: string; messages: Message[] }[] = [];
  let bytes = 0;
  for (const { topic, messages } of topicMessages) {
    for (const m of messages) {
      const size = sizeOf(m);
      if (bytes > 0 && bytes + size > maxBytes) {
        chunks.push(current);
        current = [];
        bytes = 0;
      }
      const last = current[current.length - 1];
      if (last?.topic === topic) last.messages.push(m);
      else current.push({ topic, messages: [m] });
      bytes += size;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * The service's one Kafka producer: idempotent with acks=all, so a retried send does not
 * duplicate or reorder messages within a partition. Creates its topics at start.
 */
export class EventProducer implements ManagedResource {
  readonly name = 'kafka';
  private producer: Producer;
  private readonly health: KafkaHealth;
  private connected = false;
  private readonly sent = counter('kafka_messages_produced_total', 'Messages produced by topic', ['topic']);

  constructor(private readonly opts: ProducerOptions) {
    this.producer = this.newProducer();
    this.health = new KafkaHealth(opts.brokers);
  }

  private newProducer(): Producer {
    const producer = this.opts.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    producer.on(producer.events.DISCONNECT, () => {
      if (this.producer === producer) this.connected = false;
    });
    return producer;
  }

  async start(): Promise<void> {
    if (this.opts.topics?.length) {
      const created = await ensureTopics(this.opts.kafka, this.opts.topics, {
        partitions: this.opts.partitions,
        replicationFactor: this.opts.replicationFactor,
        namedBrokers: brokersOf(this.opts.brokers).length,
      });
      if (created.length) this.opts.logger.info({ topics: created }, 'topics created');
    }
    await this.producer.connect();
    this.connected = true;
  }

  async isReady(): Promise<boolean> {
    return this.connected && (await this.health.check());
  }

  /**
   * Sends messages in order; with acks=all a resolved promise means every replica has them. A large
   * batch goes as several requests, one after the other (order kept), each under `maxRequestBytes`:
   * the broker refuses a partition's record batch over its `message.max.bytes` (1 MB by default),
   * and a rebuild publishes thousands of metric events in one relay pass.
   */
  async send(topicMessages: { topic: string; messages: Message[] }[]): Promise<void> {
    if (!this.connected) {
      // A producer started after a broken sequence whose first connect failed (see recover).
      await this.producer.connect();
      this.connected = true;
    }
    for (const chunk of chunkBySize(topicMessages, this.opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES)) {
      try {
        await this.producer.sendBatch({ topicMessages: chunk, acks: -1 });
      } catch (err) {
        await this.recover(err);
        throw err;
      }
      for (const tm of chunk) this.sent.inc({ topic: tm.topic }, tm.messages.length);
    }
  }

  /**
   * After a failed request an idempotent kafkajs producer may have moved its sequence numbers on
   * without the broker: every later send then fails with OUT_OF_ORDER_SEQUENCE_NUMBER, for ever.
   * A new kafkajs producer gets a new producer id and fresh sequences (connecting the same one
   * again does not: kafkajs keeps its id, and the chaos run's outboxes stayed stuck behind it); the
   * caller retries the send (the outbox keeps the events, and consumers are idempotent).
   */
  private async recover(err: unknown): Promise<void> {
    const type = (err as { type?: string }).type ?? (err as { cause?: { type?: string } }).cause?.type;
    if (!type || !SEQUENCE_ERRORS.has(type)) return;
    this.opts.logger.warn({ err }, 'kafka producer sequence broken; starting a new producer for a new producer id');
    const broken = this.producer;
    this.producer = this.newProducer();
    this.connected = false;
    await broken.disconnect().catch(() => undefined);
    try {
      await this.producer.connect();
      this.connected = true;
    } catch (reconnectErr) {
      this.opts.logger.warn({ err: reconnectErr }, 'kafka producer connect failed; the next send tries again');
    }
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    await this.health.close();
    this.connected = false;
  }
}
