import { MongoClient } from 'mongodb';
import { register } from 'prom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, CloudEventEnvelope, EVENT_DEFINITIONS, eventNameOf, topicOf, TOPICS, type CloudEvent, type EventData, type EventName } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { outboxDrained, eventually, recordQueries, catalogueProblems, serviceHarness } from '@asn/testing';
import { createAnalyticsService } from '../src/app';
import { QUERIES } from '../src/persistence/queries';
import { READ_MODEL_VERSION } from '../src/persistence/models';

const clock = () => new Date('2026-11-20T08:00:00Z');
/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();
const analytics = serviceHarness({
  name: 'analytics',
  config: { ANALYTICS_READY_MAX_LAG: 0, ANALYTICS_LAG_INTERVAL_MS: 300, ANALYTICS_REBUILD: false, ANALYTICS_CONSUMER_GROUP: 'analytics', ANALYTICS_CHECKPOINT_MS: 200, ANALYTICS_CATCH_UP_CHECKPOINT_MS: 1000, ANALYTICS_CHECKPOINT_MAX_FACTS: 100_000, ANALYTICS_METRICS_KEPT: 50_000 },
  create: (config) => createAnalyticsService(config, { clock }),
  collect: [TOPICS.analytics],
  // The whole history is on the topics before analytics first starts.
  beforeStart: () => publish(HISTORY),
});
const { ns, call, refusal } = analytics;

const ev = <N extends EventName>(name: N, subject: string, data: EventData<N>) => createEvent(name, subject, data);

// ---- the scripted history (values below are worked out by hand from spec 5 and 5.1) ----------
const E1 = '198507142010011003'; // DLH, functional, S1
const E2 = '197912012005011002'; // DLH, structural, S2
const E3 = '199203152018012001'; // DINKES, executive, SMA
const E4 = '196001011985031001'; // DINKES, retired
const E5 = '199512122020122005'; // DINKES → DLH, functional, D3
const F = ['199101012019011001', '199101012019011002', '199101012019011003', '199101012019011004', '199101012019011005', '199101012019011006'];
const position = (code: string, kind: 'structural' | 'functional' | 'executive') => ({ code, title: code, kind });
const reg = (nip: string, opd: string, pos: ReturnType<typeof position>, education: EventData<'personnel.employee.registered'>['education']) =>
  ev('personnel.employee.registered', nip, { nip, name: `Pegawai ${nip.slice(-3)}`, opd, position: pos, grade: 'III/a', education, status: 'active' });
const program = (programId: string, code: string, category: EventData<'learning.program.published'>['category'], jp: number, competencies: string[]) =>
  ev('learning.program.published', programId, { programId, code, title: `Program ${code}`, category, mode: 'classical', jp, competencies: competencies.map((c) => ({ code: c, type: c.startsWith('M-') ? 'managerial' : 'technical' })) });
const completion = (nip: string, opd: string, programId: string, code: string, category: EventData<'learning.training.completed'>['category'], attendedJp: number, pre: number, post: number, passed: boolean, completedOn: string) =>
  ev('learning.training.completed', `${programId}:${nip}`, { enrollmentId: `${programId}:${nip}`, sessionId: `S-${programId}`, programId, programCode: code, category, competencies: [], nip, opd, attendedJp, preTestScore: pre, postTestScore: post, passed, completedOn });
const feedback = (nip: string, relevance: number, satisfaction: number, on = '2026-03-20') =>
  ev('evaluation.feedback.submitted', `S-P1:${nip}`, { feedbackId: `S-P1:${nip}`, nip, opd: 'DLH', sessionId: 'S-P1', programId: 'P1', relevance, satisfaction, submittedOn: on });

