import type { Collection } from 'mongodb';
import { BULK_CHUNK } from './batching';
import type { Fact } from './facts';

type Native = Collection<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- string _ids throughout

/**
 * The facts of each entity (an employee, a programme year, an OPD), in arrival order, held in
 * memory and written behind: one document per entity, `{ _id: key, facts }`, written at the next
 * checkpoint (`save()`) with everything appended since. A batch therefore costs no store write, and
 * a checkpoint one write per entity it touched, however many events touched it.
 *
 * Facts are known by their event id, so a replayed or redelivered event is never a second fact:
 * after a crash the consumer replays from the last checkpoint, and what that checkpoint (or a later
 * one cut short) already stored is recognised.
 *
 * After each checkpoint, lists stay in memory up to `maxFacts` facts, least recently used out first. Analytics is the only writer of these documents and writes them
 * one batch at a time (AnalyticsDomain.serially), so a kept list is exactly what the store will hold.
 */
export class FactLists {
  private readonly lists = new Map<string, Fact[]>();
  private readonly unsaved = new Set<string>();
  private kept = 0;
  private appendedSinceSave = 0;
  /** Set when the collection is known empty (after a rebuild dropped it): keys written since. */
  private writtenSinceEmpty: Set<string> | undefined;

  constructor(
    private readonly collection: () => Native,
    private readonly maxFacts: number,
  ) {}

  /** The store holds nothing (a rebuild just dropped it): a list not written since need not be read. */
  startEmpty(): void {
    this.writtenSinceEmpty = new Set();
  }

  /** The entity's facts in the order they arrived. */
  async get(key: string): Promise<Fact[]> {
    const cached = this.lists.get(key);
    if (cached) {
      this.lists.delete(key);
      this.lists.set(key, cached);
      return cached;
    }
    const known = this.writtenSinceEmpty && !this.writtenSinceEmpty.has(key);
    const list = known ? [] : ((((await this.collection().findOne({ _id: key }))?.facts ?? []) as Fact[]));
    this.keep(key, list);
    return list;
  }

  /** Appends each fact once (known by its event id); returns every touched entity's list as it now is. */
  async append(groups: Map<string, Fact[]>): Promise<Map<string, Fact[]>> {
    const result = new Map<string, Fact[]>();
    for (const [key, incoming] of groups) {
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

  /** Facts appended since the last save (what memory holds beyond the bound until then). */
  get unsavedFacts(): number {
    return this.appendedSinceSave;
  }

  /** Writes every list with unsaved facts (a checkpoint); they may then leave memory. */
  async save(): Promise<number> {
    const keys = [...this.unsaved];
    for (let i = 0; i < keys.length; i += BULK_CHUNK) {
      const chunk = keys.slice(i, i + BULK_CHUNK);
      await this.collection().bulkWrite(
        chunk.map((key) => ({ replaceOne: { filter: { _id: key }, replacement: { facts: this.lists.get(key)! }, upsert: true } })),
        { ordered: false },
      );
      for (const key of chunk) {
        this.unsaved.delete(key);
        this.writtenSinceEmpty?.add(key);
      }
    }
    this.appendedSinceSave = 0;
    this.evict();
    return keys.length;
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
      this.kept -= facts.length;
    }
  }
}
