import type { Collection } from 'mongodb';
import { BULK_CHUNK, eachLimited } from './batching';
import type { Fact } from './facts';

type Native = Collection<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- string _ids throughout

/** A stored fact: the fact itself (its `_id` is the event id), the entity it belongs to and its place in that entity's list. */
type FactDoc = Fact & { key: string; seq: number };


/**
 * The facts of each entity (an employee, a programme year, an OPD) as an append-only log: one
 * small document per fact, `{ _id: event id, key, seq, ...fact }`, read back by `key` in `seq`
 * order. Appending is an insert: no document is rewritten, so the cost of a batch no longer grows
 * with the history of what it touches (a fact list kept in one document was rewritten whole by
 * every append). The event id as `_id` makes a replayed event a duplicate key, never a second fact.
 *
 * Lists recently read or written stay in memory, up to `maxFacts` facts in all (least recently used
 * first out): analytics is the only writer of these collections and writes them one batch at a
 * time (AnalyticsDomain.serially), so a kept list is exactly what the store holds.
 */
export class FactLog {
  private readonly lists = new Map<string, Fact[]>();
  private kept = 0;

  constructor(
    private readonly collection: () => Native,
    private readonly maxFacts: number,
  ) {}

  /** The entity's facts in the order they arrived. */
  async get(key: string): Promise<Fact[]> {
    const cached = this.lists.get(key);
    if (cached) {
      this.touch(key, cached);
      return cached;
    }
    const docs = (await this.collection().find({ key }).sort({ seq: 1 }).toArray()) as FactDoc[];
    const list = docs.map(({ key: _key, seq: _seq, ...fact }) => fact as Fact);
    this.keep(key, list);
    return list;
  }

  /**
   * Appends each fact once (a fact is known by its event id), and returns every touched entity's
   * list as it now is, so recomputing does not read it again. A list enters the cache only after
   * its insert succeeded.
   */
  async append(groups: Map<string, Fact[]>, concurrency = 16): Promise<Map<string, Fact[]>> {
    const keys = [...groups.keys()];
    const lists = await eachLimited(keys, concurrency, (key) => this.get(key));
    const stored = new Map(keys.map((key, n) => [key, lists[n]!]));
    const docs: FactDoc[] = [];
    const result = new Map<string, Fact[]>();
    for (const [key, incoming] of groups) {
      const list = stored.get(key)!;
      const known = new Set(list.map((f) => f._id));
      const fresh = incoming.filter((f) => !known.has(f._id) && known.add(f._id));
      fresh.forEach((f, n) => docs.push({ ...f, key, seq: list.length + n }));
      result.set(key, fresh.length ? [...list, ...fresh] : list);
    }
    let duplicates = false;
    for (let i = 0; i < docs.length; i += BULK_CHUNK) {
      try {
        await this.collection().insertMany(docs.slice(i, i + BULK_CHUNK) as never[], { ordered: false });
      } catch (err) {
        // The store may now hold part of the batch: the next read of these lists goes to the store.
        for (const key of groups.keys()) this.forget(key);
        // A fact stored already is not stored twice (the event id is its _id); anything else fails the batch.
        const writeErrors = (err as { writeErrors?: { code?: number }[] | { code?: number } }).writeErrors;
        const codes = (Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : []).map((e) => e.code);
        if (codes.length === 0 || codes.some((c) => c !== 11000)) throw err;
        duplicates = true;
      }
    }
    if (duplicates) {
      // Only another writer of the same lists causes this: what the store holds is the truth.
      for (const key of groups.keys()) result.set(key, await this.get(key));
      return result;
    }
    for (const [key, list] of result) this.keep(key, list);
    return result;
  }

  private touch(key: string, list: Fact[]): void {
    this.lists.delete(key);
    this.lists.set(key, list);
  }

  private keep(key: string, list: Fact[]): void {
    this.forget(key);
    this.lists.set(key, list);
    this.kept += list.length;
    for (const [oldest, facts] of this.lists) {
      if (this.kept <= this.maxFacts || oldest === key) break;
      this.lists.delete(oldest);
      this.kept -= facts.length;
    }
  }

  private forget(key: string): void {
    const list = this.lists.get(key);
    if (!list) return;
    this.lists.delete(key);
    this.kept -= list.length;
  }
}
