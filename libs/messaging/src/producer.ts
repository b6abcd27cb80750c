import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { counter, KafkaHealth, type ManagedResource } from '@asn/service-kit';
import { ensureTopics } from './topics';

export interface ProducerOptions {
  kafka: Kafka;
  brokers: string;
  logger: Logger;
  /** Topics (and their DLQs) created at start. */
  topics?: string[];
  partitions?: number;
}

/**
 * The service's one Kafka producer: idempotent with acks=all, so a retried send does not
 * duplicate or reorder messages within a partition. Creates its topics at start.
 */
export class EventProducer implements ManagedResource {
  readonly name = 'kafka';
  private readonly producer: Producer;
  private readonly health: KafkaHealth;
  private connected = false;
  private readonly sent = counter('kafka_messages_produced_total', 'Messages produced by topic', ['topic']);

  constructor(private readonly opts: ProducerOptions) {
    this.producer = opts.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    this.health = new KafkaHealth(opts.brokers);
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.connected = false;
    });
  }

  async start(): Promise<void> {
    if (this.opts.topics?.length) {
      const created = await ensureTopics(this.opts.kafka, this.opts.topics, { partitions: this.opts.partitions ?? 3 });
      if (created.length) this.opts.logger.info({ topics: created }, 'topics created');
    }
    await this.producer.connect();
    this.connected = true;
  }

  async isReady(): Promise<boolean> {
    return this.connected && (await this.health.check());
  }

  /** Sends messages in order; with acks=all a resolved promise means every replica has them. */
  async send(topicMessages: { topic: string; messages: Message[] }[]): Promise<void> {
    if (topicMessages.length === 0) return;
    await this.producer.sendBatch({ topicMessages, acks: -1 });
    for (const tm of topicMessages) this.sent.inc({ topic: tm.topic }, tm.messages.length);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    await this.health.close();
    this.connected = false;
  }
}
