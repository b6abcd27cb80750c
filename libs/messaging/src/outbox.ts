import { Schema } from 'mongoose';
import type { Collection, Document, Filter } from 'mongodb';
import type { Logger } from 'pino';
import { topicOf, eventNameOf, type CloudEvent } from '@asn/contracts';
import { contextOf, counter, EVENT_DELAY_BUCKETS, findByIds, gauge, histogram, markFailed, secondsSince, SpanKind, startSpan, type ManagedResource, type QueryCatalogue } from '@asn/service-kit';
import { toMessage } from './envelope';
import type { EventProducer } from './producer';
import { prefixed } from './topics';

/**
 * Transactional outbox without multi-document transactions: an aggregate's pending events live
 * in the aggregate's own document (`_outbox`), written by the same single-document insert or
 * update as the state change. Either both are stored or neither; the relay publishes them later.
 *
 * `_outboxVersion` grows with every write that adds events, so the relay can clear exactly the
 * events it published without losing ones added meanwhile (a conditional update, no locks).
 */
export interface OutboxFields {
  _outbox?: CloudEvent[];
  _outboxPending?: boolean;
  _outboxVersion?: number;
}

/** A new aggregate document with its first events. */
export function withEvents<T extends object>(doc: T, events: CloudEvent[]): T & OutboxFields {
  return { ...doc, _outbox: events, _outboxPending: events.length > 0, _outboxVersion: 1 };
}

/** Adds the outbox part to a MongoDB update of an existing aggregate. */
export function updateWithEvents(update: { $set?: Document; $inc?: Document; $push?: Document; [op: string]: Document | undefined }, events: CloudEvent[]): Document {
  if (events.length === 0) return update;
  return {
    ...update,
    $set: { ...(update.$set ?? {}), _outboxPending: true },
    $inc: { ...(update.$inc ?? {}), _outboxVersion: 1 },
    $push: { ...(update.$push ?? {}), _outbox: { $each: events } },
  };
}

/** Where a relay crash is simulated in tests (the exact points that matter for at-least-once). */
export type RelayStage = 'before-publish' | 'after-publish';

export interface OutboxRelayOptions {
  producer: EventProducer;
  logger: Logger;
  /** Collections whose documents carry outbox fields (a function: resolved once connected). */
  collections: Collection[] | (() => Collection[]);
  topicPrefix?: string;
  pollIntervalMs?: number;
  /**
   * With write hints (`notify({ collection, ids })`), full scans for pending events are needed only
   * to recover from a crash (of this instance or of another one writing the same collections): do
   * one at start and then at most this often. Default 30 s. A scan filters on `_outboxPending`,
   * which MongoDB serves from its index but FerretDB answers by reading the whole collection, so
   * scanning on every write would cost a full read of every aggregate collection per write.
   */
  scanIntervalMs?: number;
  batchSize?: number;
  /**
   * For a service whose writes to these documents all run through one in-process queue: clearing
   * published events runs inside it, as a plain update by _id (no conditional filter, which on
   * FerretDB's SQLite backend would scan the collection).
   */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  /**
   * Collections whose documents exist only to carry events (written once, never updated): a
   * document is deleted once its events are published. One such document can carry the events of
   * many writes (e.g. a whole checkpoint of metric changes), so clearing costs one write, not one
   * per changed aggregate.
   */
  ephemeral?: string[];
  /** Log each pass: how many events of how many documents (`TRACE=outbox`). */
  trace?: boolean;
  /** Test hook called at each stage; throwing or exiting there simulates a crash at that point. */
  onStage?: (stage: RelayStage, events: CloudEvent[]) => void | Promise<void>;
}

/** Documents cleared by one command (see clearPublished). */
const CLEAR_PER_COMMAND = 25;
/** Inserted documents kept in memory for the relay at most (more are named, and read back, instead). */
const HANDED_OVER_MAX = 2_000;

interface PendingDoc {
  _id: unknown;
  _outbox: CloudEvent[];
  _outboxVersion: number;
}

