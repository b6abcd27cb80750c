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
 * With `maxLagMs`, a version the store confirmed is trusted that long: under load a hot key (the
 * catalogue) costs one version read per `maxLagMs` instead of one per group of requests (a version
 * read cost learning and FerretDB about as much as the rest of a programme list together, issue
 * #13), and another instance's write is seen within `maxLagMs` instead of at once. This instance's
 * own writes are seen at once either way: a bump drops the key's entry and what it trusted.
 * `maxAgeMs` is a safety net for a writer that died between its write and the bump: a value older
 * than that is still answered while one reload runs behind it (a large read model, such as an OPD's
 * 11,000 open follow-ups at city scale, took 2 s to load, and every reader waited for it each minute).
 */
/** A value as of a version; `refreshing` while a reload runs behind it. */
type Entry<T> = { version: number; loadedAt: number; value: Promise<T>; refreshing?: boolean; checkedAt: number };

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
  /**
   * How long a value whose version the store confirmed may be answered again without asking the
   * store (ms; 0: every read asks). This instance's own writes are seen at once whatever it is;
   * another instance's within this much (see READ_MODEL_MAX_LAG_MS).
   */
  maxLagMs?: number;
  now?: () => number;
}

export class VersionedCache<T> {
  /** Bounded (maxEntries) or not: what both kinds of map do is all it uses. */
  private readonly entries: Pick<Map<string, Entry<T>>, 'get' | 'delete'> & { set(key: string, entry: Entry<T>): unknown };
  private readonly maxAgeMs: number;
  private readonly derivedKeys: string[];
  private readonly maxLagMs: number;
  private readonly now: () => number;
  /** Versions read in groups under load, each by a lookup that starts after it was asked for (see BatchedLookup). */
  private readonly versionLookup: BatchedLookup<number>;
  /** The last read of every key's version, and when it was asked for (see versionsOfAll). */
  private allVersions: { askedAt: number; versions: Promise<Map<string, number>> } | undefined;

  constructor(
    private readonly versions: () => Collection<Document>,
    private readonly load: (key: string) => Promise<T>,
    options: VersionedCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.entries = options.maxEntries !== undefined ? new LRUCache<string, Entry<T>>({ max: options.maxEntries }) : new Map<string, Entry<T>>();
    this.derivedKeys = options.derivedKeys ?? [];
    this.maxLagMs = options.maxLagMs ?? 0;
    this.now = options.now ?? Date.now;
    this.versionLookup = new BatchedLookup(async (keys) => {
      return new Map((await findByIds(this.versions(), keys)).map((d) => [String(d._id), Number(d.seq ?? 0)]));
    });
  }

  async get(key: string): Promise<T> {
    const askedAt = this.now();
    const cached = this.entries.get(key);
    // Confirmed lately: answered without a version read (one per key per maxLagMs under load).
    if (cached && askedAt - cached.checkedAt < this.maxLagMs) return this.getAt(key, cached.version);
    // (The programme list read the catalogue's version once per request: a third of the store's work.)
    return this.getAt(key, (await this.versionLookup.get(key)) ?? 0, askedAt);
  }

  /**
   * Every key that has a version, with it (one read: a small collection, one document per key),
   * answered again for maxLagMs after it was asked for, unless this instance bumps a key meanwhile.
   */
  versionsOfAll(): Promise<Map<string, number>> {
    const askedAt = this.now();
    if (this.allVersions && askedAt - this.allVersions.askedAt < this.maxLagMs) return this.allVersions.versions;
    const versions = this.versions()
      .find({})
      .toArray()
      .then((docs) => new Map(docs.map((d) => [String(d._id), Number(d.seq ?? 0)])));
    const kept = (this.allVersions = { askedAt, versions });
    versions.catch(() => {
      if (this.allVersions === kept) this.allVersions = undefined; // a failed read is not kept
    });
    return versions;
  }

  /**
   * The value under `key` as of `version`, read by the caller (see versionsOfAll) at `checkedAt`
   * (when the read of the version started; unknown: none of its answers is reused, see maxLagMs).
   */
  getAt(key: string, version: number, checkedAt = -Infinity): Promise<T> {
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && cached.version >= version) {
      if (cached.version === version) {
        if (checkedAt > cached.checkedAt) cached.checkedAt = checkedAt;
        if (now - cached.loadedAt > this.maxAgeMs && !cached.refreshing) this.refresh(key, cached);
      }
      return cached.value; // (a newer version than asked: a concurrent read already saw it)
    }
    const entry: Entry<T> = { version, loadedAt: now, value: this.load(key), checkedAt };
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
        if (this.entries.get(key) === current) this.entries.set(key, { version: current.version, loadedAt: this.now(), value, checkedAt: current.checkedAt });
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
    this.allVersions = undefined;
    for (const derived of this.derivedKeys) this.entries.delete(derived);
    await this.versions()
      .updateOne({ _id: key } as Document, { $inc: { seq: 1 } }, { upsert: true })
      .catch(() => undefined);
  }
}
