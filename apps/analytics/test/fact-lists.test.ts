import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSON, MongoClient, type Collection } from 'mongodb';
import { testInfra } from '@asn/testing';
import { FactLists } from '../src/persistence/fact-lists';
import { programFact, toFact, type Fact } from '../src/domain/facts';
import { createEvent } from '@asn/messaging';

const fact = (id: string, nip: string, time: string): Fact => ({ _id: id, name: 'learning.training.completed', nip, time, data: { attendedJp: 2 } });

describe('fact lists (facts per entity, written in chunks at checkpoints)', () => {
  const client = new MongoClient(testInfra().mongoUrl);
  let col: Collection;
  const stored = async (key: string) => (await col.find({ key }).sort({ seq: 1 }).toArray()).map((c) => (c.facts as Fact[]).map((f) => f._id));

  beforeAll(async () => {
    await client.connect();
    col = client.db(`factlists_${process.pid}`).collection('facts');
    await col.createIndex({ key: 1, seq: 1 });
  });
  afterAll(async () => {
    await client.db(`factlists_${process.pid}`).dropDatabase();
    await client.close();
  });

  it('appends each event once in arrival order, stores nothing before save, and serves a list evicted from memory from the store', async () => {
    // A bound of 3 facts: after a save, only the most recently used lists within it stay.
    const lists = new FactLists(() => col as never, 3);
    const a1 = fact('ev-a1', 'A', '2026-01-02T00:00:00Z');
    const a2 = fact('ev-a2', 'A', '2026-01-01T00:00:00Z'); // earlier time, later arrival: order is arrival
    expect((await lists.append(new Map([['A', [a1, a2]]]))).get('A')!.map((f) => f._id)).toEqual(['ev-a1', 'ev-a2']);
    // The same events again (a redelivered batch), with one new: only the new one is added.
    const a3 = fact('ev-a3', 'A', '2026-01-03T00:00:00Z');
    expect((await lists.append(new Map([['A', [a2, a1, a3]]]))).get('A')!.map((f) => f._id)).toEqual(['ev-a1', 'ev-a2', 'ev-a3']);
    expect(await stored('A')).toEqual([]); // written behind
    expect(lists.unsavedCount).toBe(1);

    const b1 = fact('ev-b1', 'B', '2026-01-01T00:00:00Z');
    await lists.append(new Map([['B', [b1]]]));
    expect(await lists.save()).toBe(2);
    expect(lists.unsavedCount).toBe(0);
    expect(await stored('A')).toEqual([['ev-a1', 'ev-a2', 'ev-a3']]);
    // A was evicted at the save (4 facts > 3); read back from the store: same facts, same order.
    expect(await lists.get('A')).toEqual([a1, a2, a3]);
    // A fresh instance (a restart) reads the same, and a replayed event is still known.
    const restarted = new FactLists(() => col as never, 100);
    expect((await restarted.append(new Map([['A', [a3]]]))).get('A')).toEqual([a1, a2, a3]);
    expect(restarted.unsavedCount).toBe(0);
    expect(await restarted.get('nobody')).toEqual([]);
    // A new fact is one more chunk: nothing stored is rewritten.
    const a4 = fact('ev-a4', 'A', '2026-01-04T00:00:00Z');
    await restarted.append(new Map([['A', [a4]]]));
    await restarted.save();
    expect(await stored('A')).toEqual([['ev-a1', 'ev-a2', 'ev-a3'], ['ev-a4']]);
    expect(await new FactLists(() => col as never, 100).get('A')).toEqual([a1, a2, a3, a4]);
  });

  it('rewrites a list of many chunks as one, and reads a rewrite cut short as the same list', async () => {
    const lists = new FactLists(() => col as never, 100); // kept in memory: never read back, never compacted
    const facts = Array.from({ length: 20 }, (_, i) => fact(`ev-d${i}`, 'D', `2026-03-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
    for (const f of facts) {
      await lists.append(new Map([['D', [f]]]));
      await lists.save();
    }
    expect(await stored('D')).toHaveLength(20);
    // Read with more than 16 chunks: rewritten whole at the next save, the old chunks deleted.
    const reader = new FactLists(() => col as never, 100);
    expect(await reader.get('D')).toEqual(facts);
    await reader.save();
    expect(await stored('D')).toEqual([facts.map((f) => f._id)]);
    // A rewrite cut short (the whole list stored, the old chunks not yet deleted) reads the same.
    await col.insertOne({ _id: 'D#0' as never, key: 'D', seq: 0, facts: facts.slice(0, 2) });
    expect(await new FactLists(() => col as never, 100).get('D')).toEqual(facts);
  });

  it('takes appends from several writers to one list (analytics instances sharing an OPD or programme), each fact once, in write order', async () => {
    // Neither writer keeps the list: each appends blind, as a chunk of its own.
    const shared = () => false;
    const [one, two] = [new FactLists(() => col as never, 100, shared), new FactLists(() => col as never, 100, shared)];
    const [e1, e2, e3] = ['ev-e1', 'ev-e2', 'ev-e3'].map((id, i) => fact(id, 'E', `2026-04-0${i + 1}T00:00:00Z`));
    await one.append(new Map([['E', [e1!, e2!]]]));
    // What a writer has not saved yet is part of its own reading of the list.
    expect(await one.get('E')).toEqual([e1, e2]);
    expect(await two.get('E')).toEqual([]);
    await one.save();
    await new Promise((r) => setTimeout(r, 2)); // the next chunk is written later
    // The other writer replays e2 (its partition went back to its last commit) and adds e3.
    await two.append(new Map([['E', [e2!, e3!]]]));
    await two.save();
    expect((await stored('E')).length).toBe(2); // two chunks, one per writer
    expect(await new FactLists(() => col as never, 100).get('E')).toEqual([e1, e2, e3]);
    expect(await one.get('E')).toEqual([e1, e2, e3]);
    expect(one.unsavedCount + two.unsavedCount).toBe(0);
  });

  it('after a rebuild emptied the store, reads only what it wrote since', async () => {
    const empty = client.db(`factlists_${process.pid}`).collection('emptied');
    const reads: unknown[] = [];
    const spy = new Proxy(empty, { get: (target, prop, receiver) => (prop === 'find' ? (...args: unknown[]) => (reads.push(args[0]), target.find(...(args as [never]))) : Reflect.get(target, prop, receiver)) });
    const lists = new FactLists(() => spy as never, 0); // nothing stays in memory after a save
    lists.startEmpty();
    expect(await lists.get('C')).toEqual([]);
    expect(reads).toEqual([]); // known absent: no read
    const c1 = fact('ev-c1', 'C', '2026-02-01T00:00:00Z');
    await lists.append(new Map([['C', [c1]]]));
    await lists.save();
    expect(await lists.get('C')).toEqual([c1]); // evicted, written since: read from the store
    expect(reads).toEqual([{ key: 'C' }]);
  });

  it('counts the lists read whole for the entities touched as memory beyond its bound until a save lets them go', async () => {
    // History stored earlier (another run): 5 facts of E, 4 of F.
    const writer = new FactLists(() => col as never, 100);
    await writer.append(new Map([['E', Array.from({ length: 5 }, (_, i) => fact(`ev-e${i}`, 'E', '2025-01-01T00:00:00Z'))], ['F', Array.from({ length: 4 }, (_, i) => fact(`ev-f${i}`, 'F', '2025-01-01T00:00:00Z'))]]));
    await writer.save();
    // A catch-up with a bound of 3 touches E and F with one event each: both lists are read whole.
    const lists = new FactLists(() => col as never, 3);
    expect(lists.factsBeyondBound).toBe(0);
    await lists.append(new Map([['E', [fact('ev-e5', 'E', '2026-01-01T00:00:00Z')]], ['F', [fact('ev-f4', 'F', '2026-01-01T00:00:00Z')]]]));
    expect(lists.unsavedFacts).toBe(2); // appended: 2 facts
    expect(lists.factsBeyondBound).toBe(6 + 5 - 3); // held: 11 facts
    await lists.save();
    expect({ unsaved: lists.unsavedFacts, beyond: lists.factsBeyondBound }).toEqual({ unsaved: 0, beyond: 0 });
  });

  it('keeps a programme-year of 20,000 feedbacks far below the 16 MB document limit, also rewritten as one (issue #15: bounded documents)', async () => {
    // Facts as analytics keeps them for a programme-year (programFact), from real feedback events.
    const feedback = Array.from({ length: 20_000 }, (_, i) => {
      const nip = `1990010120150${String(1 + (i % 2)).padStart(1, '0')}1${String(1 + (i % 999)).padStart(3, '0')}`.slice(0, 18);
      return programFact(toFact(createEvent('evaluation.feedback.submitted', `S-BIG:${i}`, { feedbackId: `S-BIG:${i}`, nip, opd: 'DISDIKBUD', sessionId: `S-BIG-${i % 40}`, programId: 'P-BIG', relevance: 1 + (i % 5), satisfaction: 1 + (i % 5), comment: 'Materi sangat membantu pekerjaan sehari-hari di sekolah.', submittedOn: '2026-06-01' }))!);
    });
    const lists = new FactLists(() => col as never, 100_000);
    for (let i = 0; i < 17; i++) {
      await lists.append(new Map([['P-BIG:2026', feedback.slice(Math.round((i * 20_000) / 17), Math.round(((i + 1) * 20_000) / 17))]]));
      await lists.save();
    }
    // Read after a restart: 17 chunks, more than 16, so the list is rewritten as one document.
    const restarted = new FactLists(() => col as never, 100_000);
    expect((await restarted.get('P-BIG:2026')).length).toBe(20_000);
    await restarted.save();
    const docs = await col.find({ key: 'P-BIG:2026' }).toArray();
    expect(docs.map((d) => (d.facts as unknown[]).length)).toEqual([20_000]);
    const largest = Math.max(...docs.map((d) => BSON.calculateObjectSize(d)));
    expect(largest).toBeLessThan(4 * 1024 * 1024); // a quarter of MongoDB's 16 MB
  });
});
