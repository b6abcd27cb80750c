import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate, CLOUDEVENTS_CONTENT_TYPE, DOMAIN_TOPICS, EVENT_DEFINITIONS, eventNameOf, TOPICS } from '@asn/contracts';
import { validateEvent } from '@asn/messaging';
import { ConfigResourceTypes } from 'kafkajs';
import { addDays, dlqTopic, DLQ_RETENTION_MS } from '@asn/contracts';
import { eventually, readTopic, samplePdf, startPlatform, testKafka, testNamespace, type RunningPlatform } from '@asn/testing';
import { signDevToken } from '@asn/testing';

/*
 * The story of one employee of DLH, played only through the gateway's public REST API against
 * the whole platform (six services and the gateway as processes, real Kafka and Mongo).
 */
const ns = testNamespace('e2e');
const SECRET = 'e2e-secret-0123456789-abcdefghijklmnop';
const NIP = '199004172015032002';
// The platform's clock starts at 08:00 WIB on 1 January (CLOCK_START), whatever the calendar
// says: the story does not depend on the day it runs, and plays on the day where "this year" has
// only just begun (a placement from 1 January to today, last year's figures).
const CLOCK_START = '2027-01-01T01:00:00Z';
const today = businessDate(new Date(CLOCK_START)); // spec 8.1: the services take today in WIB
const year = Number(today.slice(0, 4));
let platform: RunningPlatform;
let admin: string;
let me: string;
const ids: Record<string, string> = {};

