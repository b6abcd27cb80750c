import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, topicOf, type CloudEvent, type EventData, type EventName } from '@asn/contracts';
import { createEvent, createKafka, ensureTopics, EventProducer, toMessage } from '@asn/messaging';
import { createLogger } from '@asn/service-kit';
import { deleteTopics, dropDatabases, eventually, serviceTestConfig, testNamespace } from '@asn/testing';
import { createAnalyticsService } from '../src/app';
import { READ_MODEL_VERSION } from '../src/persistence/models';
import { AnalyticsStore } from '../src/persistence/analytics-store';

/*
 * Issue #17 item 4: analytics instances share the domain topics' partitions through their consumer
 * group. Two instances over a history, one of them killed half-way, must leave the same documents
 * as one instance alone over the same history.
 */
const clock = () => new Date('2026-11-20T08:00:00Z');
const ns = testNamespace('analytics-scale');
const logger = createLogger('analytics-scale-test', 'silent');
// Odd on purpose: with an even count kafkajs's round robin happens to give two members the same
// partition numbers of every topic, and a test with it would pass without the co-partitioning.
const PARTITIONS = 5;
const base = { ...serviceTestConfig(ns, 'analytics'), KAFKA_TOPIC_PARTITIONS: PARTITIONS, ANALYTICS_READY_MAX_LAG: 0, ANALYTICS_LAG_INTERVAL_MS: 300, ANALYTICS_REBUILD: false, ANALYTICS_CHECKPOINT_MS: 200, ANALYTICS_CATCH_UP_CHECKPOINT_MS: 1000, ANALYTICS_CHECKPOINT_MAX_FACTS: 100_000, ANALYTICS_METRICS_KEPT: 50_000 };
type Instance = ReturnType<typeof createAnalyticsService>;
const running: Instance[] = [];

// ---- a small city: a deterministic history touching every metric ----------------------------
let seed = 17;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const ev = <N extends EventName>(name: N, subject: string, data: EventData<N>) => createEvent(name, subject, data);
const OPDS = ['DLH', 'DINKES', 'DISDIK', 'BAPPEDA', 'DPUPR', 'DISHUB', 'SATPOL', 'KOMINFO'];
const POSITIONS = [
  { code: 'JF-PLH', title: 'Pengendali Lingkungan Hidup', kind: 'functional' as const },
  { code: 'JS-KABID', title: 'Kepala Bidang', kind: 'structural' as const },
  { code: 'JP-ADM', title: 'Pengadministrasi', kind: 'executive' as const },
  { code: 'JF-ARSIP', title: 'Arsiparis', kind: 'functional' as const },
];
const COMPETENCIES = ['K-AMDAL', 'K-ARSIP', 'K-DATA', 'M-LEAD', 'M-INTEG', 'S-ETIKA'];
const EDUCATION = ['SMA', 'D3', 'S1', 'S2'] as const;
const standard = (code: string, levels: number[]) =>
  ev('personnel.position-standard.set', code, { positionCode: code, competencies: levels.map((requiredLevel, i) => ({ code: COMPETENCIES[(i + code.length) % COMPETENCIES.length]!, type: i % 2 ? ('managerial' as const) : ('technical' as const), requiredLevel })) });

