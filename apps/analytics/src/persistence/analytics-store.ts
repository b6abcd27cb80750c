import { randomUUID } from 'node:crypto';
import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import type { CloudEvent } from '@asn/contracts';
import { isDuplicateKey } from '@asn/service-kit';
import type { EmployeeState, ProgramRevision, StandardCompetencies } from '../domain/compute';
import { BULK_CHUNK } from './bulk';
import { FactLists, type FactChunk } from './fact-lists';
import type { AnalyticsModels } from './models';

/** A programme as the catalogue holds it: what was published, and its revisions (spec 8.6). */
export interface CatalogueProgram {
  id: string;
  code: string;
  title: string;
  competencies: { code: string }[];
  revisions: ProgramRevision[];
}
interface ProgramDoc {
  _id: string;
  code: string;
  title: string;
  competencies: { code: string }[];
  revisions?: ProgramRevision[];
}
export interface OpdMembership {
  nips: string[];
  years: number[];
}
/**
 * Work on an entity its owner has to do (see Ownership): an employee's metrics left unwritten by a
 * light checkpoint, an OPD year or programme year to recompute from what the instances stored.
 * Raised by any instance after it stored what the work reads; done by the instance holding
 * partition `p`. `v` counts the raises: the owner settles the version it computed, so a raise
 * meanwhile leaves the mark pending.
 */
export type MarkKind = 'employee' | 'opd' | 'program';
export interface Mark {
  id: string;
  kind: MarkKind;
  key: string;
  v: number;
}
/** Versions of what every instance reads and any one of them may change (the catalogue, each position standard). */
export interface Globals {
  catalogue: number;
  standards: Record<string, number>;
}
/** A stored metric document: its content and the hash of that content (what decides a rewrite). */
export interface StoredMetric {
  hash: string;
  doc: Record<string, unknown>;
}
export type MetricModel = 'EmployeeMetrics' | 'ProgramMetrics' | 'OpdMetrics';
export type FactCollection = 'EmployeeFacts' | 'ProgramFacts' | 'OpdFacts';
/** Collections written whole, by _id, at a checkpoint. */
type WholeDocuments = MetricModel | 'Employee';

interface OutboxDoc {
  _id: string;
  _outbox: CloudEvent[];
  _outboxPending: boolean;
  _outboxVersion: number;
}
type IdDoc = { _id: string } & Document;

