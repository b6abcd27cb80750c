import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, outboxPlugin } from '@asn/messaging';
import { AppError, conflict } from '@asn/service-kit';
import { testInfra } from '@asn/testing';
import { Repository } from '../src';

interface IdeaDoc {
  _id: string;
  title: string;
  status: 'submitted' | 'approved';
  opd: string;
}

// A repository as a service writes one: named operations on the base's protected helpers.
class IdeaRepository extends Repository<IdeaDoc> {
  submit(doc: IdeaDoc) {
    return this.insertWithEvents(doc, [event(doc._id, 'submitted')], () => conflict('IDEA_TAKEN', `Idea ${doc._id} exists`));
  }
  approve(id: string) {
    return this.updateWithEvents(id, { status: 'submitted' }, { $set: { status: 'approved' } }, [event(id, 'approved')]);
  }
  ofOpd(opd: string) {
    return this.findMany({ opd }, { sort: { title: 1 } });
  }
  readonly grouped = this.groupedFinder('opd', { sort: { title: 1 } });
  titlesOf(opd: string) {
    return this.findMany({ opd }, { projection: { title: 1 } });
  }
  list(page: number) {
    return this.page({}, { page, pageSize: 2, sort: { title: 1 } });
  }
  raw(id: string) {
    return this.collection.findOne({ _id: id });
  }
}
const event = (id: string, to: 'submitted' | 'approved') => createEvent('innovation.idea.status-changed', id, { ideaId: id, opd: 'DLH', proposerNip: '198507142010011003', from: 'submitted', to, by: 'test', on: '2026-11-29' });

