import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { isDuplicateKey, type ManagedResource } from '@asn/service-kit';
import { committedOffsets } from '@asn/messaging';
import { READ_MODEL_COLLECTIONS, READ_MODEL_VERSION, RETIRED_COLLECTIONS } from '../persistence/models';

const VERSION_COLLECTION = 'read_model_version';
/** Stored while a rebuild is under way: a crash in the middle makes the next start rebuild again. */
const REBUILDING = -1;
/**
 * How long other instances wait for one that is rebuilding (dropping the read models and the
 * group's offsets takes seconds; the replay comes after): longer, it died, and another takes over.
 */
const REBUILD_LEASE_MS = 120_000;

/**
 * Rebuild from scratch: drops the read models and deletes the consumer group, so that the consumer
 * replays every topic from the beginning; it runs before the consumer joins. It runs when asked
 * (ANALYTICS_REBUILD) and whenever the stored read models are of another version than this code's.
 * Of several instances starting together, one rebuilds and the others wait for it.
 */
export class Rebuild implements ManagedResource {
  readonly name = 'rebuild';
  private done = false;
  private readonly instance = randomUUID();

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
    const versions = db.collection<{ _id: string; version: number; by?: string; at?: Date }>(VERSION_COLLECTION);
    // Several instances start at once (a deployment): one rebuilds, the others wait for it.
    for (let waited = false; ; waited = true) {
      const doc = await versions.findOne({ _id: 'analytics' });
      const stored = doc?.version;
      // Another instance's rebuild in its lease (this instance's own, left by a failed attempt, is taken up again).
      const rebuilding = stored === REBUILDING && doc?.by !== this.instance && Date.now() - (doc?.at?.getTime() ?? 0) < REBUILD_LEASE_MS;
      if (rebuilding) {
        if (!waited) this.logger.info({ by: doc?.by }, 'another analytics instance is rebuilding the read models: waiting for it');
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
      const models = [...READ_MODEL_COLLECTIONS, ...RETIRED_COLLECTIONS].filter((name) => existing.has(name));
      let hasData = false;
      for (const name of models) if (!hasData && (await db.collection(name).findOne({}, { projection: { _id: 1 } }))) hasData = true;
      // Asked for (once: not again after waiting for another instance's), left half done, or of another version.
      if ((this.always && !waited) || stored === REBUILDING || (hasData && stored !== READ_MODEL_VERSION)) {
        if (doc?.by !== this.instance && !(await this.take(versions, doc))) continue; // another instance took it first
        if (!this.always) this.logger.warn({ stored: stored ?? null, version: READ_MODEL_VERSION }, 'read models of another version: rebuilding them from the topics');
        await this.rebuild(models);
        this.onEmptied();
      }
      break;
    }
    await versions.updateOne({ _id: 'analytics' }, { $set: { version: READ_MODEL_VERSION }, $unset: { by: '', at: '' } }, { upsert: true });
    this.done = true;
  }

  /** Marks the read models as being rebuilt by this instance, unless another instance changed the mark since it was read. */
  private async take(versions: Collection<{ _id: string; version: number; by?: string; at?: Date }>, seen: { version: number; at?: Date } | null): Promise<boolean> {
    const mark = { version: REBUILDING, by: this.instance, at: new Date() };
    if (!seen) {
      try {
        await versions.insertOne({ _id: 'analytics', ...mark });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    }
    const taken = await versions.updateOne({ _id: 'analytics', version: seen.version, ...(seen.at ? { at: seen.at } : { at: { $exists: false } }) }, { $set: mark });
    return taken.modifiedCount === 1;
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
      // Asked directly (not after listGroups, whose answer is no proof): a group never created is fine.
      await admin.deleteGroups([this.groupId]).catch((err: unknown) => {
        if (!isGroupNotFound(err)) throw err;
      });
      // Replaying onto dropped read models from offsets still committed would leave them empty: refuse
      // to go on (the start is retried) rather than serve nothing as if caught up.
      const kept = [...(await committedOffsets(admin, this.groupId, this.topics)).values()].filter((offset) => offset >= 0).length;
      if (kept > 0) throw new Error(`consumer group ${this.groupId} still has ${kept} committed offsets after its deletion`);
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

/** kafkajs's error for deleting a group the broker does not know (GROUP_ID_NOT_FOUND, code 69). */
function isGroupNotFound(err: unknown): boolean {
  const groups = (err as { groups?: { errorCode?: number; error?: { type?: string } }[] }).groups;
  return Array.isArray(groups) && groups.length > 0 && groups.every((g) => g.errorCode === 69 || g.error?.type === 'GROUP_ID_NOT_FOUND');
}
