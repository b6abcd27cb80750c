import type { Collection, Document } from 'mongodb';
import { LRUCache } from 'lru-cache';
import { BatchedLookup } from './batched-lookup';
import { findByIds } from './mongo';

/**
 * A small read model (a catalogue, an OPD's roster) served from memory and reloaded when its
 * version changes. Every write of the data it holds bumps the version, a counter document in the
 * store, after the write: any instance of the service, on its next read, sees the new version and
 * reloads. So a read costs one lookup by `_id` instead of reading the whole set, and it is never
 * staler than a read from the store would have been at the moment its version was read.
 * `maxAgeMs` is a safety net for a writer that died between its write and the bump: a value older
 * than that is still answered while one reload runs behind it (a large read model, such as an OPD's
 * 11,000 open follow-ups at city scale, took 2 s to load, and every reader waited for it each minute).
 */
/** A value as of a version; `refreshing` while a reload runs behind it. */
type Entry<T> = { version: number; loadedAt: number; value: Promise<T>; refreshing?: boolean };

export interface VersionedCacheOptions {
  /** The safety net's age (see above); default one minute. */
  maxAgeMs?: number;
  /**
   * At most this many keys in memory, the least recently read dropped first: for caches keyed by
   * something numerous (an employee), where only those read lately are worth their memory.
   */
  maxEntries?: number;
  /**
   * Keys whose version the caller derives from the others' (evaluation's city list: the sum of its
   * OPDs'). Every bump forgets them in this instance too, at once: the bumped key's entry is dropped
   * before its new version is in the store, so a read of that key in between already loads the new
   * data, and a read of a derived key after it must not still answer the old (issue #13: the city's
   * due page kept an old OPD while that OPD's own list showed the new one).
   */
  derivedKeys?: string[];
  now?: () => number;
}

export class VersionedCache<T> {
  /** Bounded (maxEntries) or not: what both kinds of map do is all it uses. */
  private readonly entries: Pick<Map<string, Entry<T>>, 'get' | 'delete'> & { set(key: string, entry: Entry<T>): unknown };
  private readonly maxAgeMs: number;
  private readonly derivedKeys: string[];
  private readonly now: () => number;
  /** Versions read in groups under load, each by a lookup that starts after it was asked for (see BatchedLookup). */
  private readonly versionLookup: BatchedLookup<number>;

  constructor(
    private readonly versions: () => Collection<Document>,
    private readonly load: (key: string) => Promise<T>,
    options: VersionedCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.entries = options.maxEntries !== undefined ? new LRUCache<string, Entry<T>>({ max: options.maxEntries }) : new Map<string, Entry<T>>();
    this.derivedKeys = options.derivedKeys ?? [];
    this.now = options.now ?? Date.now;
    this.versionLookup = new BatchedLookup(async (keys) => {
      return new Map((await findByIds(this.versions(), keys)).map((d) => [String(d._id), Number(d.seq ?? 0)]));
    });
  }

  async get(key: string): Promise<T> {
    // (The programme list read the catalogue's version once per request: a third of the store's work.)
    return this.getAt(key, (await this.versionLookup.get(key)) ?? 0);
  }

  /** Every key that has a version, with it (one read: a small collection, one document per key). */
  async versionsOfAll(): Promise<Map<string, number>> {
    return new Map((await this.versions().find({}).toArray()).map((d) => [String(d._id), Number(d.seq ?? 0)]));
  }

  /** The value under `key` as of `version`, read by the caller (see versionsOfAll). */
  getAt(key: string, version: number): Promise<T> {
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && cached.version >= version) {
      if (cached.version === version && now - cached.loadedAt > this.maxAgeMs && !cached.refreshing) this.refresh(key, cached);
      return cached.value; // (a newer version than asked: a concurrent read already saw it)
    }
    const entry = { version, loadedAt: now, value: this.load(key) };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key); // a failed load is not kept
    });
    return entry.value;
  }

  /** Loads the value again behind a current one, which is answered meanwhile; a failed reload keeps it. */
  private refresh(key: string, current: Entry<T>): void {
    current.refreshing = true;
    const value = this.load(key);
    value.then(
      () => {
        if (this.entries.get(key) === current) this.entries.set(key, { version: current.version, loadedAt: this.now(), value });
      },
      () => {
        current.refreshing = false; // tried again at a later read
      },
    );
  }

  /** Loads these keys one after another (a service's start, off the request path), until aborted. */
  async warm(keys: string[], signal?: AbortSignal): Promise<void> {
    for (const key of keys) {
      if (signal?.aborted) return;
      await this.get(key).catch(() => undefined);
    }
  }

  /**
   * Runs a write of the data under `key`, then bumps it: also when the write threw, which it may
   * have done after writing (a refused duplicate, a lost answer); a needless bump only costs a reload.
   */
  async bumpAfter<R>(key: string, write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } finally {
      await this.bump(key);
    }
  }

  /**
   * Call after every write of the data under `key` (after, so that a reload sees the write). The
   * write has happened whatever this does, so it never fails the caller: if the store refuses the
   * bump, this instance still reloads, and the others within `maxAgeMs`.
   */
  async bump(key: string): Promise<void> {
    this.entries.delete(key);
    for (const derived of this.derivedKeys) this.entries.delete(derived);
    await this.versions()
      .updateOne({ _id: key } as Document, { $inc: { seq: 1 } }, { upsert: true })
      .catch(() => undefined);
  }
}