/** The document of the marks collection holding the Globals. */
const GLOBALS = '~globals';
const markId = (kind: MarkKind, key: string) => `${kind}|${key}`;
const STORED_METRIC_PROJECTION = { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, _id: 0, epoch: 0 };
/** An owner's document without its owner's epoch (see writeWhole). */
const WITHOUT_EPOCH = { epoch: 0 };
/** Refused writes: an upsert whose guard did not match found the document (E11000). */
const isSuperseded = (err: unknown) => {
  const writeErrors = (err as { writeErrors?: { code?: number }[] | { code?: number } }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return list.length > 0 && list.every((e) => e.code === 11000);
};

/**
 * The analytics read models in the store: every read and write of the domain goes through here,
 * by _id (the fact chunks by their key). The models are schemaless (`strict: false`); the types of
 * their documents are stated here, once.
 */
export class AnalyticsStore {
  constructor(
    private readonly models: AnalyticsModels,
    private readonly notify: (hint: { collection: string; ids: unknown[] }) => void,
  ) {}

  // Mongoose's collection is the driver's (buffering until connected); its type says ObjectId ids.
  private col<T extends Document>(name: keyof AnalyticsModels): Collection<T> {
    return this.models[name].collection as unknown as Collection<T>;
  }

  employee(nip: string): Promise<EmployeeState | null> {
    return this.col<EmployeeState>('Employee').findOne({ _id: nip }, { projection: WITHOUT_EPOCH });
  }

  employees(nips: string[]): Promise<Map<string, EmployeeState>> {
    return this.byIds('Employee', nips, (d) => d as unknown as EmployeeState, WITHOUT_EPOCH);
  }

  private async byIds<T>(model: keyof AnalyticsModels, ids: string[], map: (doc: IdDoc) => T, projection?: Document): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (let i = 0; i < ids.length; i += BULK_CHUNK) {
      const docs = await this.col<IdDoc>(model).find({ _id: { $in: ids.slice(i, i + BULK_CHUNK) } }, projection ? { projection } : {}).toArray();
      for (const d of docs) found.set(String(d._id), map(d));
    }
    return found;
  }

  /** The OPD codes whose metrics of a year are stored (the city overview). */
  async opdsWithMetrics(year: number): Promise<string[]> {
    const docs = await this.col<{ _id: string; opd: string }>('OpdMetrics').find({ year }, { projection: { opd: 1 }, sort: { opd: 1 } }).toArray();
    return docs.map((d) => d.opd);
  }

  /** The programmes whose metrics of a year are stored. */
  async programsWithMetrics(year: number): Promise<string[]> {
    const docs = await this.col<{ _id: string; programId: string }>('ProgramMetrics').find({ year }, { projection: { programId: 1 }, sort: { programId: 1 } }).toArray();
    return docs.map((d) => d.programId);
  }

  async opdMembership(opd: string): Promise<OpdMembership | null> {
    const doc = await this.col<{ _id: string } & Partial<OpdMembership>>('OpdMembers').findOne({ _id: opd });
    return doc ? { nips: doc.nips ?? [], years: doc.years ?? [] } : null;
  }

  async positionHolders(code: string): Promise<string[] | null> {
    return (await this.col<{ _id: string; nips?: string[] }>('PositionHolders').findOne({ _id: code }))?.nips ?? null;
  }

  /** Every published programme, by code. */
  async programCatalogue(): Promise<CatalogueProgram[]> {
    const docs = await this.col<ProgramDoc>('Program').find({}).toArray();
    return docs.map((d) => ({ id: String(d._id), code: d.code, title: d.title, competencies: d.competencies, revisions: d.revisions ?? [] })).sort((a, b) => a.code.localeCompare(b.code));
  }

  async programKnown(programId: string): Promise<boolean> {
    return (await this.col<ProgramDoc>('Program').findOne({ _id: programId }, { projection: { _id: 1 } })) !== null;
  }

  /** $set, not a replacement: a programme's revisions stay. */
  async publishProgram(programId: string, published: Pick<ProgramDoc, 'code' | 'title' | 'competencies'>): Promise<void> {
    await this.col<ProgramDoc>('Program').updateOne({ _id: programId }, { $set: published }, { upsert: true });
  }

  async addRevision(programId: string, revision: ProgramRevision): Promise<void> {
    await this.col<ProgramDoc>('Program').updateOne({ _id: programId }, { $push: { revisions: revision } }, { upsert: true });
  }

  async standard(positionCode: string): Promise<StandardCompetencies | null> {
    return (await this.col<{ _id: string; competencies?: StandardCompetencies }>('Standard').findOne({ _id: positionCode }))?.competencies ?? null;
  }

  async setStandard(positionCode: string, competencies: StandardCompetencies): Promise<void> {
    await this.col<{ _id: string; competencies: StandardCompetencies }>('Standard').replaceOne({ _id: positionCode }, { competencies }, { upsert: true });
  }

  async storedMetric(model: MetricModel, id: string): Promise<StoredMetric | null> {
    const found = await this.col<IdDoc>(model).findOne({ _id: id }, { projection: STORED_METRIC_PROJECTION });
    if (!found) return null;
    const { hash, ...doc } = found;
    return { hash: String(hash), doc };
  }

  storedMetrics(model: MetricModel, ids: string[]): Promise<Map<string, StoredMetric>> {
    return this.byIds(model, ids, ({ _id, hash, _outbox, _outboxPending, _outboxVersion, epoch: _epoch, ...doc }) => ({ hash: String(hash), doc }));
  }

  /** Adds employees to OPDs' members and years to the OPDs' stored years (sets: any instance may add). */
  async addToOpds(additions: Map<string, { nips: string[]; years: number[] }>): Promise<number> {
    const ops = [...additions].map(([opd, { nips, years }]) => ({ updateOne: { filter: { _id: opd }, update: { $addToSet: { nips: { $each: nips }, years: { $each: years } } }, upsert: true } }));
    for (let i = 0; i < ops.length; i += BULK_CHUNK) await this.col<IdDoc>('OpdMembers').bulkWrite(ops.slice(i, i + BULK_CHUNK), { ordered: false });
    return ops.length;
  }

  /** Moves employees between positions' holders: each employee's holder sets are written by its owner only. */
  async moveHolders(changes: Map<string, { add: string[]; remove: string[] }>): Promise<number> {
    const ops: AnyBulkWriteOperation<{ _id: string; nips: string[] }>[] = [...changes].flatMap(([code, { add, remove }]) => [
      ...(remove.length ? [{ updateOne: { filter: { _id: code }, update: { $pull: { nips: { $in: remove } } } } }] : []),
      ...(add.length ? [{ updateOne: { filter: { _id: code }, update: { $addToSet: { nips: { $each: add } } }, upsert: true } }] : []),
    ]);
    for (let i = 0; i < ops.length; i += BULK_CHUNK) await this.col<{ _id: string; nips: string[] }>('PositionHolders').bulkWrite(ops.slice(i, i + BULK_CHUNK), { ordered: true });
    return changes.size;
  }

  /** Raises marks (after what their work reads is stored). */
  async raiseMarks(marks: { kind: MarkKind; key: string; p: number }[]): Promise<number> {
    const ops = marks.map(({ kind, key, p }) => ({ updateOne: { filter: { _id: markId(kind, key) }, update: { $inc: { v: 1 }, $set: { kind, key, p, pending: true } }, upsert: true } }));
    for (let i = 0; i < ops.length; i += BULK_CHUNK) await this.col<IdDoc>('Marks').bulkWrite(ops.slice(i, i + BULK_CHUNK), { ordered: false });
    return ops.length;
  }

  /** The pending marks of these partitions (all: every pending mark). */
  async pendingMarks(partitions: number[] | 'all'): Promise<Mark[]> {
    const filter = partitions === 'all' ? { pending: true } : { pending: true, p: { $in: partitions } };
    const docs = await this.col<IdDoc>('Marks').find(filter).toArray();
    return docs.map((d) => ({ id: String(d._id), kind: d.kind as MarkKind, key: String(d.key), v: Number(d.v) }));
  }

  /** Marks done, unless raised again since they were read. */
  async settleMarks(marks: Mark[]): Promise<void> {
    const ops = marks.map((m) => ({ updateOne: { filter: { _id: m.id, v: m.v }, update: { $set: { pending: false } } } }));
    for (let i = 0; i < ops.length; i += BULK_CHUNK) await this.col<IdDoc>('Marks').bulkWrite(ops.slice(i, i + BULK_CHUNK), { ordered: false });
  }

  /**
   * Takes partitions over: each gets its next epoch. The documents an owner writes carry its epoch
   * and replace only documents of an epoch up to theirs, so an instance that lost a partition
   * while its checkpoint was writing cannot overwrite what the new owner wrote (writeWhole).
   */
  async claimPartitions(partitions: number[], count: number): Promise<Map<number, number>> {
    const epochs = new Map<number, number>();
    for (const p of partitions) {
      const doc = await this.col<IdDoc>('Marks').findOneAndUpdate({ _id: `~epoch|${count}|${p}` }, { $inc: { epoch: 1 } }, { upsert: true, returnDocument: 'after' });
      epochs.set(p, Number(doc?.epoch));
    }
    return epochs;
  }

  async globals(): Promise<Globals> {
    const doc = await this.col<IdDoc>('Marks').findOne({ _id: GLOBALS });
    const standards = Object.entries((doc?.standards as Record<string, number> | undefined) ?? {}).map(([code, v]) => [code.replace(/\uff0e/g, '.'), Number(v)]);
    return { catalogue: Number(doc?.catalogue ?? 0), standards: Object.fromEntries(standards) };
  }

  /** Tells every instance the catalogue or a position's standard changed (after storing the change). */
  async bumpGlobals(change: { catalogue: true } | { standard: string }): Promise<void> {
    // Position codes are dotted in no field name: the standards map is keyed by them.
    const field = 'catalogue' in change ? 'catalogue' : `standards.${change.standard.replace(/\./g, '\uff0e')}`;
    await this.col<IdDoc>('Marks').updateOne({ _id: GLOBALS }, { $inc: { [field]: 1 } }, { upsert: true });
  }

  /** The facts of each entity of a kind, with up to `maxFacts` kept in memory. */
  factLists(name: FactCollection, maxFacts: number, keeps?: (key: string) => boolean): FactLists {
    return new FactLists(() => this.col<FactChunk>(name), maxFacts, keeps);
  }

  /** Stores metric events in outbox documents (`perDocument` each), answering their ids; the relay is told later (`announceMetricEvents`). */
  async storeMetricEvents(events: CloudEvent[], perDocument: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < events.length; i += perDocument) {
      const id = randomUUID();
      await this.col<OutboxDoc>('MetricEvents').insertOne({ _id: id, _outbox: events.slice(i, i + perDocument), _outboxPending: true, _outboxVersion: 1 });
      ids.push(id);
    }
    return ids;
  }

  /** Tells the relay which metric event documents to publish. */
  announceMetricEvents(ids: string[]): void {
    if (ids.length) this.notify({ collection: this.models.MetricEvents.collection.collectionName, ids });
  }

  /**
   * Records a programme year's flag in the ledger with its event, once: the unique _id decides.
   * Answers false when it was recorded before.
   */
  async recordFlag(id: string, flag: { programId: string; year: number; flaggedAt: string }, event: CloudEvent): Promise<boolean> {
    try {
      await this.col<OutboxDoc & typeof flag>('ProgramFlag').insertOne({ _id: id, ...flag, _outbox: [event], _outboxPending: true, _outboxVersion: 1 });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return false;
    }
    this.notify({ collection: this.models.ProgramFlag.collection.collectionName, ids: [id] });
    return true;
  }

  async flagRecorded(id: string): Promise<boolean> {
    return (await this.col<IdDoc>('ProgramFlag').findOne({ _id: id }, { projection: { _id: 1 } })) !== null;
  }

  /**
   * Whole documents by _id, in bulk: inserted where known absent (cheaper), replaced otherwise. A
   * document with an `epoch` (its owner's, see claimPartitions) replaces only one of the same or an
   * earlier epoch: one written by a later owner stays.
   */
  async writeWhole(model: WholeDocuments, docs: { id: string; doc: object; absent: boolean; epoch?: number }[]): Promise<number> {
    const col = this.col<IdDoc>(model);
    const guard = (id: string, epoch: number | undefined) => (epoch === undefined ? { _id: id } : { _id: id, $or: [{ epoch: { $exists: false } }, { epoch: { $lte: epoch } }] });
    const stamped = (doc: object, epoch: number | undefined) => (epoch === undefined ? doc : { ...doc, epoch });
    const replace = async (list: typeof docs) => {
      try {
        await col.bulkWrite(list.map(({ id, doc, epoch }) => ({ replaceOne: { filter: guard(id, epoch), replacement: stamped(doc, epoch), upsert: true } })), { ordered: false });
      } catch (err) {
        if (!isSuperseded(err)) throw err; // a later owner's documents stay; the others were written
      }
    };
    for (let i = 0; i < docs.length; i += BULK_CHUNK) {
      const chunk = docs.slice(i, i + BULK_CHUNK);
      const fresh = chunk.filter((d) => d.absent);
      if (fresh.length) {
        try {
          await col.insertMany(fresh.map(({ id, doc, epoch }) => ({ _id: id, ...stamped(doc, epoch) })), { ordered: false });
        } catch (err) {
          if (!isDuplicateKey(err) && !(err as { writeErrors?: unknown }).writeErrors) throw err;
          await replace(fresh); // stored after all (a checkpoint cut short, or another owner, wrote it)
        }
      }
      const others = chunk.filter((d) => !d.absent);
      if (others.length) await replace(others);
    }
    return docs.length;
  }
}
