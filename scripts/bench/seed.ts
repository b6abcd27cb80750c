// Seeds the city-scale dataset through the services' own gRPC APIs (never into their databases):
// the services validate, store and publish every fact as they would for a user. Resumable: a
// ledger records, per step, how many items are done and the ids the later steps need (kept in the
// benchmark's own database, beside the data it describes, so a new server starts a new ledger); repeats are
// refused by the services as conflicts (NIP_TAKEN, ALREADY_ENROLLED, ...) and count as done, so a
// second run on the same data adds nothing.
import type { Collection } from 'mongodb';
import cliProgress from 'cli-progress';
import { businessDate, nipAppointedOn } from '@asn/contracts';
import { AppError, GrpcClient } from '@asn/service-kit';
import { hasFeedback, type CityDataset } from './dataset';
import type { BenchPlatform, BenchService } from './platform';

interface Ledger {
  steps: Record<string, number>;
  ids: Record<string, string[]>;
}

/** Codes that mean "this was already done": the item counts as seeded. */
const ALREADY = new Set(['NIP_TAKEN', 'PROGRAM_CODE_TAKEN', 'ALREADY_ENROLLED', 'ALREADY_COMPLETED', 'FEEDBACK_EXISTS', 'APPRAISAL_EXISTS', 'AGREEMENT_NUMBER_TAKEN', 'PLACEMENT_COMPLETED']);
/** Codes that mean "not yet": another service has not consumed the event this depends on. */
const NOT_YET = new Set(['EMPLOYEE_NOT_FOUND', 'SESSION_NOT_COMPLETED', 'UPSTREAM_UNAVAILABLE', 'DEADLINE_EXCEEDED', 'UNAVAILABLE']);

const CHUNK = 256;
const CONCURRENCY = 24;

