import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
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
/** What the last light checkpoints left unwritten, to recompute after a restart. */
export interface StaleMetrics {
  employees: string[];
  programYears: string[];
  opdYears: string[];
}
/** A stored metric document: its content and the hash of that content (what decides a rewrite). */
export interface StoredMetric {
  hash: string;
  doc: Record<string, unknown>;
}
export type MetricModel = 'EmployeeMetrics' | 'ProgramMetrics' | 'OpdMetrics';
export type FactCollection = 'EmployeeFacts' | 'ProgramFacts' | 'OpdFacts';
/** Collections written whole, by _id, at a checkpoint. */
type WholeDocuments = MetricModel | 'Employee' | 'OpdMembers' | 'PositionHolders';

interface OutboxDoc {
  _id: string;
  _outbox: CloudEvent[];
  _outboxPending: boolean;
  _outboxVersion: number;
}
type IdDoc = { _id: string } & Document;

/** The one document of stale_metrics. */
const STALE = 'stale';
const STORED_METRIC_PROJECTION = { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, _id: 0 };

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
    return this.col<EmployeeState>('Employee').findOne({ _id: nip });
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

  /** The facts of each entity of a kind, with up to `maxFacts` kept in memory. */
  factLists(name: FactCollection, maxFacts: number): FactLists {
    return new FactLists(() => this.col<FactChunk>(name), maxFacts);
  }

  async staleMetrics(): Promise<StaleMetrics | null> {
    const doc = await this.col<{ _id: string } & Partial<StaleMetrics>>('StaleMetrics').findOne({ _id: STALE });
    return doc ? { employees: doc.employees ?? [], programYears: doc.programYears ?? [], opdYears: doc.opdYears ?? [] } : null;
  }

  async saveStaleMetrics(stale: StaleMetrics): Promise<void> {
    await this.col<{ _id: string } & StaleMetrics>('StaleMetrics').replaceOne({ _id: STALE }, stale, { upsert: true });
  }

  async clearStaleMetrics(): Promise<void> {
    await this.col<IdDoc>('StaleMetrics').deleteOne({ _id: STALE });
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

  /** Whole documents by _id, in bulk: inserted where known absent (cheaper), replaced otherwise. */
  async writeWhole(model: WholeDocuments, docs: { id: string; doc: object; absent: boolean }[]): Promise<number> {
    const col = this.col<IdDoc>(model);
    const replace = (list: typeof docs) => col.bulkWrite(list.map(({ id, doc }) => ({ replaceOne: { filter: { _id: id }, replacement: doc, upsert: true } })), { ordered: false });
    for (let i = 0; i < docs.length; i += BULK_CHUNK) {
      const chunk = docs.slice(i, i + BULK_CHUNK);
      const fresh = chunk.filter((d) => d.absent);
      if (fresh.length) {
        try {
          await col.insertMany(fresh.map(({ id, doc }) => ({ _id: id, ...doc })), { ordered: false });
        } catch (err) {
          if (!isDuplicateKey(err) && !(err as { writeErrors?: unknown }).writeErrors) throw err;
          await replace(fresh); // stored after all (a checkpoint cut short wrote it)
        }
      }
      const others = chunk.filter((d) => !d.absent);
      if (others.length) await replace(others);
    }
    return docs.length;
  }
}
