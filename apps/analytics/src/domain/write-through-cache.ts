/**
 * Documents that only this analytics instance writes (it runs alone, and every write goes through
 * AnalyticsDomain.serially), kept after their first read so that recomputing a metric reads its
 * inputs from memory instead of the store. The store stays the truth: a restart starts empty and
 * reads again. A value is set only after its write succeeded; a read that started before a write
 * never overwrites what the write set (the generation check).
 */
export class WriteThroughCache<T> {
  private readonly docs = new Map<string, T | null>();
  private generation = 0;

  constructor(private readonly load: (id: string) => Promise<T | null>) {}

  async get(id: string): Promise<T | null> {
    const cached = this.docs.get(id);
    if (cached !== undefined || this.docs.has(id)) return cached ?? null;
    const startedAt = this.generation;
    const doc = await this.load(id);
    if (this.generation === startedAt && !this.docs.has(id)) this.docs.set(id, doc);
    return doc;
  }

  /** After a successful write of the whole document. */
  set(id: string, doc: T | null): void {
    this.generation++;
    this.docs.set(id, doc);
  }

  /** After a partial update ($addToSet, $pull...): the next get reads the store. */
  forget(id: string): void {
    this.generation++;
    this.docs.delete(id);
  }
}