const HISTORY: CloudEvent[] = [
  reg(E1, 'DLH', position('JF-PLH', 'functional'), 'S1'),
  reg(E2, 'DLH', position('JS-KABID', 'structural'), 'S2'),
  reg(E3, 'DINKES', position('JP-ADM', 'executive'), 'SMA'),
  reg(E4, 'DINKES', position('JP-ADM', 'executive'), 'S1'),
  ev('personnel.employee.retired', E4, { nip: E4, opd: 'DINKES', retiredOn: '2026-01-31' }),
  reg(E5, 'DINKES', position('JF-ARSIP', 'functional'), 'D3'),
  ev('personnel.employee.transferred', E5, { nip: E5, fromOpd: 'DINKES', toOpd: 'DLH', opd: 'DLH' }),
  ev('personnel.position-standard.set', 'JF-PLH', { positionCode: 'JF-PLH', competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }, { code: 'M-INTEG', type: 'managerial', requiredLevel: 2 }] }),
  ev('personnel.position-standard.set', 'JS-KABID', { positionCode: 'JS-KABID', competencies: [{ code: 'M-LEAD', type: 'managerial', requiredLevel: 4 }] }),
  ev('personnel.competency.assessed', 'a1', { assessmentId: 'a1', nip: E1, opd: 'DLH', code: 'K-AMDAL', type: 'technical', level: 2, assessedOn: '2026-01-15', method: 'uji kompetensi' }),
  ev('personnel.competency.assessed', 'a2', { assessmentId: 'a2', nip: E1, opd: 'DLH', code: 'K-AMDAL', type: 'technical', level: 3, assessedOn: '2026-10-01', method: 'uji kompetensi' }),
  ev('personnel.competency.assessed', 'a3', { assessmentId: 'a3', nip: E1, opd: 'DLH', code: 'M-INTEG', type: 'managerial', level: 1, assessedOn: '2026-01-15', method: 'assessment center' }),
  program('P1', 'TEK-AMDAL', 'technical', 24, ['K-AMDAL', 'M-INTEG']),
  program('P2', 'FUNC-PLH', 'functional', 30, ['K-PLH']),
  program('P3', 'SEM-HIJAU', 'seminar', 8, ['K-HIJAU']),
  program('P4', 'MAN-INTEG', 'leadership', 16, ['M-INTEG']),
  program('P5', 'LEAD-PKA', 'leadership', 40, ['M-LEAD']),
  completion(E1, 'DLH', 'P1', 'TEK-AMDAL', 'technical', 24, 55, 85, true, '2026-03-05'),
  completion(E1, 'DLH', 'P2', 'FUNC-PLH', 'functional', 30, 60, 70, true, '2025-06-10'),
  completion(E2, 'DLH', 'P3', 'SEM-HIJAU', 'seminar', 8, 40, 60, true, '2026-04-12'),
  completion(E3, 'DINKES', 'P1', 'TEK-AMDAL', 'technical', 20, 30, 45, false, '2026-03-05'),
  ev('partnerships.placement.started', 'PL1', { placementId: 'PL1', agreementId: 'AG1', partnerId: 'UKSW', nip: E1, opd: 'DLH', kind: 'internship', startsOn: '2026-06-01', endsOn: '2026-08-30', jp: 16 }),
  ev('partnerships.placement.completed', 'PL1', { placementId: 'PL1', agreementId: 'AG1', partnerId: 'UKSW', nip: E1, opd: 'DLH', kind: 'internship', jp: 16, completedOn: '2026-08-30' }),
  ev('partnerships.placement.started', 'PL2', { placementId: 'PL2', agreementId: 'AG1', partnerId: 'UKSW', nip: E2, opd: 'DLH', kind: 'degree', startsOn: '2026-09-01', endsOn: '2028-08-31', jp: 0 }),
  ev('evaluation.appraisal.recorded', `${E1}:2025`, { appraisalId: `${E1}:2025`, nip: E1, opd: 'DLH', year: 2025, rating: 'good' }),
  ev('evaluation.appraisal.recorded', `${E2}:2026`, { appraisalId: `${E2}:2026`, nip: E2, opd: 'DLH', year: 2026, rating: 'very-good' }),
  ev('evaluation.discipline.recorded', 'd1', { recordId: 'd1', nip: E2, opd: 'DLH', level: 'light', decidedOn: '2026-02-01' }),
  ev('evaluation.discipline.recorded', 'd2', { recordId: 'd2', nip: E2, opd: 'DLH', level: 'moderate', decidedOn: '2026-05-01' }),
  ev('evaluation.discipline.recorded', 'd3', { recordId: 'd3', nip: E3, opd: 'DINKES', level: 'severe', decidedOn: '2026-07-01' }),
  ev('evaluation.behavior.assessed', 'b1', { assessmentId: 'b1', nip: E1, opd: 'DLH', programId: 'P1', assessorNip: E2, score: 4, assessedOn: '2026-06-05' }),
  feedback(F[0]!, 2, 3),
  feedback(F[1]!, 3, 3),
  feedback(F[2]!, 2, 2),
  feedback(F[3]!, 3, 4),
  feedback(F[4]!, 4, 4),
  ev('innovation.idea.submitted', 'I1', { ideaId: 'I1', title: 'Salatiga Hijau', category: 'environment', proposerNip: E1, opd: 'DLH', submittedOn: '2026-02-01' }),
  ev('innovation.idea.status-changed', 'I1', { ideaId: 'I1', opd: 'DLH', proposerNip: E1, from: 'submitted', to: 'under-review', by: 'admin', on: '2026-02-10' }),
  ev('innovation.idea.status-changed', 'I1', { ideaId: 'I1', opd: 'DLH', proposerNip: E1, from: 'under-review', to: 'approved', by: 'admin', on: '2026-03-01' }),
  ev('innovation.idea.status-changed', 'I1', { ideaId: 'I1', opd: 'DLH', proposerNip: E1, from: 'approved', to: 'launched', by: 'admin', on: '2026-04-01' }),
  ev('innovation.initiative.launched', 'I1', { ideaId: 'I1', opd: 'DLH', title: 'Salatiga Hijau', category: 'environment', launchedOn: '2026-04-01' }),
  ev('innovation.participation.recorded', 'I1', { ideaId: 'I1', participationId: 'pa1', opd: 'DLH', citizens: 120, activity: 'Menanam pohon', on: '2026-04-10' }),
  ev('innovation.participation.recorded', 'I1', { ideaId: 'I1', participationId: 'pa2', opd: 'DLH', citizens: 85, activity: 'Kerja bakti', on: '2026-05-10' }),
  ev('innovation.idea.submitted', 'I2', { ideaId: 'I2', title: 'Perizinan daring', category: 'digital', proposerNip: E2, opd: 'DLH', submittedOn: '2026-06-01' }),
];

/** Publishes events on their services' topics, as those services would. */
const publish = async (events: CloudEvent[]) => {
  const byTopic = new Map<string, CloudEvent[]>();
  for (const e of events) {
    const topic = topicOf(e.type.replace(/^asn\./, '').replace(/\.v1$/, '') as EventName);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), e]);
  }
  for (const [topic, list] of byTopic) await analytics.publish(topic, list);
};

/** The read models without their outbox bookkeeping and owner's epoch, sorted: what "the same numbers" means. */
const snapshot = async () => {
  const db = analytics.running.service.connection.db!;
  const out: Record<string, unknown[]> = {};
  for (const name of ["employee_metrics", "opd_metrics", "program_metrics", "employees", "opd_members"]) {
    out[name] = (await db.collection(name).find({}, { projection: { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, epoch: 0 } }).toArray())
      .filter((d) => String(d._id) !== '~dirty') // work in progress, not a read model
      .map((d) => (name === 'opd_members' ? { ...d, nips: [...(d.nips ?? [])].sort(), years: [...(d.years ?? [])].sort() } : d)) // sets: order is arrival order
      .sort((a, b) => String(a._id).localeCompare(String(b._id)));
  }
  return out;
};

/** Caught up: readiness (lag 0) answers ok and no OPD waits to be recomputed, twice in a row. */
const caughtUp = async () => {
  for (let settled = 0; settled < 2; ) {
    const ok = (await analytics.running.service.runtime.readiness()).status === 'ok' && analytics.running.domain.unsavedCount() === 0;
    settled = ok ? settled + 1 : 0;
    await new Promise((r) => setTimeout(r, 400));
  }
};

/** Every metric event analytics has stored is published, and the collector has read them all. */
const metricsPublished = async () => {
  await outboxDrained([analytics.running.models.MetricEvents.collection, analytics.running.models.ProgramFlag.collection]);
  await analytics.events.caughtUp();
};

beforeAll(async () => {
  await caughtUp();
});