function cityHistory(employees: number): CloudEvent[] {
  const out: CloudEvent[] = [];
  for (const p of POSITIONS) out.push(standard(p.code, [3, 2]));
  const programs = Array.from({ length: 12 }, (_, i) => ({ programId: `PRG${i + 1}`, code: `PRG-${i + 1}`, category: pick(['technical', 'functional', 'leadership', 'seminar'] as const), jp: pick([8, 16, 24, 40]) }));
  for (const p of programs)
    out.push(ev('learning.program.published', p.programId, { ...p, title: `Program ${p.code}`, mode: 'classical', competencies: [pick(COMPETENCIES), pick(COMPETENCIES)].map((code) => ({ code, type: code.startsWith('M-') ? ('managerial' as const) : ('technical' as const) })) }));
  const nips: { nip: string; opd: string }[] = [];
  for (let i = 0; i < employees; i++) {
    // A valid NIP (spec 8.2), unique by birth year and serial.
    const nip = `${1980 + Math.floor(i / 999)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}2005${String(1 + (i % 12)).padStart(2, '0')}1${String(1 + (i % 999)).padStart(3, '0')}`;
    const opd = OPDS[i % OPDS.length]!;
    nips.push({ nip, opd });
    out.push(ev('personnel.employee.registered', nip, { nip, name: `Pegawai ${i}`, opd, position: pick(POSITIONS), grade: 'III/a', education: pick(EDUCATION), status: 'active' }));
  }
  for (const [i, { nip, opd }] of nips.entries()) {
    let current = opd;
    for (let a = 0; a < 2; a++)
      out.push(ev('personnel.competency.assessed', `as-${nip}-${a}`, { assessmentId: `as-${nip}-${a}`, nip, opd, code: pick(COMPETENCIES), type: 'technical', level: 1 + Math.floor(random() * 4), assessedOn: `${pick([2024, 2025, 2026])}-0${1 + a * 4}-15`, method: 'uji kompetensi' }));
    for (let c = 0; c < 4; c++) {
      const p = pick(programs);
      const year = pick([2024, 2025, 2026]);
      const enrollmentId = `${p.programId}:${nip}:${c}`;
      out.push(ev('learning.training.completed', enrollmentId, { enrollmentId, sessionId: `S-${p.programId}-${year}`, programId: p.programId, programCode: p.code, category: p.category, competencies: [], nip, opd: current, attendedJp: p.jp, preTestScore: 40 + c, postTestScore: 60 + 5 * c, passed: random() > 0.15, completedOn: `${year}-0${3 + c}-10` }));
      if (random() > 0.4) out.push(ev('evaluation.feedback.submitted', `fb-${enrollmentId}`, { feedbackId: `fb-${enrollmentId}`, nip, opd: current, sessionId: `S-${p.programId}-${year}`, programId: p.programId, relevance: p.programId === 'PRG3' ? 2 : 2 + Math.floor(random() * 4), satisfaction: 3, submittedOn: `${year}-0${3 + c}-20` }));
      if (random() > 0.8) out.push(ev('evaluation.behavior.assessed', `bh-${enrollmentId}`, { assessmentId: `bh-${enrollmentId}`, nip, opd: current, programId: p.programId, assessorNip: nips[(i + 1) % nips.length]!.nip, score: 2 + Math.floor(random() * 3), assessedOn: `${year}-09-01` }));
    }
    for (const year of [2024, 2025]) out.push(ev('evaluation.appraisal.recorded', `${nip}:${year}`, { appraisalId: `${nip}:${year}`, nip, opd: current, year, rating: pick(['very-good', 'good', 'fair', 'poor'] as const) }));
    if (i % 9 === 0) out.push(ev('evaluation.discipline.recorded', `d-${nip}`, { recordId: `d-${nip}`, nip, opd: current, level: pick(['light', 'moderate', 'severe'] as const), decidedOn: '2025-06-01' }));
    if (i % 7 === 0) out.push(ev('learning.external-learning.verified', `x-${nip}`, { externalLearningId: `x-${nip}`, nip, opd: current, kind: 'webinar', jp: 6, completedOn: '2026-02-01', verifiedOn: '2026-02-10' }));
    if (i % 6 === 0) {
      const placementId = `pl-${nip}`;
      out.push(ev('partnerships.placement.started', placementId, { placementId, agreementId: 'AG1', partnerId: 'UKSW', nip, opd: current, kind: 'internship', startsOn: '2025-06-01', endsOn: '2025-08-30', jp: 16 }));
      if (i % 12 === 0) out.push(ev('partnerships.placement.completed', placementId, { placementId, agreementId: 'AG1', partnerId: 'UKSW', nip, opd: current, kind: 'internship', jp: 16, completedOn: '2025-08-30' }));
    }
    if (i % 5 === 0) {
      const to = OPDS[(OPDS.indexOf(opd) + 1) % OPDS.length]!;
      out.push(ev('personnel.employee.transferred', nip, { nip, fromOpd: opd, toOpd: to, opd: to }));
      current = to;
    }
    if (i % 17 === 0) out.push(ev('personnel.employee.retired', nip, { nip, opd: current, retiredOn: '2026-06-30' }));
  }
  // A standard changed after its holders were computed, and a programme revised (spec 8.6).
  out.push(standard('JF-PLH', [4, 3]));
  out.push(ev('learning.program.revised', 'PRG3', { programId: 'PRG3', revisionId: 'PRG3:r1', revision: 1, summary: 'Materi diperbarui', revisedOn: '2026-01-15' }));
  for (let k = 0; k < 24; k++) {
    const ideaId = `idea-${k}`;
    const { nip, opd } = nips[k * 3]!;
    out.push(ev('innovation.idea.submitted', ideaId, { ideaId, title: `Ide ${k}`, category: 'digital', proposerNip: nip, opd, submittedOn: '2025-02-01' }));
    if (k % 2 === 0) out.push(ev('innovation.idea.status-changed', ideaId, { ideaId, opd, proposerNip: nip, from: 'submitted', to: 'under-review', by: 'admin', on: '2025-03-01' }));
    if (k % 4 === 0) {
      out.push(ev('innovation.idea.status-changed', ideaId, { ideaId, opd, proposerNip: nip, from: 'under-review', to: 'approved', by: 'admin', on: '2025-04-01' }));
      out.push(ev('innovation.idea.status-changed', ideaId, { ideaId, opd, proposerNip: nip, from: 'approved', to: 'launched', by: 'admin', on: '2025-05-01' }));
      out.push(ev('innovation.initiative.launched', ideaId, { ideaId, opd, title: `Ide ${k}`, category: 'digital', launchedOn: '2025-05-01' }));
      out.push(ev('innovation.participation.recorded', ideaId, { ideaId, participationId: `pa-${k}`, opd, citizens: 10 + k, activity: 'Sosialisasi', on: '2025-06-01' }));
    }
  }
  return out;
}

