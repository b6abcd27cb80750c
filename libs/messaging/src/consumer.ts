import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, PartitionAssigner, TopicPartitionOffsetAndMetadata } from 'kafkajs';
import type { Collection } from 'mongodb';
import pRetry, { AbortError } from 'p-retry';
import type { Logger } from 'pino';
import { dlqTopic, DLQ_RETENTION_MS, eventNameOf, type CloudEvent, type EventName } from '@asn/contracts';
import { AppError, contextOf, counter, EVENT_DELAY_BUCKETS, gauge, histogram, secondsSince, isDuplicateKey, runWithContext, SpanKind, startSpan, traceCarrier, withTraceContext, type ManagedResource, type QueryCatalogue, type TraceCarrier } from '@asn/service-kit';
import { KafkaHealth, type KafkaTarget } from './kafka-health';
import { InvalidEventError, parseEvent } from './envelope';
import type { EventProducer } from './producer';

export interface MessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
}

export type EventHandler = (event: CloudEvent, meta: MessageMeta) => Promise<void>;

export interface ConsumedEvent {
  event: CloudEvent;
  meta: MessageMeta;
  /** The trace context of this event's receipt (a span in the trace that caused the event), for what the handler derives from it. */
  trace?: TraceCarrier;
}

const consumeSpan = (event: CloudEvent, meta: MessageMeta, group: string) =>
  startSpan(`process ${event.type}`, {
    kind: SpanKind.CONSUMER,
    parent: contextOf(event),
    attributes: { 'messaging.system': 'kafka', 'messaging.operation.type': 'process', 'messaging.destination.name': meta.topic, 'messaging.consumer.group.name': group, 'messaging.message.id': event.id, 'messaging.kafka.offset': Number(meta.offset) },
  });

/**
 * Handles a whole fetched batch of one partition at once (valid events only, in order). Must be
 * idempotent by itself (e.g. facts keyed by event id): batch mode does not use the processed-ids
 * store. If it keeps failing, the batch is retried message by message to isolate the poison one.
 */
export type BatchHandler = (events: ConsumedEvent[]) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  brokers: KafkaTarget;
  logger: Logger;
  groupId: string;
  /** Full topic names (prefix included). */
  topics: string[];
  handlers: Partial<Record<EventName, EventHandler>>;
  /** Batch mode: one call per fetched batch instead of one handler call per event. */
  batchHandler?: BatchHandler;
  /** Idempotency store: one document per processed event id, `_id` unique by construction. */
  processed: Collection | (() => Collection);
  /**
   * How long a processed-event marker is kept (default DLQ_RETENTION_MS, 30 days: as long as a dead-letter topic
   * keeps a letter): a redelivery is recognised within this window; older markers are pruned, so
   * the store does not grow with the whole history. A replay from further back relies on the
   * handlers being idempotent in themselves (they are: conditional writes keyed by the event).
   */
  dedupWindowMs?: number;
  /** How often markers older than the window are pruned (default 1 h; also once at start). */
  pruneIntervalMs?: number;
  /** Publishes poison events to `<topic>.dlq`. */
  producer: EventProducer;
  /**
   * Where a dead letter waits when the dead-letter topic refuses it after retries (a store the
   * service already writes): the partition moves on, and the letter is re-sent until the topic
   * takes it. Without it, a refused dead letter stops the partition until the send succeeds.
   */
  parked?: Collection | (() => Collection);
  /** Attempts of a dead-letter send after the first (default 4), with backoff. */
  dlqRetries?: number;
  /** How often parked dead letters are re-sent (default 30 s). */
  resendIntervalMs?: number;
  /** Attempts after the first (default 3), with exponential backoff. */
  retries?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  fromBeginning?: boolean;
  partitionsConsumedConcurrently?: number;
  /**
   * The group session timeout (default 10 s; the broker allows 6 s to 30 min): how long the
   * partitions of a member that died stay unread before the group hands them to another.
   */
  sessionTimeoutMs?: number;
  /**
   * `checkpoint`: offsets are committed only when the owner calls `commit(uncommitted())`, after it
   * made what it holds in memory durable (a handler that keeps state in memory and writes it in
   * bulk). A crash replays from the last commit, so the handler must be idempotent. Default `auto`.
   */
  commits?: 'auto' | 'checkpoint';
  /** How the group shares partitions (default: kafkajs's round robin); e.g. `coPartitionedAssigner()`. */
  partitionAssigners?: PartitionAssigner[];
  /**
   * Told the partitions this member holds after each (re)join of the group, before it fetches
   * from them (a consumer that keeps state per partition drops what it no longer owns).
   */
  onAssigned?: (assignment: Record<string, number[]>) => void;
}

