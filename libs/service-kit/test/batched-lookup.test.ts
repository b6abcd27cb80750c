import { describe, expect, it } from 'vitest';
import { BatchedLookup, MAX_KEYS_PER_LOOKUP } from '../src/batched-lookup';

/** A store stand-in the test steps by hand: each lookup waits until released (real-store use: versioned-cache and repository tests). */
function steppedStore(data: Record<string, { n: number }>) {
  const lookups: string[][] = [];
  const releases: (() => void)[] = [];
  let failNext = false;
  return {
    lookups,
    failNext: () => (failNext = true),
    releaseOne: () => releases.shift()?.(),
    lookUp: async (keys: string[]) => {
      lookups.push(keys);
      const fail = failNext;
      failNext = false;
      await new Promise<void>((r) => releases.push(r));
      if (fail) throw new Error('store unavailable');
      return new Map(keys.filter((k) => data[k]).map((k) => [k, { ...data[k]! }]));
    },
  };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('BatchedLookup', () => {
  it('reads a key alone when nothing is in flight, and the keys asked meanwhile together next', async () => {
    const store = steppedStore({ a: { n: 1 }, b: { n: 2 }, c: { n: 3 } });
    const lookup = new BatchedLookup(store.lookUp);
    const a = lookup.get('a');
    const [b, c, missing] = [lookup.get('b'), lookup.get('c'), lookup.get('zz')];
    expect(store.lookups).toEqual([['a']]);
    store.releaseOne();
    expect(await a).toEqual({ n: 1 });
    await settle();
    expect(store.lookups).toEqual([['a'], ['b', 'c', 'zz']]);
    store.releaseOne();
    expect(await Promise.all([b, c, missing])).toEqual([{ n: 2 }, { n: 3 }, undefined]);
  });

  it('gives each asker of one key its own value when asked for a copy', async () => {
    const store = steppedStore({ a: { n: 1 } });
    const lookup = new BatchedLookup(store.lookUp, structuredClone);
    const first = lookup.get('x'); // in flight: the two asks below share the next lookup
    const [one, two] = [lookup.get('a'), lookup.get('a')];
    store.releaseOne();
    await first;
    await settle();
    store.releaseOne();
    const [v1, v2] = await Promise.all([one, two]);
    expect(store.lookups).toEqual([['x'], ['a']]);
    v1!.n = 99;
    expect(v2).toEqual({ n: 1 });
  });

  it('fails only the askers of a failed lookup, and goes on with the next', async () => {
    const store = steppedStore({ a: { n: 1 }, b: { n: 2 } });
    const lookup = new BatchedLookup(store.lookUp);
    store.failNext();
    const a = lookup.get('a');
    const b = lookup.get('b');
    store.releaseOne();
    await expect(a).rejects.toThrow('store unavailable');
    await settle();
    store.releaseOne();
    expect(await b).toEqual({ n: 2 });
  });

  it(`reads at most ${MAX_KEYS_PER_LOOKUP} keys per lookup`, async () => {
    const keys = Array.from({ length: MAX_KEYS_PER_LOOKUP * 2 + 1 }, (_, i) => `k${i}`);
    const store = steppedStore(Object.fromEntries(keys.map((k, i) => [k, { n: i }])));
    const lookup = new BatchedLookup(store.lookUp);
    const answers = Promise.all(['first', ...keys].map((k) => lookup.get(k)));
    for (let i = 0; i < 4; i++) {
      store.releaseOne();
      await settle();
    }
    expect((await answers).slice(1)).toEqual(keys.map((_, i) => ({ n: i })));
    expect(store.lookups.map((l) => l.length)).toEqual([1, MAX_KEYS_PER_LOOKUP, MAX_KEYS_PER_LOOKUP, 1]);
  });
});