/**
 * Publishes pending outbox events and then clears them (at-least-once: a crash after publishing
 * and before clearing publishes again; consumers are idempotent). Runs on a poll interval and
 * right after each write (`notify()`); events of one document are published in order, and the
 * batch is ordered by event time.
 */
export class OutboxRelay implements ManagedResource {
  readonly name = 'outbox-relay';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastScan = 0;
  /** Documents known to have new events (collection name → ids), published without a scan. */
  private readonly hints = new Map<string, Set<unknown>>();
  /**
   * Documents just inserted, handed over with their events (collection name → id → document as
   * inserted): published from this copy, not read back (issue #13: a read per pass and collection
   * less, on every write path that inserts an aggregate with its events).
   */
  private readonly handed = new Map<string, Map<string, PendingDoc>>();
  private handedCount = 0;
  private readonly published = counter('outbox_events_published_total', 'Outbox events published');
  private readonly pendingGauge = gauge('outbox_pending_documents', 'Documents with unpublished events at the last relay pass');
  // Where the time goes between a write and its event's readers (issue #13: freshness): this leg.
  private readonly publishDelay = histogram('outbox_publish_delay_seconds', 'From the time of an event (its write) until the broker acknowledged it', [], EVENT_DELAY_BUCKETS);
  private readonly oldestGauge = gauge('outbox_oldest_event_age_seconds', 'Age of the oldest unpublished event at the last relay pass (0: none waiting)');

  constructor(private readonly opts: OutboxRelayOptions) {}

  private get collections(): Collection[] {
    return typeof this.opts.collections === 'function' ? this.opts.collections() : this.opts.collections;
  }

  async start(): Promise<void> {
    await Promise.all(this.collections.map((c) => c.createIndex({ _outboxPending: 1 })));
    this.stopped = false;
    this.schedule(0);
  }

  isReady(): boolean {
    return !this.stopped;
  }

  /**
   * Publish now (called after a write), coalescing concurrent requests into one more pass. A hint
   * names the documents written, so they are read by _id instead of scanning for pending ones.
   */
  notify(hint?: { collection: string; ids: unknown[] }): void {
    if (hint) {
      if (!this.hints.has(hint.collection)) this.hints.set(hint.collection, new Set());
      const handed = this.handed.get(hint.collection);
      for (const id of hint.ids) {
        this.hints.get(hint.collection)!.add(id);
        // Written again since it was handed over: the copy is not the document any more; read it.
        if (handed?.delete(String(id))) this.handedCount--;
      }
    } else {
      this.lastScan = 0; // a write without a hint: scan on the next pass
    }
    this.wake();
  }