/** A Buffer stored by the driver comes back as Binary. */
const bufferOf = (stored: unknown): Buffer | null => (stored == null ? null : Buffer.isBuffer(stored) ? stored : Buffer.from((stored as { buffer: Uint8Array }).buffer));

/** Errors that will fail the same way however often they are retried. */
const isPermanent = (err: unknown): boolean => err instanceof InvalidEventError || (err instanceof AppError && err.status < 500);

/**
 * Consumes domain events: validates each envelope, skips events it has already processed
 * (by event id), retries a failing handler with backoff, and after the last retry sends the
 * event to `<topic>.dlq` with the error in its headers and moves on. Offsets are committed only
 * after a message is handled or dead-lettered. Events of one partition (so of one key) are
 * handled in order.
 */
/**
 * How long the broker holds a service consumer's fetch when there is nothing to read (it answers
 * as soon as there is). disconnect() waits for the fetch in flight: at kafkajs's default of 5 s, a
 * service with three consumers took 15 s to stop, past its shutdown timeout. An idle poll a second
 * costs nothing.
 */
export const CONSUMER_MAX_WAIT_MS = 1000;

/**
 * Automatic commits: how long handled offsets may wait to be committed. kafkajs commits after
 * every batch, and under a stream of writes a batch is one or two events: an OffsetCommit request
 * (and a record in the broker's offsets log) per event or so, work for the consumer and the broker
 * alike (issue #13, twenty-sixth round). A crash replays at most this much more, which the
 * processed-event markers recognise.
 */
export const AUTO_COMMIT_INTERVAL_MS = 250;

export class EventConsumer implements ManagedResource {
  readonly name: string;
  private readonly consumer: Consumer;
  private readonly health: KafkaHealth;
  private joined = false;
  private running = false;
  /** The next offset to read of each partition handled since the last commit. */
  private readonly handled = new Map<string, TopicPartitionOffsetAndMetadata>();
  /** Batches being handled (stop() lets them finish before the last commit). */
  private readonly batchesInFlight = new Set<Promise<void>>();
  /** Automatic commits: the commit due AUTO_COMMIT_INTERVAL_MS after a handled batch, and the one under way. */
  private commitTimer: NodeJS.Timeout | undefined;
  private committing: Promise<void> = Promise.resolve();
  /** Messages behind the end of each partition after its last handled batch. */
  private readonly lags = new Map<string, number>();
  // From an event's time (its write) until this group received it, and until its handler was done
  // (for a batch handler, the whole batch): with outbox_publish_delay_seconds, where the time of
  // the path from a write to its readers goes (issue #13: freshness).
  private readonly delay = histogram('kafka_event_delay_seconds', 'From the time of an event (its write) until this consumer group received it or had handled it', ['group', 'topic', 'stage'], EVENT_DELAY_BUCKETS);
  private readonly outcomes = counter('kafka_events_consumed_total', 'Consumed events by topic and outcome', ['group', 'topic', 'outcome']);
  // Alert on either: a dead-letter topic that refuses sends hides poison events from operators.
  private readonly dlqFailures = counter('kafka_dead_letter_send_failures_total', 'Dead letters the dead-letter topic refused after retries (then parked)', ['group', 'topic']);
  private readonly parkedGauge = gauge('kafka_dead_letters_parked', 'Dead letters parked in the store, waiting for their topic', ['group']);
  private resendTimer: NodeJS.Timeout | undefined;
  private resending: Promise<void> | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private pruning: Promise<number> | undefined;
  private readonly pruned = counter('kafka_dedup_markers_pruned_total', 'Processed-event markers pruned after the dedup window', ['group']);

