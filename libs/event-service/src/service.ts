// The bootstrap of an event-driven service: the kit's runtime with its Kafka producer, outbox relay
// and idempotent consumers. A service's app.ts builds one.
import type { Model } from 'mongoose';
import type { Collection } from 'mongodb';
import { SERVICE_PORTS, TOPICS, type ServiceName } from '@asn/contracts';
import { ServiceRuntime, ServiceTokenVerifier, traces, type ServiceHandlers } from '@asn/service-kit';
import { kafkaConnectionOf, type KafkaConnection, createKafka, EventConsumer, EventProducer, OutboxRelay, prefixed, processedCollection, parkedCollection, type EventConsumerOptions, type OutboxNotify, type OutboxRelayOptions } from '@asn/messaging';

/** Settings every event-driven service reads (the kit's base config plus its ports). */
export interface EventServiceConfig {
  PORT?: number;
  GRPC_PORT?: number;
  HOST: string;
  LOG_LEVEL: string;
  KAFKA_BROKERS: string;
  /** How long consumers keep processed-event markers (hours); default 30 days. */
  CONSUMER_DEDUP_WINDOW_HOURS?: number;
  /** Diagnostics in the logs (see the kit's BaseConfig). */
  TRACE?: string | undefined;
  KAFKA_SASL_MECHANISM?: 'scram-sha-256' | 'scram-sha-512';
  KAFKA_SASL_USERNAME?: string;
  KAFKA_SASL_PASSWORD?: string;
  KAFKA_SSL?: boolean;
  KAFKA_TOPIC_PREFIX: string;
  KAFKA_TOPIC_PARTITIONS: number;
  KAFKA_REPLICATION_FACTOR?: number;
  MONGO_URL: string;
  MONGO_DB?: string;
  SHUTDOWN_TIMEOUT_MS: number;
  GRPC_MAX_CONCURRENT_CALLS?: number;
  GRPC_MAX_QUEUED_CALLS?: number;
  SERVICE_TOKEN_SECRETS: string;
  GRPC_ALLOWED_CALLERS?: string;
}

/**
 * A domain service on the platform's rails: runtime (HTTP health/metrics, gRPC, Mongo), its Kafka
 * producer with its topic, an outbox relay over its aggregates, and idempotent consumers.
 * A service's main.ts is: config, models, `publishFrom`, `consume`, `grpc`, `start`.
 */
export class EventDrivenService<S extends ServiceName = ServiceName> {
  readonly runtime: ServiceRuntime;
  readonly producer: EventProducer;
  readonly topicPrefix: string;
  readonly brokers: KafkaConnection;
  private relay: OutboxRelay | undefined;
  readonly kafka;

  constructor(
    readonly service: S,
    private readonly config: EventServiceConfig,
    opts: { consumesTopics?: string[] } = {},
  ) {
    this.topicPrefix = config.KAFKA_TOPIC_PREFIX;
    this.brokers = kafkaConnectionOf(config);
    this.runtime = new ServiceRuntime({
      service,
      httpPort: config.PORT ?? SERVICE_PORTS[service].http,
      grpcPort: config.GRPC_PORT ?? SERVICE_PORTS[service].grpc,
      host: config.HOST,
      mongoUrl: config.MONGO_URL,
      dbName: config.MONGO_DB ?? service,
      traceMongo: traces(config, 'mongo'),
      logLevel: config.LOG_LEVEL,
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      grpc: { maxConcurrentCalls: config.GRPC_MAX_CONCURRENT_CALLS, maxQueuedCalls: config.GRPC_MAX_QUEUED_CALLS, auth: new ServiceTokenVerifier(config.SERVICE_TOKEN_SECRETS, (config.GRPC_ALLOWED_CALLERS ?? 'gateway').split(',')) },
    });
    this.kafka = createKafka({ brokers: this.brokers, clientId: service, logger: this.runtime.logger });
    // Its own topic and the topics it reads exist before anything is produced or consumed.
    const topics = [TOPICS[service], ...(opts.consumesTopics ?? [])].map((t) => this.topic(t));
    this.producer = this.runtime.manage(
      new EventProducer({ kafka: this.kafka, brokers: this.brokers, logger: this.runtime.logger, topics, partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR }),
    );
  }