export async function seedCity(d: CityDataset, platform: BenchPlatform, ledgerCollection: Collection<{ _id: string; ledger: Ledger }>, opts: { progress: boolean }): Promise<{ seconds: number; writes: number }> {
  const key = `scale-${d.scale}`;
  const ledger: Ledger = (await ledgerCollection.findOne({ _id: key }))?.ledger ?? { steps: {}, ids: {} };
  // One document, replaced whole: a crash leaves the previous ledger or the next one.
  const save = () => ledgerCollection.replaceOne({ _id: key }, { ledger }, { upsert: true });
  const client = <S extends BenchService>(s: S) => new GrpcClient(s, platform.grpcUrl(s), { deadlineMs: 30_000, credentials: platform.credentials });
  const personnel = client('personnel');
  const learning = client('learning');
  const partnerships = client('partnerships');
  const innovation = client('innovation');
  const evaluation = client('evaluation');

  /** A write that tolerates "already done" and waits out "not yet" (bounded). */
  const write = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const code = err instanceof AppError ? err.code : '';
        if (ALREADY.has(code)) return null;
        if (NOT_YET.has(code) && attempt < 120) {
          await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** Math.min(attempt, 5))));
          continue;
        }
        throw Object.assign(new Error(`${code || 'ERROR'}: ${err instanceof Error ? err.message : String(err)} ${JSON.stringify((err as { errors?: unknown }).errors ?? '')}`), { cause: err });
      }
    }
  };

  const bars = opts.progress ? new cliProgress.MultiBar({ format: ' {step} |{bar}| {value}/{total} | {rate}/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: false, etaBuffer: 200 }, cliProgress.Presets.shades_classic) : undefined;
  const t0 = Date.now();
  let writes = 0;

  /** Runs one step over its items in ledger-recorded chunks, CONCURRENCY at a time. */
  const step = async <T>(name: string, items: T[], fn: (item: T, index: number) => Promise<unknown>) => {
    const done = ledger.steps[name] ?? 0;
    const bar = bars?.create(items.length, done, { step: name.padEnd(16), rate: '0' });
    const started = Date.now();
    for (let from = done; from < items.length; from += CHUNK) {
      const chunk = items.slice(from, from + CHUNK);
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, chunk.length) }, async () => {
          while (next < chunk.length) {
            const k = next++;
            await fn(chunk[k]!, from + k);
            writes++;
            bar?.increment(1, { rate: (((bar.getProgress() * items.length - done) / Math.max(1, Date.now() - started)) * 1000).toFixed(0) });
          }
        }),
      );
      ledger.steps[name] = Math.min(items.length, from + CHUNK);
      await save();
    }
    bar?.update(items.length);
    if (!bars) console.error(`[bench] seeded ${name}: ${items.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  try {
    // Joined on their appointment (spec 8.3: counted in an OPD's figures from then).
    await step('employees', d.employees, (e) => write(() => personnel.rpc.RegisterEmployee({ ...e, startsOn: nipAppointedOn(e.nip) })));
    await step('standards', d.standards, (s) => write(() => personnel.rpc.SetPositionStandard(s)));
    await step('assessments', d.assessments, (a) => write(() => personnel.rpc.RecordAssessment({ nip: d.employees[a.employee]!.nip, code: a.code, type: a.type, level: a.level, assessedOn: a.assessedOn, method: 'uji kompetensi' })));

    // Programmes: ids by code (a repeat is refused, so the ids come from the list).
    ledger.ids.programs ??= [];
    await step('programs', d.programs, async (p, i) => {
      const created = await write(() => learning.rpc.PublishProgram(p));
      if (created) ledger.ids.programs![i] = created.id;
    });
    if (ledger.ids.programs.filter(Boolean).length < d.programs.length) {
      const all: { id: string; code: string }[] = [];
      for (let page = 1; ; page++) {
        const res = await learning.rpc.ListPrograms({ page: { page, pageSize: 100 } });
        all.push(...res.items);
        if (res.items.length === 0 || all.length >= res.total) break;
      }
      const byCode = new Map(all.map((p) => [p.code, p.id]));
      ledger.ids.programs = d.programs.map((p) => byCode.get(p.code)!);
      await save();
    }
    const programIds = ledger.ids.programs;

    // Sessions: the seed key is the session's location, so a repeat is found and not scheduled twice.
    ledger.ids.sessions ??= [];
    const existingSessions = async (programId: string) => {
      const all: { id: string; location?: string }[] = [];
      for (let page = 1; ; page++) {
        const got = await learning.rpc.ListSessions({ programId, page: { page, pageSize: 100 } });
        all.push(...got.items);
        if (got.items.length === 0 || all.length >= got.total) return all;
      }
    };
    await step('sessions', d.sessions, async (s, i) => {
      if (ledger.ids.sessions![i]) return;
      const programId = programIds[s.program]!;
      const found = (await existingSessions(programId)).find((x) => x.location === s.location);
      ledger.ids.sessions![i] = found?.id ?? (await learning.rpc.ScheduleSession({ programId, startsOn: s.startsOn, endsOn: s.endsOn, capacity: s.capacity, location: s.location })).id;
    });
    const sessionIds = ledger.ids.sessions;

    await step('enrol+complete', d.enrollments, async (e) => {
      const sessionId = sessionIds[e.session]!;
      const nip = d.employees[e.employee]!.nip;
      await write(() => learning.rpc.Enroll({ sessionId, nip }));
      const program = d.programs[d.sessions[e.session]!.program]!;
      await write(() =>
        learning.rpc.CompleteEnrollment({ enrollmentId: `${sessionId}:${nip}`, attendedJp: program.jp, preTestScore: e.preTestScore, postTestScore: e.postTestScore, passed: e.passed, completedOn: d.sessions[e.session]!.endsOn }),
      );
    });
    await step('feedback', d.enrollments.filter((_, k) => hasFeedback(k)), (e, k) =>
      write(() => evaluation.rpc.SubmitFeedback({ nip: d.employees[e.employee]!.nip, sessionId: sessionIds[e.session]!, relevance: 1 + ((k * 7) % 5), satisfaction: 2 + (k % 4), comment: '' })),
    );
    await step('appraisals', d.appraisals, (a) => write(() => evaluation.rpc.RecordAppraisal({ nip: d.employees[a.employee]!.nip, year: a.year, rating: a.rating })));

    // Partnerships: two universities with agreements spanning the five years.
    ledger.ids.agreements ??= [];
    const partners = [
      { name: 'Universitas Kristen Satya Wacana', kind: 'university', city: 'Salatiga', number: 'PKS/UKSW/BENCH/001' },
      { name: 'Institut Agama Islam Negeri Salatiga', kind: 'university', city: 'Salatiga', number: 'PKS/IAIN/BENCH/001' },
    ];
    await step('agreements', partners, async (p, i) => {
      if (ledger.ids.agreements![i]) return;
      const existing = (await partnerships.rpc.ListAgreements({ partnerId: '', status: '', page: { page: 1, pageSize: 100 } })).items.find((a) => a.number === p.number);
      if (existing) {
        ledger.ids.agreements![i] = existing.id;
        return;
      }
      const partner = await partnerships.rpc.RegisterPartner({ name: p.name, kind: p.kind, city: p.city });
      const agreement = await partnerships.rpc.SignAgreement({ partnerId: partner.id, number: p.number, title: 'Pengembangan kompetensi ASN', scope: 'magang dan kursus singkat', startsOn: `${d.years[0]}-01-01`, endsOn: `${d.years.at(-1)! + 2}-12-31` });
      ledger.ids.agreements![i] = agreement.id;
    });
    await step('placements', d.placements, async (p, k) => {
      const placement = await write(() => partnerships.rpc.StartPlacement({ agreementId: ledger.ids.agreements![k % 2]!, nip: d.employees[p.employee]!.nip, kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn, jp: p.jp }));
      if (placement) await write(() => partnerships.rpc.CompletePlacement({ placementId: placement.id, completedOn: p.endsOn }));
    });
    await step('ideas', d.ideas, async (idea) => {
      const e = d.employees[idea.employee]!;
      const created = await write(() => innovation.rpc.SubmitIdea({ title: idea.title, problem: 'Layanan publik masih lambat', proposal: 'Digitalisasi dan kolaborasi warga', category: idea.category, proposerNip: e.nip }));
      if (!created) return;
      await write(() => innovation.rpc.TransitionIdea({ id: created.id, to: 'under-review', note: '', by: 'bench' }));
      if (!idea.launch) return;
      await write(() => innovation.rpc.TransitionIdea({ id: created.id, to: 'approved', note: '', by: 'bench' }));
      await write(() => innovation.rpc.TransitionIdea({ id: created.id, to: 'launched', note: '', by: 'bench' }));
      await write(() => innovation.rpc.RecordParticipation({ ideaId: created.id, citizens: 25, activity: 'kerja bakti', on: businessDate(new Date()) }));
    });
  } finally {
    bars?.stop();
    for (const c of [personnel, learning, partnerships, innovation, evaluation]) c.close();
  }
  return { seconds: (Date.now() - t0) / 1000, writes };
}
