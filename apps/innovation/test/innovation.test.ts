import { describe, expect, it } from 'vitest';
import { businessDate, IDEA_STATUSES } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { AppError, DEFAULT_READ_MODEL_MAX_LAG_MS } from '@asn/service-kit';
import { outboxDrained, eventually, recordQueries, catalogueProblems, serviceHarness } from '@asn/testing';
import { createInnovationService } from '../src/app';
import { QUERIES } from '../src/persistence/queries';
import type { IdeaStatus } from '../src/domain/lifecycle';
import { InnovationDomain } from '../src/domain/innovation';
import { innovationRepositories } from '../src/persistence/repositories';

/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();

const PROPOSER = '198912242014022001';
const hijau = { title: 'Salatiga Hijau', problem: 'Ruang terbuka hijau di pusat kota berkurang dan panas meningkat.', proposal: 'Gerakan menanam pohon bersama warga di setiap kelurahan.', category: 'environment', proposerNip: PROPOSER };
const PATH: Record<IdeaStatus, IdeaStatus[]> = {
  submitted: [],
  'under-review': ['under-review'],
  approved: ['under-review', 'approved'],
  rejected: ['under-review', 'rejected'],
  'needs-revision': ['under-review', 'needs-revision'],
  launched: ['under-review', 'approved', 'launched'],
  completed: ['under-review', 'approved', 'launched', 'completed'],
};
const move = (id: string, to: string, note?: string) => call('TransitionIdea', { id, to, note: note ?? '', by: 'admin-bkpsdm' });
const ideaIn = async (status: IdeaStatus) => {
  const idea = await call('SubmitIdea', { ...hijau, title: `Ide ${status}` });
  for (const to of PATH[status]) await move(idea.id, to);
  return idea.id as string;
};

