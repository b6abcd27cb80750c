import { describe, expect, it } from 'vitest';
import { check, EVENT_DEFINITIONS } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { AppError } from '@asn/service-kit';
import { outboxDrained, eventually, recordQueries, catalogueProblems, serviceHarness, type TopicCollector } from '@asn/testing';
import { createPartnershipsService } from '../src/app';
import { QUERIES } from '../src/persistence/queries';

let now = new Date('2026-03-01T08:00:00Z');
const clock = () => now;
/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();

const A = '198703102010011001';
const B = '199005052015012002';
const R = '196501011990031003';
const registered = (nip: string, opd = 'DLH') =>
  createEvent('personnel.employee.registered', nip, { nip, name: `Pegawai ${nip.slice(-3)}`, opd, position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/b', education: 'S1', status: 'active' });
const ofType = (type: string) => partnerships.events.events().filter((e) => e.event.type === `asn.partnerships.${type}.v1`);

const partnerships = serviceHarness({
  name: 'partnerships',
  config: { AGREEMENT_CHECK_INTERVAL_MS: 200 },
  create: (config) => createPartnershipsService(config, { clock }),
  employees: [registered(A), registered(B, 'DINKES'), registered(R), createEvent('personnel.employee.retired', R, { nip: R, opd: 'DLH', retiredOn: '2026-01-31' })],
});
const { call, refusal } = partnerships;

describe('partnerships service', () => {
  let partnerId: string;
  const agreements: Record<'active' | 'expired' | 'future', string> = { active: '', expired: '', future: '' };

  it('registers a partner and signs agreements; refuses bad dates and repeated numbers, writing nothing', async () => {
    partnerId = (await call('RegisterPartner', { name: 'Universitas Kristen Satya Wacana', kind: 'university', city: 'Salatiga' })).id;
    expect((await refusal('RegisterPartner', { name: 'X Corp', kind: 'club', city: 'Salatiga' })).errors?.[0]?.path).toBe('/kind');
    const sign = (number: string, startsOn: string, endsOn: string) => call('SignAgreement', { partnerId, number, title: `PKS ${number}`, scope: 'Magang dan tugas belajar ASN', startsOn, endsOn });
    agreements.active = (await sign('PKS/UKSW/2026/001', '2026-01-01', '2026-12-31')).id;
    agreements.expired = (await sign('PKS/UKSW/2025/007', '2025-01-01', '2026-02-15')).id;
    agreements.future = (await sign('PKS/UKSW/2026/010', '2026-06-01', '2027-05-31')).id;

    const backwards = await refusal('SignAgreement', { partnerId, number: 'PKS/BAD/1', title: 'Terbalik', scope: 'x', startsOn: '2026-05-01', endsOn: '2026-04-30' });
    expect([backwards.code, backwards.errors?.[0]?.path]).toEqual(['VALIDATION_FAILED', '/endsOn']);
    expect((await refusal('SignAgreement', { partnerId, number: 'PKS/BAD/2', title: 'Tanggal salah', scope: 'x', startsOn: '2026-02-30', endsOn: '2026-04-30' })).errors?.[0]?.path).toBe('/startsOn');
    expect((await refusal('SignAgreement', { partnerId, number: 'PKS/UKSW/2026/001', title: 'Lagi', scope: 'x', startsOn: '2026-01-01', endsOn: '2026-02-01' })).code).toBe('AGREEMENT_NUMBER_TAKEN');
    expect((await refusal('SignAgreement', { partnerId: 'nope', number: 'PKS/X/1', title: 'Tanpa mitra', scope: 'x', startsOn: '2026-01-01', endsOn: '2026-02-01' })).code).toBe('PARTNER_NOT_FOUND');
    expect(await partnerships.running.models.Agreement.countDocuments({})).toBe(3);

    const byStatus = async (status: string) => (await call<{ items: { id: string; status: string }[] }>('ListAgreements', { status })).items.map((a) => a.id);
    expect(await byStatus('active')).toEqual([agreements.active]);
    expect(await byStatus('ended')).toEqual([agreements.expired]);
    expect(await byStatus('upcoming')).toEqual([agreements.future]);
  });

  it('refuses a placement under an expired or future agreement, and bad placement input, writing nothing', async () => {
    const place = (agreementId: string, body: object) => refusal('StartPlacement', { agreementId, nip: A, kind: 'internship', startsOn: '2026-03-05', endsOn: '2026-04-05', jp: 40, ...body });
    expect((await place(agreements.expired, {})).code).toBe('AGREEMENT_NOT_ACTIVE');
    expect((await place(agreements.future, {})).code).toBe('AGREEMENT_NOT_ACTIVE');
    expect((await place(agreements.active, { endsOn: '2026-03-01' })).errors?.[0]?.path).toBe('/endsOn');
    expect((await place(agreements.active, { kind: 'holiday' })).errors?.[0]?.path).toBe('/kind');
    expect((await place(agreements.active, { nip: R })).code).toBe('EMPLOYEE_NOT_ACTIVE');
    expect((await place(agreements.active, { nip: '197001011990011001' })).code).toBe('EMPLOYEE_NOT_FOUND');
    expect(await partnerships.running.models.Placement.countDocuments({})).toBe(0);
  });

  it('allows one open degree placement per employee, even under concurrent requests', async () => {
    const degree = () => call('StartPlacement', { agreementId: agreements.active, nip: B, kind: 'degree', startsOn: '2026-03-02', endsOn: '2026-12-20', jp: 0 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, degree));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code))).toEqual(new Set(['DEGREE_PLACEMENT_OPEN']));
    expect(await partnerships.running.models.Placement.countDocuments({ nip: B, kind: 'degree' })).toBe(1);
  });

  it('completes a placement with its JP in the event', async () => {
    const placement = await call('StartPlacement', { agreementId: agreements.active, nip: A, kind: 'internship', startsOn: '2026-01-10', endsOn: '2026-02-20', jp: 40 });
    expect(placement).toMatchObject({ nip: A, opd: 'DLH', status: 'open', jp: 40 });
    expect((await refusal('CompletePlacement', { placementId: placement.id, completedOn: '2026-01-01' })).errors?.[0]?.path).toBe('/completedOn');
    const done = await call('CompletePlacement', { placementId: placement.id, completedOn: '2026-02-20' });
    expect(done).toMatchObject({ status: 'completed', completedOn: '2026-02-20' });
    expect((await refusal('CompletePlacement', { placementId: placement.id, completedOn: '2026-02-21' })).code).toBe('PLACEMENT_COMPLETED');

    await eventually(() => expect(ofType('placement.completed')).toHaveLength(1));
    const [{ event, key }] = ofType('placement.completed') as [ReturnType<TopicCollector['events']>[number]];
    expect(key).toBe(A);
    expect(event.data).toEqual({ placementId: placement.id, agreementId: agreements.active, partnerId, nip: A, opd: 'DLH', kind: 'internship', jp: 40, completedOn: '2026-02-20' });
    expect(check(EVENT_DEFINITIONS['partnerships.placement.completed'].schema, event.data)).toEqual([]);
    expect((await call('ListPlacements', { nip: A })).items).toHaveLength(1);
    expect((await call('ListPlacements', { opd: 'DINKES', status: 'open' })).items).toHaveLength(1);
  });

  it('ends agreements past their end date once, also after a restart', async () => {
    await eventually(() => expect(ofType('agreement.ended').map((e) => e.event.data.agreementId)).toEqual([agreements.expired]), 20_000);
    // Time passes beyond the active agreement's end (31 December): 00:30 WIB on 1 January is
    // 17:30 UTC on 31 December, and the agreement has ended in Salatiga (spec 8.1).
    now = new Date('2026-12-31T17:30:00Z');
    await eventually(() => expect(ofType('agreement.ended').map((e) => e.event.data.agreementId).sort()).toEqual([agreements.active, agreements.expired].sort()), 20_000);
    expect(ofType('agreement.ended').find((e) => e.event.data.agreementId === agreements.active)!.event.data).toMatchObject({ number: 'PKS/UKSW/2026/001', endedOn: '2026-12-31' });

    // Restart: a new process over the same data checks again at start and periodically.
    await partnerships.restart();
    // Its check at start and two periodic ones have run; all they wrote is published and read.
    await eventually(() => expect(partnerships.running.agreementExpiry.completedRuns).toBeGreaterThanOrEqual(3), 20_000);
    await outboxDrained([partnerships.running.models.Agreement.collection]);
    await partnerships.events.caughtUp();
    expect(ofType('agreement.ended')).toHaveLength(2);
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, partnerships.running.service.connection.db!)).toEqual([]);
  });
});
