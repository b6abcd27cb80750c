import { MongoClient, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, testInfra } from '@asn/testing';
import { VersionedCache } from '../src/versioned-cache';

/** A load the test releases by hand: what it answers, and how often it was asked. */
function gatedLoad() {
  let answer = 'v1';
  const calls: string[] = [];
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  return {
    calls,
    set: (value: string) => (answer = value),
    hold: () => (gate = new Promise<void>((r) => (release = r))),
    release: () => release?.(),
    load: async (key: string) => {
      calls.push(key);
      const value = answer;
      await gate;
      return `${key}=${value}`;
    },
  };
}

describe('VersionedCache (against the real store)', () => {
  const client = new MongoClient(testInfra().mongoUrl);
  const db = `versioned_cache_${process.pid}`;
  let versions: Collection<Document>;

  beforeAll(async () => {
    await client.connect();
    versions = client.db(db).collection('versions');
  });
  afterAll(async () => {
    await client.db(db).dropDatabase();
    await client.close();
  });

  it('loads a key once per version, however many read it at once, and again after a bump', async () => {
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load);
    expect(await Promise.all([cache.get('DLH'), cache.get('DLH'), cache.get('DLH')])).toEqual(['DLH=v1', 'DLH=v1', 'DLH=v1']);
    expect(source.calls).toEqual(['DLH']);
    source.set('v2');
    expect(await cache.get('DLH')).toBe('DLH=v1'); // no bump: the store's version says nothing changed
    await cache.bump('DLH');
    expect(await cache.get('DLH')).toBe('DLH=v2');
    // Another instance (its own memory) sees the bump through the store.
    const other = new VersionedCache(() => versions, source.load);
    expect(await other.get('DLH')).toBe('DLH=v2');
    expect(source.calls).toEqual(['DLH', 'DLH', 'DLH']);
  });

  it('past its age, answers the value it has at once while one reload runs behind it', async () => {
    const source = gatedLoad();
    let now = 1_000_000;
    const cache = new VersionedCache(() => versions, source.load, { maxAgeMs: 50, now: () => now });
    expect(await cache.get('DINKES')).toBe('DINKES=v1');
    // A writer changed the data and died before its bump: only the age can catch it.
    source.set('v2');
    now += 49;
    expect(await cache.get('DINKES')).toBe('DINKES=v1');
    expect(source.calls).toEqual(['DINKES']); // not old enough yet
    now += 31;
    source.hold(); // the reload will not finish until released
    expect(await Promise.all([cache.get('DINKES'), cache.get('DINKES'), cache.get('DINKES')])).toEqual(['DINKES=v1', 'DINKES=v1', 'DINKES=v1']);
    expect(source.calls).toEqual(['DINKES', 'DINKES']); // one reload, not one per reader
    source.release();
    await eventually(async () => expect(await cache.get('DINKES')).toBe('DINKES=v2'), 5_000, 5);
    expect(source.calls).toHaveLength(2);
  });

  it('warms keys one after another, and stops when aborted', async () => {
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load);
    await cache.warm(['A', 'B']);
    expect(source.calls).toEqual(['A', 'B']);
    expect(await cache.get('B')).toBe('B=v1');
    expect(source.calls).toEqual(['A', 'B']); // served from what was warmed
    const abort = new AbortController();
    abort.abort();
    await cache.warm(['C', 'D'], abort.signal);
    expect(source.calls).toEqual(['A', 'B']);
  });

  it('keeps at most maxEntries keys, dropping the least recently read', async () => {
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load, { maxEntries: 2 });
    await cache.get('E1');
    await cache.get('E2');
    await cache.get('E1'); // E1 read last: E2 is now the least recently read
    await cache.get('E3'); // over the bound: E2 goes
    expect(source.calls).toEqual(['E1', 'E2', 'E3']);
    await cache.get('E1');
    await cache.get('E3');
    expect(source.calls).toEqual(['E1', 'E2', 'E3']); // both kept
    await cache.get('E2');
    expect(source.calls).toEqual(['E1', 'E2', 'E3', 'E2']); // loaded again
  });

  it('bumps after a write, also when the write threw', async () => {
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load);
    expect(await cache.get('W')).toBe('W=v1');
    source.set('v2');
    expect(await cache.bumpAfter('W', async () => 'written')).toBe('written');
    expect(await cache.get('W')).toBe('W=v2');
    source.set('v3');
    await expect(cache.bumpAfter('W', async () => Promise.reject(new Error('refused after writing')))).rejects.toThrow('refused after writing');
    expect(await cache.get('W')).toBe('W=v3');
  });

  it('forgets the derived keys with every bump, before the new version is in the store', async () => {
    // Evaluation's city list is versioned by the sum of its OPDs' versions. A bump drops the OPD's
    // entry at once, so a read of that OPD loads the new data before the $inc has landed; a read of
    // the city right after it may still add up the old versions, and must not answer the old list.
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load, { derivedKeys: ['CITY'] });
    const sum = async () => [...(await cache.versionsOfAll()).values()].reduce((a, b) => a + b, 0);
    await cache.bump('D1');
    const before = await sum();
    expect(await cache.getAt('CITY', before)).toBe('CITY=v1');
    source.set('v2'); // the write
    const bumped = cache.bump('D1'); // its $inc is on its way to the store, not awaited yet
    expect(await cache.get('D1')).toBe('D1=v2');
    expect(await cache.getAt('CITY', before)).toBe('CITY=v2'); // the versions read before the $inc landed
    await bumped;
    expect(await sum()).toBe(before + 1);
    expect(await cache.getAt('CITY', before + 1)).toBe('CITY=v2');
  });

  it('reads the versions asked for during a lookup together, in the next one', async () => {
    const watched = new MongoClient(testInfra().mongoUrl, { monitorCommands: true });
    const lookups: unknown[] = [];
    watched.on('commandStarted', (e) => {
      if ((e.commandName === 'find' && e.command.find === 'versions') || e.commandName === 'findAndModify') lookups.push(e.command.filter);
    });
    try {
      const watchedVersions = watched.db(db).collection('versions');
      const cache = new VersionedCache(() => watchedVersions, async (key) => key);
      const keys = Array.from({ length: 20 }, (_, i) => `B${i + 1}`);
      // Asked in one tick: the first key's lookup starts at once, the other 19 wait for it and go in one.
      expect(await Promise.all(keys.map((k) => cache.get(k)))).toEqual(keys);
      expect(lookups).toEqual([{ _id: 'B1' }, { _id: { $in: keys.slice(1) } }]);
    } finally {
      await watched.close();
    }
  });

  it('never answers a version older than a bump that finished before the read began, under load', async () => {
    const source = gatedLoad();
    const cache = new VersionedCache(() => versions, source.load);
    const writer = new VersionedCache(() => versions, source.load); // another instance bumps
    let busy = true;
    // Other keys' reads keep a lookup in flight nearly all the time.
    const background = (async () => {
      for (let i = 0; busy; i++) await Promise.all([cache.get(`L${i % 7}`), cache.get(`L${(i + 3) % 7}`)]);
    })();
    try {
      for (let round = 1; round <= 30; round++) {
        source.set(`r${round}`);
        await writer.bump('LIVE');
        expect(await cache.get('LIVE')).toBe(`LIVE=r${round}`);
      }
    } finally {
      busy = false;
      await background;
    }
  });

  it('with maxLagMs, answers what the store confirmed that long without asking it again; its own bumps at once', async () => {
    const watched = new MongoClient(testInfra().mongoUrl, { monitorCommands: true });
    let versionReads = 0;
    watched.on('commandStarted', (e) => {
      if (e.commandName === 'find' && e.command.find === 'versions') versionReads++;
    });
    try {
      const watchedVersions = watched.db(db).collection('versions');
      const source = gatedLoad();
      let now = 5_000_000;
      const cache = new VersionedCache(() => watchedVersions, source.load, { maxLagMs: 100, now: () => now });
      const writer = new VersionedCache(() => versions, source.load); // another instance
      expect(await cache.get('LAG')).toBe('LAG=v1');
      expect(versionReads).toBe(1);
      source.set('v2');
      await writer.bump('LAG');
      now += 99;
      // Within the lag: another instance's write is not seen yet, and the store is not asked.
      expect(await Promise.all([cache.get('LAG'), cache.get('LAG')])).toEqual(['LAG=v1', 'LAG=v1']);
      expect(versionReads).toBe(1);
      now += 1;
      expect(await cache.get('LAG')).toBe('LAG=v2'); // past it: asked, and reloaded
      expect(versionReads).toBe(2);
      // This instance's own write: seen by its next read, however recently it asked.
      source.set('v3');
      await cache.bump('LAG');
      expect(await cache.get('LAG')).toBe('LAG=v3');
      // The versions of every key: kept as long, and dropped by a bump of this instance's too.
      const seqOf = async () => (await cache.versionsOfAll()).get('LAG');
      const seq = await seqOf();
      await writer.bump('LAG');
      now += 50;
      expect(await seqOf()).toBe(seq);
      now += 50;
      expect(await seqOf()).toBe(seq! + 1);
      await cache.bump('LAG');
      expect(await seqOf()).toBe(seq! + 2);
    } finally {
      await watched.close();
    }
  });

  it('without maxLagMs, sees another instance\'s write on its next read', async () => {
    const source = gatedLoad();
    const now = 7_000_000; // the clock does not move: only the store can tell it
    const cache = new VersionedCache(() => versions, source.load, { now: () => now });
    const writer = new VersionedCache(() => versions, source.load);
    expect(await cache.get('STRICT')).toBe('STRICT=v1');
    source.set('v2');
    await writer.bump('STRICT');
    expect(await cache.get('STRICT')).toBe('STRICT=v2');
    const before = (await cache.versionsOfAll()).get('STRICT')!;
    await writer.bump('STRICT');
    expect((await cache.versionsOfAll()).get('STRICT')).toBe(before + 1);
  });
});