describe('Repository (against the real store)', () => {
  const connection = mongoose.createConnection();
  const schema = new Schema({ _id: String, title: String, status: String, opd: String }, { versionKey: false });
  schema.plugin(outboxPlugin);
  const model = connection.model<IdeaDoc>('RepositoryTestIdea', schema, 'ideas');
  const notified: unknown[] = [];
  const ideas = new IdeaRepository(model, (_model, id) => notified.push(id), { code: 'IDEA', label: 'idea' });
  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

  beforeAll(async () => {
    await connection.openUri(testInfra().mongoUrl, { dbName: `persistence_${process.pid}` });
  });
  afterAll(async () => {
    await connection.db?.dropDatabase();
    await connection.close();
  });

  it('stores a new aggregate with its events in one document, tells the relay, and maps a duplicate to the given conflict', async () => {
    await ideas.submit({ _id: id(1), title: 'Bank sampah', status: 'submitted', opd: 'DLH' });
    expect(notified).toEqual([id(1)]);
    const stored = await ideas.raw(id(1));
    expect(stored).toMatchObject({ title: 'Bank sampah', _outboxPending: true, _outboxVersion: 1 });
    expect(stored?._outbox?.map((e) => e.data)).toEqual([expect.objectContaining({ to: 'submitted' })]);
    const dup = await ideas.submit({ _id: id(1), title: 'again', status: 'submitted', opd: 'DLH' }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(AppError);
    expect(dup).toMatchObject({ code: 'IDEA_TAKEN', status: 409 });
    expect(notified).toHaveLength(1);
  });

  it('changes an aggregate only from the state the decision was made in, appending its events', async () => {
    expect(await ideas.approve(id(1))).toBe(true);
    expect(await ideas.approve(id(1))).toBe(false); // no longer submitted: the second writer judges again
    expect(await ideas.approve(id(9))).toBe(false); // no such idea
    expect(notified).toEqual([id(1), id(1)]);
    const stored = await ideas.raw(id(1));
    expect(stored).toMatchObject({ status: 'approved', _outboxVersion: 2 });
    expect(stored?._outbox?.map((e) => e.data)).toEqual([expect.objectContaining({ to: 'submitted' }), expect.objectContaining({ to: 'approved' })]);
  });

  it('loads by id with the aggregate\'s error codes, and reads without the pending events', async () => {
    await expect(ideas.get('x'.repeat(65))).rejects.toMatchObject({ code: 'IDEA_ID_INVALID', status: 400 });
    await expect(ideas.get(id(8))).rejects.toMatchObject({ code: 'IDEA_NOT_FOUND', status: 404 });
    expect(await ideas.get(id(1))).not.toHaveProperty('_outbox');
    await ideas.submit({ _id: id(2), title: 'Alun-alun hijau', status: 'submitted', opd: 'DLH' });
    await ideas.submit({ _id: id(3), title: 'Cek kesehatan keliling', status: 'submitted', opd: 'DINKES' });
    const dlh = await ideas.ofOpd('DLH');
    expect(dlh.map((d) => d.title)).toEqual(['Alun-alun hijau', 'Bank sampah']);
    for (const d of dlh) expect(d).not.toHaveProperty('_outbox');
    expect(await ideas.titlesOf('DINKES')).toEqual([{ _id: id(3), title: 'Cek kesehatan keliling' }]);
  });

  it('pages (spec 6.5)', async () => {
    const second = await ideas.list(2);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.docs.map((d) => d.title)).toEqual(['Cek kesehatan keliling']);
  });

  /** A repository on a connection of its own, with the filter of each of its finds on `ideas`. */
  async function watchedIdeas(): Promise<{ repo: IdeaRepository; finds: unknown[]; close: () => Promise<void> }> {
    const watched = mongoose.createConnection();
    await watched.openUri(testInfra().mongoUrl, { dbName: `persistence_${process.pid}`, monitorCommands: true });
    const finds: unknown[] = [];
    watched.getClient().on('commandStarted', (e) => {
      if (e.commandName === 'find' && e.command.find === 'ideas') finds.push(e.command.filter);
    });
    const repo = new IdeaRepository(watched.model<IdeaDoc>('RepositoryTestIdea', schema, 'ideas'), () => undefined, { code: 'IDEA', label: 'idea' });
    return { repo, finds, close: () => watched.close() };
  }

  it('reads the ids asked for while a lookup is in flight together, each asker with its own document', async () => {
    const { repo, finds: lookups, close } = await watchedIdeas();
    try {
      const asked = [id(1), id(2), id(3), id(9), id(2)];
      const [one, two, three, none, twoAgain] = await Promise.all(asked.map((i) => repo.find(i)));
      expect(lookups).toEqual([{ _id: id(1) }, { _id: { $in: [id(2), id(3), id(9)] } }]);
      expect([one?.title, two?.title, three?.title, none]).toEqual(['Bank sampah', 'Alun-alun hijau', 'Cek kesehatan keliling', null]);
      expect(two).not.toHaveProperty('_outbox');
      expect(twoAgain).toEqual(two);
      expect(twoAgain).not.toBe(two); // one asker changing its document cannot change another's
    } finally {
      await close();
    }
  });

  it('reads the values asked for by field while a read is in flight together, each asker with its own documents in order', async () => {
    const { repo, finds: reads, close } = await watchedIdeas();
    try {
      const [dlh, dinkes, none, dlhAgain] = await Promise.all([repo.grouped('DLH'), repo.grouped('DINKES'), repo.grouped('BAPPEDA'), repo.grouped('DLH')]);
      expect(reads).toEqual([{ opd: 'DLH' }, { opd: { $in: ['DINKES', 'BAPPEDA', 'DLH'] } }]);
      expect(dinkes.map((d) => d.title)).toEqual(['Cek kesehatan keliling']);
      expect(none).toEqual([]);
      // What a read of its own answers, in the same order (by title).
      expect(dlh).toEqual(await ideas.ofOpd('DLH'));
      expect(dlh.map((d) => d.title)).toEqual(expect.arrayContaining(['Alun-alun hijau', 'Bank sampah']));
      expect(dlh[0]).not.toHaveProperty('_outbox');
      expect(dlhAgain).toEqual(dlh);
      expect(dlhAgain).not.toBe(dlh);
    } finally {
      await close();
    }
  });
});
