import { GridFSBucket } from 'mongodb';
import { register } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { check, EVENT_DEFINITIONS, TOPICS, type CloudEvent } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { AppError, DEFAULT_READ_MODEL_MAX_LAG_MS } from '@asn/service-kit';
import { eventually, recordQueries, catalogueProblems, serviceHarness, samplePdf, samplePng, sampleJpeg, sampleGif, readPdf, testGrpcClient } from '@asn/testing';
import { createLearningService } from '../src/app';
import { QUERIES } from '../src/persistence/queries';
import { LearningDomain } from '../src/domain/learning';
import { ExternalLearningDomain } from '../src/domain/external-learning';
import { learningRepositories } from '../src/persistence/repositories';

/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();

/** NIPs of test employees: born 1990-01-01, distinct serials. */
const nip = (i: number) => `19900101201501${String(1001 + i).slice(-4)}`; // serials 001–999 (spec 8.2)
const registered = (n: string, opd = 'DLH', name = `Pegawai ${n.slice(-4)}`) =>
  createEvent('personnel.employee.registered', n, { nip: n, name, opd, position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/a', education: 'S1', status: 'active' });

const learning = serviceHarness({
  name: 'learning',
  create: createLearningService,
  // The certificates' settings (spec 8.10), as an operator sets them.
  config: { CERT_SIGNER_TITLE: 'Kepala BKPSDM Kota Salatiga', CERT_SIGNER_NAME: 'Dra. Sri Wahyuni, M.Si.', CERT_SIGNER_NIP: '197003121995032002', CERT_VERIFY_BASE_URL: 'https://asn.salatiga.go.id' },
  // 40 active employees in DLH, one retired.
  employees: [...Array.from({ length: 40 }, (_, i) => registered(nip(i))), registered(nip(99), 'DINKES'), createEvent('personnel.employee.retired', nip(99), { nip: nip(99), opd: 'DINKES', retiredOn: '2026-01-31' })],
});
const { call, refusal } = learning;
const { service, models, store, directory, external } = learning.running;
const publishPersonnel = (...list: CloudEvent[]) => learning.publish(TOPICS.personnel, list);

const program = { code: 'TEK-AMDAL-01', title: 'Penyusunan Dokumen AMDAL', category: 'technical', mode: 'blended', jp: 24, competencies: [{ code: 'K-AMDAL', type: 'technical' }] };

/** Duplicates the directory's consumer recognised, from its Prometheus counter. */
const duplicatesSeen = async () => {
  const metric = (await register.getSingleMetric('kafka_events_consumed_total')?.get())?.values ?? [];
  return metric.filter((v) => v.labels.outcome === 'duplicate' && String(v.labels.group).endsWith('learning.employee-directory')).reduce((sum, v) => sum + v.value, 0);
};

describe('learning service', () => {
  let programId: string;

  it('publishes programmes with unique codes and schedules sessions', async () => {
    const created = await call('PublishProgram', program);
    programId = created.id;
    expect(created).toMatchObject({ code: 'TEK-AMDAL-01', jp: 24, category: 'technical' });
    expect((await refusal('PublishProgram', program)).code).toBe('PROGRAM_CODE_TAKEN');
    expect((await refusal('PublishProgram', { ...program, code: 'X-1', jp: 501 })).errors?.[0]?.path).toBe('/jp');
    expect((await refusal('PublishProgram', { ...program, code: 'X-2', category: 'cooking' })).errors?.[0]?.path).toBe('/category');
    const bad = await refusal('ScheduleSession', { programId, startsOn: '2026-03-10', endsOn: '2026-03-09', capacity: 5 });
    expect([bad.code, bad.errors?.[0]?.path]).toEqual(['VALIDATION_FAILED', '/endsOn']);
    expect((await refusal('ScheduleSession', { programId: 'nope', startsOn: '2026-03-10', endsOn: '2026-03-12', capacity: 5 })).code).toBe('PROGRAM_NOT_FOUND');
    expect((await refusal('ScheduleSession', { programId, startsOn: '2026-03-10', endsOn: '2026-03-12', capacity: 0 })).errors?.[0]?.path).toBe('/capacity');
    expect(await models.Session.countDocuments({})).toBe(0);
    const list = await call('ListPrograms', { category: 'technical' });
    expect(list).toMatchObject({ total: 1, items: [{ code: 'TEK-AMDAL-01' }] });
  });

  it('lists the catalogue from memory, and every instance sees a programme another instance published (within READ_MODEL_MAX_LAG_MS)', async () => {
    // Other instances of the service: each its own in-memory catalogue over the same database. One
    // asks the store on every read (lag 0); one trusts what it read for a minute.
    const other = new LearningDomain(learningRepositories(models, () => service.connection.db!, () => undefined, 0), directory);
    const laggard = new LearningDomain(learningRepositories(models, () => service.connection.db!, () => undefined, 60_000), directory);
    const before = await other.listPrograms({});
    expect(before.items.map((p) => p.code)).toEqual(['TEK-AMDAL-01']);
    expect((await laggard.listPrograms({})).items.map((p) => p.code)).toEqual(['TEK-AMDAL-01']);
    await call('PublishProgram', { ...program, code: 'LEAD-PKA-01', title: 'Pelatihan Kepemimpinan Administrator', category: 'leadership' });
    const published = await call('PublishProgram', { ...program, code: 'FUNG-ANALIS-01', title: 'Analis Kebijakan Ahli Muda', category: 'functional' });
    // Ordered by code as Mongo orders strings; filters, pages and totals as before.
    expect((await other.listPrograms({})).items.map((p) => p.code)).toEqual(['FUNG-ANALIS-01', 'LEAD-PKA-01', 'TEK-AMDAL-01']);
    // Within its lag the laggard still lists what it read, but a programme it does not hold yet is
    // read from the store where a write needs it: a session of it can be scheduled at once.
    expect((await laggard.listPrograms({})).items.map((p) => p.code)).toEqual(['TEK-AMDAL-01']);
    const scheduled = await laggard.scheduleSession(published.id, { startsOn: '2026-07-01', endsOn: '2026-07-02', capacity: 2 });
    expect(scheduled).toMatchObject({ programId: published.id, capacity: 2 });
    await expect(laggard.scheduleSession('no-such-programme', { startsOn: '2026-07-01', endsOn: '2026-07-02', capacity: 2 })).rejects.toMatchObject({ code: 'PROGRAM_NOT_FOUND' });
    expect(await other.listPrograms({ q: 'kepemimpinan' })).toMatchObject({ total: 1, items: [{ code: 'LEAD-PKA-01' }] });
    expect(await other.listPrograms({ q: 'a.', category: 'technical' })).toMatchObject({ total: 0, items: [] }); // q is text, not a pattern
    expect(await other.listPrograms({ page: 2, pageSize: 2 })).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ code: 'TEK-AMDAL-01' }] });
    expect((await call('ListPrograms', { category: 'leadership' })).items.map((p: { code: string }) => p.code)).toEqual(['LEAD-PKA-01']);
  });

  it('lists a programme\'s sessions by start date, a page at a time (spec 6.5)', async () => {
    const { id } = await call('PublishProgram', { ...program, code: 'PAGE-SESI-01', title: 'Sesi bertahap' });
    for (const day of ['05', '01', '04', '02', '03']) await call('ScheduleSession', { programId: id, startsOn: `2026-06-${day}`, endsOn: `2026-06-${day}`, capacity: 3, location: `Ruang ${day}` });
    const second = await call('ListSessions', { programId: id, page: { page: 2, pageSize: 2 } });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map((s: { startsOn: string }) => s.startsOn)).toEqual(['2026-06-03', '2026-06-04']);
    expect(second.items[0]).toMatchObject({ capacity: 3, enrolled: 0, location: 'Ruang 03' });
    expect(second.items[0]).not.toHaveProperty('holders');
    expect((await call('ListSessions', { programId: id })).items).toHaveLength(5); // default page size 20
    // Seats as they are now; a session another instance scheduled shows at once.
    await call('Enroll', { sessionId: second.items[0].id, nip: nip(30) });
    expect((await call('ListSessions', { programId: id, page: { page: 2, pageSize: 2 } })).items[0]).toMatchObject({ id: second.items[0].id, enrolled: 1 });
    const other = new LearningDomain(learningRepositories(models, () => service.connection.db!, () => undefined, 0), directory);
    await other.scheduleSession(id, { startsOn: '2026-06-06', endsOn: '2026-06-06', capacity: 3, location: 'Ruang 06' });
    // Shown here within READ_MODEL_MAX_LAG_MS (this instance read the schedule just before).
    const after = await eventually(async () => {
      const list = await call('ListSessions', { programId: id });
      expect(list).toMatchObject({ total: 6 });
      return list;
    }, 5_000);
    expect(after.items.map((s: { location: string }) => s.location)).toEqual(['Ruang 01', 'Ruang 02', 'Ruang 03', 'Ruang 04', 'Ruang 05', 'Ruang 06']);
    expect(await call('ListSessions', { programId: id, page: { page: 4, pageSize: 2 } })).toMatchObject({ total: 6, items: [] });
    // A seat another instance takes shows within five seconds (this one's own at once, above).
    await other.enroll(second.items[0].id, { nip: nip(36) });
    await eventually(async () => expect((await call('ListSessions', { programId: id, page: { page: 2, pageSize: 2 } })).items[0]).toMatchObject({ id: second.items[0].id, enrolled: 2 }), 10_000);
    expect((await refusal('ListSessions', { programId: id, page: { page: 1, pageSize: 101 } })).errors?.[0]?.path).toBe('/pageSize');
    expect((await refusal('ListSessions', { programId: 'nope' })).code).toBe('PROGRAM_NOT_FOUND');
    // A programme another instance published is known here at once (read from the store while the catalogue does not hold it).
    const published = await other.publishProgram({ ...program, code: 'PAGE-SESI-02', title: 'Sesi lain' });
    expect(await call('ListSessions', { programId: published.id })).toMatchObject({ total: 0, items: [] });
  });

  it('never exceeds capacity: 30 concurrent enrolments into 5 seats give 5 enrolments and 25 SESSION_FULL', async () => {
    const session = await call('ScheduleSession', { programId, startsOn: '2026-03-10', endsOn: '2026-03-12', capacity: 5, location: 'Aula BKPSDM' });
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => call('Enroll', { sessionId: session.id, nip: nip(i) })));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code);
    expect(ok).toHaveLength(5);
    expect(refused).toEqual(Array(25).fill('SESSION_FULL'));
    expect(await models.Enrollment.countDocuments({ sessionId: session.id })).toBe(5);
    expect((await models.Session.findById(session.id).lean())?.seatsLeft).toBe(0);
    await eventually(() => expect(learning.events.events().filter((e) => e.event.type === 'asn.learning.enrollment.created.v1' && e.event.data.sessionId === session.id)).toHaveLength(5));
  });

  it('gives one seat per employee however many requests race, and frees it on cancellation', async () => {
    const session = await call('ScheduleSession', { programId, startsOn: '2026-04-10', endsOn: '2026-04-12', capacity: 5 });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => call('Enroll', { sessionId: session.id, nip: nip(30) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code))).toEqual(new Set(['ALREADY_ENROLLED']));
    expect((await models.Session.findById(session.id).lean())?.seatsLeft).toBe(4);

    const [enrollment] = (await models.Enrollment.find({ sessionId: session.id }).lean()) as unknown as [{ _id: string }];
    const cancelled = await call('CancelEnrollment', { enrollmentId: enrollment._id, reason: 'tugas dinas luar kota' });
    expect(cancelled.status).toBe('cancelled');
    expect((await models.Session.findById(session.id).lean())?.seatsLeft).toBe(5);
    expect((await call('Enroll', { sessionId: session.id, nip: nip(30) })).status).toBe('enrolled');
    expect((await models.Session.findById(session.id).lean())?.seatsLeft).toBe(4);
  });

  it('refuses unknown and retired employees (known only from personnel events)', async () => {
    const session = await call('ScheduleSession', { programId, startsOn: '2026-05-10', endsOn: '2026-05-12', capacity: 5 });
    expect((await refusal('Enroll', { sessionId: session.id, nip: '197001011990011001' })).code).toBe('EMPLOYEE_NOT_FOUND');
    expect((await refusal('Enroll', { sessionId: session.id, nip: nip(99) })).code).toBe('EMPLOYEE_NOT_ACTIVE');
    expect((await refusal('Enroll', { sessionId: session.id, nip: '12345' })).code).toBe('NIP_INVALID');
    expect((await refusal('Enroll', { sessionId: 'no-such-session', nip: nip(1) })).code).toBe('SESSION_NOT_FOUND');
    expect(await models.Enrollment.countDocuments({ sessionId: session.id })).toBe(0);
  });

  it('a replayed personnel event does not change the read model twice', async () => {
    const n = nip(50);
    const reg = registered(n, 'DPMPTSP');
    await publishPersonnel(reg, createEvent('personnel.employee.retired', n, { nip: n, opd: 'DPMPTSP', retiredOn: '2026-06-30' }));
    await eventually(async () => expect((await directory.find(n))?.status).toBe('retired'), 20_000, 200);
    // The same registration again (same event id): applied twice it would make the employee active.
    const before = await duplicatesSeen();
    await publishPersonnel(reg);
    // The consumer has seen the copy and recognised it...
    await eventually(async () => expect(await duplicatesSeen()).toBe(before + 1), 20_000, 200);
    // ...and the employee is still retired.
    expect(await directory.find(n)).toMatchObject({ status: 'retired', opd: 'DPMPTSP' });
  });

  it('records a completion once, with the completed and certificate events, and serves the certificate PDF', async () => {
    const session = await call('ScheduleSession', { programId, startsOn: '2026-02-02', endsOn: '2026-02-05', capacity: 10 });
    const enrollment = await call('Enroll', { sessionId: session.id, nip: nip(31) });
    expect((await refusal('CompleteEnrollment', { enrollmentId: enrollment.id, attendedJp: 25, preTestScore: 50, postTestScore: 80, passed: true, completedOn: '2026-02-05' })).errors?.[0]?.path).toBe('/attendedJp');
    expect((await refusal('CompleteEnrollment', { enrollmentId: enrollment.id, attendedJp: 24, preTestScore: 50, postTestScore: 101, passed: true, completedOn: '2026-02-05' })).errors?.[0]?.path).toBe('/postTestScore');

    const done = await call('CompleteEnrollment', { enrollmentId: enrollment.id, attendedJp: 24, preTestScore: 55, postTestScore: 85, passed: true, completedOn: '2026-02-05' });
    expect(done.certificate.number).toMatch(/^SLTG\/2026\/\d{6}$/);
    expect((await refusal('CompleteEnrollment', { enrollmentId: enrollment.id, attendedJp: 24, preTestScore: 55, postTestScore: 85, passed: true, completedOn: '2026-02-05' })).code).toBe('ALREADY_COMPLETED');

    await eventually(() => expect(learning.events.events().filter((e) => e.key === nip(31) && /completed|certificate/.test(e.event.type))).toHaveLength(2));
    const [completed, certificate] = learning.events.events().filter((e) => e.key === nip(31) && /completed|certificate/.test(e.event.type)).map((e) => e.event);
    expect(completed).toMatchObject({
      type: 'asn.learning.training.completed.v1',
      data: { enrollmentId: enrollment.id, sessionId: session.id, programId, programCode: 'TEK-AMDAL-01', category: 'technical', competencies: [{ code: 'K-AMDAL', type: 'technical' }], nip: nip(31), opd: 'DLH', attendedJp: 24, preTestScore: 55, postTestScore: 85, passed: true, completedOn: '2026-02-05' },
    });
    expect(check(EVENT_DEFINITIONS['learning.training.completed'].schema, completed!.data)).toEqual([]);
    expect(certificate).toMatchObject({ type: 'asn.learning.certificate.issued.v1', data: { number: done.certificate.number, nip: nip(31), jp: 24, programId } });

    const pdf = await call<{ pdf: Buffer; number: string }>('GetCertificatePdf', { certificateId: done.certificate.id });
    expect(pdf.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pdf.toString('latin1')).toContain(done.certificate.number);
    expect(pdf.pdf.length).toBeGreaterThan(1000);
    expect((await refusal('GetCertificatePdf', { certificateId: 'nope' })).code).toBe('CERTIFICATE_NOT_FOUND');
    // Spec 8.10: the holder, the programme, the session's dates and the date of issue in the long
    // Indonesian form, the signing official (the default title), and a QR code to its public page.
    const read = await readPdf(pdf.pdf);
    for (const part of ['PEMERINTAH KOTA SALATIGA', `Nomor: ${done.certificate.number}`, 'Pegawai 1032', `NIP ${nip(31)}`, 'Penyusunan Dokumen AMDAL (TEK-AMDAL-01)', 'pada tanggal 2 – 5 Februari 2026, sebanyak 24 JP', 'Salatiga, 5 Februari 2026', 'Kepala BKPSDM Kota Salatiga', 'Dra. Sri Wahyuni, M.Si.', 'NIP 197003121995032002']) expect(read.text).toContain(part);
    const code = done.certificate.number.replaceAll('/', '-');
    expect(read.qrCodes).toEqual([`https://asn.salatiga.go.id/verify/${code}`]);
    // What that page shows anyone: the programme, JP and dates, the holder masked.
    expect(await call('GetCertificateVerification', { number: done.certificate.number })).toEqual({
      number: done.certificate.number, programTitle: 'Penyusunan Dokumen AMDAL', programCode: 'TEK-AMDAL-01', jp: 24, completedOn: '2026-02-05', issuedOn: '2026-02-05', holderName: 'P****** 1***', holderNip: '1990**************',
    });
    // A number never issued (an altered one) and a string that is no number at all.
    const [, year, serial] = done.certificate.number.split('/');
    expect((await refusal('GetCertificateVerification', { number: `SLTG/${year}/${String(Number(serial) + 500).padStart(6, '0')}` })).code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await refusal('GetCertificateVerification', { number: 'SLTG-2026' })).code).toBe('CERTIFICATE_NUMBER_INVALID');

    // The session's enrolments, by NIP, with names and completions; one OPD's only when asked.
    const listed = await call('ListEnrollments', { sessionId: session.id });
    expect(listed.items.map((i: { enrollment: { nip: string }; name: string; completion?: { passed: boolean } }) => [i.enrollment.nip, i.name, i.completion?.passed])).toEqual([[nip(31), 'Pegawai 1032', true]]);
    expect((await call('ListEnrollments', { sessionId: session.id, opd: 'DINKES' })).items).toEqual([]);
    expect((await refusal('ListEnrollments', { sessionId: session.id, opd: 'not an opd' })).code).toBe('OPD_INVALID');
    expect((await refusal('ListEnrollments', { sessionId: 'nope' })).code).toBe('SESSION_NOT_FOUND');

    // A failed training completes without a certificate.
    const other = await call('Enroll', { sessionId: session.id, nip: nip(32) });
    const failed = await call('CompleteEnrollment', { enrollmentId: other.id, attendedJp: 10, preTestScore: 40, postTestScore: 45, passed: false, completedOn: '2026-02-05' });
    expect(failed.certificate).toBeNull();

    const history = await call('GetLearningHistory', { nip: nip(31) });
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ program: { code: 'TEK-AMDAL-01' }, session: { id: session.id, programId, startsOn: session.startsOn, endsOn: session.endsOn, capacity: session.capacity }, completion: { attendedJp: 24, certificate: { number: done.certificate.number } } });
    // The session as scheduled: its seats are the session's own (ListSessions), not the history's.
    expect(Object.keys(history.items[0].session).sort()).toEqual(['capacity', 'endsOn', 'id', 'location', 'programId', 'startsOn']);
  });

  it('shows every change of an employee\'s enrolments in the next read of their history, on this instance and on another that read it before', async () => {
    const other = new LearningDomain(learningRepositories(models, () => service.connection.db!, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS), directory);
    const who = nip(33);
    const statuses = async () => (await call('GetLearningHistory', { nip: who })).items.map((i: { enrollment: { sessionId: string; status: string } }) => [i.enrollment.sessionId, i.enrollment.status]);
    const statusesThere = async () => (await other.history(who)).items.map((i) => [i.enrollment.sessionId, i.enrollment.status]);
    expect([await statuses(), await statusesThere()]).toEqual([[], []]); // both instances now keep the empty history
    const first = await call('ScheduleSession', { programId, startsOn: '2026-02-02', endsOn: '2026-02-04', capacity: 5 });
    const second = await call('ScheduleSession', { programId, startsOn: '2026-02-09', endsOn: '2026-02-11', capacity: 5 });
    const enrolled = await call('Enroll', { sessionId: first.id, nip: who });
    expect([await statuses(), await statusesThere()]).toEqual([[[first.id, 'enrolled']], [[first.id, 'enrolled']]]);
    await call('CancelEnrollment', { enrollmentId: enrolled.id });
    expect(await statusesThere()).toEqual([[first.id, 'cancelled']]);
    await call('Enroll', { sessionId: first.id, nip: who }); // reopened
    await call('Enroll', { sessionId: second.id, nip: who });
    expect(await statusesThere()).toEqual([[first.id, 'enrolled'], [second.id, 'enrolled']]);
    await call('CompleteEnrollment', { enrollmentId: enrolled.id, attendedJp: 24, preTestScore: 50, postTestScore: 80, passed: true, completedOn: '2026-02-04' });
    const there = await other.history(who);
    expect(there.items.map((i) => [i.enrollment.status, i.completion?.certificate?.number ?? null])).toEqual([['completed', expect.stringMatching(/^SLTG\/2026\//)], ['enrolled', null]]);
    expect(await statuses()).toEqual([[first.id, 'completed'], [second.id, 'enrolled']]);
  });

  it('records programme revisions (spec 8.6), numbered once each even when they race, each with its event', async () => {
    const revised = await call('PublishProgram', { ...program, code: 'TEK-REVISI-01' });
    const results = await Promise.all(['Materi diperbarui', 'Studi kasus lokal', 'Durasi praktik ditambah'].map((summary) => call('ReviseProgram', { programId: revised.id, summary })));
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2, 3]);
    expect(results.every((r) => r.programId === revised.id && /^\d{4}-\d{2}-\d{2}$/.test(r.revisedOn))).toBe(true);
    expect(await call('GetProgram', { id: revised.id })).toMatchObject({ revision: 3, lastRevisedOn: results[0]!.revisedOn });
    await eventually(() => expect(learning.events.events().filter((e) => e.event.type === 'asn.learning.program.revised.v1' && e.key === revised.id)).toHaveLength(3));
    const event = learning.events.events().find((e) => e.event.type === 'asn.learning.program.revised.v1' && e.event.data.revision === 2)!.event;
    expect(check(EVENT_DEFINITIONS['learning.program.revised'].schema, event.data)).toEqual([]);
    expect((await refusal('ReviseProgram', { programId: 'no-such-programme', summary: 'Materi diperbarui' })).code).toBe('PROGRAM_NOT_FOUND');
    expect((await refusal('ReviseProgram', { programId: revised.id, summary: '' })).errors?.[0]?.path).toBe('/summary');
  });

  it('takes today in WIB and keeps completedOn between the session start and today (spec 8.1, 8.4)', async () => {
    // 00:30 WIB on 1 January 2027 is 17:30 UTC on 31 December 2026: "today" is 2027-01-01.
    const atNewYearWib = new LearningDomain(store, directory, () => new Date('2026-12-31T17:30:00Z'));
    const session = await atNewYearWib.scheduleSession(programId, { startsOn: '2026-12-30', endsOn: '2027-01-01', capacity: 5 });
    const [a, b, c] = await Promise.all([nip(33), nip(34), nip(35)].map((n) => atNewYearWib.enroll(session.id, { nip: n })));
    const completion = (completedOn: string) => ({ attendedJp: 24, preTestScore: 50, postTestScore: 80, passed: true, completedOn });
    const refusedWith = async (p: Promise<unknown>) => p.then(() => undefined, (err: AppError) => ({ code: err.code, path: err.errors?.[0]?.path, message: err.errors?.[0]?.message }));
    expect(await refusedWith(atNewYearWib.complete(a!.id, completion('2027-01-02')))).toEqual({ code: 'VALIDATION_FAILED', path: '/completedOn', message: expect.stringMatching(/future/) });
    expect(await refusedWith(atNewYearWib.complete(a!.id, completion('2026-12-29')))).toEqual({ code: 'VALIDATION_FAILED', path: '/completedOn', message: expect.stringMatching(/before the session starts \(2026-12-30\)/) });
    // Today in WIB is accepted (in UTC it is still 31 December), and the certificate is numbered in 2027.
    const done = await atNewYearWib.complete(a!.id, completion('2027-01-01'));
    expect(done.certificate?.number).toMatch(/^SLTG\/2027\/\d{6}$/);
    // The first day of the session and the last day of the year before are inside the range too.
    expect((await atNewYearWib.complete(b!.id, completion('2026-12-30'))).completedOn).toBe('2026-12-30');
    expect((await atNewYearWib.complete(c!.id, completion('2026-12-31'))).certificate?.number).toMatch(/^SLTG\/2026\//);
  });

  describe('external learning (issue #15, item 10)', () => {
    const webinar = { title: 'Webinar Nasional Pengelolaan Sampah Terpadu', kind: 'webinar', provider: 'Kementerian Lingkungan Hidup', jp: 8, completedOn: '2026-05-20' };
    const stored = async () => ({
      records: await models.ExternalLearning.countDocuments({}),
      files: await service.connection.db!.collection('external_learning_files.files').countDocuments({}),
      chunks: await service.connection.db!.collection('external_learning_files.chunks').countDocuments({}),
    });

    it('stores a report with its certificate file (PDF, PNG or JPEG by content), and gives the file back byte for byte', async () => {
      const pdf = await samplePdf();
      const report = await call('ReportExternalLearning', { nip: nip(1), ...webinar, fileName: 'C:\\Users\\dewi\\sertifikat webinar.pdf', file: pdf });
      expect(report).toMatchObject({ nip: nip(1), opd: 'DLH', status: 'reported', jp: 8, certificate: { fileName: 'sertifikat webinar.pdf', contentType: 'application/pdf', size: pdf.length } });
      expect(report.certificate.sha256).toMatch(/^[0-9a-f]{64}$/);
      const back = await call('GetExternalLearningFile', { id: report.id });
      expect(Buffer.compare(back.content, pdf)).toBe(0);
      expect(back).toMatchObject({ nip: nip(1), opd: 'DLH', contentType: 'application/pdf', fileName: 'sertifikat webinar.pdf' });
      // The type comes from the content, whatever the name says.
      const png = await call('ReportExternalLearning', { nip: nip(2), ...webinar, kind: 'mooc', fileName: 'sertifikat.pdf', file: samplePng() });
      expect(png.certificate).toMatchObject({ contentType: 'image/png', fileName: 'sertifikat.pdf' });
      const jpeg = await call('ReportExternalLearning', { nip: nip(3), ...webinar, kind: 'seminar', fileName: '', file: sampleJpeg() });
      expect(jpeg.certificate).toMatchObject({ contentType: 'image/jpeg', fileName: 'certificate.jpg' });
      await eventually(() => expect(learning.events.events().filter((e) => e.event.type === 'asn.learning.external-learning.reported.v1' && [report.id, png.id, jpeg.id].includes(e.event.data.externalLearningId))).toHaveLength(3));
      const event = learning.events.events().find((e) => e.event.type === 'asn.learning.external-learning.reported.v1' && e.event.data.externalLearningId === report.id)!;
      expect(event.key).toBe(nip(1));
      expect(check(EVENT_DEFINITIONS['learning.external-learning.reported'].schema, event.event.data)).toEqual([]);
      expect(event.event.data).toMatchObject({ nip: nip(1), opd: 'DLH', jp: 8, completedOn: '2026-05-20', certificate: { sha256: report.certificate.sha256 } });
    });

    it('refuses bad files and bad fields with a clear 4xx, and stores nothing of them', async () => {
      const pdf = await samplePdf(['Sertifikat lain']);
      const before = await stored();
      const refused = async (fields: object, file: Buffer, fileName = 'x.pdf') => {
        const r = await refusal('ReportExternalLearning', { nip: nip(4), ...webinar, ...fields, fileName, file });
        return { code: r.code, status: r.status, ...(r.errors?.[0] ? { path: r.errors[0].path } : {}) };
      };
      expect(await refused({}, sampleGif(), 'sertifikat.gif')).toEqual({ code: 'CERTIFICATE_FILE_TYPE', status: 415 });
      expect(await refused({}, Buffer.from('Ini sertifikat, sungguh.'))).toEqual({ code: 'CERTIFICATE_FILE_TYPE', status: 415 });
      expect(await refused({}, pdf.subarray(0, Math.floor(pdf.length / 2)))).toEqual({ code: 'CERTIFICATE_FILE_INVALID', status: 400 });
      expect(await refused({}, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]))).toEqual({ code: 'CERTIFICATE_FILE_INVALID', status: 400 });
      const png = samplePng(64, 64);
      expect(await refused({}, png.subarray(0, png.length - 20), 'cut.png')).toEqual({ code: 'CERTIFICATE_FILE_INVALID', status: 400 });
      const tooLarge = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024 + 1 - pdf.length, 0x20)]);
      expect(await refused({}, tooLarge)).toEqual({ code: 'CERTIFICATE_FILE_TOO_LARGE', status: 413 });
      expect(await refused({}, Buffer.alloc(0))).toEqual({ code: 'CERTIFICATE_FILE_MISSING', status: 400 });
      expect(await refused({ jp: 0 }, pdf)).toEqual({ code: 'VALIDATION_FAILED', status: 400, path: '/jp' });
      expect(await refused({ kind: 'holiday' }, pdf)).toEqual({ code: 'VALIDATION_FAILED', status: 400, path: '/kind' });
      expect(await refused({ completedOn: '2099-01-01' }, pdf)).toEqual({ code: 'VALIDATION_FAILED', status: 400, path: '/completedOn' });
      expect((await refusal('ReportExternalLearning', { nip: nip(99), ...webinar, fileName: 'x.pdf', file: pdf })).code).toBe('EMPLOYEE_NOT_ACTIVE');
      expect((await refusal('ReportExternalLearning', { nip: '199001012015011999', ...webinar, fileName: 'x.pdf', file: pdf })).code).toBe('EMPLOYEE_NOT_FOUND');
      expect((await refusal('ReportExternalLearning', { nip: '199013012015011001', ...webinar, fileName: 'x.pdf', file: pdf })).code).toBe('NIP_INVALID');
      expect(await stored()).toEqual(before);
      // A file of exactly 5 MB is taken.
      const fiveMb = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024 - pdf.length, 0x20)]);
      expect((await call('ReportExternalLearning', { nip: nip(4), ...webinar, fileName: 'besar.pdf', file: fiveMb })).certificate.size).toBe(5 * 1024 * 1024);
    });

    it('lets an admin verify or reject a report once (a rejection says why); a rejected file may be reported again', async () => {
      const pdf = await samplePdf(['Seminar Kota Layak Anak']);
      const first = await call('ReportExternalLearning', { nip: nip(5), ...webinar, kind: 'seminar', jp: 5, fileName: 'seminar.pdf', file: pdf });
      const again = await refusal('ReportExternalLearning', { nip: nip(5), ...webinar, fileName: 'seminar.pdf', file: pdf });
      expect([again.code, again.status, again.message]).toEqual(['EXTERNAL_LEARNING_DUPLICATE', 409, expect.stringContaining(first.id)]);
      expect((await refusal('DecideExternalLearning', { id: first.id, decision: 'rejected' })).errors?.[0]?.path).toBe('/reason');
      expect((await refusal('DecideExternalLearning', { id: first.id, decision: 'approved' })).errors?.[0]?.path).toBe('/decision');
      expect((await refusal('DecideExternalLearning', { id: 'no-such-record', decision: 'verified' })).code).toBe('EXTERNAL_LEARNING_NOT_FOUND');
      const rejected = await call('DecideExternalLearning', { id: first.id, decision: 'rejected', reason: 'JP pada sertifikat 3, bukan 5' });
      expect(rejected).toMatchObject({ status: 'rejected', reason: 'JP pada sertifikat 3, bukan 5' });
      expect((await refusal('DecideExternalLearning', { id: first.id, decision: 'verified' })).code).toBe('EXTERNAL_LEARNING_DECIDED');
      // Reported again with the right JP: the same file is accepted now, and verified once however many admins race.
      const second = await call('ReportExternalLearning', { nip: nip(5), ...webinar, kind: 'seminar', jp: 3, fileName: 'seminar.pdf', file: pdf });
      const decisions = await Promise.allSettled(Array.from({ length: 5 }, () => call('DecideExternalLearning', { id: second.id, decision: 'verified' })));
      expect(decisions.filter((d) => d.status === 'fulfilled')).toHaveLength(1);
      expect(decisions.filter((d) => d.status === 'rejected').map((d) => ((d as PromiseRejectedResult).reason as AppError).code)).toEqual(Array(4).fill('EXTERNAL_LEARNING_DECIDED'));
      await eventually(() => expect(learning.events.events().filter((e) => ['asn.learning.external-learning.verified.v1', 'asn.learning.external-learning.rejected.v1'].includes(e.event.type) && e.key === nip(5)).map((e) => e.event.type)).toEqual(['asn.learning.external-learning.rejected.v1', 'asn.learning.external-learning.verified.v1']));
      const verified = learning.events.events().find((e) => e.event.type === 'asn.learning.external-learning.verified.v1' && e.key === nip(5))!.event.data;
      expect(check(EVENT_DEFINITIONS['learning.external-learning.verified'].schema, verified)).toEqual([]);
      expect(verified).toMatchObject({ externalLearningId: second.id, jp: 3, completedOn: '2026-05-20' });
      const rejectedEvent = learning.events.events().find((e) => e.event.type === 'asn.learning.external-learning.rejected.v1' && e.key === nip(5))!.event.data;
      expect(check(EVENT_DEFINITIONS['learning.external-learning.rejected'].schema, rejectedEvent)).toEqual([]);
      expect(rejectedEvent).toMatchObject({ externalLearningId: first.id, reason: 'JP pada sertifikat 3, bukan 5' });
    });

    it('lists records newest first, by employee, OPD and status, a page at a time', async () => {
      const pdfs = await Promise.all([1, 2, 3].map((i) => samplePdf([`Kursus daring ${i}`])));
      const ids: string[] = [];
      for (const [i, pdf] of pdfs.entries()) ids.push((await call('ReportExternalLearning', { nip: nip(6), ...webinar, kind: 'course', title: `Kursus daring ${i + 1}`, fileName: `k${i}.pdf`, file: pdf })).id);
      await call('ReportExternalLearning', { nip: nip(98), ...webinar, fileName: 'dinkes.pdf', file: await samplePdf(['Dinkes']) }).catch(() => undefined); // nip(98) is unknown: refused
      const mine = await call('ListExternalLearning', { nip: nip(6) });
      expect(mine).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(mine.items.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
      expect(await call('ListExternalLearning', { nip: nip(6), page: { page: 2, pageSize: 2 } })).toMatchObject({ total: 3, items: [{ id: ids[0] }] });
      const dlh = await call('ListExternalLearning', { opd: 'DLH', status: 'reported', page: { page: 1, pageSize: 100 } });
      expect(dlh.items.every((r: { opd: string; status: string }) => r.opd === 'DLH' && r.status === 'reported')).toBe(true);
      expect(dlh.items.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(ids));
      const all = await call('ListExternalLearning', { page: { page: 1, pageSize: 100 } });
      expect(all.total).toBe(await models.ExternalLearning.countDocuments({}));
      const times = all.items.map((r: { reportedAt: string }) => r.reportedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect((await call('ListExternalLearning', { status: 'verified' })).items.every((r: { status: string }) => r.status === 'verified')).toBe(true);
      expect((await call('ListExternalLearning', { opd: 'DINKES' })).total).toBe(0);
      expect((await refusal('ListExternalLearning', { status: 'pending' })).errors?.[0]?.path).toBe('/status');
    });

    it('deletes a certificate file whose record was never written (a crash between the two), and only once it is an hour old', async () => {
      // Stored as report() stores a file, and then no record: the service died in between.
      const bucket = new GridFSBucket(service.connection.db!, { bucketName: 'external_learning_files' });
      await new Promise<void>((resolve, reject) => {
        const upload = bucket.openUploadStreamWithId('orphan-1' as never, 'sertifikat.pdf');
        upload.once('finish', () => resolve());
        upload.once('error', reject);
        upload.end(Buffer.from('%PDF-1.4 left behind'));
      });
      const db = service.connection.db!;
      const before = await stored();
      expect(await external.sweepOrphanFiles()).toBe(0); // younger than an hour: a report may still be writing its record
      expect(await external.sweepOrphanFiles(0)).toBe(1);
      expect(await stored()).toEqual({ ...before, files: before.files - 1, chunks: before.chunks - 1 });
      expect(await db.collection('external_learning_files.chunks').countDocuments({ files_id: 'orphan-1' as never })).toBe(0);
      // Every file with a record is still there and readable.
      const anyRecord = (await models.ExternalLearning.findOne({}).lean())!;
      expect((await call('GetExternalLearningFile', { id: anyRecord._id })).content.length).toBe(anyRecord.certificate.size);
    });

    it('takes today in WIB: learning completed on 1 January is accepted at 00:30 WIB (spec 8.1)', async () => {
      const atNewYearWib = new ExternalLearningDomain(store, directory, () => new Date('2026-12-31T17:30:00Z'));
      const report = await atNewYearWib.report(nip(7), { ...webinar, completedOn: '2027-01-01' }, { fileName: 'tahun-baru.png', content: samplePng(8, 8, [200, 10, 10]) });
      expect(report).toMatchObject({ completedOn: '2027-01-01', status: 'reported' });
      await expect(atNewYearWib.report(nip(7), { ...webinar, completedOn: '2027-01-02' }, { fileName: 'besok.png', content: samplePng(8, 8, [10, 200, 10]) })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(external).toBeInstanceOf(ExternalLearningDomain);
    });
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, service.connection.db!)).toEqual([]);
  });
});