  constructor(private readonly opts: EventConsumerOptions) {
    this.name = `consumer:${opts.groupId}`;
    this.consumer = opts.kafka.consumer({
      groupId: opts.groupId,
      allowAutoTopicCreation: false,
      // A killed member's partitions wait this long for it (kafkajs's 30 s default held an employee's
      // metrics back that long after a crash). Beats go out every second during a batch (below) and
      // between fetches, so a live member is not evicted under load.
      sessionTimeout: opts.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: 2000,
      maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS,
      ...(opts.partitionAssigners ? { partitionAssigners: opts.partitionAssigners } : {}),
    });
    this.health = new KafkaHealth(opts.brokers);
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.joined = true;
      const held = new Set(Object.entries(payload.memberAssignment).flatMap(([topic, partitions]) => partitions.map((p) => `${topic}\0${p}`)));
      // After a (re)join kafkajs reads every partition it holds again from its last commit: what
      // was handled since is delivered again, and a partition another member took is no longer
      // ours to commit (nor its lag ours to report).
      this.handled.clear();
      for (const key of [...this.lags.keys()]) if (!held.has(key)) this.lags.delete(key);
      opts.onAssigned?.(payload.memberAssignment);
    });
    this.consumer.on(this.consumer.events.CRASH, (e) => {
      this.joined = false;
      opts.logger.error({ err: e.payload.error, restart: e.payload.restart }, 'consumer crashed');
    });
    this.consumer.on(this.consumer.events.STOP, () => {
      this.joined = false;
    });
  }

  private get processed(): Collection {
    return typeof this.opts.processed === 'function' ? this.opts.processed() : this.opts.processed;
  }

  private get parked(): Collection | undefined {
    return typeof this.opts.parked === 'function' ? this.opts.parked() : this.opts.parked;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.opts.topics, fromBeginning: this.opts.fromBeginning ?? true });
    this.running = true;
    const parked = this.parked;
    if (parked) {
      // Oldest first by this index (which also makes the collection exist, as the query catalogue
      // expects), and what a previous run parked is re-sent.
      await parked.createIndex({ parkedAt: 1 });
      if (await parked.findOne({}, { sort: { parkedAt: 1 } })) this.scheduleResend();
    }
    if (!this.opts.batchHandler) {
      // Markers are found by age to be pruned (the index also makes the collection exist). A batch
      // handler keeps none: it is idempotent by itself.
      await this.processed.createIndex({ at: 1 });
      const prune = () => (this.pruning = this.pruneMarkers().catch((err) => (this.opts.logger.warn({ err }, 'processed-event markers not pruned; trying again later'), 0)));
      void prune();
      this.pruneTimer = setInterval(prune, this.opts.pruneIntervalMs ?? 3_600_000);
      this.pruneTimer.unref();
    }
    const checkpoints = this.opts.commits === 'checkpoint';
    await this.consumer.run({
      // Offsets are committed here, never by kafkajs: after each checkpoint (its owner), or at most
      // every AUTO_COMMIT_INTERVAL_MS (see there).
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => {
        const batch = this.handleBatch(payload, checkpoints).finally(() => this.batchesInFlight.delete(batch));
        this.batchesInFlight.add(batch);
        return batch;
      },
    });
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload, checkpoints: boolean): Promise<void> {
    // A whole batch can take longer than the session timeout on a slow store: keep the group
    // membership alive meanwhile, or the broker evicts the consumer, the commit fails and the
    // same batch is processed again, possibly forever.
    const beat = setInterval(() => void heartbeat().catch(() => undefined), 1000);
    const handled = await (this.opts.batchHandler ? this.handleWholeBatch(batch.topic, batch.partition, batch.messages) : Promise.resolve(false)).finally(() => clearInterval(beat));
    const partition = `${batch.topic}\0${batch.partition}`;
    const done = (offset: string) => {
      resolveOffset(offset);
      this.handled.set(partition, { topic: batch.topic, partition: batch.partition, offset: String(BigInt(offset) + 1n) });
    };
    if (handled) {
      const last = batch.messages.at(-1);
      if (last) done(last.offset);
    } else {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        await this.handleMessage(batch.topic, batch.partition, message);
        done(message.offset);
        await heartbeat();
      }
    }
    this.lags.set(partition, Number(batch.offsetLag()));
    await heartbeat();
    if (!checkpoints) this.scheduleCommit();
  }

  /** Automatic commits: commits what was handled AUTO_COMMIT_INTERVAL_MS from now, unless a commit is due already. */
  private scheduleCommit(): void {
    if (this.commitTimer) return;
    this.commitTimer = setTimeout(() => {
      this.commitTimer = undefined;
      this.committing = this.committing.then(() => this.commitHandled());
    }, AUTO_COMMIT_INTERVAL_MS);
  }

  private async commitHandled(): Promise<void> {
    try {
      await this.commit(this.uncommitted());
    } catch (err) {
      // E.g. a rebalance under way: what this member still owns is committed on the next try;
      // what it lost, its new owner reads again from the last commit (handled again: markers).
      this.opts.logger.warn({ err, group: this.opts.groupId }, 'offsets not committed; trying again');
      if (this.running && this.handled.size > 0) this.scheduleCommit();
    }
  }

  /** What handled batches reached, per partition, not committed yet (checkpoint commits: for the owner to commit). */
  uncommitted(): TopicPartitionOffsetAndMetadata[] {
    return [...this.handled.values()];
  }

  /** Checkpoint commits: commits these offsets (from `uncommitted()`, once their effects are durable). */
  async commit(offsets: TopicPartitionOffsetAndMetadata[]): Promise<void> {
    if (offsets.length === 0) return;
    await this.consumer.commitOffsets(offsets);
    for (const o of offsets) {
      const key = `${o.topic}\0${o.partition}`;
      if (this.handled.get(key)?.offset === o.offset) this.handled.delete(key);
    }
  }

  /** Messages behind the end of the partitions, as of each partition's last handled batch. */
  behind(): number {
    let sum = 0;
    for (const lag of this.lags.values()) sum += lag;
    return sum;
  }

  /** Stops fetching (a batch under way finishes); the group membership stays, so commits still work. */
  pause(): void {
    if (this.running) this.consumer.pause(this.opts.topics.map((topic) => ({ topic })));
  }

  async isReady(): Promise<boolean> {
    return this.running && this.joined && (await this.health.check());
  }

  /** Batch mode: parse all, dead-letter the invalid, hand the rest over at once. False: fall back to one by one. */
  private async handleWholeBatch(topic: string, partition: number, messages: KafkaMessage[]): Promise<boolean> {
    const valid: ConsumedEvent[] = [];
    const invalid: { message: KafkaMessage; err: unknown }[] = [];
    const received = this.delay.labels({ group: this.opts.groupId, topic, stage: 'received' });
    const receivedAt = Date.now();
    for (const message of messages) {
      const meta: MessageMeta = { topic, partition, offset: message.offset, key: message.key?.toString('utf8') };
      try {
        const event = parseEvent(message.value);
        received.observe(secondsSince(event.time, receivedAt));
        // A span per event received, ended at once: the batch handler continues from `trace`.
        const { span, context } = consumeSpan(event, meta, this.opts.groupId);
        valid.push({ event, meta, trace: traceCarrier(context) });
        span.end();
      } catch (err) {
        invalid.push({ message, err });
      }
    }
    try {
      await pRetry(() => this.opts.batchHandler!(valid), {
        retries: this.opts.retries ?? 3,
        factor: 2,
        minTimeout: this.opts.minBackoffMs ?? 100,
        maxTimeout: this.opts.maxBackoffMs ?? 2000,
        onFailedAttempt: ({ error, attemptNumber }) => this.opts.logger.warn({ err: error, topic, partition, size: valid.length, attempt: attemptNumber }, 'batch handler failed'),
      });
    } catch {
      return false;
    }
    const handled = this.delay.labels({ group: this.opts.groupId, topic, stage: 'handled' });
    const handledAt = Date.now();
    for (const { event } of valid) handled.observe(secondsSince(event.time, handledAt));
    for (const { message, err } of invalid) await this.deadLetter({ topic, partition, offset: message.offset, key: message.key?.toString('utf8') }, message, err, 0);
    this.outcomes.inc({ group: this.opts.groupId, topic, outcome: 'processed' }, valid.length);
    return true;
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const meta: MessageMeta = { topic, partition, offset: message.offset, key: message.key?.toString('utf8') };
    let event: CloudEvent;
    try {
      event = parseEvent(message.value);
    } catch (err) {
      await this.deadLetter(meta, message, err, 0);
      return;
    }
    const name = eventNameOf(event.type)!;
    const batch = this.opts.batchHandler;
    const handler: EventHandler | undefined = batch ? (e, meta) => batch([{ event: e, meta }]) : this.opts.handlers[name];
    if (!handler) {
      this.outcomes.inc({ group: this.opts.groupId, topic, outcome: 'ignored' });
      return;
    }
    const markerId = event.id;
    if (await this.processed.findOne({ _id: markerId as never }, { projection: { _id: 1 } })) {
      this.outcomes.inc({ group: this.opts.groupId, topic, outcome: 'duplicate' });
      return;
    }

    // The handler runs in a span of the event's trace (its `traceparent`): what it writes and publishes continues it.
    const { span, context } = consumeSpan(event, meta, this.opts.groupId);
    try {
      await withTraceContext(context, () => this.handleEvent(event, meta, message, handler));
    } finally {
      span.end();
    }
  }

  private async handleEvent(event: CloudEvent, meta: MessageMeta, message: KafkaMessage, handler: EventHandler): Promise<void> {
    const { topic, partition } = meta;
    const markerId = event.id;
    this.delay.observe({ group: this.opts.groupId, topic, stage: 'received' }, secondsSince(event.time));
    await runWithContext({ correlationId: event.correlationid }, async () => {
      let attempts = 0;
      try {
        await pRetry(
          async () => {
            attempts++;
            try {
              await handler(event, meta);
            } catch (err) {
              throw isPermanent(err) ? new AbortError(err as Error) : err;
            }
          },
          {
            retries: this.opts.retries ?? 3,
            factor: 2,
            minTimeout: this.opts.minBackoffMs ?? 100,
            maxTimeout: this.opts.maxBackoffMs ?? 2000,
            onFailedAttempt: ({ error, attemptNumber }) => this.opts.logger.warn({ err: error, eventId: event.id, type: event.type, attempt: attemptNumber }, 'event handler failed'),
          },
        );
      } catch (err) {
        await this.deadLetter(meta, message, err, attempts);
        return;
      }
      // Recorded after the handler: a crash in between re-runs the handler, so handlers write
      // idempotently (upserts keyed by natural ids), and this marker stops plain redeliveries.
      try {
        await this.processed.insertOne({ _id: markerId as never, type: event.type, topic, partition, offset: message.offset, at: new Date() });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      this.delay.observe({ group: this.opts.groupId, topic, stage: 'handled' }, secondsSince(event.time));
      this.outcomes.inc({ group: this.opts.groupId, topic, outcome: 'processed' });
    });
  }

  private async deadLetter(meta: MessageMeta, message: KafkaMessage, err: unknown, attempts: number): Promise<void> {
    const error = err instanceof Error ? err : new Error(String(err));
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      'x-error-message': error.message.slice(0, 2000),
      'x-error-name': error.name,
      'x-error-code': err instanceof AppError ? err.code : error instanceof InvalidEventError ? 'INVALID_EVENT' : 'HANDLER_FAILED',
      'x-attempts': String(attempts),
      'x-original-topic': meta.topic,
      'x-original-partition': String(meta.partition),
      'x-original-offset': meta.offset,
      'x-consumer-group': this.opts.groupId,
      'x-failed-at': new Date().toISOString(),
    };
    const topic = dlqTopic(meta.topic);
    try {
      await pRetry(() => this.opts.producer.send([{ topic, messages: [{ key: message.key, value: message.value, headers }] }]), {
        retries: this.opts.dlqRetries ?? 4,
        factor: 2,
        minTimeout: 200,
        maxTimeout: 5000,
        onFailedAttempt: ({ error: sendError, attemptNumber }) => this.opts.logger.warn({ err: sendError, topic, attempt: attemptNumber }, 'dead-letter send failed; retrying'),
      });
    } catch (sendError) {
      const parked = this.parked;
      if (!parked) throw sendError;
      this.dlqFailures.inc({ group: this.opts.groupId, topic: meta.topic });
      try {
        // Header values as text (the platform's headers are text; the store would keep Buffers as Binary).
        const textHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('utf8') : v]));
        await parked.insertOne({ _id: `${meta.topic}:${meta.partition}:${meta.offset}` as never, topic, key: message.key, value: message.value, headers: textHeaders, parkedAt: new Date() });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err; // parked before a crash: once is enough
      }
      this.outcomes.inc({ group: this.opts.groupId, topic: meta.topic, outcome: 'dead-letter-parked' });
      this.parkedGauge.inc({ group: this.opts.groupId });
      this.opts.logger.error({ err: error, sendError, ...meta, attempts, parkedIn: parked.collectionName }, 'the dead-letter topic refused this event; parked in the store and re-sent later');
      this.scheduleResend();
      return;
    }
    this.outcomes.inc({ group: this.opts.groupId, topic: meta.topic, outcome: 'dead-lettered' });
    this.opts.logger.error({ err: error, ...meta, attempts }, 'event sent to the dead-letter topic');
  }

  private scheduleResend(): void {
    if (this.resendTimer || !this.running) return;
    this.resendTimer = setTimeout(() => {
      this.resendTimer = undefined;
      this.resending = this.resendParked().catch((err) => this.opts.logger.warn({ err }, 'parked dead letters not re-sent; trying again later'));
    }, this.opts.resendIntervalMs ?? 30_000);
    this.resendTimer.unref();
  }

  /** Sends parked dead letters to their topics, oldest batch first; what is refused stays parked. */
  private async resendParked(): Promise<void> {
    const parked = this.parked!;
    let left = 0;
    try {
      const letters = await parked.find({}).sort({ parkedAt: 1 }).limit(100).toArray();
      left = letters.length;
      for (const letter of letters) {
        await this.opts.producer.send([{ topic: letter.topic as string, messages: [{ key: bufferOf(letter.key), value: bufferOf(letter.value), headers: letter.headers as IHeaders }] }]);
        await parked.deleteOne({ _id: letter._id });
        left--;
        this.outcomes.inc({ group: this.opts.groupId, topic: String(letter.topic).replace(/\.dlq$/, ''), outcome: 'dead-lettered' });
      }
      if (letters.length === 100) left = 1; // more may wait
    } finally {
      this.parkedGauge.set({ group: this.opts.groupId }, left);
      if (left > 0) this.scheduleResend();
    }
  }

  /**
   * Deletes the markers older than the dedup window, a thousand at a time (a bounded statement on
   * every store); returns how many.
   */
  async pruneMarkers(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - (this.opts.dedupWindowMs ?? DLQ_RETENTION_MS));
    let total = 0;
    for (;;) {
      const old = await this.processed.find({ at: { $lt: cutoff } }, { projection: { _id: 1 } }).sort({ at: 1 }).limit(1000).toArray();
      if (old.length === 0) break;
      const res = await this.processed.deleteMany({ _id: { $in: old.map((d) => d._id) } });
      total += res.deletedCount;
      if (old.length < 1000) break;
    }
    if (total > 0) this.pruned.inc({ group: this.opts.groupId }, total);
    return total;
  }

  async stop(): Promise<void> {
    // The batches under way finish, and what was handled is committed while this member still
    // belongs to the group (a checkpoint's owner commits its own before stopping).
    if (this.running && this.opts.commits !== 'checkpoint') {
      this.pause();
      await Promise.allSettled([...this.batchesInFlight]);
      clearTimeout(this.commitTimer);
      this.commitTimer = undefined;
      await this.committing;
      await this.commitHandled();
    }
    this.running = false;
    clearTimeout(this.resendTimer);
    this.resendTimer = undefined;
    clearInterval(this.pruneTimer);
    this.pruneTimer = undefined;
    await this.resending;
    await this.pruning;
    await this.consumer.disconnect();
    await this.health.close();
  }
}