async function api(method: string, path: string, body?: unknown, token = admin) {
  const res = await fetch(`${platform.gatewayUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as any, correlationId: res.headers.get('x-correlation-id') ?? '' }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** Every write the story made and the gateway accepted, to find in the audit log. */
const accepted: { method: string; path: string; correlationId: string }[] = [];
/** A write that must succeed; retried while a service has not yet learned the employee from events. */
async function write(method: string, path: string, body: unknown, token = admin) {
  return eventually(async () => {
    const res = await api(method, path, body, token);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    accepted.push({ method, path, correlationId: res.correlationId });
    return res.body;
  }, 30_000, 300);
}

beforeAll(async () => {
  platform = await startPlatform(ns, { env: { JWT_SECRET: SECRET, ANALYTICS_CHECKPOINT_MS: '300', CLOCK_START } });
  admin = await signDevToken(SECRET, { role: 'admin', sub: 'bkpsdm-admin' });
  me = await signDevToken(SECRET, { role: 'employee', nip: NIP });
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
});

describe('one employee of DLH, end to end', () => {
  it('runs every service and the gateway on the pinned Node.js (.nvmrc)', async () => {
    const pinned = readFileSync(join(__dirname, '..', '..', '..', '.nvmrc'), 'utf8').trim();
    const apps = Object.entries(platform.ports);
    expect(apps.length).toBe(7);
    for (const [app, { http }] of apps) {
      const live = (await (await fetch(`http://127.0.0.1:${http}/health/live`)).json()) as { node: string };
      expect(live.node, app).toBe(`v${pinned}`);
    }
  });

  it('plays the story through the REST API', async () => {
    await write('POST', '/v1/employees', { nip: NIP, name: 'Ratna Sari', opd: 'DLH', position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/b', education: 'S1' });
    await write('PUT', '/v1/positions/JF-PLH/standard', { competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }, { code: 'M-INTEGRITAS', type: 'managerial', requiredLevel: 2 }] });
    await write('POST', `/v1/employees/${NIP}/assessments`, { code: 'K-AMDAL', type: 'technical', level: 1, assessedOn: today, method: 'uji kompetensi' });

    ids.program = (await write('POST', '/v1/programs', { code: 'TEK-AMDAL-E2E', title: 'Penyusunan Dokumen AMDAL', category: 'technical', mode: 'blended', jp: 24, competencies: [{ code: 'K-AMDAL', type: 'technical' }] })).id;
    ids.session = (await write('POST', `/v1/programs/${ids.program}/sessions`, { startsOn: today, endsOn: today, capacity: 20 })).id;
    ids.enrollment = (await write('POST', `/v1/sessions/${ids.session}/enrollments`, { nip: NIP })).id;
    const completion = await write('POST', `/v1/enrollments/${ids.enrollment}/completion`, { attendedJp: 24, preTestScore: 55, postTestScore: 85, passed: true, completedOn: today });
    expect(completion.certificate.number).toMatch(new RegExp(`^SLTG/${year}/\\d{6}$`));
    await write('POST', '/v1/feedback', { nip: NIP, sessionId: ids.session, relevance: 4, satisfaction: 5, comment: 'Sangat membantu penyusunan AMDAL' }, me);

    const partner = await write('POST', '/v1/partners', { name: 'Universitas Kristen Satya Wacana', kind: 'university', city: 'Salatiga' });
    const agreement = await write('POST', `/v1/partners/${partner.id}/agreements`, { number: `PKS/UKSW/${year}/E2E`, title: 'Magang ASN', scope: 'Magang ASN di laboratorium lingkungan', startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
    const placement = await write('POST', `/v1/agreements/${agreement.id}/placements`, { nip: NIP, kind: 'internship', startsOn: `${year}-01-01`, endsOn: today, jp: 16 });
    await write('POST', `/v1/placements/${placement.id}/completion`, { completedOn: today });

    const idea = await write('POST', '/v1/ideas', { title: 'Salatiga Hijau', problem: 'Ruang terbuka hijau di pusat kota berkurang dan suhu meningkat.', proposal: 'Menanam pohon bersama warga di setiap kelurahan.', category: 'environment', proposerNip: NIP }, me);
    for (const to of ['under-review', 'approved', 'launched']) await write('POST', `/v1/ideas/${idea.id}/transitions`, { to, note: `ke ${to}` });
    await write('POST', `/v1/ideas/${idea.id}/participation`, { citizens: 150, activity: 'Penanaman pohon di Kelurahan Kutowinangun', on: today });
    await write('POST', '/v1/appraisals', { nip: NIP, year, rating: 'good' });
  });

  it('shows the employee metrics: JP, compliance, remaining gaps and IP ASN per dimension', async () => {
    const metrics = await eventually(async () => {
      const r = await api('GET', `/v1/metrics/employees/${NIP}?year=${year}`);
      expect(r.status).toBe(200);
      expect(r.body.jp).toEqual({ total: 40, target: 20, compliant: true, training: 24, placement: 16, external: 0 });
      expect(r.body.ipAsn.dimensions.performance).toBe(25);
      return r.body;
    }, 60_000, 500);
    // The assessment (level 1) was before training; nothing re-assessed: the gaps remain as assessed.
    expect(metrics.gaps.map((g: { code: string; currentLevel: number; gap: number }) => [g.code, g.currentLevel, g.gap])).toEqual([
      ['K-AMDAL', 1, 2],
      ['M-INTEGRITAS', 0, 2],
    ]);
    expect(metrics.gaps[0].recommendedPrograms).toEqual([{ id: ids.program, code: 'TEK-AMDAL-E2E', title: 'Penyusunan Dokumen AMDAL' }]);
    // S1 15; technical 24 JP ≥ 20: 15, internship this year: 10 (no functional track training): 25; "good" 25; no discipline 5.
    expect(metrics.ipAsn).toEqual({ version: '2019.1', score: 70, category: 'low', complete: true, dimensions: { qualification: 15, competency: 25, performance: 25, discipline: 5 }, sources: { qualification: 'data', competency: 'data', performance: 'data', discipline: 'data' } });
    // The employee sees their own metrics.
    expect((await api('GET', `/v1/metrics/employees/${NIP}`, undefined, me)).status).toBe(200);
  });

  it('shows the DLH metrics and the programme metrics', async () => {
    await eventually(async () => {
      const r = await api('GET', `/v1/metrics/opd/DLH?year=${year}`);
      expect(r.body).toEqual({
        opd: 'DLH', year, activeEmployees: 1, jpCompliantShare: 1, averageJp: 40, averageIpAsn: 70, ipAsnIncomplete: 0, ideas: { submitted: 1, approved: 1, launched: 1 }, citizensReached: 150, activePlacements: 0,
        // The dashboard's figures (issue #16): her 40 JP at the target and above, her 70 "low" (61–70),
        // her dimensions as computed above, her two gaps of 2 levels each (a tie: by code).
        jpDistribution: [{ from: 0, to: 5, employees: 0 }, { from: 5, to: 10, employees: 0 }, { from: 10, to: 15, employees: 0 }, { from: 15, to: 20, employees: 0 }, { from: 20, employees: 1 }],
        ipAsnCategories: [{ category: 'very-high', employees: 0 }, { category: 'high', employees: 0 }, { category: 'medium', employees: 0 }, { category: 'low', employees: 1 }, { category: 'very-low', employees: 0 }],
        averageIpAsnDimensions: { qualification: 15, competency: 25, performance: 25, discipline: 5 },
        topGaps: [{ code: 'K-AMDAL', type: 'technical', employees: 1, averageGap: 2 }, { code: 'M-INTEGRITAS', type: 'managerial', employees: 1, averageGap: 2 }],
      });
    }, 60_000, 500);
    await eventually(async () => {
      const r = await api('GET', `/v1/metrics/programs/${ids.program}?year=${year}`);
      expect(r.body).toEqual({ programId: ids.program, code: 'TEK-AMDAL-E2E', title: 'Penyusunan Dokumen AMDAL', year, completions: 1, averageRelevance: 4, averageSatisfaction: 5, averageLearningGain: 30, averageBehaviorScore: null, feedbackCount: 1, feedbackSinceRevision: 1, averageRelevanceSinceRevision: 4, lastRevisedOn: null, flaggedForRevision: false });
    }, 60_000, 500);
  });

  it('composes the 360° profile', async () => {
    const profile = (await api('GET', `/v1/employees/${NIP}/profile`, undefined, me)).body;
    expect(profile.degraded).toEqual([]);
    expect(profile.employee).toMatchObject({ nip: NIP, name: 'Ratna Sari', opd: 'DLH', grade: 'III/b' });
    expect(profile.learning).toHaveLength(1);
    expect(profile.learning[0]).toMatchObject({ program: { code: 'TEK-AMDAL-E2E' }, completion: { attendedJp: 24 } });
    expect(profile.externalLearning).toEqual([]);
    expect(profile.placements).toEqual([expect.objectContaining({ kind: 'internship', status: 'completed', jp: 16 })]);
    expect(profile.ideas).toEqual([expect.objectContaining({ title: 'Salatiga Hijau', status: 'launched', citizensReached: 150 })]);
    expect(profile.evaluations).toMatchObject({ feedback: [{ relevance: 4 }], appraisals: [{ year, rating: 'good' }] });
    expect(profile.evaluations.followUps).toHaveLength(1); // behaviour assessment due 90 days after the training
    expect(profile.metrics).toMatchObject({ jp: { total: 40 } });
  });

  it('put only valid events on every topic, keyed and labelled per the contracts', async () => {
    const expectedTypes = new Set<string>();
    for (const topic of [...DOMAIN_TOPICS, TOPICS.analytics]) {
      const messages = await readTopic(ns.topic(topic), { count: 1_000, timeoutMs: 4000 });
      expect(messages.length, topic).toBeGreaterThan(0);
      for (const m of messages) {
        const event = JSON.parse(m.value!);
        expect(() => validateEvent(event), `${topic} ${m.value?.slice(0, 120)}`).not.toThrow();
        expect(m.headers['content-type']).toBe(CLOUDEVENTS_CONTENT_TYPE);
        const name = eventNameOf(event.type)!;
        expect(m.key).toBe(EVENT_DEFINITIONS[name].key === 'nip' ? event.data.nip : event.subject);
        expectedTypes.add(name);
      }
    }
    for (const name of ['personnel.employee.registered', 'personnel.competency.assessed', 'learning.training.completed', 'learning.certificate.issued', 'partnerships.placement.completed', 'innovation.initiative.launched', 'evaluation.feedback.submitted', 'evaluation.appraisal.recorded', 'analytics.employee-metrics.updated', 'analytics.opd-metrics.updated']) {
      expect(expectedTypes).toContain(name);
    }
  });

  // Authorisation is decided on the employee's current record in personnel, never on a cache or a
  // read model fed by events: the moment the transfer is acknowledged, the old OPD sees nothing.
  // The reads below are the first ones after the acknowledgement, with no retry and no wait, so the
  // transfer is in effect well within the 1 s the platform promises (no clock is asserted: speed
  // is the benchmark's business).
  it('shows the version-2 rules through the gateway (spec 8)', async () => {
    const dlh = await signDevToken(SECRET, { role: 'agency', sub: 'dlh-officer', opd: 'DLH' });
    // 8.2: a bad NIP is refused naming the part.
    expect((await api('GET', '/v1/employees/199004172015032000')).body).toMatchObject({ status: 400, code: 'NIP_INVALID', detail: expect.stringMatching(/serial 000/) });
    // Agencies find the sessions of a programme to enrol their staff.
    const sessions = await api('GET', `/v1/programs/${ids.program}/sessions`, undefined, dlh);
    expect(sessions.status).toBe(200);
    expect(sessions.body.items.map((s: { id: string }) => s.id)).toContain(ids.session);
    // 8.6: the follow-up of today's completion is due in 90 days: listed only with include=upcoming.
    await eventually(async () => expect((await api('GET', '/v1/behavior-assessments/due?include=upcoming', undefined, dlh)).body.items.map((i: { id: string }) => i.id)).toContain(ids.enrollment), 30_000, 300);
    expect((await api('GET', '/v1/behavior-assessments/due', undefined, dlh)).body.items.map((i: { id: string }) => i.id)).not.toContain(ids.enrollment);
    // 8.6: a revision of the programme; feedback is counted afresh from the day after it.
    const revision = await write('POST', `/v1/programs/${ids.program}/revisions`, { summary: 'Studi kasus AMDAL di Salatiga ditambahkan' });
    expect(revision).toMatchObject({ programId: ids.program, revision: 1, revisedOn: today });
    await eventually(async () => {
      const r = await api('GET', `/v1/metrics/programs/${ids.program}?year=${year}`);
      expect(r.body).toMatchObject({ feedbackCount: 1, lastRevisedOn: today, feedbackSinceRevision: 0, flaggedForRevision: false });
    }, 60_000, 500);    // 8.9: the platform's topics keep every event, its dead-letter topics 30 days (as the broker reports them).
    const kafkaAdmin = testKafka('story-topics').admin();
    await kafkaAdmin.connect();
    try {
      const topics = [ns.topic(TOPICS.learning), dlqTopic(ns.topic(TOPICS.learning))];
      const { resources } = await kafkaAdmin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })) });
      const retention = Object.fromEntries(resources.map((r) => [r.resourceName, r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue]));
      expect(retention).toEqual({ [topics[0]!]: '-1', [topics[1]!]: String(DLQ_RETENTION_MS) });
    } finally {
      await kafkaAdmin.disconnect();
    }
  });

  it('keeps a past year\'s OPD figures through a dated transfer, leaves incomplete IP ASN out of averages, and counts verified external learning (spec 8.3, 8.5, issue #15)', async () => {
    // Budi joined DLH at the start of last year and has no appraisal (SKP) yet.
    const BUDI = '198803102012011004';
    await write('POST', '/v1/employees', { nip: BUDI, name: 'Budi Santoso', opd: 'DLH', position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/a', education: 'S1', startsOn: `${year - 1}-01-02` });
    // Last year DLH had only Budi (Ratna joined today); his IP ASN lacks a performance source.
    const lastYear = await eventually(async () => {
      const r = await api('GET', `/v1/metrics/opd/DLH?year=${year - 1}`);
      expect(r.body).toMatchObject({ opd: 'DLH', year: year - 1, activeEmployees: 1, ipAsnIncomplete: 1, averageIpAsn: 0 });
      return r.body;
    }, 60_000, 500);
    // 8.4: Budi fails the AMDAL training: recorded and counted as a completion, with no certificate and 0 JP.
    const enrolled = await write('POST', `/v1/sessions/${ids.session}/enrollments`, { nip: BUDI });
    const failed = await write('POST', `/v1/enrollments/${enrolled.id}/completion`, { attendedJp: 24, preTestScore: 40, postTestScore: 50, passed: false, completedOn: today });
    expect(failed).toMatchObject({ passed: false, attendedJp: 24 });
    expect(failed.certificate).toBeUndefined();
    await eventually(async () => expect((await api('GET', `/v1/metrics/programs/${ids.program}?year=${year}`)).body.completions).toBe(2), 60_000, 500);
    const budi = (await api('GET', `/v1/metrics/employees/${BUDI}?year=${year}`)).body;
    expect(budi.jp).toMatchObject({ total: 0, training: 0, compliant: false });
    expect(budi.ipAsn).toMatchObject({ complete: false, sources: { performance: 'missing' } });
    // This year: Ratna's complete 70 is the average; Budi is left out and counted as incomplete.
    await eventually(async () => expect((await api('GET', `/v1/metrics/opd/DLH?year=${year}`)).body).toMatchObject({ activeEmployees: 2, averageIpAsn: 70, ipAsnIncomplete: 1 }), 60_000, 500);

    // Budi moves to DINKES today: last year's DLH figures stay as they were, to the byte.
    const moved = await api('PATCH', `/v1/employees/${BUDI}`, { opd: 'DINKES', effectiveOn: today });
    expect(moved.body).toMatchObject({ nip: BUDI, opd: 'DINKES' });
    accepted.push({ method: 'PATCH', path: `/v1/employees/${BUDI}`, correlationId: moved.correlationId });
    await eventually(async () => expect((await api('GET', `/v1/metrics/opd/DINKES?year=${year}`)).body).toMatchObject({ activeEmployees: 1 }), 60_000, 500);
    expect((await api('GET', `/v1/metrics/opd/DLH?year=${year - 1}`)).body).toEqual(lastYear);

    // Issue #15: Ratna reports a webinar with its certificate (a multipart form), as herself.
    const report = async (completedOn: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ title: 'Webinar Nasional Kualitas Udara Perkotaan', kind: 'webinar', provider: 'Kementerian Lingkungan Hidup', jp: '8', completedOn })) form.append(k, v);
      form.append('certificate', new Blob([new Uint8Array(await samplePdf(['SERTIFIKAT', 'Ratna Sari', completedOn]))], { type: 'application/pdf' }), 'sertifikat-webinar.pdf');
      const res = await fetch(`${platform.gatewayUrl}/v1/employees/${NIP}/external-learning`, { method: 'POST', headers: { authorization: `Bearer ${me}` }, body: form });
      return { status: res.status, body: (await res.json()) as any, correlationId: res.headers.get('x-correlation-id') ?? '' }; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    // 8.1: tomorrow in WIB is the future.
    expect((await report(addDays(today, 1))).body).toMatchObject({ status: 400, errors: [{ path: '/completedOn', message: expect.stringMatching(/future \(WIB\)/) }] });
    const reported = await report(today);
    expect(reported.body).toMatchObject({ nip: NIP, status: 'reported', jp: 8, certificate: { contentType: 'application/pdf', fileName: 'sertifikat-webinar.pdf' } });
    accepted.push({ method: 'POST', path: `/v1/employees/${NIP}/external-learning`, correlationId: reported.correlationId });
    // Reported earns nothing yet; BKPSDM checks the file and verifies it.
    const file = await fetch(`${platform.gatewayUrl}/v1/external-learning/${reported.body.id}/certificate`, { headers: { authorization: `Bearer ${admin}` } });
    expect([file.status, file.headers.get('content-type'), Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString('latin1')]).toEqual([200, 'application/pdf', '%PDF-']);
    expect((await api('GET', `/v1/metrics/employees/${NIP}?year=${year}`)).body.jp).toMatchObject({ total: 40, external: 0 });
    await write('POST', `/v1/external-learning/${reported.body.id}/verification`, { decision: 'verified' });
    await eventually(async () => expect((await api('GET', `/v1/metrics/employees/${NIP}?year=${year}`, undefined, me)).body.jp).toEqual({ total: 48, target: 20, compliant: true, training: 24, placement: 16, external: 8 }), 60_000, 500);
    expect((await api('GET', '/v1/external-learning', undefined, me)).body).toMatchObject({ total: 1, items: [{ id: reported.body.id, status: 'verified', decidedBy: 'bkpsdm-admin' }] });
    // The 360° profile shows it beside the city's programmes.
    expect((await api('GET', `/v1/employees/${NIP}/profile`, undefined, me)).body.externalLearning).toEqual([expect.objectContaining({ id: reported.body.id, kind: 'webinar', jp: 8, status: 'verified' })]);
  });

  it('applies a transfer to what agencies may see from the first request after its acknowledgement', async () => {
    const dlh = await signDevToken(SECRET, { role: 'agency', sub: 'dlh-officer', opd: 'DLH' });
    const dinkes = await signDevToken(SECRET, { role: 'agency', sub: 'dinkes-officer', opd: 'DINKES' });
    expect((await api('GET', `/v1/employees/${NIP}`, undefined, dlh)).status).toBe(200);
    expect((await api('GET', `/v1/employees/${NIP}`, undefined, dinkes)).status).toBe(404);
    const moved = await api('PATCH', `/v1/employees/${NIP}`, { opd: 'DINKES' });
    expect(moved.body).toMatchObject({ nip: NIP, opd: 'DINKES' });
    accepted.push({ method: 'PATCH', path: `/v1/employees/${NIP}`, correlationId: moved.correlationId });
    const [oldOpd, oldList, newOpd, newList, profile] = await Promise.all([
      api('GET', `/v1/employees/${NIP}`, undefined, dlh),
      api('GET', '/v1/employees?opd=DLH&pageSize=100', undefined, dlh),
      api('GET', `/v1/employees/${NIP}`, undefined, dinkes),
      api('GET', '/v1/employees?opd=DINKES&pageSize=100', undefined, dinkes),
      api('GET', `/v1/employees/${NIP}/profile`, undefined, dlh),
    ]);
    expect(oldOpd.status).toBe(404);
    expect(oldList.body.items.map((e: { nip: string }) => e.nip)).not.toContain(NIP);
    expect(profile.status).toBe(404);
    expect(newOpd.body).toMatchObject({ nip: NIP, opd: 'DINKES' });
    expect(newList.body.items.map((e: { nip: string }) => e.nip)).toContain(NIP);
  });

  // Spec 8.8: every accepted write of the story is in the audit log (admins only) and on its topic.
  it('audits every accepted write: who, what, when and the correlation id, for admins, on asn.audit.events', async () => {
    expect(accepted.length).toBeGreaterThan(10);
    const log = await eventually(async () => {
      const res = await api('GET', '/v1/audit?pageSize=100');
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThanOrEqual(accepted.length);
      return res.body.items as { method: string; route: string; target?: string; correlationId: string; actor: { sub: string; role: string; nip?: string }; at: string }[];
    }, 10_000, 200);
    for (const write of accepted) {
      const entry = log.find((e) => e.correlationId === write.correlationId);
      expect(entry, `${write.method} ${write.path}`).toBeDefined();
      expect(entry!.method).toBe(write.method);
      expect(write.path.split('?')[0]!.split('/').length).toBe(entry!.route.split('/').length);
      expect(Date.parse(entry!.at)).toBeGreaterThan(Date.now() - 30 * 60_000);
    }
    expect(log.find((e) => e.method === 'PATCH' && e.target === NIP)).toMatchObject({ actor: { sub: 'bkpsdm-admin', role: 'admin' }, route: '/v1/employees/:nip' });
    expect((await api('GET', '/v1/audit', undefined, me)).status).toBe(403);
    expect((await api('GET', `/v1/audit?actor=bkpsdm-admin&target=${NIP}`)).body.items.every((e: { target: string }) => e.target === NIP)).toBe(true);
    const events = await readTopic(ns.topic(TOPICS.gateway), { count: accepted.length, timeoutMs: 20_000 });
    const published = new Set(events.map((m) => JSON.parse(m.value!).correlationid));
    for (const write of accepted) expect(published.has(write.correlationId), `${write.method} ${write.path}`).toBe(true);
    for (const m of events) validateEvent(JSON.parse(m.value!));
  });
});