// 360 employees (4,715 events) in npm test; SCALE_OUT_EMPLOYEES for a larger city by hand.
const HISTORY = cityHistory(Number(process.env.SCALE_OUT_EMPLOYEES ?? 360));
const FIRST_PART = Math.floor(HISTORY.length * 0.4);

/** The read models without bookkeeping (outbox fields, the owner's epoch, when a flag was raised), sets sorted. */
async function snapshot(instance: Instance) {
  const db = instance.service.connection.db!;
  const out: Record<string, unknown[]> = {};
  for (const name of ['employee_metrics', 'opd_metrics', 'program_metrics', 'employees', 'opd_members', 'position_holders', 'program_flags', 'programs', 'standards']) {
    out[name] = (await db.collection(name).find({}, { projection: { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, flaggedAt: 0, epoch: 0 } }).toArray())
      .map((d) => ({ ...d, ...(Array.isArray(d.nips) ? { nips: [...d.nips].sort() } : {}), ...(Array.isArray(d.years) ? { years: [...d.years].sort() } : {}) }))
      .sort((a, b) => String(a._id).localeCompare(String(b._id)));
  }
  return out;
}

const start = async (db: string, group: string): Promise<Instance> => {
  const instance = createAnalyticsService({ ...base, MONGO_DB: ns.db(db), ANALYTICS_CONSUMER_GROUP: group }, { clock });
  running.push(instance);
  await instance.service.start();
  return instance;
};

const stop = async (instance: Instance) => {
  running.splice(running.indexOf(instance), 1);
  await instance.service.runtime.stop();
};

/**
 * A crash: the store refuses it from now on (nothing it holds in memory is written), then it
 * leaves the group (as the broker would notice after the session timeout), and the rest of it stops.
 */
const kill = async (instance: Instance) => {
  running.splice(running.indexOf(instance), 1);
  await instance.service.connection.close(true);
  await instance.consumer.stop().catch(() => undefined);
  await instance.service.runtime.stop().catch(() => undefined);
};

