import { randomBytes } from 'node:crypto';
import type { Collection } from 'mongodb';
import { internFact, type Fact } from '../domain/facts';
import { BULK_CHUNK } from './bulk';

/** A stored chunk: the facts an entity gained between two checkpoints, `seq` in write order. */
export type FactChunk = { _id: string; key: string; seq: number; facts: Fact[] };
type Chunk = FactChunk;

/** Chunks of one entity beyond which a read rewrites them as one (at the next save). */
const COMPACT_AFTER = 16;

/** Told apart from other instances' chunks of the same entity written in the same millisecond. */
const WRITER = randomBytes(4).toString('hex');

/** What the store holds of a list kept in memory. */
interface Stored {
  /** Facts of the list already stored. */
  length: number;
  /** Its chunks in the store: their ids and the highest seq. */
  ids: string[];
  seq: number;
  /** Rewrite it whole at the next save, then delete these chunks. */
  compact: boolean;
}

/**
 * The facts of each entity (an employee, a programme year, an OPD), in arrival order, held in
 * memory and written behind. A checkpoint (`save()`) appends, per entity it touched, one chunk
 * `{ key, seq, facts }` with the facts gained since the last one: an insert, never a rewrite of a
 * growing list, so its cost follows the entities touched, not the length of their history. A list
 * is read back by `key` in `seq` order; one of many chunks is rewritten as one at the next save.
 *
 * Facts are known by their event id, so a replayed or redelivered event is never a second fact:
 * after a crash the consumer replays from the last checkpoint, and what that checkpoint (or a later
 * one cut short) already stored is recognised.
 *
 * After each checkpoint, lists stay in memory up to `maxFacts` facts, least recently used out first.
 * An instance writes them one batch at a time (AnalyticsDomain.serially), so a kept list is exactly
 * what the store will hold, as long as no other instance writes it: only lists `keeps(key)` allows
 * are kept (see Ownership). Others get their new facts appended blind, as a chunk of their own
 * (several instances may append to one OPD's or programme's facts), and are read whole each time.
 * A chunk's seq is its write time (or one past the list's last), so chunks sort in write order
 * whichever instance wrote them.
 */
export class FactLists {
  private readonly lists = new Map<string, Fact[]>();
  /** Facts of lists not kept, appended since the last save. */
  private readonly blind = new Map<string, Fact[]>();
  private readonly stored = new Map<string, Stored>();
  private readonly unsaved = new Set<string>();
  private kept = 0;
  private appendedSinceSave = 0;
  /** Set when the collection is known empty (after a rebuild dropped it): keys written since. */
  private writtenSinceEmpty: Set<string> | undefined;

  constructor(
    private readonly collection: () => Collection<Chunk>,
    private readonly maxFacts: number,
    private readonly keeps: (key: string) => boolean = () => true,
  ) {}

  /** Forgets every list (another instance may write any of them now); what is unsaved is dropped too. */
  clear(): void {
    this.lists.clear();
    this.blind.clear();
    this.stored.clear();
    this.unsaved.clear();
    this.kept = 0;
    this.appendedSinceSave = 0;
    this.writtenSinceEmpty = undefined;
  }

  private async read(key: string): Promise<Chunk[]> {
    return this.collection().find({ key }).sort({ seq: 1 }).toArray();
  }

  /** The store holds nothing (a rebuild just dropped it): a list not written since need not be read. */
  startEmpty(): void {
    this.writtenSinceEmpty = new Set();
  }

  /** The entity's facts in the order they arrived. */
  async get(key: string): Promise<Fact[]> {
    if (!this.keeps(key)) return distinct([...(await this.read(key)).flatMap((c) => c.facts), ...(this.blind.get(key) ?? [])]);
    const cached = this.lists.get(key);
    if (cached) {
      this.lists.delete(key);
      this.lists.set(key, cached);
      return cached;
    }
    const absent = this.writtenSinceEmpty && !this.writtenSinceEmpty.has(key);
    const chunks = absent ? [] : await this.read(key);
    // A compaction cut short leaves the old chunks beside the whole list: the first of each stays.
    const list = distinct(chunks.flatMap((c) => c.facts)).map(internFact);
    this.stored.set(key, { length: list.length, ids: chunks.map((c) => c._id), seq: Math.max(-1, ...chunks.map((c) => c.seq)), compact: chunks.length > COMPACT_AFTER });
    if (chunks.length > COMPACT_AFTER) this.unsaved.add(key);
    this.keep(key, list);
    return list;
  }

