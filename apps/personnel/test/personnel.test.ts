import { describe, expect, it } from 'vitest';
import { check, CloudEventEnvelope, EVENT_DEFINITIONS, eventNameOf } from '@asn/contracts';
import { AppError, DEFAULT_READ_MODEL_MAX_LAG_MS, GrpcClient } from '@asn/service-kit';
import { outboxDrained, eventually, recordQueries, catalogueProblems, serviceHarness, type TopicCollector } from '@asn/testing';
import { createPersonnelService } from '../src/app';
import { QUERIES } from '../src/persistence/queries';
import { PersonnelDomain } from '../src/domain/personnel';
import { personnelRepositories } from '../src/persistence/repositories';

/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();
const personnel = serviceHarness({ name: 'personnel', create: createPersonnelService, grpcDeadlineMs: 10_000 });
const { call, refusal } = personnel;
const { service, models } = personnel.running;

const employee = (nip: string, overrides: Record<string, unknown> = {}) => ({
  nip,
  name: 'Dewi Lestari',
  opd: 'DLH',
  position: { code: 'JF-PLH-AHLI-PERTAMA', title: 'Pengendali Dampak Lingkungan Ahli Pertama', kind: 'functional' },
  grade: 'III/a',
  education: 'S1',
  ...overrides,
});

const eventsFor = (key: string) => personnel.events.events().filter((e) => e.key === key);