/** Every instance caught up: the group's offsets at the topics' ends, nothing unsaved, no mark pending. */
const settled = async (instances: Instance[]) => {
  // Started (a rebuild done, the consumer running) before the lag can say anything.
  await Promise.all(instances.map((i) => i.service.runtime.whenReady()));
  for (let calm = 0; calm < 2; ) {
    const lags = await Promise.all(instances.map((i) => i.lag.measure()));
    const quiet = lags.every((l) => l === 0) && instances.every((i) => i.domain.unsavedCount() === 0) && (await instances[0]!.models.Marks.countDocuments({ pending: true })) === 0;
    calm = quiet ? calm + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
};

let producer: EventProducer;

/** Publishes events on their services' topics, as those services would. */
const publish = async (events: CloudEvent[]) => {
  const byTopic = new Map<string, CloudEvent[]>();
  for (const e of events) {
    const topic = ns.topic(topicOf(e.type.replace(/^asn\./, '').replace(/\.v1$/, '') as EventName));
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), e]);
  }
  for (const [topic, list] of byTopic) for (let i = 0; i < list.length; i += 500) await producer.send([{ topic, messages: list.slice(i, i + 500).map(toMessage) }]);
};

beforeAll(async () => {
  const kafka = createKafka({ brokers: base.KAFKA_BROKERS, clientId: 'analytics-scale-upstream', logger });
  await ensureTopics(kafka, Object.values(TOPICS).map((t) => ns.topic(t)), { partitions: PARTITIONS });
  producer = new EventProducer({ kafka, brokers: base.KAFKA_BROKERS, logger });
  await producer.start();
  // The city's first years before any instance starts; the rest while two run.
  await publish(HISTORY.slice(0, FIRST_PART));
}, 120_000);

afterAll(async () => {
  for (const instance of [...running]) await stop(instance).catch(() => undefined);
  await producer?.stop();
  await dropDatabases([ns.db('single'), ns.db('pair')]);
  await deleteTopics(ns.id);
});