  /** Appends each fact once (known by its event id); returns every touched entity's list as it now is. */
  async append(groups: Map<string, Fact[]>): Promise<Map<string, Fact[]>> {
    const result = new Map<string, Fact[]>();
    for (const [key, incoming] of groups) {
      if (!this.keeps(key)) {
        const known = this.blind.get(key) ?? [];
        const fresh = distinct([...known, ...incoming]);
        this.appendedSinceSave += fresh.length - known.length;
        if (fresh.length > known.length) this.unsaved.add(key);
        this.blind.set(key, fresh);
        result.set(key, fresh);
        continue;
      }
      const list = await this.get(key);
      const known = new Set(list.map((f) => f._id));
      const fresh = incoming.filter((f) => !known.has(f._id) && known.add(f._id));
      if (fresh.length) {
        const longer = [...list, ...fresh];
        this.unsaved.add(key);
        this.appendedSinceSave += fresh.length;
        this.keep(key, longer);
        result.set(key, longer);
      } else result.set(key, list);
    }
    return result;
  }

  /** Lists with facts not saved yet. */
  get unsavedCount(): number {
    return this.unsaved.size;
  }

  /** Facts appended since the last save. */
  get unsavedFacts(): number {
    return this.appendedSinceSave;
  }

  /**
   * Facts held beyond the bound, which the next save lets go: those appended, and the whole lists
   * read from the store for the entities touched since the last save (a catch-up at 20,000
   * employees read ~500,000 and ran out of heap before its next checkpoint).
   */
  get factsBeyondBound(): number {
    return Math.max(0, this.kept - this.maxFacts);
  }

  /** Writes what every list gained since the last save (a checkpoint); lists may then leave memory. */
  async save(): Promise<number> {
    const keys = [...this.unsaved];
    const chunks: Chunk[] = [];
    const superseded: string[] = [];
    const now = Date.now();
    for (const key of keys) {
      const blind = this.blind.get(key);
      if (blind) {
        chunks.push({ _id: `${key}#${now}:${WRITER}`, key, seq: now, facts: blind });
        continue;
      }
      const list = this.lists.get(key)!;
      const stored = this.stored.get(key) ?? { length: 0, ids: [], seq: -1, compact: false };
      const seq = Math.max(now, stored.seq + 1);
      chunks.push({ _id: `${key}#${seq}:${WRITER}`, key, seq, facts: stored.compact ? list : list.slice(stored.length) });
      if (stored.compact) superseded.push(...stored.ids);
    }
    for (let i = 0; i < chunks.length; i += BULK_CHUNK) await this.collection().insertMany(chunks.slice(i, i + BULK_CHUNK), { ordered: false });
    // Only after the whole lists are stored: a crash in between leaves duplicates, which get() drops.
    for (let i = 0; i < superseded.length; i += BULK_CHUNK) await this.collection().deleteMany({ _id: { $in: superseded.slice(i, i + BULK_CHUNK) } });
    for (const c of chunks) {
      this.unsaved.delete(c.key);
      if (this.blind.delete(c.key)) continue;
      const before = this.stored.get(c.key);
      const compacted = before?.compact ?? false;
      this.stored.set(c.key, { length: this.lists.get(c.key)!.length, ids: compacted ? [c._id] : [...(before?.ids ?? []), c._id], seq: c.seq, compact: false });
      this.writtenSinceEmpty?.add(c.key);
    }
    this.appendedSinceSave = 0;
    this.evict();
    return chunks.length;
  }

  private keep(key: string, list: Fact[]): void {
    const before = this.lists.get(key);
    if (before) this.kept -= before.length;
    this.lists.delete(key);
    this.lists.set(key, list);
    this.kept += list.length;
  }

  /** At a checkpoint only: between two, the lists touched stay (they are unsaved, or were just read). */
  private evict(): void {
    if (this.kept <= this.maxFacts) return;
    for (const [oldest, facts] of this.lists) {
      if (this.kept <= this.maxFacts) break;
      if (this.unsaved.has(oldest)) continue;
      this.lists.delete(oldest);
      this.stored.delete(oldest);
      this.kept -= facts.length;
    }
  }
}

/** Each fact once (by event id), the first of each kept: a replay or a compaction cut short leaves copies. */
function distinct(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f._id) && seen.add(f._id));
}