  /**
   * Publish now the events of documents just inserted with them (`withEvents`: version 1), from
   * this copy: the pass does not read them back. Clearing stays conditional on the version, so a
   * document written again meanwhile keeps the events that write added (and that write names it).
   */
  handOver(collection: string, docs: { _id: unknown; _outbox: CloudEvent[] }[]): void {
    if (!this.handed.has(collection)) this.handed.set(collection, new Map());
    const handed = this.handed.get(collection)!;
    const named = this.hints.get(collection);
    for (const doc of docs) {
      if (this.handedCount >= HANDED_OVER_MAX || named?.has(doc._id)) {
        this.notify({ collection, ids: [doc._id] });
        continue;
      }
      if (!handed.has(String(doc._id))) this.handedCount++;
      handed.set(String(doc._id), { _id: doc._id, _outbox: doc._outbox, _outboxVersion: 1 });
    }
    this.wake();
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const n = await this.publishPending();
          if (n >= (this.opts.batchSize ?? 200) || this.handedCount > 0 || [...this.hints.values()].some((h) => h.size > 0)) this.again = true; // more left
        } while (this.again && !this.stopped);
      } catch (err) {
        this.opts.logger.warn({ err }, 'outbox relay pass failed; will retry');
      }
    })();
    await this.running;
    this.running = undefined;
    if (!this.stopped) this.schedule(this.opts.pollIntervalMs ?? 1000);
  }

  /** One pass: returns how many documents had pending events. */
  async publishPending(): Promise<number> {
    const limit = this.opts.batchSize ?? 200;
    const docs: { collection: Collection; doc: PendingDoc }[] = [];
    const seen = new Set<string>();
    const add = (collection: Collection, doc: PendingDoc | null) => {
      const key = `${collection.collectionName}/${String(doc?._id)}`;
      if (doc?._outbox?.length && !seen.has(key)) {
        seen.add(key);
        docs.push({ collection, doc });
      }
    };
    // Hinted documents first, read by _id. Taken from the hints for this pass, and put
    // back if it fails (the broker away, the store away): else they would wait for the next scan,
    // up to `scanIntervalMs`, after the failure had long passed.
    const taken: [string, unknown[]][] = [];
    try {
      for (const collection of this.collections) {
        // Handed over at their insert: as they were written, no read.
        const handed = this.handed.get(collection.collectionName);
        if (handed?.size) {
          const docs = [...handed.values()].slice(0, limit);
          for (const doc of docs) handed.delete(String(doc._id));
          this.handedCount -= docs.length;
          taken.push([collection.collectionName, docs.map((d) => d._id)]); // named instead, should the pass fail
          for (const doc of docs) add(collection, doc);
        }
        const ids = [...(this.hints.get(collection.collectionName) ?? [])].slice(0, limit);
        for (const id of ids) this.hints.get(collection.collectionName)!.delete(id);
        taken.push([collection.collectionName, ids]);
        // In one command: each round trip waits its turn in the store's queue (issue #13).
        for (const doc of await findByIds(collection, ids, { projection: { _outbox: 1, _outboxVersion: 1 } })) add(collection, doc as unknown as PendingDoc);
      }
      return await this.publishFound(docs, add, limit);
    } catch (err) {
      for (const [collection, ids] of taken) {
        if (!this.hints.has(collection)) this.hints.set(collection, new Set());
        for (const id of ids) this.hints.get(collection)!.add(id);
      }
      throw err;
    }
  }

  /** The rest of a pass: the scan when one is due, then publishing and clearing what was found. */
  private async publishFound(docs: { collection: Collection; doc: PendingDoc }[], add: (collection: Collection, doc: PendingDoc | null) => void, limit: number): Promise<number> {
    const scanEvery = this.opts.scanIntervalMs ?? 30_000;
    if (Date.now() - this.lastScan >= scanEvery) {
      this.lastScan = Date.now();
      let full = false;
      for (const collection of this.collections) {
        const found = (await collection
          .find({ _outboxPending: true } as Filter<Document>, { projection: { _outbox: 1, _outboxVersion: 1 } })
          .limit(limit)
          .toArray()) as unknown as PendingDoc[];
        for (const doc of found) add(collection, doc);
        if (found.length >= limit) full = true;
      }
      // A scan that filled its batch left more behind (a backlog a crash or a restart left): scan
      // again on the next pass, at once, instead of a batch per interval.
      if (full) this.lastScan = 0;
    }
    this.pendingGauge.set(docs.length);
    // How long the oldest waiting event has waited: grows while the broker refuses, the alert's signal.
    let oldest: string | undefined;
    for (const { doc } of docs) for (const e of doc._outbox) if (oldest === undefined || e.time < oldest) oldest = e.time;
    this.oldestGauge.set(oldest === undefined ? 0 : secondsSince(oldest));
    if (docs.length === 0) return 0;

    // Order across documents by event time; within a document the array order is the write order.
    const events = docs
      .flatMap(({ doc }) => doc._outbox.map((e, i) => ({ e, i })))
      .sort((a, b) => (a.e.time < b.e.time ? -1 : a.e.time > b.e.time ? 1 : a.i - b.i))
      .map(({ e }) => e);

    await this.opts.onStage?.('before-publish', events);
    const byTopic = new Map<string, ReturnType<typeof toMessage>[]>();
    for (const event of events) {
      const name = eventNameOf(event.type);
      if (!name) throw new Error(`outbox holds an event of unknown type ${event.type}`);
      const topic = prefixed(this.opts.topicPrefix ?? '', topicOf(name));
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push(toMessage(event));
    }
    // A span per event, in the trace of the request (or event) that caused it: the send they share.
    const spans = events.map((event) => startSpan(`publish ${event.type}`, { kind: SpanKind.PRODUCER, parent: contextOf(event), attributes: { 'messaging.system': 'kafka', 'messaging.operation.type': 'send', 'messaging.message.id': event.id } }).span);
    try {
      await this.opts.producer.send([...byTopic].map(([topic, messages]) => ({ topic, messages })));
    } catch (err) {
      for (const span of spans) {
        markFailed(span, (err as Error).message);
        span.end();
      }
      throw err;
    }
    for (const span of spans) span.end();
    this.published.inc(events.length);
    const now = Date.now();
    for (const event of events) this.publishDelay.observe(secondsSince(event.time, now));
    await this.opts.onStage?.('after-publish', events);

    const byCollection = new Map<Collection, PendingDoc[]>();
    for (const { collection, doc } of docs) {
      if (!byCollection.has(collection)) byCollection.set(collection, []);
      byCollection.get(collection)!.push(doc);
    }
    for (const [collection, published] of byCollection) await this.clearPublished(collection, published);
    if (this.opts.trace) this.opts.logger.info({ trace: 'outbox', events: events.length, documents: docs.length }, 'outbox pass published');
    return docs.length;
  }

  /**
   * Removes the published events of a pass's documents; where a write added more meanwhile, keeps
   * those for the next pass. A few commands for all the documents, each update still conditional
   * on the version it was read at: at 40 enrolments/s, one update per document, each waiting its
   * turn in the store's queue behind the requests' commands, left learning's events 7.9 s (p50) in
   * the outbox (issue #13, fifteenth round).
   */
  private async clearPublished(collection: Collection, docs: PendingDoc[]): Promise<void> {
    if (this.opts.ephemeral?.includes(collection.collectionName)) {
      await collection.deleteMany({ _id: { $in: docs.map((d) => d._id) } } as Filter<Document>);
      return;
    }
    if (this.opts.exclusive) {
      for (const doc of docs) await this.clearOne(collection, doc);
      return;
    }
    if (docs.length === 1) return this.clearOne(collection, docs[0]!);
    // Unchanged since it was read, a document has no event but those just published. In commands
    // of at most CLEAR_PER_COMMAND, so that no one command holds the collection for a whole pass
    // (the local store runs one write command per collection at a time; measured no different from
    // one command per pass at 40 writes/s, BENCHMARKS.md fifteenth round, but bounded).
    let matched = 0;
    for (let i = 0; i < docs.length; i += CLEAR_PER_COMMAND) {
      const chunk = docs.slice(i, i + CLEAR_PER_COMMAND);
      matched += (await collection.bulkWrite(
        chunk.map((doc) => ({ updateOne: { filter: { _id: doc._id, _outboxVersion: doc._outboxVersion } as Filter<Document>, update: { $set: { _outbox: [], _outboxPending: false } } } })),
        { ordered: false },
      )).matchedCount;
    }
    if (matched === docs.length) return;
    // Some changed meanwhile: those still holding a published event are cleared one by one.
    const current = new Map(((await findByIds(collection, docs.map((d) => d._id), { projection: { _outbox: 1, _outboxVersion: 1 } })) as unknown as PendingDoc[]).map((d) => [String(d._id), d]));
    for (const doc of docs) {
      const now = current.get(String(doc._id));
      const published = new Set(doc._outbox.map((e) => e.id));
      if (now?._outbox?.some((e) => published.has(e.id))) await this.clearOne(collection, doc, now);
    }
  }

  /** Removes one document's published events; if a write added more meanwhile, keeps those for the next pass. */
  private async clearOne(collection: Collection, doc: PendingDoc, readSince: PendingDoc = doc): Promise<void> {
    const publishedIds = new Set(doc._outbox.map((e) => e.id));
    const exclusive = this.opts.exclusive;
    if (exclusive) {
      await exclusive(async () => {
        const current = (await collection.findOne({ _id: doc._id } as Filter<Document>, { projection: { _outbox: 1 } })) as unknown as PendingDoc | null;
        const remaining = (current?._outbox ?? []).filter((e) => !publishedIds.has(e.id));
        await collection.updateOne({ _id: doc._id } as Filter<Document>, { $set: { _outbox: remaining, _outboxPending: remaining.length > 0 } });
      });
      return;
    }
    let current: PendingDoc | null = readSince;
    for (let attempt = 0; current && attempt < 10; attempt++) {
      const remaining = current._outbox.filter((e) => !publishedIds.has(e.id));
      const res = await collection.updateOne({ _id: current._id, _outboxVersion: current._outboxVersion } as Filter<Document>, {
        $set: { _outbox: remaining, _outboxPending: remaining.length > 0 },
      });
      if (res.matchedCount === 1) return;
      current = (await collection.findOne({ _id: current._id } as Filter<Document>, { projection: { _outbox: 1, _outboxVersion: 1 } })) as unknown as PendingDoc | null;
    }
  }

  async stop(): Promise<void> {
    const wasRunning = !this.stopped;
    this.stopped = true;
    clearTimeout(this.timer);
    // Finish the pass under way, then flush what the last requests wrote.
    await this.running;
    if (!wasRunning) return;
    try {
      await this.publishPending();
    } catch (err) {
      this.opts.logger.warn({ err }, 'final outbox flush failed; events stay pending for the next start');
    }
  }
}