/** Where a consumer group keeps the ids of the events it processed. */
export const processedCollection = (group: string) => `processed_events_${group.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Where a consumer group parks dead letters its dead-letter topic refused. */
export const parkedCollection = (group: string) => `parked_dead_letters_${group.replace(/[^A-Za-z0-9]/g, '_')}`;

/** The queries of a consumer's parked dead letters, for a service's query catalogue. */
export function parkedQueries(...groups: string[]): QueryCatalogue {
  return groups.flatMap((group) => [
    { collection: parkedCollection(group), sort: ['parkedAt'], use: `consumer ${group}: parked dead letters, oldest first (on start, and while a dead-letter topic refuses sends)`, index: { parkedAt: 1 } },
    { collection: parkedCollection(group), equals: ['_id'], use: `consumer ${group}: a parked dead letter sent at last` },
  ]);
}

/** The queries an idempotent consumer runs, for a service's query catalogue (groups as given to `consume`). */
export function consumerQueries(...groups: string[]): QueryCatalogue {
  return groups.flatMap((group) => [
    { collection: processedCollection(group), equals: ['_id'], use: `consumer ${group}: was this event processed?` },
    { collection: processedCollection(group), ranges: ['at'], sort: ['at'], use: `consumer ${group}: markers older than the dedup window, pruned hourly off the request path`, index: { at: 1 } },
    ...parkedQueries(group),
  ]);
}
