import type { Collection, Document, Filter, FindOptions, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { Id, type CloudEvent } from '@asn/contracts';
import { updateWithEvents, withEvents, type OutboxFields, type OutboxNotify } from '@asn/messaging';
import { type AppError, assertValid, BatchedLookup, currentRequestKey, findByIds, findPage, isDuplicateKey, notFound, orConflict } from '@asn/service-kit';

/** A document of an aggregate: every aggregate of the platform has a string id (a UUID, a NIP, a code). */
export interface AggregateDoc {
  _id: string;
}

/** How an aggregate is named in the errors about it: `IDEA` → IDEA_NOT_FOUND, IDEA_ID_INVALID; `idea` in the messages. */
export interface AggregateNames {
  code: string;
  label: string;
}

export interface PageRequest<Doc> {
  page: number;
  pageSize: number;
  sort: { [K in keyof Doc & string]?: 1 | -1 } & Record<string, 1 | -1>;
}

/**
 * The store side of one aggregate, on which a service's repository builds its named operations:
 * the insert and the conditional update that carry the aggregate's events in the same single-document
 * write (the outbox), the duplicate-key → conflict mapping, loading by id with its stable error
 * codes, paging (spec 6.5) and typed reads. Domain code never touches the driver; it calls the
 * repository's methods, which say what they do in the domain's words.
 */
export class Repository<Doc extends AggregateDoc> {
  private readonly byId = new BatchedLookup<Doc>(async (ids) => {
    const docs = (await findByIds(this.collection, ids, withoutOutbox({}))) as Doc[];
    return new Map(docs.map((d) => [d._id, d]));
  }, structuredClone);

  constructor(
    protected readonly model: Model<Doc>,
    private readonly notify: OutboxNotify,
    private readonly names: AggregateNames,
  ) {}

  /**
   * The driver's collection, typed by the aggregate's document (string ids). Mongoose's collection
   * is the driver's with buffering until connected; only its TypeScript type says ObjectId ids.
   */
  protected get collection(): Collection<Doc & OutboxFields> {
    return this.model.collection as unknown as Collection<Doc & OutboxFields>;
  }

  /**
   * Stores a new aggregate with its first events, atomically; a duplicate key becomes `onDuplicate()`.
   * Within a keyed write (spec 8.7) the document is stamped with the request key: the same write
   * run again (its ids derived from the key, see `newAggregateId`, or natural) finds what its first
   * run stored and answers that, writing and publishing nothing twice.
   */
  protected async insertWithEvents(doc: Doc, events: CloudEvent[], onDuplicate?: () => AppError): Promise<Doc> {
    const requestKey = currentRequestKey();
    try {
      await this.collection.insertOne(withEvents(requestKey ? { ...doc, _requestKey: requestKey } : doc, events) as Parameters<Collection<Doc & OutboxFields>['insertOne']>[0]);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const earlierRun = requestKey ? await this.findOne({ _id: doc._id, _requestKey: requestKey } as unknown as Filter<Doc>) : null;
      if (earlierRun) return earlierRun;
      if (onDuplicate) throw onDuplicate();
      throw err;
    }
    if (events.length > 0) this.notify(this.model, doc._id, events); // as inserted: the relay need not read it back
    return doc;
  }

  /** Stores a document that carries no events (a claim, a marker); a duplicate key becomes `onDuplicate()`. */
  protected async insertPlain(doc: Doc, onDuplicate?: () => AppError): Promise<Doc> {
    const write = this.collection.insertOne(doc as Parameters<Collection<Doc & OutboxFields>['insertOne']>[0]);
    await (onDuplicate ? orConflict(write, onDuplicate) : write);
    return doc;
  }

  /** Sets or creates a document that carries no events: answers whether it was created. */
  protected async upsertPlain(id: string, update: UpdateFilter<Doc>): Promise<boolean> {
    const res = await this.collection.updateOne({ _id: id } as Filter<Doc & OutboxFields>, update as UpdateFilter<Doc & OutboxFields>, { upsert: true });
    return res.upsertedCount > 0;
  }

  /** Changes every document matching `filter`, without events: answers how many matched. */
  protected async updateAll(filter: Filter<Doc>, update: UpdateFilter<Doc>): Promise<number> {
    const res = await this.collection.updateMany(filter as Filter<Doc & OutboxFields>, update as UpdateFilter<Doc & OutboxFields>);
    return res.matchedCount;
  }

  /** Deletes one document if it still matches `condition`: answers whether it did. */
  protected async deleteIf(id: string, condition: Filter<Doc> = {}): Promise<boolean> {
    const res = await this.collection.deleteOne({ ...condition, _id: id } as Filter<Doc & OutboxFields>);
    return res.deletedCount === 1;
  }

  /**
   * Changes one aggregate, with its events, only if it still matches `filter` (the state a decision
   * was made from): answers whether it did. Of two racing writers one matches, the other judges again.
   * A keyed write stamps the aggregate with its request key, so that its run again can tell its own
   * change from another's (`writtenByThisRequest`).
   */
  protected async updateWithEvents(id: string, condition: Filter<Doc>, update: UpdateFilter<Doc>, events: CloudEvent[] = [], onDuplicate?: () => AppError): Promise<boolean> {
    const filter = { ...condition, _id: id } as Filter<Doc & OutboxFields>;
    const requestKey = currentRequestKey();
    const stamped = requestKey ? { ...update, $set: { ...((update as Document).$set ?? {}), _requestKey: requestKey } } : update;
    const write = this.collection.updateOne(filter, updateWithEvents(stamped as Document, events) as UpdateFilter<Doc & OutboxFields>);
    const res = await (onDuplicate ? orConflict(write, onDuplicate) : write);
    if (res.matchedCount === 1 && events.length > 0) this.notify(this.model, id);
    return res.matchedCount === 1;
  }

  /** Sets an aggregate whose id is its natural key (created by its first write, replaced by the next), with events. */
  protected async upsertWithEvents(id: string, update: UpdateFilter<Doc>, events: CloudEvent[]): Promise<void> {
    await this.collection.updateOne({ _id: id } as Filter<Doc & OutboxFields>, updateWithEvents(update as Document, events) as UpdateFilter<Doc & OutboxFields>, { upsert: true });
    if (events.length > 0) this.notify(this.model, id);
  }

  /** The aggregate by id: `<CODE>_ID_INVALID` (400) for a malformed id, `<CODE>_NOT_FOUND` (404) when there is none. */
  async get(id: unknown): Promise<Doc> {
    assertValid(Id, id, { '/': `${this.names.code}_ID_INVALID` });
    const doc = await this.find(id);
    if (!doc) throw notFound(`${this.names.code}_NOT_FOUND`, `No ${this.names.label} ${id}`);
    return doc;
  }

  /**
   * The aggregate by id, or null: through the driver, as the other reads, not mongoose's query
   * (its query object and the stack it records per query were a fifth of personnel's CPU per lookup).
   * Lookups asked for while one is in flight are read together by the next one (BatchedLookup).
   */
  async find(id: string): Promise<Doc | null> {
    return (await this.byId.get(id)) ?? null;
  }

  protected async findOne(filter: Filter<Doc>, options: FindOptions = {}): Promise<Doc | null> {
    return (await this.collection.findOne(filter as Filter<Doc & OutboxFields>, withoutOutbox(options))) as Doc | null;
  }

  protected async findMany(filter: Filter<Doc>, options: FindOptions = {}): Promise<Doc[]> {
    return (await this.collection.find(filter as Filter<Doc & OutboxFields>, withoutOutbox(options)).toArray()) as Doc[];
  }

  /**
   * A reader of the documents whose `field` equals a value (an employee's placements, by NIP),
   * grouped under load as `find` is: the values asked for while one read is in flight are read
   * together by the next one (one `$in`), and each caller gets its own documents, in `options.sort`
   * order. No `limit`: it would apply to the group, not to each value.
   */
  protected groupedFinder(field: keyof Doc & string, options: Omit<FindOptions, 'limit'> = {}): (value: string) => Promise<Doc[]> {
    const reads = new BatchedLookup<Doc[]>(async (values) => {
      const byValue = new Map<string, Doc[]>();
      for (const doc of await this.findMany({ [field]: values.length === 1 ? values[0] : { $in: values } } as Filter<Doc>, options)) {
        const value = String(doc[field]);
        const list = byValue.get(value);
        if (list) list.push(doc);
        else byValue.set(value, [doc]);
      }
      return byValue;
    }, structuredClone);
    return async (value) => (await reads.get(value)) ?? [];
  }

  protected aggregate<R extends Document>(pipeline: Document[]): Promise<R[]> {
    return this.collection.aggregate<R>(pipeline).toArray();
  }

  /** One page (spec 6.5), counted and read in parallel. */
  protected page(filter: Filter<Doc>, request: PageRequest<Doc>) {
    return findPage(this.model, filter as Record<string, unknown>, request);
  }
}

/** Reads leave the pending events out, as the model's reads do (an inclusion projection leaves them out already). */
function withoutOutbox(options: FindOptions): FindOptions {
  const projection = options.projection as Record<string, unknown> | undefined;
  const includes = projection && Object.entries(projection).some(([k, v]) => k !== '_id' && (v === 1 || v === true));
  return includes ? options : { ...options, projection: { ...(projection ?? {}), _outbox: 0 } };
}