describe('analytics', () => {
  it('computes JP, compliance, gaps with recommendations and IP ASN per dimension as worked out by hand', async () => {
    const e1 = await call('GetEmployeeMetrics', { nip: E1, year: 2026 });
    expect(e1).toMatchObject({ nip: E1, opd: 'DLH', year: 2026, jp: { total: 40, target: 20, compliant: true, training: 24, placement: 16 } });
    expect(e1.gaps).toEqual([
      { code: 'M-INTEG', type: 'managerial', requiredLevel: 2, currentLevel: 1, gap: 1, recommendedPrograms: [{ id: 'P4', code: 'MAN-INTEG', title: 'Program MAN-INTEG' }, { id: 'P1', code: 'TEK-AMDAL', title: 'Program TEK-AMDAL' }] },
    ]);
    // S1 15; functional track ever 15 + technical 24 JP 15 + internship 10; 2025 "good" 25; no discipline 5.
    expect(e1.ipAsn).toEqual({ version: '2019.1', score: 85, category: 'high', complete: true, dimensions: { qualification: 15, competency: 40, performance: 25, discipline: 5 }, sources: { qualification: 'data', competency: 'data', performance: 'data', discipline: 'data' } });

    const e2 = await call('GetEmployeeMetrics', { nip: E2, year: 2026 });
    expect(e2.jp).toEqual({ total: 8, target: 20, compliant: false, training: 8, placement: 0, external: 0 });
    expect(e2.gaps.map((g: { code: string; gap: number }) => [g.code, g.gap])).toEqual([['M-LEAD', 4]]);
    // S2 20; seminar 10; very-good 30; worst moderate 1.
    expect(e2.ipAsn).toEqual({ version: '2019.1', score: 61, category: 'low', complete: true, dimensions: { qualification: 20, competency: 10, performance: 30, discipline: 1 }, sources: { qualification: 'data', competency: 'data', performance: 'data', discipline: 'data' } });

    const e3 = await call('GetEmployeeMetrics', { nip: E3, year: 2026 });
    // Spec 8.4: a failed completion earns no JP (and no competency points).
    expect(e3.jp).toMatchObject({ total: 0, training: 0, compliant: false });
    // Spec 8.5: no appraisal for 2026 or 2025 is a missing dimension, not a known 0: incomplete.
    expect(e3.ipAsn).toEqual({ version: '2019.1', score: 1, category: 'very-low', complete: false, dimensions: { qualification: 1, competency: 0, performance: 0, discipline: 0 }, sources: { qualification: 'data', competency: 'data', performance: 'missing', discipline: 'data' } });

    const e5 = await call('GetEmployeeMetrics', { nip: E5, year: 2026 });
    expect(e5).toMatchObject({ opd: 'DLH', jp: { total: 0, compliant: false }, ipAsn: { score: 15, category: 'very-low', complete: false } });

    const e1Last = await call('GetEmployeeMetrics', { nip: E1, year: 2025 });
    expect(e1Last.jp).toMatchObject({ total: 30, training: 30, compliant: true });
    await expect(call('GetEmployeeMetrics', { nip: '197001011990011001', year: 2026 })).rejects.toMatchObject({ code: 'EMPLOYEE_NOT_FOUND' });
  });

  it('computes OPD metrics (transfers and retirements included)', async () => {
    expect(await call('GetOpdMetrics', { opd: 'DLH', year: 2026 })).toEqual({
      // Spec 8.5: the average of the complete indices, E1 85 and E2 61; E5 (no appraisal) is left out.
      opd: 'DLH', year: 2026, activeEmployees: 3, jpCompliantShare: 0.3333, averageJp: 16, averageIpAsn: 73, ipAsnIncomplete: 1,
      ideas: { submitted: 2, approved: 1, launched: 1 }, citizensReached: 205, activePlacements: 1,
      // The dashboard's distributions: E5 0 JP, E2 8, E1 40; complete indices E1 85 (high) and E2 61 (low).
      jpDistribution: [{ from: 0, to: 5, employees: 1 }, { from: 5, to: 10, employees: 1 }, { from: 10, to: 15, employees: 0 }, { from: 15, to: 20, employees: 0 }, { from: 20, employees: 1 }],
      ipAsnCategories: [{ category: 'very-high', employees: 0 }, { category: 'high', employees: 1 }, { category: 'medium', employees: 0 }, { category: 'low', employees: 1 }, { category: 'very-low', employees: 0 }],
      averageIpAsnDimensions: { qualification: 17.5, competency: 25, performance: 27.5, discipline: 3 },
      // One employee short of each; M-LEAD by 4 levels before M-INTEG by 1. E5's position has no standard.
      topGaps: [{ code: 'M-LEAD', type: 'managerial', employees: 1, averageGap: 4 }, { code: 'M-INTEG', type: 'managerial', employees: 1, averageGap: 1 }],
    });
    expect(await call('GetOpdMetrics', { opd: 'DINKES', year: 2026 })).toMatchObject({ activeEmployees: 1, jpCompliantShare: 0, averageJp: 0, averageIpAsn: 0, ipAsnIncomplete: 1, ideas: { submitted: 0 }, activePlacements: 0 });
    // The city overview: every OPD of the year side by side, by code, each as asked one by one.
    const city = await call('ListOpdMetrics', { year: 2026 });
    expect(city.year).toBe(2026);
    expect(city.items.map((m: { opd: string }) => m.opd)).toEqual(['DINKES', 'DLH']);
    expect(city.items[1]).toEqual(await call('GetOpdMetrics', { opd: 'DLH', year: 2026 }));
    expect((await call('ListOpdMetrics', { year: 2019 })).items).toEqual([]);
    // JP per employee: DLH's active members of 2026 by name, each with the metrics asked one by one.
    const staff = await call('ListEmployeeMetrics', { opd: 'DLH', year: 2026 });
    expect(staff.items.map((e: { metrics: { nip: string } }) => e.metrics.nip).sort()).toEqual([E1, E2, E5].sort());
    for (const e of staff.items) expect(e.metrics).toEqual(await call('GetEmployeeMetrics', { nip: e.metrics.nip, year: 2026 }));
    const names = staff.items.map((e: { name: string }) => e.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    // Every programme of the year, by id, each as asked one by one.
    const programs = await call('ListProgramMetrics', { year: 2026 });
    expect(programs.items.length).toBeGreaterThan(0);
    const ids = programs.items.map((m: { programId: string }) => m.programId);
    expect(ids).toEqual([...ids].sort());
    for (const m of programs.items) expect(m).toEqual(await call('GetProgramMetrics', { programId: m.programId, year: 2026 }));
    expect(programs.items.find((m: { programId: string }) => m.programId === 'P3')).toMatchObject({ code: 'SEM-HIJAU', title: 'Program SEM-HIJAU' });
  });

  it('keeps an OPD\'s facts one list per year, and counts a placement started in an earlier year as active until it completes (issue #15: bounded documents)', async () => {
    const db = analytics.running.service.connection.db!;
    const keys = async () => (await db.collection('opd_fact_chunks').distinct('key')) as string[];
    expect((await keys()).every((k) => /^[A-Z][A-Z0-9]*:\d{4}$/.test(k))).toBe(true);
    expect(await keys()).toContain('DLH:2026');
    const active = async (year: number) => (await call('GetOpdMetrics', { opd: 'DLH', year })).activePlacements;
    const placement = { placementId: 'PL3', agreementId: 'AG1', partnerId: 'UKSW', nip: E5, opd: 'DLH', kind: 'degree' as const, jp: 0 };
    await publish([ev('partnerships.placement.started', 'PL3', { ...placement, startsOn: '2024-03-01', endsOn: '2025-06-30' })]);
    await caughtUp();
    expect(await keys()).toContain('DLH:2024');
    expect([await active(2024), await active(2025), await active(2026)]).toEqual([1, 1, 2]); // 2026: PL2 and PL3
    await publish([ev('partnerships.placement.completed', 'PL3', { ...placement, completedOn: '2025-06-30' })]);
    await caughtUp();
    expect([await active(2024), await active(2025), await active(2026)]).toEqual([1, 0, 1]);
  });

  it('computes programme effectiveness and flags a programme with 5 low-relevance feedbacks once', async () => {
    expect(await call('GetProgramMetrics', { programId: 'P1', year: 2026 })).toEqual({
      // Named as published (learning.program.published), so a list of them needs no catalogue beside it.
      programId: 'P1', code: 'TEK-AMDAL', title: 'Program TEK-AMDAL', year: 2026, completions: 2, averageRelevance: 2.8, averageSatisfaction: 3.2, averageLearningGain: 22.5, averageBehaviorScore: 4, feedbackCount: 5, feedbackSinceRevision: 5, averageRelevanceSinceRevision: 2.8, flaggedForRevision: true,
    });
    const p3 = await call('GetProgramMetrics', { programId: 'P3', year: 2026 });
    expect(p3).toMatchObject({ completions: 1, averageLearningGain: 20, feedbackCount: 0, flaggedForRevision: false });
    expect(p3.averageRelevance ?? null).toBeNull();

    await eventually(() => expect(analytics.events.events().filter((e) => e.event.type === 'asn.analytics.program.flagged.v1')).toHaveLength(1));
    // A sixth low feedback: still flagged, no second event.
    await publish([feedback(F[5]!, 1, 2)]);
    await caughtUp();
    expect((await call('GetProgramMetrics', { programId: 'P1', year: 2026 })).feedbackCount).toBe(6);
    await metricsPublished();
    const flagged = analytics.events.events().filter((e) => e.event.type === 'asn.analytics.program.flagged.v1');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.event.data).toMatchObject({ programId: 'P1', year: 2026, feedbackCount: 5, averageRelevance: 2.8 });
  });

  it('drafts the needs plan from the gaps and JP shortfalls, without programmes flagged for revision', async () => {
    const plan = await call('GetNeedsPlan', { opd: 'DLH', year: 2027 });
    expect(plan).toMatchObject({ opd: 'DLH', year: 2027, basedOnYear: 2026 });
    const byNip = Object.fromEntries(plan.entries.map((e: { nip: string }) => [e.nip, e]));
    expect(Object.keys(byNip).sort()).toEqual([E1, E2, E5].sort());
    expect(byNip[E1]).toMatchObject({ jpMissing: 0, gaps: [{ code: 'M-INTEG', gap: 1 }], recommendedPrograms: [{ id: 'P4' }] }); // P1 is flagged
    expect(byNip[E1].recommendedPrograms).toHaveLength(1);
    expect(byNip[E2]).toMatchObject({ jpMissing: 12, recommendedPrograms: [{ id: 'P5', code: 'LEAD-PKA' }] });
    expect(byNip[E5]).toMatchObject({ jpMissing: 20, gaps: [], recommendedPrograms: [] });
    // Asked again with nothing ingested since: the same plan, served as drafted (the test after this
    // one shows a plan drafted again once a revision and new feedback arrive).
    const drafted = async () => (await register.getSingleMetric('analytics_needs_plans_drafted_total')?.get())?.values[0]?.value ?? 0;
    const before = await drafted();
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027 })).toEqual(plan);
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027 })).toEqual(plan);
    expect(await drafted()).toBe(before);
    // A caller holding this draft is told so, and sent no entries; one holding another gets the plan.
    expect(plan).toMatchObject({ draft: expect.stringMatching(/\S/), unchanged: false });
    // The whole plan's totals (spec 5.2: JP still missing toward 20: E1 0, E2 12, E5 20), on every answer.
    const totals = { total: 3, jpMissingTotal: 32 };
    expect(plan).toMatchObject(totals);
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027, ifDraft: plan.draft })).toEqual({ opd: 'DLH', year: 2027, basedOnYear: 2026, draft: plan.draft, unchanged: true, entries: [], ...totals });
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027, ifDraft: 'an-older-draft' })).toEqual(plan);
    // Drafted again after something that changes nothing of it (an idea of another OPD, another year):
    // the same plan under the same name, so callers holding it are still not sent it again.
    await publish([ev('innovation.idea.submitted', 'I9', { ideaId: 'I9', title: 'Antrean puskesmas', category: 'public-service', proposerNip: E3, opd: 'DINKES', submittedOn: '2025-05-01' })]);
    await eventually(async () => {
      await call('GetNeedsPlan', { opd: 'DLH', year: 2027 });
      expect(await drafted()).toBeGreaterThan(before);
    });
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027 })).toEqual(plan);
    // A page of the same draft: its entries in the plan's order.
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027, page: { page: 2, pageSize: 2 } })).toEqual({ ...plan, entries: plan.entries.slice(2, 3), page: 2, pageSize: 2 });
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027, page: { page: 1 } })).toEqual({ ...plan, page: 1, pageSize: 20 });
    expect(await call('GetNeedsPlan', { opd: 'DLH', year: 2027, page: { page: 2, pageSize: 2 }, ifDraft: plan.draft })).toMatchObject({ unchanged: true, entries: [], page: 2, pageSize: 2, ...totals });
    expect((await refusal('GetNeedsPlan', { opd: 'DLH', year: 2027, page: { page: 1, pageSize: 101 } })).errors?.map((e) => e.path)).toEqual(['/pageSize']);
  });

  it('flags on the exact mean of the feedback since the last revision, and recommends a revised programme again (spec 8.6)', async () => {
    const flagsOf = (programId: string) => analytics.events.events().filter((e) => e.event.type === 'asn.analytics.program.flagged.v1' && e.event.data.programId === programId);
    // P6 covers E1's gap M-INTEG. 201 feedbacks summing 602: mean 2.995, which rounds to 3.00 but is below 3.0.
    const nipOf = (i: number) => `19910101201901${String(1001 + i).slice(-4)}`;
    await publish([
      program('P6', 'MAN-EXACT', 'leadership', 16, ['M-INTEG']),
      ...Array.from({ length: 201 }, (_, i) =>
        ev('evaluation.feedback.submitted', `S-P6:${nipOf(i)}`, { feedbackId: `S-P6:${nipOf(i)}`, nip: nipOf(i), opd: 'DLH', sessionId: 'S-P6', programId: 'P6', relevance: i === 0 ? 2 : 3, satisfaction: 4, submittedOn: '2026-04-20' }),
      ),
    ]);
    await caughtUp();
    expect(await call('GetProgramMetrics', { programId: 'P6', year: 2026 })).toMatchObject({ feedbackCount: 201, feedbackSinceRevision: 201, flaggedForRevision: true });
    await eventually(() => expect(flagsOf('P6')).toHaveLength(1));
    const plan = async () => Object.fromEntries((await call('GetNeedsPlan', { opd: 'DLH', year: 2027 })).entries.map((e: { nip: string; recommendedPrograms: { id: string }[] }) => [e.nip, e.recommendedPrograms.map((r) => r.id).sort()]));
    expect((await plan())[E1]).toEqual(['P4']); // P1 and P6 are flagged

    // P1 is revised on 1 December: no feedback since, so not flagged, and the plan recommends it again.
    await publish([ev('learning.program.revised', 'P1', { programId: 'P1', revisionId: 'P1:r1', revision: 1, summary: 'Studi kasus AMDAL Salatiga', revisedOn: '2026-12-01' })]);
    await caughtUp();
    expect(await call('GetProgramMetrics', { programId: 'P1', year: 2026 })).toMatchObject({ feedbackCount: 6, feedbackSinceRevision: 0, lastRevisedOn: '2026-12-01', flaggedForRevision: false });
    expect((await plan())[E1]).toEqual(['P1', 'P4']);
    // Five low feedbacks after the revision (the revision day's own is not counted): flagged again, with a new event.
    await publish([feedback(F[0]!, 1, 1, '2026-12-01'), ...F.slice(1, 6).map((nip) => feedback(nip, 2, 2, '2026-12-05'))]);
    await caughtUp();
    expect(await call('GetProgramMetrics', { programId: 'P1', year: 2026 })).toMatchObject({ feedbackSinceRevision: 5, flaggedForRevision: true });
    await eventually(() => expect(flagsOf('P1')).toHaveLength(2));
    // Counted since the revision: 5 feedbacks of relevance 2 (the revision day's 1 left out).
    expect(flagsOf('P1')[1]!.event.data).toMatchObject({ programId: 'P1', year: 2026, feedbackCount: 5, averageRelevance: 2 });
    expect((await plan())[E1]).toEqual(['P4']);
  });

  it('keeps an earlier year\'s OPD figures byte-identical when people transfer or retire later, and counts nobody before they joined (spec 8.3)', async () => {
    const db = () => analytics.running.service.connection.db!;
    const stored = (id: string) => db().collection('opd_metrics').findOne({ _id: id as never }, { projection: { _outbox: 0, _outboxPending: 0, _outboxVersion: 0 } });
    const [G1, G2, G3] = ['198001012005011011', '198002022006021012', '199603032021031013'];
    const joined = (nip: string, startsOn: string) => ({ ...reg(nip, 'DLH', position('JF-PLH', 'functional'), 'S1'), data: { ...reg(nip, 'DLH', position('JF-PLH', 'functional'), 'S1').data, startsOn } });
    await publish([
      joined(G1!, '2024-01-02'), joined(G2!, '2024-01-02'), joined(G3!, '2026-02-01'),
      completion(G1!, 'DLH', 'P2', 'FUNC-PLH', 'functional', 24, 50, 80, true, '2025-05-05'),
      completion(G2!, 'DLH', 'P3', 'SEM-HIJAU', 'seminar', 8, 50, 80, true, '2025-05-06'),
    ]);
    await caughtUp();
    // 31 December 2025: E1, E2 and E5 (registered before 8.3: members since ever), G1 and G2; not G3.
    const dlh2025 = await stored('DLH:2025');
    expect(dlh2025).toMatchObject({ activeEmployees: 5 });
    const dinkes2025 = await call('GetOpdMetrics', { opd: 'DINKES', year: 2025 }); // not stored yet: computed on asking
    // G1 moves to DINKES from 1 June 2026; G2 retires on 30 September 2026.
    await publish([
      ev('personnel.employee.transferred', G1!, { nip: G1!, fromOpd: 'DLH', toOpd: 'DINKES', opd: 'DINKES', effectiveOn: '2026-06-01' }),
      ev('personnel.employee.retired', G2!, { nip: G2!, opd: 'DLH', retiredOn: '2026-09-30', effectiveOn: '2026-09-30' }),
    ]);
    await caughtUp();
    expect(JSON.stringify(await stored('DLH:2025'))).toBe(JSON.stringify(dlh2025));
    expect(JSON.stringify(await call('GetOpdMetrics', { opd: 'DINKES', year: 2025 }))).toBe(JSON.stringify(dinkes2025)); // G1 not counted there in 2025
    expect(await call('GetOpdMetrics', { opd: 'DLH', year: 2025 })).toMatchObject({ activeEmployees: 5 });
    // This year (today is 20 November 2026): DLH has E1, E2, E5 and G3; DINKES has E3 and G1.
    expect(await call('GetOpdMetrics', { opd: 'DLH', year: 2026 })).toMatchObject({ activeEmployees: 4 });
    expect(await call('GetOpdMetrics', { opd: 'DINKES', year: 2026 })).toMatchObject({ activeEmployees: 2 });
  });

  it('emits metric events for analysts, one per entity per batch, valid per the contracts', async () => {
    await metricsPublished();
    for (const { event } of analytics.events.events()) {
      const name = eventNameOf(event.type);
      expect(name, event.type).toBeDefined();
      expect(check(CloudEventEnvelope, event), event.type).toEqual([]);
      expect(check(EVENT_DEFINITIONS[name!].schema, event.data), event.type).toEqual([]);
    }
    const updates = analytics.events.events().filter((e) => e.event.type === 'asn.analytics.employee-metrics.updated.v1' && e.event.data.nip === E1 && e.event.data.year === 2026);
    // The last one says what E1's metrics are now (one per batch: how many depends on the batching).
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.at(-1)!.event.data).toMatchObject({ jp: { total: 40 }, gapCount: 1, ipAsn: { score: 85 } });
    expect(updates.at(-1)!.key).toBe(E1);
    // An update only when something changed: no two in a row say the same.
    expect(updates.slice(1).filter((u, i) => JSON.stringify(u.event.data) === JSON.stringify(updates[i]!.event.data))).toEqual([]);
    // Far fewer metric events than domain events: a burst is summarised.
    const employeeUpdates = analytics.events.events().filter((e) => e.event.type === 'asn.analytics.employee-metrics.updated.v1');
    expect(employeeUpdates.length).toBeLessThan(HISTORY.length);
    // They travelled in outbox documents of their own, deleted once published.
    await eventually(async () => expect(await analytics.running.service.connection.db!.collection('metric_events').countDocuments()).toBe(0));
    expect(await analytics.running.service.connection.db!.collection('employee_metrics').findOne({ _outbox: { $exists: true } })).toBeNull();
  });

  it('changes nothing when the whole history is delivered twice', async () => {
    const before = await snapshot();
    const eventsBefore = analytics.events.messages.length;
    await publish(HISTORY);
    await caughtUp();
    expect(await snapshot()).toEqual(before);
    await metricsPublished();
    expect(analytics.events.messages.length).toBe(eventsBefore);
  });

  it('gives identical documents after a rebuild from offset zero', async () => {
    const before = await snapshot();
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService({ ...config, ANALYTICS_REBUILD: true }, { clock }));
    await analytics.start();
    await caughtUp();
    expect(await snapshot()).toEqual(before);
    // Readiness reports the consumer lag, and Prometheus has it per partition.
    const text = await (await import('prom-client')).register.getSingleMetricAsString('kafka_consumer_lag');
    expect(text).toContain(`topic="${ns.topic(TOPICS.learning)}"`);
  });

  it('rebuilds by itself when it finds read models of an earlier version, and only then', async () => {
    const before = await snapshot();
    const db = () => analytics.running.service.connection.db!;
    // Read models as version 2 left them: an employee's facts in one document of a retired collection.
    await db().collection('read_model_version').updateOne({ _id: 'analytics' as never }, { $set: { version: 2 } });
    await db().collection('employee_facts').insertOne({ _id: '199001012015011001' as never, facts: [] });
    await db().collection('program_metrics').deleteMany({}); // what a rebuild must bring back
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService(config, { clock }));
    await analytics.start();
    await caughtUp();
    expect(await snapshot()).toEqual(before);
    expect(await db().collection('employee_facts').countDocuments()).toBe(0);
    expect(await db().collection('read_model_version').findOne({ _id: 'analytics' as never })).toMatchObject({ version: READ_MODEL_VERSION });
    // At the current version a restart resumes where it was: nothing is dropped.
    await db().collection('program_metrics').insertOne({ _id: 'marker' as never });
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService(config, { clock }));
    await analytics.start();
    await caughtUp();
    expect(await db().collection('program_metrics').findOne({ _id: 'marker' as never })).not.toBeNull();
    await db().collection('program_metrics').deleteOne({ _id: 'marker' as never });
  });

  it('loses nothing and counts nothing twice when it dies in the middle of a checkpoint', async () => {
    const db = () => analytics.running.service.connection.db!;
    const storedJp = async (nip: string) => ((await db().collection('employee_metrics').findOne({ _id: `${nip}:2026` as never })) as { jp?: { total: number } } | null)?.jp?.total;
    // Spec 5 and 8.4: JP of a year = attended JP of its passed completions. E3 had 0 in 2026 (one
    // failed completion); two passed ones of 4 JP make 4, then 8.
    expect(await storedJp(E3)).toBe(0);
    for (const stage of ['events-stored', 'state-stored'] as const) {
      const extra = completion(E3, 'DINKES', stage === 'events-stored' ? 'P3' : 'P4', 'X', 'seminar', 4, 40, 60, true, '2026-05-02');
      await analytics.stop();
      let cut!: () => void;
      const cutShort = new Promise<void>((r) => (cut = r));
      analytics.replace((config) => createAnalyticsService(config, { clock, onCheckpointStage: (s) => { if (s === stage) { cut(); throw new Error(`crash at ${s}`); } } }));
      await analytics.start();
      await publish([extra]);
      await cutShort; // a checkpoint holding the new completion died at that stage (and keeps dying)
      const expected = stage === 'events-stored' ? 4 : 8;
      expect((await call('GetEmployeeMetrics', { nip: E3, year: 2026 })).jp.total).toBe(expected);
      // What the store holds: before the state, nothing of it; after the state, all of it.
      expect(await storedJp(E3)).toBe(stage === 'events-stored' ? 0 : 8);
      await analytics.stop(); // its last checkpoint dies too: nothing is committed
      analytics.replace((config) => createAnalyticsService(config, { clock }));
      await analytics.start();
      await caughtUp(); // replayed from the last committed offsets onto what the store holds
      expect(await storedJp(E3)).toBe(expected);
      expect((await call('GetEmployeeMetrics', { nip: E3, year: 2026 })).jp.total).toBe(expected);
    }
    // Analysts were told the final figure (at least once).
    await eventually(() => expect(analytics.events.events().some((e) => e.event.type === 'asn.analytics.employee-metrics.updated.v1' && e.event.data.nip === E3 && e.event.data.year === 2026 && (e.event.data.jp as { total: number }).total === 8)).toBe(true));
  });

  it('after a light checkpoint (catching up: metrics left unwritten) and a crash, recomputes the stale metrics on restart', async () => {
    const db = () => analytics.running.service.connection.db!;
    const storedJp = async () => ((await db().collection('employee_metrics').findOne({ _id: `${E3}:2026` as never })) as { jp?: { total: number } } | null)?.jp?.total;
    expect(await storedJp()).toBe(8); // the previous test's end
    await analytics.stop();
    // No timed checkpoints; its last one (at stop) dies: only the light checkpoint below happens.
    analytics.replace((config) => createAnalyticsService({ ...config, ANALYTICS_CHECKPOINT_MS: 3_600_000 }, { clock, onCheckpointStage: () => { throw new Error('crash'); } }));
    await analytics.start();
    await publish([completion(E3, 'DINKES', 'P5', 'X', 'seminar', 2, 40, 60, true, '2026-05-03')]);
    await eventually(async () => expect((await call('GetEmployeeMetrics', { nip: E3, year: 2026 })).jp.total).toBe(10));
    await analytics.running.domain.checkpoint(() => analytics.running.consumer.commit(analytics.running.consumer.uncommitted()), { light: true });
    expect(await storedJp()).toBe(8); // not written...
    const mark = () => db().collection('analytics_marks').findOne({ _id: `employee|${E3}` as never });
    expect(await mark()).toMatchObject({ pending: true }); // ...but marked stale
    // Still stale at the next light checkpoint: its mark is not raised again (once until settled).
    const raised = (await mark())!.v;
    await analytics.running.domain.checkpoint(() => analytics.running.consumer.commit(analytics.running.consumer.uncommitted()), { light: true });
    expect(await mark()).toMatchObject({ pending: true, v: raised });
    expect(analytics.running.consumer.uncommitted()).toEqual([]); // and the event is behind the committed offsets
    expect((await analytics.running.service.runtime.readiness()).status).not.toBe('ok');
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService(config, { clock }));
    await analytics.start();
    await caughtUp();
    expect(await storedJp()).toBe(10);
    expect(await db().collection('analytics_marks').countDocuments({ pending: true })).toBe(0);
  });

  it('writes the employees a full checkpoint finds marked slice by slice, and a crash between two slices loses nothing (issue #13: bounded memory)', async () => {
    // A client of its own: the marks are read while the service is stopped.
    const client = await new MongoClient(analytics.config.MONGO_URL).connect();
    try {
      const db = () => client.db(analytics.config.MONGO_DB);
      const pendingEmployeeMarks = () => db().collection('analytics_marks').countDocuments({ kind: 'employee', pending: true });
      const before = await snapshot();
      const employees = before.employees!.length;
      expect(employees).toBeGreaterThan(3);
      await analytics.stop();
      // A rebuild without timed checkpoints: one light checkpoint marks every employee; the full one
      // at stop writes them one at a time and dies in its third slice (after two were settled).
      let slices = 0;
      analytics.replace((config) => createAnalyticsService({ ...config, ANALYTICS_REBUILD: true, ANALYTICS_CHECKPOINT_MS: 3_600_000 }, { clock, employeesPerSlice: 1, onCheckpointStage: (s) => { if (s === 'events-stored' && ++slices === 3) throw new Error('crash between two slices'); } }));
      await analytics.start();
      await eventually(async () => {
        expect(analytics.running.consumer.behind()).toBe(0);
        expect((await call('GetEmployeeMetrics', { nip: E3, year: 2026 })).jp.total).toBe(10); // the last event of the history
      });
      await analytics.running.domain.checkpoint(() => analytics.running.consumer.commit(analytics.running.consumer.uncommitted()), { light: true });
      expect(await pendingEmployeeMarks()).toBe(employees);
      await analytics.stop();
      const afterCrash = { slices, pending: await pendingEmployeeMarks(), metrics: await db().collection('employee_metrics').countDocuments({}) };
      analytics.replace((config) => createAnalyticsService(config, { clock }));
      await analytics.start();
      await caughtUp();
      // Two slices of one employee written and settled; the rest still marked for the next owner.
      expect(afterCrash).toMatchObject({ slices: 3, pending: employees - 2 });
      expect(afterCrash.metrics).toBeGreaterThan(0);
      expect(await pendingEmployeeMarks()).toBe(0);
      expect(await snapshot()).toEqual(before);
    } finally {
      await client.close();
    }
  });

  it('commits the offsets of batches that change no metric (events it does not use), so its lag reaches 0', async () => {
    const lag = () => analytics.running.lag.measure();
    expect(await lag()).toBe(0);
    await publish([ev('learning.enrollment.created', 'S-P1:x', { enrollmentId: 'S-P1:x', sessionId: 'S-P1', programId: 'P1', nip: E1, opd: 'DLH' })]);
    await eventually(async () => expect(await lag()).toBe(0), 15_000);
  });

  it('counts the JP of verified external learning in the year it was completed, and nothing reported or rejected (issue #15, item 10)', async () => {
    const certificate = { fileName: 'sertifikat.pdf', contentType: 'application/pdf' as const, size: 1000, sha256: 'a'.repeat(64) };
    const reported = (id: string, jp: number, completedOn: string) => ev('learning.external-learning.reported', id, { externalLearningId: id, nip: E1, opd: 'DLH', title: 'Webinar', kind: 'webinar', provider: 'LAN RI', jp, completedOn, certificate, reportedOn: '2026-11-01' });
    await publish([
      reported('X1', 12, '2024-05-01'),
      reported('X2', 30, '2024-06-01'),
      reported('X3', 7, '2024-07-01'), // never decided
      ev('learning.external-learning.verified', 'X1', { externalLearningId: 'X1', nip: E1, opd: 'DLH', kind: 'webinar', jp: 12, completedOn: '2024-05-01', verifiedOn: '2026-11-02' }),
      ev('learning.external-learning.rejected', 'X2', { externalLearningId: 'X2', nip: E1, opd: 'DLH', reason: 'Sertifikat tidak terbaca', rejectedOn: '2026-11-02' }),
    ]);
    await caughtUp();
    expect((await call('GetEmployeeMetrics', { nip: E1, year: 2024 })).jp).toEqual({ total: 12, target: 20, compliant: false, training: 0, placement: 0, external: 12 });
    // Other years are untouched: 2026 as worked out above.
    expect((await call('GetEmployeeMetrics', { nip: E1, year: 2026 })).jp).toEqual({ total: 40, target: 20, compliant: true, training: 24, placement: 16, external: 0 });
  });

  it('recommends at most 3 programmes per gap, those covering more of the employee\'s gaps first, then by code (issue #13)', async () => {
    const recommended = async () => Object.fromEntries((await call('GetEmployeeMetrics', { nip: E1, year: 2025 })).gaps.map((g: { code: string; recommendedPrograms: { id: string }[] }) => [g.code, g.recommendedPrograms.map((r) => r.id)]));
    // In 2025 E1 had not been assessed: both competencies of JF-PLH are gaps. P1 (TEK-AMDAL) covers both.
    expect(await recommended()).toEqual({ 'K-AMDAL': ['P1'], 'M-INTEG': ['P1', 'P6', 'P4'] }); // MAN-EXACT before MAN-INTEG
    await publish(['MAN-A1', 'MAN-A2', 'MAN-A3'].map((code) => program(`P-${code}`, code, 'leadership', 8, ['M-INTEG'])));
    await caughtUp();
    expect(await recommended()).toEqual({ 'K-AMDAL': ['P1'], 'M-INTEG': ['P1', 'P-MAN-A1', 'P-MAN-A2'] });
  });

  it('takes the current year in WIB: at 00:30 WIB on 1 January the default year is the new one (spec 8.1)', async () => {
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService(config, { clock: () => new Date('2026-12-31T17:30:00Z') })); // in UTC still 2026
    try {
      await analytics.start();
      await caughtUp();
      expect(await call('GetEmployeeMetrics', { nip: E1, year: 0 })).toMatchObject({ year: 2027, jp: { total: 0 } });
      expect(await call('GetNeedsPlan', { opd: 'DLH', year: 0 })).toMatchObject({ year: 2028, basedOnYear: 2027 });
    } finally {
      await analytics.stop();
      analytics.replace((config) => createAnalyticsService(config, { clock }));
      await analytics.start();
    }
  });

  it('keeps at most ANALYTICS_METRICS_KEPT stored metrics in memory and reads the others from the store: a rebuild gives the same documents, a later change is written once (issue #13: bounded memory)', async () => {
    const db = () => analytics.running.service.connection.db!;
    const stored = async (nip: string) => ((await db().collection('employee_metrics').findOne({ _id: `${nip}:2026` as never })) as { jp?: { total: number } } | null)?.jp?.total ?? 0;
    const inMemory = async () => [...(await register.getSingleMetricAsString('analytics_metrics_in_memory')).matchAll(/^analytics_metrics_in_memory\{model="(\w+)"\} (\d+)$/gm)].map((m) => Number(m[2]));
    const before = await snapshot();
    const documents = before.employee_metrics!.length;
    // One kept: the store's copy of every other document is read when needed (after the rebuild
    // emptied the store, the ids that left are tracked until there are too many). Half kept: they are.
    for (const [round, kept] of [1, Math.ceil(documents / 2)].entries()) {
      await analytics.stop();
      analytics.replace((config) => createAnalyticsService({ ...config, ANALYTICS_REBUILD: true, ANALYTICS_METRICS_KEPT: kept }, { clock }));
      await analytics.start();
      await caughtUp();
      expect(await snapshot()).toEqual(before);
      const counts = await inMemory();
      expect(counts).toHaveLength(3); // employee, programme and OPD metrics
      for (const count of counts) expect(count).toBeLessThanOrEqual(kept);
      await metricsPublished();
      // Spec 5: a passed completion adds its attended JP to the employee's year. Each document is
      // compared with the store's (read again, unless kept) before it is written: changed ones only.
      const employees = (before.employees as { _id: string; opd: string }[]).map((e) => ({ nip: String(e._id), opd: String(e.opd) }));
      const nips = employees.map((e) => e.nip);
      const jpBefore = new Map(await Promise.all(nips.map(async (nip) => [nip, await stored(nip)] as const)));
      const eventsBefore = analytics.events.messages.length;
      await publish(employees.map(({ nip, opd }) => completion(nip, opd, `PK${round}-${nip}`, 'X', 'seminar', 2, 40, 60, true, '2026-09-01')));
      await caughtUp();
      for (const nip of nips) expect(await stored(nip)).toBe(jpBefore.get(nip)! + 2);
      await metricsPublished();
      // One event per employee, for 2026 only: a completion of 2026 changes no earlier year (spec 5,
      // 5.1: JP and IP ASN of a year count that year and before). An earlier year's document taken
      // for absent (not read back after it left memory) would be written and announced again.
      const updated = analytics.events.events().slice(eventsBefore).filter((e) => e.event.type === 'asn.analytics.employee-metrics.updated.v1');
      expect(updated.map((e) => `${e.event.data.nip}:${e.event.data.year}`).sort()).toEqual(nips.map((nip) => `${nip}:2026`).sort());
      Object.assign(before, await snapshot()); // what the next round's rebuild must give
    }
    await analytics.stop();
    analytics.replace((config) => createAnalyticsService(config, { clock }));
    await analytics.start();
    await caughtUp();
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, analytics.running.service.connection.db!)).toEqual([]);
  });
});