describe('analytics on several instances (issue #17)', () => {
  let shared: Awaited<ReturnType<typeof snapshot>>;

  it('two instances share the partitions; one is killed with work in memory; a third joins', { timeout: 300_000 }, async () => {
    const [a, b] = await Promise.all([start('pair', 'pair'), start('pair', 'pair')]);
    // Both hold some of the partitions (the same numbers of every topic).
    await eventually(() => {
      for (const i of [a, b]) expect(i.domain.partitionsHeld()).not.toBe('all');
      expect([...(a.domain.partitionsHeld() as number[]), ...(b.domain.partitionsHeld() as number[])].sort()).toEqual([0, 1, 2, 3, 4]);
    }, 60_000);
    await publish(HISTORY.slice(FIRST_PART));
    // b dies with work it has not stored (facts in memory, or offsets it has not committed).
    await eventually(() => expect(b.domain.unsavedFacts()).toBeGreaterThan(0), 60_000, 10);
    await kill(b);
    // a takes b's partitions over from b's last commit; a third instance joins and shares again.
    const c = await start('pair', 'pair');
    await settled([a, c]);
    shared = await snapshot(a);
    // The history reached every kind of document (else the comparison below proves little).
    for (const name of ['employee_metrics', 'opd_metrics', 'program_metrics', 'program_flags', 'position_holders'] as const) expect(shared[name]!.length, name).toBeGreaterThan(0);
    expect(shared.opd_metrics!.length).toBeGreaterThanOrEqual(OPDS.length);
  });

  let single: Instance;

  it('leaves the same documents as one instance alone over the same history', { timeout: 300_000 }, async () => {
    single = await start('single', 'single');
    await settled([single]);
    const { program_flags: flagsAlone, ...alone } = await snapshot(single);
    const { program_flags: flagsShared, ...together } = shared;
    for (const name of Object.keys(alone)) {
      const x = new Map((alone as Record<string, unknown[]>)[name]!.map((d) => [String((d as { _id: unknown })._id), JSON.stringify(d)]));
      const y = new Map((together as Record<string, unknown[]>)[name]!.map((d) => [String((d as { _id: unknown })._id), JSON.stringify(d)]));
      const diff = [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k));
      if (diff.length) console.log('DIFF', name, diff.length, diff.slice(0, 5), '\nALONE', x.get(diff[0]!), '\nSHARED', y.get(diff[0]!));
    }
    expect(alone).toEqual(together);
    // The flag ledger is a log of the flags raised, not a read model: a programme year flagged on
    // the way (a checkpoint that saw its first low feedbacks) stays flagged, and when checkpoints
    // happen depends on timing, alone too. What both must hold: the flag of every programme year
    // flagged now (spec 5: once per year, so by its year and the last revision before it).
    const flaggedNow = (together.program_metrics as { programId: string; year: number; flaggedForRevision: boolean }[]).filter((m) => m.flaggedForRevision);
    expect(flaggedNow.length).toBeGreaterThan(0);
    for (const ledger of [flagsAlone!, flagsShared!]) {
      const ids = ledger.map((f) => String((f as { _id: unknown })._id));
      for (const m of flaggedNow) expect(ids.some((id) => id.startsWith(`${m.programId}:${m.year}`)), `${m.programId}:${m.year}`).toBe(true);
    }
  });

  it('rebuilds once when two instances start together on read models of an earlier version', { timeout: 300_000 }, async () => {
    const { program_flags: _flags, ...before } = await snapshot(single);
    await stop(single);
    for (const instance of [...running]) await stop(instance);
    const db = (await import('mongoose')).default.createConnection(base.MONGO_URL, { dbName: ns.db('pair') });
    await db.collection('read_model_version').updateOne({ _id: 'analytics' as never }, { $set: { version: 6 } });
    await db.collection('program_metrics').deleteMany({}); // what the rebuild must bring back
    await db.close();
    const [a, b] = await Promise.all([start('pair', 'pair'), start('pair', 'pair')]);
    await settled([a, b]);
    const { program_flags: _also, ...after } = await snapshot(a);
    expect(after).toEqual(before);
    expect(await a.service.connection.db!.collection('read_model_version').findOne({ _id: 'analytics' as never })).toMatchObject({ version: READ_MODEL_VERSION });
  });

  it('never lets an instance that lost a partition overwrite what its new owner wrote (epochs)', async () => {
    const instance = running[0] ?? (await start('pair', 'pair'));
    const store = new AnalyticsStore(instance.models, () => undefined);
    await instance.service.runtime.whenReady();
    const col = instance.service.connection.db!.collection('employee_metrics');
    const id = 'fence-test:2026';
    // The partition's owners in turn claim it: each gets a later epoch.
    const [first, second] = [(await store.claimPartitions([0], 99)).get(0)!, (await store.claimPartitions([0], 99)).get(0)!];
    expect(second).toBeGreaterThan(first);
    await store.writeWhole('EmployeeMetrics', [{ id, doc: { by: 'new owner' }, absent: true, epoch: second }]);
    // The old owner's checkpoint, still writing, comes after: refused, as an insert and as a replacement.
    await store.writeWhole('EmployeeMetrics', [{ id, doc: { by: 'old owner' }, absent: true, epoch: first }]);
    await store.writeWhole('EmployeeMetrics', [{ id, doc: { by: 'old owner' }, absent: false, epoch: first }]);
    expect(await col.findOne({ _id: id as never })).toMatchObject({ by: 'new owner', epoch: second });
    // The owner itself, and a later one, replace it.
    await store.writeWhole('EmployeeMetrics', [{ id, doc: { by: 'new owner again' }, absent: false, epoch: second }]);
    expect(await col.findOne({ _id: id as never })).toMatchObject({ by: 'new owner again' });
    await store.writeWhole('EmployeeMetrics', [{ id, doc: { by: 'next owner' }, absent: false, epoch: second + 1 }]);
    expect(await col.findOne({ _id: id as never })).toMatchObject({ by: 'next owner', epoch: second + 1 });
    await col.deleteOne({ _id: id as never });
  });
});
