/**
 * Documents that only this analytics instance writes (every write goes through
 * AnalyticsDomain.serially), kept after their first read so that recomputing a metric reads its
 * inputs from memory instead of the store. A value is set after its write succeeded, or, for what
 * analytics writes behind (at its next checkpoint), when analytics decided it; a restart starts
 * empty and reads the store again. A read that started before a set never overwrites what the set
 * put (the generation check).
 *
 * Only documents `keeps(id)` allows are kept: with several instances, those this one owns (see
 * Ownership); the others are read from the store each time, since another instance writes them.
 *
 * With a `capacity`, at most that many documents are kept, the least recently used leaving first,
 * so memory does not grow with the city. Only a cache whose every value is already stored may have
 * one: a document that leaves is read from the store again when next asked for.
 */
export class WriteThroughCache<T> {
  private readonly docs = new Map<string, T | null>();
  private generation = 0;
  /** The store was just emptied (a rebuild): nothing to read but what was forgotten since. */
  private forgottenSinceEmpty: Set<string> | undefined;

  constructor(
    private readonly load: (id: string) => Promise<T | null>,
    private readonly keeps: (id: string) => boolean = () => true,
    /** Reads many documents at once (by _id); answers those found. */
    private readonly loadMany?: (ids: string[]) => Promise<Map<string, T>>,
    private readonly capacity = Infinity,
  ) {}

  /** How many documents are in memory. */
  get size(): number {
    return this.docs.size;
  }

  async get(id: string): Promise<T | null> {
    if (!this.keeps(id)) return this.load(id);
    if (this.docs.has(id)) return this.recall(id);
    if (this.forgottenSinceEmpty && !this.forgottenSinceEmpty.has(id)) return null;
    const startedAt = this.generation;
    const doc = await this.load(id);
    if (this.generation === startedAt && !this.docs.has(id)) this.keep(id, doc);
    return doc;
  }

  /** Several documents, in the order asked; those not in memory read at once where `loadMany` is given. */
  async getMany(ids: string[]): Promise<(T | null)[]> {
    if (!this.loadMany) return Promise.all(ids.map((id) => this.get(id)));
    const missing = new Set(ids.filter((id) => !this.keeps(id) || (!this.docs.has(id) && (!this.forgottenSinceEmpty || this.forgottenSinceEmpty.has(id)))));
    const startedAt = this.generation;
    const loaded = missing.size ? await this.loadMany([...missing]) : new Map<string, T>();
    const fresh = this.generation === startedAt;
    const read: string[] = [];
    const docs = ids.map((id) => {
      if (this.keeps(id) && this.docs.has(id)) return this.recall(id);
      if (fresh && this.keeps(id) && missing.has(id)) read.push(id);
      return loaded.get(id) ?? null;
    });
    // Kept only once every answer is taken: keeping one may push out another asked for here.
    for (const id of read) this.keep(id, loaded.get(id) ?? null);
    return docs;
  }

  /** The store holds none of these documents (a rebuild dropped them): a miss needs no read. */
  startEmpty(): void {
    this.forgottenSinceEmpty = new Set();
  }

  /** After a successful write of the whole document, or as the truth it is about to write. */
  set(id: string, doc: T | null): void {
    this.generation++;
    if (this.keeps(id)) this.keep(id, doc);
  }

  /** After a partial update ($addToSet, $pull...): the next get reads the store. */
  forget(id: string): void {
    this.generation++;
    this.docs.delete(id);
    this.noteForgotten(id);
  }

  /** Forgets everything (another instance may have written any of it). */
  clear(): void {
    this.generation++;
    this.docs.clear();
    this.forgottenSinceEmpty = undefined;
  }

  private recall(id: string): T | null {
    const doc = this.docs.get(id) ?? null;
    if (this.capacity !== Infinity) this.keep(id, doc); // now the most recently used
    return doc;
  }

  private keep(id: string, doc: T | null): void {
    if (this.capacity === Infinity) {
      this.docs.set(id, doc);
      return;
    }
    // Most recently used last: a Map iterates in insertion order.
    this.docs.delete(id);
    this.docs.set(id, doc);
    while (this.docs.size > this.capacity) {
      const oldest = this.docs.keys().next().value!;
      this.docs.delete(oldest);
      this.noteForgotten(oldest);
    }
  }

  private noteForgotten(id: string): void {
    if (!this.forgottenSinceEmpty) return;
    this.forgottenSinceEmpty.add(id);
    // Past this many, every miss reads the store again (as before a rebuild): the set would
    // otherwise grow with the city the capacity keeps out of memory.
    if (this.forgottenSinceEmpty.size > this.capacity) this.forgottenSinceEmpty = undefined;
  }
}