const OUTBOX_FIELDS = ['_outbox', '_outboxPending', '_outboxVersion'];

/** A stored aggregate as the outside sees it: `id` for `_id`, no outbox or other hidden fields. */
export function publicView<T extends { _id: string }>(doc: T, hidden: readonly string[] = []): Omit<T, '_id'> & { id: string } {
  // `_requestKey`: the keyed write that created the document (libs/persistence), not the resource's.
  const drop = new Set([...OUTBOX_FIELDS, '_id', '_requestKey', ...hidden]);
  return { id: doc._id, ...Object.fromEntries(Object.entries(doc).filter(([k]) => !drop.has(k))) } as Omit<T, '_id'> & { id: string };
}

/** The queries the outbox relay runs on these aggregate collections, for a service's query catalogue. */
export function outboxQueries(...collections: string[]): QueryCatalogue {
  return collections.flatMap((collection) => [
    { collection, equals: ['_outboxPending'], use: 'outbox relay: documents with unpublished events (at start, then every 30 s)', index: { _outboxPending: 1 } },
    { collection, equals: ['_id'], use: 'outbox relay: a document a write named' },
    { collection, equals: ['_id', '_outboxVersion'], use: 'outbox relay: clear what it published unless more was added' },
  ]);
}

/**
 * Tells the relay which document a write just gave outbox events, so it publishes that document
 * by _id at once instead of searching for pending ones (a filter that only MongoDB can index);
 * `inserted`: the document was just inserted with these events (`withEvents`), which the relay
 * then publishes without reading it back (`OutboxRelay.handOver`).
 */
export type OutboxNotify = (model: { collection: { collectionName: string } }, id: unknown, inserted?: CloudEvent[]) => void;

/**
 * Adds the outbox fields to an aggregate's schema (see outbox.ts). The events waiting in `_outbox`
 * are left out of every read through the model (`select: false`): only the relay reads them, by the
 * driver's collection.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    _outbox: { type: [Schema.Types.Mixed], default: undefined, select: false },
    _outboxPending: { type: Boolean, index: true },
    _outboxVersion: { type: Number },
  });
}