  get logger() {
    return this.runtime.logger;
  }

  get connection() {
    return this.runtime.mongo!.connection;
  }

  topic(base: string): string {
    return prefixed(this.topicPrefix, base);
  }

  /** Publishes the outbox events of these aggregates; call `notifyRelay()` after each write. */
  publishFrom(models: Model<any>[], opts: Pick<OutboxRelayOptions, 'scanIntervalMs' | 'exclusive' | 'ephemeral' | 'batchSize'> = {}): OutboxRelay { // eslint-disable-line @typescript-eslint/no-explicit-any
    this.relay = this.runtime.manage(
      new OutboxRelay({
        producer: this.producer,
        logger: this.logger,
        // The models' own collections (mongoose's wrappers of the driver's), so that every query the
        // service runs passes mongoose's hooks, the query catalogue's recorder among them.
        collections: () => models.map((m) => m.collection as unknown as Collection),
        topicPrefix: this.topicPrefix,
        trace: traces(this.config, 'outbox'),
        ...opts,
      }),
    );
    return this.relay;
  }

  notifyRelay(hint?: { collection: string; ids: unknown[] }): void {
    this.relay?.notify(hint);
  }

  /** What a domain calls after writing a document with outbox events: publish that document now. */
  readonly outboxNotify: OutboxNotify = (model, id, inserted) => {
    if (inserted) this.relay?.handOver(model.collection.collectionName, [{ _id: id, _outbox: inserted }]);
    else this.notifyRelay({ collection: model.collection.collectionName, ids: [id] });
  };

  /** An idempotent consumer of other services' topics (base names; the prefix is added). */
  consume(
    opts: Partial<Pick<EventConsumerOptions, 'handlers' | 'retries' | 'batchHandler' | 'partitionsConsumedConcurrently' | 'commits' | 'partitionAssigners' | 'onAssigned'>> & { group: string; topics: string[]; fromBeginning?: boolean },
  ): EventConsumer {
    return this.runtime.manage(
      new EventConsumer({
        kafka: this.kafka,
        brokers: this.brokers,
        logger: this.logger,
        groupId: this.topicPrefix + opts.group,
        topics: opts.topics.map((t) => this.topic(t)),
        handlers: opts.handlers ?? {},
        ...(opts.batchHandler ? { batchHandler: opts.batchHandler } : {}),
        ...(opts.partitionsConsumedConcurrently ? { partitionsConsumedConcurrently: opts.partitionsConsumedConcurrently } : {}),
        ...(opts.commits ? { commits: opts.commits } : {}),
        ...(opts.partitionAssigners ? { partitionAssigners: opts.partitionAssigners } : {}),
        ...(opts.onAssigned ? { onAssigned: opts.onAssigned } : {}),
        processed: () => this.connection.collection(processedCollection(opts.group)) as unknown as Collection,
        ...(this.config.CONSUMER_DEDUP_WINDOW_HOURS ? { dedupWindowMs: this.config.CONSUMER_DEDUP_WINDOW_HOURS * 3_600_000 } : {}),
        parked: () => this.connection.collection(parkedCollection(opts.group)) as unknown as Collection,
        producer: this.producer,
        ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
        ...(opts.fromBeginning !== undefined ? { fromBeginning: opts.fromBeginning } : {}),
      }),
    );
  }

  /** Serves the service's gRPC API (its proto from the contracts lib). */
  grpc(handlers: ServiceHandlers<S>): void {
    this.runtime.grpc!.addService(this.service, handlers);
  }

  start() {
    return this.runtime.start();
  }
}
