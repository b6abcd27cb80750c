import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoClient, type Collection } from 'mongodb';
import { testInfra } from '@asn/testing';
import { FactLog } from '../src/domain/fact-log';
import type { Fact } from '../src/domain/facts';

const fact = (id: string, nip: string, time: string): Fact => ({ _id: id, name: 'learning.training.completed', nip, time, data: { attendedJp: 2 } });

describe('fact log (append-only facts per entity)', () => {
  const client = new MongoClient(testInfra().mongoUrl);
  let col: Collection;

  beforeAll(async () => {
    await client.connect();
    col = client.db(`factlog_${process.pid}`).collection('facts');
    await col.createIndex({ key: 1, seq: 1 });
  });
  afterAll(async () => {
    await client.db(`factlog_${process.pid}`).dropDatabase();
    await client.close();
  });

  it('appends each event once, keeps arrival order, and serves a list evicted from memory from the store', async () => {
    // A bound of 3 facts: appending B's list evicts A's.
    const log = new FactLog(() => col, 3);
    const a1 = fact('ev-a1', 'A', '2026-01-02T00:00:00Z');
    const a2 = fact('ev-a2', 'A', '2026-01-01T00:00:00Z'); // earlier time, later arrival: order is arrival
    const lists = await log.append(new Map([['A', [a1, a2]]]));
    expect(lists.get('A')!.map((f) => f._id)).toEqual(['ev-a1', 'ev-a2']);

    // The same events again (a redelivered batch), with one new: only the new one is stored.
    const a3 = fact('ev-a3', 'A', '2026-01-03T00:00:00Z');
    const again = await log.append(new Map([['A', [a2, a1, a3]]]));
    expect(again.get('A')!.map((f) => f._id)).toEqual(['ev-a1', 'ev-a2', 'ev-a3']);
    expect(await col.countDocuments({ key: 'A' })).toBe(3);

    await log.append(new Map([['B', [fact('ev-b1', 'B', '2026-01-01T00:00:00Z')]]]));
    // Read back from the store (A was evicted): same facts, same order, no storage fields.
    expect(await log.get('A')).toEqual([a1, a2, a3]);
    // A fresh instance (a restart) reads the same.
    expect(await new FactLog(() => col, 100).get('A')).toEqual([a1, a2, a3]);
    expect(await new FactLog(() => col, 100).get('nobody')).toEqual([]);
  });

  it('stores a fact another writer already stored once, and answers what the store holds', async () => {
    const first = new FactLog(() => col, 100);
    const second = new FactLog(() => col, 100);
    const c1 = fact('ev-c1', 'C', '2026-02-01T00:00:00Z');
    expect((await first.get('C')).length).toBe(0);
    expect((await second.get('C')).length).toBe(0); // both now hold an empty list in memory
    await first.append(new Map([['C', [c1]]]));
    // The second believes the list empty and inserts the same event: a duplicate key, not a second fact.
    const lists = await second.append(new Map([['C', [c1]]]));
    expect(lists.get('C')).toEqual([c1]);
    expect(await col.countDocuments({ key: 'C' })).toBe(1);
  });
});
