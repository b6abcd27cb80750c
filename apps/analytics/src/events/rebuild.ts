import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { ManagedResource } from '@asn/service-kit';
import { READ_MODEL_COLLECTIONS, READ_MODEL_VERSION, RETIRED_COLLECTIONS } from '../persistence/models';

const VERSION_COLLECTION = 'read_model_version';
/** Stored while a rebuild is under way: a crash in the middle makes the next start rebuild again. */
const REBUILDING = -1;

/**
 * Rebuild from scratch: drops the read models and deletes the consumer group, so that the consumer
 * replays every topic from the beginning; it runs before the consumer joins. It runs when asked
 * (ANALYTICS_REBUILD) and whenever the stored read models are of another version than this code's.
 */
export class Rebuild implements ManagedResource {
  readonly name = 'rebuild';
  private done = false;

  constructor(
    private readonly connection: Connection,
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: string[],
    private readonly logger: Logger,
    private readonly always: boolean,
    /** Told when the read models were dropped: the store holds none of them now. */
    private readonly onEmptied: () => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    const db = this.connection.db!;
    const versions = db.collection<{ _id: string; version: number }>(VERSION_COLLECTION);
    const stored = (await versions.findOne({ _id: 'analytics' }))?.version;
    const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
    const models = [...READ_MODEL_COLLECTIONS, ...RETIRED_COLLECTIONS].filter((name) => existing.has(name));
    let hasData = false;
    for (const name of models) if (!hasData && (await db.collection(name).findOne({}, { projection: { _id: 1 } }))) hasData = true;
    if (this.always || stored === REBUILDING || (hasData && stored !== READ_MODEL_VERSION)) {
      if (!this.always) this.logger.warn({ stored: stored ?? null, version: READ_MODEL_VERSION }, 'read models of another version: rebuilding them from the topics');
      await versions.updateOne({ _id: 'analytics' }, { $set: { version: REBUILDING } }, { upsert: true });
      await this.rebuild(models);
      this.onEmptied();
    }
    await versions.updateOne({ _id: 'analytics' }, { $set: { version: READ_MODEL_VERSION } }, { upsert: true });
    this.done = true;
  }

  private async rebuild(models: string[]): Promise<void> {
    const db = this.connection.db!;
    // Dropped, not emptied: deleteMany({}) is as slow as the collection is large, and FerretDB's
    // SQLite backend refuses it beyond SQLite's limit of bound variables (a city's facts).
    for (const name of models) await db.collection(name).drop();
    // Their models' indexes back (mongoose created them when the collections were first used).
    for (const model of Object.values(this.connection.models)) if (models.includes(model.collection.collectionName)) await model.createIndexes();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      // Deleting the (empty) group forgets its committed offsets; the consumer then starts from the
      // beginning of every topic (fromBeginning). Faster than resetOffsets, which joins the group.
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
      if (groups.includes(this.groupId)) await admin.deleteGroups([this.groupId]);
    } finally {
      await admin.disconnect();
    }
    this.logger.info({ collections: READ_MODEL_COLLECTIONS, topics: this.topics }, 'read models dropped; replaying from the beginning');
  }

  isReady(): boolean {
    return this.done;
  }

  async stop(): Promise<void> {}
}