const innovation = serviceHarness({
  name: 'innovation',
  create: createInnovationService,
  employees: [createEvent('personnel.employee.registered', PROPOSER, { nip: PROPOSER, name: 'Rina Marlina', opd: 'DLH', position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/c', education: 'S2', status: 'active' })],
});
const { call, refusal } = innovation;
const { service, models, store, directory } = innovation.running;

describe('innovation service', () => {
  it('takes "Salatiga Hijau" through review, launch with citizen participation, to completed, with its events in order under one key', async () => {
    const idea = await call('SubmitIdea', hijau);
    expect(idea).toMatchObject({ status: 'submitted', opd: 'DLH', proposerNip: PROPOSER, citizensReached: 0 });
    await move(idea.id, 'under-review', 'Masuk tahap penilaian');
    await move(idea.id, 'needs-revision', 'Lengkapi rencana anggaran');
    await move(idea.id, 'submitted', 'Anggaran dilengkapi');
    await move(idea.id, 'under-review');
    await move(idea.id, 'approved', 'Disetujui tim inovasi');
    const launched = await move(idea.id, 'launched');
    expect(launched).toMatchObject({ status: 'launched', launchedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // The service's today (spec 8.1: WIB): from 17:00 UTC the UTC date is the day before the launch.
    const today = businessDate(new Date());
    await call('RecordParticipation', { ideaId: idea.id, citizens: 120, activity: 'Penanaman 500 pohon di Kelurahan Kutowinangun', on: today });
    await call('RecordParticipation', { ideaId: idea.id, citizens: 85, activity: 'Kerja bakti taman kota', on: today });
    await call('ReportImpact', { ideaId: idea.id, indicator: 'Pohon tertanam', value: 500, unit: 'pohon', on: today });
    const completed = await move(idea.id, 'completed', 'Tahap pertama selesai');
    expect(completed).toMatchObject({ status: 'completed', citizensReached: 205 });
    expect(completed.history.map((h: { to: string }) => h.to)).toEqual(['under-review', 'needs-revision', 'submitted', 'under-review', 'approved', 'launched', 'completed']);
    expect(completed.history[0]).toMatchObject({ from: 'submitted', to: 'under-review', by: 'admin-bkpsdm', note: 'Masuk tahap penilaian' });

    const expected = [
      'idea.submitted',
      ...['under-review', 'needs-revision', 'submitted', 'under-review', 'approved', 'launched'].map(() => 'idea.status-changed'),
      'initiative.launched',
      'participation.recorded',
      'participation.recorded',
      'impact.reported',
      'idea.status-changed',
    ].map((t) => `asn.innovation.${t}.v1`);
    await eventually(() => expect(innovation.events.events().filter((e) => e.key === idea.id)).toHaveLength(expected.length));
    const mine = innovation.events.events().filter((e) => e.key === idea.id);
    expect(mine.map((e) => e.event.type)).toEqual(expected);
    expect(new Set(innovation.events.messages.filter((m) => m.key === idea.id).map((m) => m.partition)).size).toBe(1);
    expect(mine.filter((e) => e.event.type.endsWith('status-changed.v1')).map((e) => [e.event.data.from, e.event.data.to])).toEqual([
      ['submitted', 'under-review'],
      ['under-review', 'needs-revision'],
      ['needs-revision', 'submitted'],
      ['submitted', 'under-review'],
      ['under-review', 'approved'],
      ['approved', 'launched'],
      ['launched', 'completed'],
    ]);
  });

  it('refuses every move outside the lifecycle (full matrix) and changes nothing', async () => {
    // Spec 4, written out here: "submitted → under-review → approved | rejected | needs-revision;
    // needs-revision → submitted; approved → launched → completed. Any other transition is a conflict."
    const SPEC_MOVES = new Set(['submitted>under-review', 'under-review>approved', 'under-review>rejected', 'under-review>needs-revision', 'needs-revision>submitted', 'approved>launched', 'launched>completed']);
    const SPEC_STATUSES: IdeaStatus[] = ['submitted', 'under-review', 'approved', 'rejected', 'needs-revision', 'launched', 'completed'];
    expect([...IDEA_STATUSES].sort()).toEqual([...SPEC_STATUSES].sort());
    let refusals = 0;
    for (const from of SPEC_STATUSES) {
      const id = await ideaIn(from);
      const before = await models.Idea.findById(id).lean();
      for (const to of SPEC_STATUSES) {
        if (SPEC_MOVES.has(`${from}>${to}`)) continue;
        const err = await refusal('TransitionIdea', { id, to, by: 'admin' });
        expect({ from, to, code: err.code, status: err.status }).toEqual({ from, to, code: 'TRANSITION_NOT_ALLOWED', status: 409 });
        refusals++;
      }
      const after = await models.Idea.findById(id).lean();
      expect(after?.status).toBe(from);
      expect(after?.history).toHaveLength(before!.history.length);
    }
    // 7 statuses × 7 targets, minus the 7 allowed moves.
    expect(refusals).toBe(49 - 7);
    expect((await refusal('TransitionIdea', { id: (await ideaIn('submitted')), to: 'flying', by: 'admin' })).errors?.[0]?.path).toBe('/to');
  });

  it('refuses participation on an idea that is not launched', async () => {
    for (const status of ['submitted', 'approved', 'completed'] as IdeaStatus[]) {
      const id = await ideaIn(status);
      expect((await refusal('RecordParticipation', { ideaId: id, citizens: 10, activity: 'Kerja bakti', on: '2026-01-10' })).code).toBe('IDEA_NOT_LAUNCHED');
    }
    const launched = await ideaIn('launched');
    expect((await refusal('RecordParticipation', { ideaId: launched, citizens: 0, activity: 'Kerja bakti', on: '2026-01-10' })).errors?.[0]?.path).toBe('/citizens');
    expect(await models.Participation.countDocuments({ ideaId: { $ne: undefined }, citizens: 10 })).toBe(0);
  });

  it('leaves one consistent state with one event per applied move under concurrent conflicting transitions', async () => {
    const id = await ideaIn('under-review');
    const targets = ['approved', 'rejected', 'needs-revision', 'approved', 'rejected', 'needs-revision', 'approved', 'rejected'];
    const results = await Promise.allSettled(targets.map((to) => move(id, to)));
    const applied = results.filter((r) => r.status === 'fulfilled');
    expect(applied).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code);
    expect(new Set(refused)).toEqual(new Set(['TRANSITION_NOT_ALLOWED']));
    const idea = await models.Idea.findById(id).lean();
    expect(idea!.history).toHaveLength(2);
    expect(idea!.status).toBe(idea!.history[1]!.to);
    await outboxDrained([models.Idea.collection]);
    await innovation.events.caughtUp();
    const changes = innovation.events.events().filter((e) => e.key === id && e.event.type.endsWith('status-changed.v1'));
    expect(changes).toHaveLength(2);
    expect(changes[1]!.event.data).toMatchObject({ from: 'under-review', to: idea!.status });
  });

  it('lists ideas by status, OPD, category and proposer', async () => {
    const launched = await call('ListIdeas', { status: 'launched', opd: 'DLH' });
    expect(launched.total).toBeGreaterThanOrEqual(2);
    expect(launched.items.every((i: { status: string; opd: string }) => i.status === 'launched' && i.opd === 'DLH')).toBe(true);
    expect((await call('ListIdeas', { category: 'digital' })).total).toBe(0);
    expect((await call('ListIdeas', { proposerNip: PROPOSER, page: { page: 1, pageSize: 2 } })).items).toHaveLength(2);
    expect((await refusal('SubmitIdea', { ...hijau, proposerNip: '197001011990011001' })).code).toBe('EMPLOYEE_NOT_FOUND');
    expect((await refusal('SubmitIdea', { ...hijau, proposerNip: '1970' })).code).toBe('NIP_INVALID');
  });

  it('lists from the register in memory, newest first with exact totals, and another instance sees each submission, move and participation within READ_MODEL_MAX_LAG_MS', async () => {
    // A second instance, as shipped: its own register in memory, over the same database.
    const other = new InnovationDomain(innovationRepositories(models, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS), directory);
    const listed = async (q: Record<string, unknown>) => other.list(q);
    const seen = (check: () => Promise<void>) => eventually(check, 5_000, 20);
    const all = await models.Idea.find({}, { _id: 1, opd: 1, status: 1 }).sort({ createdAt: -1, _id: 1 }).lean();
    const page2 = await listed({ page: 2, pageSize: 3 });
    expect([page2.total, page2.items.map((i) => i.id)]).toEqual([all.length, all.slice(3, 6).map((d) => d._id)]);
    const launchedBefore = (await listed({ status: 'launched' })).total;
    expect(launchedBefore).toBe(all.filter((d) => d.status === 'launched').length);

    const id = await ideaIn('approved');
    await seen(async () => expect((await listed({ proposerNip: PROPOSER, pageSize: 1 })).items.map((i) => [i.id, i.status])).toEqual([[id, 'approved']])); // the newest
    await move(id, 'launched');
    await seen(async () => expect((await listed({ status: 'launched', opd: 'DLH' })).items[0]).toMatchObject({ id, status: 'launched', citizensReached: 0 }));
    await call('RecordParticipation', { ideaId: id, citizens: 40, activity: 'Kerja bakti', on: businessDate(new Date()) });
    await call('RecordParticipation', { ideaId: id, citizens: 2, activity: 'Penyuluhan', on: businessDate(new Date()) });
    await seen(async () => expect((await listed({ status: 'launched' })).items[0]).toMatchObject({ id, citizensReached: 42 }));
    expect((await listed({ status: 'launched' })).total).toBe(launchedBefore + 1);
    // The instance that wrote lists its own writes at once.
    expect((await call('ListIdeas', { status: 'launched', page: { page: 1, pageSize: 1 } })).items[0]).toMatchObject({ id, citizensReached: 42 });
    expect((await listed({ opd: 'DINKES' })).total).toBe(all.filter((d) => d.opd === 'DINKES').length);
  });

  it('dates a submission and a launch in WIB: at 00:30 WIB on 1 January they are dated 1 January (spec 8.1)', async () => {
    const atNewYearWib = new InnovationDomain(store, directory, () => new Date('2026-12-31T17:30:00Z'));
    const idea = await atNewYearWib.submit({ ...hijau, title: 'Salatiga Hijau tahun baru' });
    expect(idea).toMatchObject({ submittedOn: '2027-01-01' });
    for (const to of ['under-review', 'approved', 'launched']) await atNewYearWib.transition(idea.id, { to }, 'test');
    expect(await atNewYearWib.get(idea.id)).toMatchObject({ status: 'launched', launchedOn: '2027-01-01' });
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, service.connection.db!)).toEqual([]);
  });
});