describe('learning scaled out (issue #17)', () => {
  it('keeps capacity exact when two instances behind one client take the enrolments of a race in turn', async () => {
    // A second instance over the same store and topics, as a second replica would run.
    const second = createLearningService(learning.config);
    const { grpcPort } = await second.service.start();
    await second.service.runtime.whenReady();
    const served = { first: 0, second: 0 };
    const listed = { first: 0, second: 0 };
    for (const [name, domain] of [['first', learning.running.domain], ['second', second.domain]] as const) {
      const enroll = domain.enroll.bind(domain);
      domain.enroll = (...args) => (served[name]++, enroll(...args));
      const listPrograms = domain.listPrograms.bind(domain);
      domain.listPrograms = (...args) => (listed[name]++, listPrograms(...args));
    }
    try {
      // The gateway's client, given both instances' addresses (LEARNING_GRPC_URL=ip:port,ip:port).
      const both = testGrpcClient('learning', `127.0.0.1:${learning.ports.grpcPort},127.0.0.1:${grpcPort}`, { deadlineMs: 15_000 });
      // Round robin turns only among connected instances: read until both have answered once.
      for (let i = 0; i < 100 && (listed.first === 0 || listed.second === 0); i++) await both.rpc.ListPrograms({});
      expect(Math.min(listed.first, listed.second)).toBeGreaterThan(0);
      const programme = await call('PublishProgram', { ...program, code: 'TEK-SKALA-01' });
      const session = await call('ScheduleSession', { programId: programme.id, startsOn: '2026-07-01', endsOn: '2026-07-03', capacity: 7 });
      const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => both.rpc.Enroll({ sessionId: session.id, nip: nip(i) })));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
      expect(refused).toEqual(Array(23).fill('SESSION_FULL'));
      expect(await models.Enrollment.countDocuments({ sessionId: session.id })).toBe(7);
      expect((await models.Session.findById(session.id).lean())?.seatsLeft).toBe(0);
      expect(served.first).toBeGreaterThan(0);
      expect(served.second).toBeGreaterThan(0);
      expect(served.first + served.second).toBe(30);
    } finally {
      await second.service.runtime.stop();
    }
  });
});