describe('personnel service', () => {
  it('registers an employee: stored, and exactly one employee.registered event keyed by NIP with the spec envelope', async () => {
    const nip = '198507142010011003';
    const created = await call('RegisterEmployee', employee(nip));
    expect(created).toMatchObject({ nip, name: 'Dewi Lestari', opd: 'DLH', status: 'active', position: { kind: 'functional' } });
    expect(await call('GetEmployee', { nip })).toMatchObject({ nip, grade: 'III/a', education: 'S1' });

    await eventually(() => expect(eventsFor(nip)).toHaveLength(1));
    const [{ event, headers }] = eventsFor(nip) as [ReturnType<TopicCollector['events']>[number]];
    expect(headers['content-type']).toBe('application/cloudevents+json');
    expect(check(CloudEventEnvelope, event)).toEqual([]);
    expect(event).toMatchObject({ type: 'asn.personnel.employee.registered.v1', source: 'asn/personnel', subject: nip, data: { ...employee(nip), status: 'active' } });
    expect(check(EVENT_DEFINITIONS['personnel.employee.registered'].schema, event.data)).toEqual([]);
  });

  it('refuses bad input of every kind with its code, and writes and emits nothing', async () => {
    const cases: [string, object, string, string][] = [
      ['short NIP', employee('19850714201001100'), 'NIP_INVALID', '/nip'],
      ['impossible birth date in the NIP', employee('198502302010011003'), 'NIP_INVALID', '/nip'],
      ['letters in the NIP', employee('19850714201001100x'), 'NIP_INVALID', '/nip'],
      ['appointment month 13 in the NIP', employee('198507142010131003'), 'NIP_INVALID', '/nip'],
      ['appointed before the 18th birthday', employee('198507142003061003'), 'NIP_INVALID', '/nip'],
      ['gender digit 7 in the NIP', employee('198507142010017003'), 'NIP_INVALID', '/nip'],
      ['serial 000 in the NIP', employee('198507142010011000'), 'NIP_INVALID', '/nip'],
      ['unknown education', employee('199001012015031001', { education: 'PhD' }), 'VALIDATION_FAILED', '/education'],
      ['unknown position kind', employee('199001012015031002', { position: { code: 'X', title: 'X', kind: 'boss' } }), 'VALIDATION_FAILED', '/position/kind'],
      ['lower-case OPD', employee('199001012015031003', { opd: 'dlh' }), 'VALIDATION_FAILED', '/opd'],
      ['bad grade', employee('199001012015031004', { grade: 'V/z' }), 'VALIDATION_FAILED', '/grade'],
      ['missing name', employee('199001012015031005', { name: '' }), 'VALIDATION_FAILED', '/name'],
    ];
    for (const [label, body, code, path] of cases) {
      const err = await refusal('RegisterEmployee', body);
      expect(err, label).toBeInstanceOf(AppError);
      expect({ label, code: err.code, status: err.status }).toEqual({ label, code, status: 400 });
      expect(err.errors?.map((e) => e.path), label).toContain(path);
      if (code === 'NIP_INVALID') {
        // names the part, in the message and in the issue (which crosses gRPC metadata: "digits 1–8" is not ASCII)
        expect(err.message, label).toMatch(/NIP: (a NIP is exactly 18 digits|birth date|appointment month|gender digit|serial)/);
        expect(err.errors?.find((e) => e.path === '/nip')?.message, label).toMatch(/^NIP: .*digit/);
      }
    }
    // An assessment at level 6 and one with an impossible date.
    const nip = '198507142010011003';
    const level6 = await refusal('RecordAssessment', { nip, code: 'K-LH', type: 'technical', level: 6, assessedOn: '2026-01-10', method: 'uji kompetensi' });
    expect([level6.code, level6.errors?.[0]?.path]).toEqual(['VALIDATION_FAILED', '/level']);
    const badDate = await refusal('RecordAssessment', { nip, code: 'K-LH', type: 'technical', level: 3, assessedOn: '2026-02-30', method: 'uji kompetensi' });
    expect([badDate.code, badDate.errors?.[0]?.path]).toEqual(['VALIDATION_FAILED', '/assessedOn']);
    const badType = await refusal('RecordAssessment', { nip, code: 'K-LH', type: 'magic', level: 3, assessedOn: '2026-01-10', method: 'x' });
    expect(badType.errors?.[0]?.path).toBe('/type');

    expect(await models.Employee.countDocuments({ _id: { $ne: nip } })).toBe(0);
    expect(await models.Assessment.countDocuments({})).toBe(0);
    // Whatever the relay had (wrongly) is published, and the collector has read all of it.
    await outboxDrained([models.Employee.collection, models.Assessment.collection, models.PositionStandard.collection]);
    await personnel.events.caughtUp();
    expect(personnel.events.events().map((e) => e.key).filter((k) => k !== nip)).toEqual([]);
  });

  it('gives one employee and 19 conflicts for 20 concurrent registrations of one NIP', async () => {
    const nip = '199203152018012001';
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => call('RegisterEmployee', employee(nip, { name: 'Agus Prasetyo' }))));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(new Set(conflicts.map((e) => `${e.status} ${e.code}`))).toEqual(new Set(['409 NIP_TAKEN']));
    expect(await models.Employee.countDocuments({ nip })).toBe(1);
    await outboxDrained([models.Employee.collection]);
    await personnel.events.caughtUp();
    expect(eventsFor(nip)).toHaveLength(1);
  });

  it('changes, transfers and retires in one UpdateEmployee call: one write, all its events, or nothing when a part is refused', async () => {
    const nip = '199107142015031004';
    await call('RegisterEmployee', employee(nip, { name: 'Bayu Nugroho', opd: 'DPMPTSP', startsOn: '2015-03-02' }));
    const revOf = async () => (await models.Employee.collection.findOne({ _id: nip as never }))?.rev;
    const before = await revOf();
    // A retirement date in the future: refused, and the grade and the transfer beside it are not written either.
    expect((await refusal('UpdateEmployee', { nip, grade: 'III/c', opd: 'DLH', effectiveOn: '2026-03-01', status: 'retired', retiredOn: '2099-01-01' })).errors?.[0]?.path).toBe('/retiredOn');
    expect(await call('GetEmployee', { nip })).toMatchObject({ grade: 'III/a', opd: 'DPMPTSP', status: 'active' });
    expect(await revOf()).toBe(before);

    const done = await call('UpdateEmployee', { nip, grade: 'III/c', opd: 'DLH', effectiveOn: '2026-03-01', status: 'retired', retiredOn: '2026-10-01' });
    expect(done).toMatchObject({ grade: 'III/c', opd: 'DLH', opdSince: '2026-03-01', status: 'retired', retiredOn: '2026-10-01' });
    expect(await revOf()).toBe(before + 1); // one write
    await outboxDrained([models.Employee.collection]);
    await personnel.events.caughtUp();
    expect(eventsFor(nip).map((e) => e.event.type)).toEqual([
      'asn.personnel.employee.registered.v1',
      'asn.personnel.employee.updated.v1',
      'asn.personnel.employee.transferred.v1',
      'asn.personnel.employee.retired.v1',
    ]);
    expect(eventsFor(nip)[3]!.event.data).toMatchObject({ opd: 'DLH', retiredOn: '2026-10-01' });
  });

  it('updates, transfers and retires, each with its event and its date (spec 8.3); the transfer carries both OPDs', async () => {
    const nip = '198811202012121002';
    expect((await refusal('RegisterEmployee', employee(nip, { name: 'Siti Rahmawati', opd: 'DPMPTSP', startsOn: '2099-01-02' }))).errors?.[0]?.path).toBe('/startsOn');
    expect(await call('RegisterEmployee', employee(nip, { name: 'Siti Rahmawati', opd: 'DPMPTSP', startsOn: '2013-01-02' }))).toMatchObject({ startsOn: '2013-01-02', opdSince: '2013-01-02' });
    const updated = await call('UpdateEmployee', { nip, grade: 'III/b', education: 'S2' });
    expect(updated).toMatchObject({ grade: 'III/b', education: 'S2', opd: 'DPMPTSP' });
    // The same values again change nothing and emit nothing.
    await call('UpdateEmployee', { nip, grade: 'III/b' });
    // A transfer is dated: not before the employee joined the OPD they leave, not in the future.
    expect((await refusal('TransferEmployee', { nip, toOpd: 'DLH', effectiveOn: '2012-12-31' })).errors?.[0]).toMatchObject({ path: '/effectiveOn', message: expect.stringMatching(/2013-01-02/) });
    expect((await refusal('TransferEmployee', { nip, toOpd: 'DLH', effectiveOn: '2099-01-01' })).errors?.[0]?.path).toBe('/effectiveOn');
    const moved = await call('TransferEmployee', { nip, toOpd: 'DLH', effectiveOn: '2026-03-01' });
    expect(moved).toMatchObject({ opd: 'DLH', opdSince: '2026-03-01' });
    expect((await refusal('RetireEmployee', { nip, retiredOn: '2026-02-28' })).errors?.[0]?.path).toBe('/retiredOn'); // before joining DLH
    const retired = await call('RetireEmployee', { nip, retiredOn: '2026-11-01' });
    expect(retired).toMatchObject({ status: 'retired', retiredOn: '2026-11-01' });

    await eventually(() => expect(eventsFor(nip).map((e) => e.event.type)).toHaveLength(4));
    const [registered, update, transfer, retire] = eventsFor(nip).map((e) => e.event);
    expect(registered).toMatchObject({ type: 'asn.personnel.employee.registered.v1', data: { startsOn: '2013-01-02' } });
    expect(update).toMatchObject({ type: 'asn.personnel.employee.updated.v1', data: { nip, opd: 'DPMPTSP', changes: { grade: 'III/b', education: 'S2' }, previous: { grade: 'III/a', education: 'S1' } } });
    expect(transfer).toMatchObject({ type: 'asn.personnel.employee.transferred.v1', data: { nip, fromOpd: 'DPMPTSP', toOpd: 'DLH', effectiveOn: '2026-03-01' } });
    expect(retire).toMatchObject({ type: 'asn.personnel.employee.retired.v1', data: { nip, opd: 'DLH', retiredOn: '2026-11-01', effectiveOn: '2026-11-01' } });
    for (const { event } of eventsFor(nip)) {
      const name = eventNameOf(event.type)!;
      expect(check(EVENT_DEFINITIONS[name].schema, event.data), event.type).toEqual([]);
    }

    // A retired employee is no longer changed.
    expect((await refusal('UpdateEmployee', { nip, grade: 'III/c' })).code).toBe('EMPLOYEE_RETIRED');
    expect((await refusal('RecordAssessment', { nip, code: 'K-LH', type: 'technical', level: 2, assessedOn: '2026-01-10', method: 'x' })).code).toBe('EMPLOYEE_RETIRED');
  });

  it('sets a position standard (replacing the previous one) and records assessments, with their events', async () => {
    const standard = { positionCode: 'JF-PLH-AHLI-PERTAMA', competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }, { code: 'M-INTEGRITAS', type: 'managerial', requiredLevel: 2 }] };
    await call('SetPositionStandard', standard);
    await call('SetPositionStandard', { ...standard, competencies: [...standard.competencies, { code: 'S-PEREKAT', type: 'sociocultural', requiredLevel: 2 }] });
    expect((await call<{ competencies: unknown[] }>('GetPositionStandard', { positionCode: standard.positionCode })).competencies).toHaveLength(3);
    const dup = await refusal('SetPositionStandard', { positionCode: 'JF-X', competencies: [{ code: 'A', type: 'technical', requiredLevel: 1 }, { code: 'A', type: 'technical', requiredLevel: 2 }] });
    expect([dup.code, dup.errors?.[0]?.path]).toEqual(['VALIDATION_FAILED', '/competencies/1/code']);
    expect((await refusal('GetPositionStandard', { positionCode: 'JF-X' })).code).toBe('POSITION_STANDARD_NOT_FOUND');

    const nip = '198507142010011003';
    const assessment = await call('RecordAssessment', { nip, code: 'K-AMDAL', type: 'technical', level: 2, assessedOn: '2026-02-10', method: 'uji kompetensi' });
    expect(assessment).toMatchObject({ nip, opd: 'DLH', level: 2 });
    expect((await call<{ items: unknown[] }>('ListAssessments', { nip })).items).toHaveLength(1);
    expect((await refusal('RecordAssessment', { nip: '197001011990011001', code: 'K', type: 'technical', level: 2, assessedOn: '2026-02-10', method: 'x' })).code).toBe('EMPLOYEE_NOT_FOUND');

    await eventually(() => expect(eventsFor(standard.positionCode)).toHaveLength(2));
    expect(eventsFor(standard.positionCode)[1]!.event).toMatchObject({ type: 'asn.personnel.position-standard.set.v1', data: { positionCode: standard.positionCode } });
    await eventually(() => expect(eventsFor(nip).map((e) => e.event.type)).toContain('asn.personnel.competency.assessed.v1'));
    expect(eventsFor(nip).find((e) => e.event.type === 'asn.personnel.competency.assessed.v1')!.event.data).toMatchObject({ nip, opd: 'DLH', code: 'K-AMDAL', level: 2 });
  });

  it('lists by OPD with case-insensitive name search and pagination', async () => {
    for (const [i, name] of ['Ahmad Fauzi', 'Bambang Wijaya', 'Citra Ayu', 'Fauziah Nur'].entries()) {
      await call('RegisterEmployee', employee(`19950101202001100${i + 1}`, { name, opd: 'DINKES' }));
    }
    const all = await call<{ items: { name: string }[]; total: number; page: number; pageSize: number }>('ListEmployees', { opd: 'DINKES' });
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(all.items.map((e) => e.name)).toEqual(['Ahmad Fauzi', 'Bambang Wijaya', 'Citra Ayu', 'Fauziah Nur']);
    const search = await call<{ items: { name: string }[]; total: number }>('ListEmployees', { opd: 'DINKES', q: 'FAUZ' });
    expect(search.items.map((e) => e.name)).toEqual(['Ahmad Fauzi', 'Fauziah Nur']);
    const page2 = await call<{ items: { name: string }[]; total: number; page: number }>('ListEmployees', { opd: 'DINKES', page: { page: 2, pageSize: 3 } });
    expect(page2).toMatchObject({ total: 4, page: 2, items: [{ name: 'Fauziah Nur' }] });
    const regexChars = await call<{ total: number }>('ListEmployees', { q: '.*' });
    expect(regexChars.total).toBe(0);
    expect((await refusal('ListEmployees', { page: { page: 1, pageSize: 101 } })).errors?.[0]?.path).toBe('/pageSize');
    expect((await refusal('GetEmployee', { nip: '123' })).code).toBe('NIP_INVALID');
    expect((await refusal('GetEmployee', { nip: '197001011990011001' })).code).toBe('EMPLOYEE_NOT_FOUND');
  });

  it('lists an OPD from memory, and every instance sees what another instance wrote within READ_MODEL_MAX_LAG_MS', async () => {
    // A second instance of the service, as shipped: its own in-memory rosters over the same database.
    const other = new PersonnelDomain(personnelRepositories(models, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS));
    const names = async (opd: string) => (await other.list({ opd })).items.map((e) => e.name);
    const seen = (opd: string, expected: string[]) => eventually(async () => expect(await names(opd)).toEqual(expected), 5_000, 20);
    expect(await names('DINKES')).toEqual(['Ahmad Fauzi', 'Bambang Wijaya', 'Citra Ayu', 'Fauziah Nur']);
    const dlhBefore = await names('DLH');
    await call('TransferEmployee', { nip: '199501012020011002', toOpd: 'DLH' }); // Bambang Wijaya
    await seen('DINKES', ['Ahmad Fauzi', 'Citra Ayu', 'Fauziah Nur']);
    await seen('DLH', [...dlhBefore, 'Bambang Wijaya'].sort());
    await call('RegisterEmployee', employee('199501012020011009', { name: 'Aditya Pratama', opd: 'DINKES' }));
    await seen('DINKES', ['Aditya Pratama', 'Ahmad Fauzi', 'Citra Ayu', 'Fauziah Nur']);
    // The instance that wrote lists its own write at once.
    expect((await call('ListEmployees', { opd: 'DINKES' })).items.map((e: { name: string }) => e.name)).toEqual(['Aditya Pratama', 'Ahmad Fauzi', 'Citra Ayu', 'Fauziah Nur']);
    expect(await other.list({ opd: 'DINKES', status: 'retired' })).toMatchObject({ total: 0, items: [] });
  });

  it('lists and searches the whole city (no OPD) by name across OPDs, and sees a transfer or a registration within READ_MODEL_MAX_LAG_MS', async () => {
    const other = new PersonnelDomain(personnelRepositories(models, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS));
    const city = async (q?: string) => (await other.list(q ? { q, pageSize: 100 } : { pageSize: 100 })).items.map((e) => `${e.name}/${e.opd}`);
    const before = await city();
    expect(before).toContain('Bambang Wijaya/DLH');
    expect(before).toEqual([...before].sort()); // by name (then NIP)
    expect(await city('fauz')).toEqual(['Ahmad Fauzi/DINKES', 'Fauziah Nur/DINKES']);
    await call('TransferEmployee', { nip: '199501012020011001', toOpd: 'DLH' }); // Ahmad Fauzi
    await call('RegisterEmployee', employee('199501012020011008', { name: 'Fauzan Hakim', opd: 'DISDIKBUD' }));
    await eventually(async () => expect(await city('FAUZ')).toEqual(['Ahmad Fauzi/DLH', 'Fauzan Hakim/DISDIKBUD', 'Fauziah Nur/DINKES']), 5_000, 20);
    const total = (await other.list({})).total;
    expect(total).toBe(before.length + 1);
    expect(await other.list({ q: 'fauz', page: 2, pageSize: 2 })).toMatchObject({ total: 3, page: 2, items: [{ name: 'Fauziah Nur' }] });
  });

  it('serves health, readiness and Prometheus metrics over HTTP', async () => {
    expect((await fetch(`http://127.0.0.1:${personnel.ports.httpPort}/health/live`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${personnel.ports.httpPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { mongo: true, kafka: true, 'outbox-relay': true, grpc: true, started: true, stopping: false } });
    const metrics = await (await fetch(`http://127.0.0.1:${personnel.ports.httpPort}/metrics`)).text();
    expect(metrics).toMatch(/grpc_server_handled_total\{method="RegisterEmployee",code="OK"\}/);
    expect(metrics).toContain('outbox_events_published_total');
  });

  it('answers gRPC only to a caller with a service token (issue #14)', async () => {
    const anonymous = new GrpcClient('personnel', `127.0.0.1:${personnel.ports.grpcPort}`, { deadlineMs: 5000 });
    await expect(anonymous.rpc.RegisterEmployee(employee('199105052019032007', { name: 'Tanpa Token' }))).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', status: 502 });
    await expect(anonymous.rpc.GetEmployee({ nip: '199105052019032007' })).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', status: 502 });
    const metrics = await (await fetch(`http://127.0.0.1:${personnel.ports.httpPort}/metrics`)).text();
    expect(metrics).toMatch(/grpc_server_handled_total\{method="RegisterEmployee",code="UNAUTHENTICATED"\} [1-9]/);
    await expect(call('GetEmployee', { nip: '199105052019032007' })).rejects.toMatchObject({ code: 'EMPLOYEE_NOT_FOUND' });
  });

  it('takes today in WIB: at 00:30 WIB on 1 January a retirement and an assessment are dated 1 January (spec 8.1)', async () => {
    const atNewYearWib = new PersonnelDomain(personnelRepositories(models, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS), () => new Date('2026-12-31T17:30:00Z'));
    const n = '198808082012012001';
    await atNewYearWib.register(employee(n, { name: 'Wulan Sari', opd: 'DLH' }));
    const assessed = await atNewYearWib.recordAssessment(n, { code: 'K-AMDAL', type: 'technical', level: 3, assessedOn: '2027-01-01', method: 'uji kompetensi' });
    expect(assessed.assessedOn).toBe('2027-01-01');
    const tomorrow = await atNewYearWib.recordAssessment(n, { code: 'K-AMDAL', type: 'technical', level: 3, assessedOn: '2027-01-02', method: 'uji kompetensi' }).catch((err: AppError) => err);
    expect(tomorrow).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/assessedOn' }] });
    expect((await atNewYearWib.retire(n)).retiredOn).toBe('2027-01-01');
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, service.connection.db!)).toEqual([]);
  });
});
