import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '@asn/contracts';
import { createEvent, createKafka, EventProducer, toMessage } from '@asn/messaging';
import { createLogger } from '@asn/service-kit';
import { eventually, sampleGif, samplePdf, samplePng, startPlatform, testInfra, testNamespace, type RunningPlatform } from '@asn/testing';
import { signDevToken } from '@asn/testing';
import { SignJWT } from 'jose';

const ns = testNamespace('gateway');
const SECRET = 'gateway-test-secret-0123456789-abcdefghij';
let platform: RunningPlatform;
let base: string;
const tokens: Record<string, string> = {};

const A = '198507142010011003'; // DLH
const B = '199001012015031001'; // DINKES
const C = '199203152018012001'; // DLH, the employee token's own NIP
const emp = (nip: string, opd: string, name: string) => ({ nip, name, opd, position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/a', education: 'S1' });

/** A request as admin unless told otherwise (`token: null`: none), with a JSON body or a multipart form. */
async function api(method: string, path: string, opts: { token?: string | null; body?: unknown; form?: FormData; headers?: Record<string, string> } = {}) {
  const token = opts.token === undefined ? tokens.admin : opts.token;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.form ? { body: opts.form } : opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  let body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

const ids: Record<string, string> = {};

/** A report of external learning as a browser form sends it: text fields and the certificate file. */
const externalForm = (fields: Record<string, string | number>, file?: { content: Buffer; name: string; type?: string }) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
  if (file) form.append('certificate', new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return form;
};
const WEBINAR = { title: 'Webinar Nasional Pengelolaan Sampah', kind: 'webinar', provider: 'Kementerian LHK', jp: 8, completedOn: '2026-05-20' };
const postForm = (path: string, form: FormData, token?: string, headers: Record<string, string> = {}) => api('POST', path, { form, ...(token ? { token } : {}), headers });

beforeAll(async () => {
  platform = await startPlatform(ns, { env: { JWT_SECRET: SECRET, COMPOSE_DEADLINE_MS: '1500', UPSTREAM_DEADLINE_MS: '3000', SSE_HEARTBEAT_MS: '500', SSE_MAX_CLIENTS_PER_SUBJECT: '2' } });
  base = platform.gatewayUrl;
  tokens.admin = await signDevToken(SECRET, { role: 'admin', sub: 'bkpsdm-admin' });
  tokens.agencyDLH = await signDevToken(SECRET, { role: 'agency', opd: 'DLH' });
  tokens.agencyDINKES = await signDevToken(SECRET, { role: 'agency', opd: 'DINKES' });
  tokens.analyst = await signDevToken(SECRET, { role: 'analyst' });
  tokens.employeeC = await signDevToken(SECRET, { role: 'employee', nip: C });
  tokens.badSignature = await signDevToken('another-secret-0123456789-abcdefghijkl', { role: 'admin' });
  tokens.expired = await signDevToken(SECRET, { role: 'admin' }, Math.floor(Date.now() / 1000) - 60);
  // Found by probing (issue #14): an admin token without exp never expired, and an agency token with
  // an empty opd saw every OPD.
  const handMade = (claims: Record<string, unknown>, expires?: string) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('prober').setIssuedAt();
    return (expires ? jwt.setExpirationTime(expires) : jwt).sign(new TextEncoder().encode(SECRET));
  };
  tokens.noExpiry = await handMade({ role: 'admin' });
  tokens.emptyOpd = await handMade({ role: 'agency', opd: '' }, '1h');

  for (const [nip, opd, name] of [[A, 'DLH', 'Dewi Lestari'], [B, 'DINKES', 'Bambang Wijaya'], [C, 'DLH', 'Citra Ayu']] as const) {
    expect((await api('POST', '/v1/employees', { body: emp(nip, opd, name) })).status).toBe(201);
  }
  ids.program = (await api('POST', '/v1/programs', { body: { code: 'TEK-AMDAL-01', title: 'Penyusunan AMDAL', category: 'technical', mode: 'blended', jp: 24, competencies: [{ code: 'K-AMDAL', type: 'technical' }] } })).body.id;
  ids.session = (await api('POST', `/v1/programs/${ids.program}/sessions`, { body: { startsOn: '2026-03-02', endsOn: '2026-03-05', capacity: 10 } })).body.id;
  ids.partner = (await api('POST', '/v1/partners', { body: { name: 'Universitas Kristen Satya Wacana', kind: 'university', city: 'Salatiga' } })).body.id;
  ids.agreement = (await api('POST', `/v1/partners/${ids.partner}/agreements`, { body: { number: 'PKS/UKSW/2026/001', title: 'Magang ASN', scope: 'Magang', startsOn: '2026-01-01', endsOn: '2026-12-31' } })).body.id;
  // Services learn employees from personnel events: wait until learning and innovation know them.
  await eventually(async () => expect((await api('POST', `/v1/sessions/${ids.session}/enrollments`, { body: { nip: A } })).status).toBe(201), 30_000, 300);
  ids.enrollment = `${ids.session}:${A}`;
  const reported = await postForm(`/v1/employees/${A}/external-learning`, externalForm({ ...WEBINAR, title: 'MOOC Tata Kelola Data' }, { content: await samplePdf(['MOOC Tata Kelola Data']), name: 'mooc.pdf', type: 'application/pdf' }));
  expect(reported.status, JSON.stringify(reported.body)).toBe(201);
  ids.external = reported.body.id;
  await eventually(async () => {
    const r = await api('POST', '/v1/ideas', { body: { title: 'Salatiga Hijau', problem: 'Ruang terbuka hijau berkurang di pusat kota.', proposal: 'Menanam pohon bersama warga tiap kelurahan.', category: 'environment', proposerNip: A } });
    expect(r.status).toBe(201);
    ids.idea = r.body.id;
  }, 30_000, 300);
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
});

describe('gateway: validation', () => {
  const cases: [string, string, unknown, string][] = [
    ['POST', '/v1/employees', emp('123', 'DLH', 'X'), 'body/nip'],
    ['GET', '/v1/employees?pageSize=500', undefined, 'querystring/pageSize'],
    ['GET', '/v1/employees?page=2147483648', undefined, 'querystring/page'], // once wrapped to a negative int32 in gRPC (issue #14)
    ['GET', '/v1/programs?page=10001', undefined, 'querystring/page'],
    ['GET', '/v1/employees/123', undefined, 'params/nip'],
    ['PATCH', `/v1/employees/${A}`, {}, 'body'],
    ['PATCH', `/v1/employees/${A}`, { opd: 'DINKES', effectiveOn: '2026-02-30' }, 'body/effectiveOn'],
    // A date without the change it dates (it would have been dropped silently).
    ['PATCH', `/v1/employees/${A}`, { grade: 'III/c', effectiveOn: '2026-02-01' }, 'body/effectiveOn'],
    ['PATCH', `/v1/employees/${A}`, { retiredOn: '2026-02-01' }, 'body/retiredOn'],
    ['PUT', '/v1/positions/JF-PLH/standard', { competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 9 }] }, 'body/competencies/0/requiredLevel'],
    ['POST', `/v1/employees/${A}/assessments`, { code: 'K-AMDAL', type: 'technical', level: 6, assessedOn: '2026-01-01', method: 'uji' }, 'body/level'],
    ['POST', '/v1/programs', { code: 'X-1', title: 'Judul', category: 'technical', mode: 'classical', jp: 0, competencies: [{ code: 'K', type: 'technical' }] }, 'body/jp'],
    ['POST', '/v1/programs/p1/sessions', { startsOn: '2026-01-01', endsOn: '2026-01-02', capacity: 0 }, 'body/capacity'],
    ['POST', '/v1/sessions/s1/enrollments', { nip: 'x' }, 'body/nip'],
    ['POST', '/v1/enrollments/e1/completion', { attendedJp: 1, preTestScore: 1, postTestScore: 101, passed: true, completedOn: '2026-01-01' }, 'body/postTestScore'],
    ['POST', '/v1/partners', { name: 'Mitra', kind: 'club', city: 'Salatiga' }, 'body/kind'],
    ['POST', '/v1/partners/p1/agreements', { number: 'N-1', title: 'Judul', scope: 'x', startsOn: '2026-02-30', endsOn: '2026-03-01' }, 'body/startsOn'],
    ['POST', '/v1/agreements/a1/placements', { nip: A, kind: 'holiday', startsOn: '2026-01-01', endsOn: '2026-02-01', jp: 10 }, 'body/kind'],
    ['POST', '/v1/placements/p1/completion', { completedOn: 'yesterday' }, 'body/completedOn'],
    ['POST', '/v1/ideas', { title: 'Ide', problem: 'masalah panjang sekali', proposal: 'usulan panjang sekali', category: 'magic', proposerNip: A }, 'body/category'],
    ['POST', '/v1/ideas/i1/transitions', { to: 'flying' }, 'body/to'],
    ['POST', '/v1/ideas/i1/participation', { citizens: 0, activity: 'Kerja bakti', on: '2026-01-01' }, 'body/citizens'],
    ['POST', '/v1/feedback', { nip: A, sessionId: 's1', relevance: 9, satisfaction: 3 }, 'body/relevance'],
    ['POST', '/v1/behavior-assessments', { nip: A, programId: 'p1', assessorNip: B, score: 0 }, 'body/score'],
    ['POST', '/v1/appraisals', { nip: A, year: 2025, rating: 'excellent' }, 'body/rating'],
    ['POST', '/v1/discipline-records', { nip: A, level: 'medium', decidedOn: '2026-01-01' }, 'body/level'],
    ['GET', `/v1/metrics/employees/${A}?year=1999`, undefined, 'querystring/year'],
    ['GET', '/v1/metrics/opd/dlh', undefined, 'params/opd'],
    ['GET', '/v1/plans/opd/DLH?year=abc', undefined, 'querystring/year'],
    ['GET', '/v1/plans/opd/DLH?page=0', undefined, 'querystring/page'],
    ['GET', '/v1/plans/opd/DLH?pageSize=101', undefined, 'querystring/pageSize'],
    ['GET', '/v1/behavior-assessments/due?asOf=2026-13-01', undefined, 'querystring/asOf'],
    ['GET', '/v1/behavior-assessments/due?include=everything', undefined, 'querystring/include'],
    ['POST', '/v1/programs/p1/revisions', { summary: '' }, 'body/summary'],
  ];
  it.each(cases)('%s %s is refused with a problem naming %s', async (method, path, body, field) => {
    const res = await api(method, path, { body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // Spec 6.3 and 8.2: any bad NIP is NIP_INVALID, anything else VALIDATION_FAILED.
    expect(res.body).toMatchObject({ status: 400, code: /nip$/i.test(field) ? 'NIP_INVALID' : 'VALIDATION_FAILED', type: expect.any(String), title: 'Bad Request', detail: expect.any(String) });
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('changes nothing of an employee when a PATCH carries a date without the change it dates', async () => {
    expect((await api('PATCH', `/v1/employees/${A}`, { body: { grade: 'IV/e', effectiveOn: '2026-02-01' } })).status).toBe(400);
    expect((await api('GET', `/v1/employees/${A}`)).body.grade).not.toBe('IV/e');
  });

  it('refuses a bad NIP in a path or a body with NIP_INVALID naming the part that is wrong (spec 8.2)', async () => {
    const parts: [string, RegExp][] = [
      ['198502302010011003', /birth date 19850230/],
      ['198507142010131003', /appointment month 201013/],
      ['198507142010017003', /gender digit 7/],
      ['198507142010011000', /serial 000/],
    ];
    for (const [nip, part] of parts) {
      for (const res of [await api('GET', `/v1/employees/${nip}`), await api('POST', '/v1/employees', { body: emp(nip, 'DLH', 'X') })]) {
        expect(res.status, nip).toBe(400);
        expect(res.body, nip).toMatchObject({ code: 'NIP_INVALID', detail: expect.stringMatching(part) });
      }
    }
  });

  it('maps service errors to problems with their stable codes', async () => {
    expect((await api('POST', '/v1/employees', { body: emp(A, 'DLH', 'Lagi') })).body).toMatchObject({ status: 409, code: 'NIP_TAKEN' });
    expect((await api('POST', '/v1/employees', { body: emp('198502302010011003', 'DLH', 'X') })).body).toMatchObject({ status: 400, code: 'NIP_INVALID' });
    expect((await api('GET', '/v1/employees/197001011990011001')).body).toMatchObject({ status: 404, code: 'EMPLOYEE_NOT_FOUND' });
    expect((await api('POST', `/v1/sessions/${ids.session}/enrollments`, { body: { nip: A } })).body).toMatchObject({ status: 409, code: 'ALREADY_ENROLLED' });
    // An admin's write about a NIP nobody registered: the service refuses it, personnel says it does not exist.
    const nobody = '197001011990011001';
    expect((await api('POST', `/v1/sessions/${ids.session}/enrollments`, { body: { nip: nobody } })).body).toMatchObject({ status: 404, code: 'EMPLOYEE_NOT_FOUND' });
    expect((await api('POST', '/v1/appraisals', { body: { nip: nobody, year: 2025, rating: 'good' } })).body).toMatchObject({ status: 404, code: 'EMPLOYEE_NOT_FOUND' });
    expect((await api('POST', `/v1/employees/${nobody}/assessments`, { body: { code: 'K-AMDAL', type: 'technical', level: 2, assessedOn: '2026-02-10', method: 'uji kompetensi' } })).body).toMatchObject({ status: 404, code: 'EMPLOYEE_NOT_FOUND' });
    expect((await api('POST', `/v1/ideas/${ids.idea}/transitions`, { body: { to: 'launched' } })).body).toMatchObject({ status: 409, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('carries the correlation id to the services and back', async () => {
    const res = await api('GET', `/v1/employees/${A}`, { headers: { 'x-correlation-id': 'corr-gw-42' } });
    expect(res.headers.get('x-correlation-id')).toBe('corr-gw-42');
    expect(res.status).toBe(200);
  });
});

describe('gateway: authorisation', () => {
  type Case = [string, string, string, unknown, number[]];
  const allowed = (...codes: number[]) => codes;
  const table = (): Case[] => [
    // [who, method, path, body, expected statuses]
    ['admin', 'GET', `/v1/employees/${A}`, undefined, allowed(200)],
    ['agencyDLH', 'GET', `/v1/employees/${A}`, undefined, allowed(200)],
    ['agencyDINKES', 'GET', `/v1/employees/${A}`, undefined, allowed(404)],
    ['analyst', 'GET', `/v1/employees/${A}`, undefined, allowed(200)],
    ['employeeC', 'GET', `/v1/employees/${C}`, undefined, allowed(200)],
    ['employeeC', 'GET', `/v1/employees/${A}`, undefined, allowed(403)],
    ['agencyDLH', 'GET', `/v1/employees/${A}/profile`, undefined, allowed(200)],
    ['agencyDINKES', 'GET', `/v1/employees/${A}/profile`, undefined, allowed(404)],
    ['employeeC', 'GET', `/v1/employees/${C}/profile`, undefined, allowed(200)],
    ['employeeC', 'GET', `/v1/employees/${A}/profile`, undefined, allowed(403)],
    ['employeeC', 'GET', `/v1/metrics/employees/${A}`, undefined, allowed(403)],
    ['agencyDINKES', 'GET', `/v1/metrics/employees/${A}`, undefined, allowed(404)],
    ['agencyDLH', 'POST', '/v1/employees', emp('199505052020121001', 'DLH', 'Eko'), allowed(201)],
    ['agencyDLH', 'POST', '/v1/employees', emp('199505052020121002', 'DINKES', 'Eka'), allowed(403)],
    ['analyst', 'POST', '/v1/employees', emp('199505052020121003', 'DLH', 'Edi'), allowed(403)],
    ['employeeC', 'POST', '/v1/employees', emp('199505052020121004', 'DLH', 'Ela'), allowed(403)],
    ['agencyDLH', 'GET', '/v1/employees?opd=DINKES', undefined, allowed(403)],
    ['agencyDLH', 'GET', '/v1/employees', undefined, allowed(200)],
    ['employeeC', 'GET', '/v1/employees', undefined, allowed(403)],
    ['agencyDLH', 'PATCH', `/v1/employees/${A}`, { opd: 'DINKES' }, allowed(403)],
    ['agencyDLH', 'PATCH', `/v1/employees/${A}`, { grade: 'III/b' }, allowed(200)],
    ['agencyDINKES', 'PATCH', `/v1/employees/${A}`, { grade: 'III/c' }, allowed(404)],
    ['agencyDLH', 'PUT', '/v1/positions/JF-PLH/standard', { competencies: [] }, allowed(403)],
    ['admin', 'PUT', '/v1/positions/JF-PLH/standard', { competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }] }, allowed(200)],
    ['agencyDINKES', 'POST', `/v1/employees/${A}/assessments`, { code: 'K-AMDAL', type: 'technical', level: 2, assessedOn: '2026-01-10', method: 'uji' }, allowed(404)],
    ['agencyDLH', 'POST', '/v1/programs', { code: 'X-2', title: 'Judul', category: 'technical', mode: 'classical', jp: 8, competencies: [{ code: 'K', type: 'technical' }] }, allowed(403)],
    ['employeeC', 'GET', '/v1/programs', undefined, allowed(200)],
    ['analyst', 'GET', `/v1/programs/${ids.program}`, undefined, allowed(200)],
    ['agencyDLH', 'GET', `/v1/programs/${ids.program}/sessions`, undefined, allowed(200)], // agencies find sessions to enrol their staff (issue #15)
    ['agencyDINKES', 'POST', `/v1/sessions/${ids.session}/enrollments`, { nip: C }, allowed(404)],
    ['analyst', 'POST', `/v1/sessions/${ids.session}/enrollments`, { nip: C }, allowed(403)],
    ['employeeC', 'POST', `/v1/sessions/${ids.session}/enrollments`, { nip: C }, allowed(403)],
    ['agencyDLH', 'POST', `/v1/enrollments/${ids.enrollment}/completion`, { attendedJp: 24, preTestScore: 50, postTestScore: 80, passed: true, completedOn: '2026-03-05' }, allowed(403)],
    ['agencyDLH', 'POST', '/v1/partners', { name: 'Mitra Lain', kind: 'ngo', city: 'Salatiga' }, allowed(403)],
    ['analyst', 'GET', '/v1/agreements', undefined, allowed(403)],
    ['admin', 'GET', '/v1/agreements', undefined, allowed(200)],
    ['employeeC', 'POST', '/v1/ideas', { title: 'Ide Citra', problem: 'Antrian perizinan panjang.', proposal: 'Perizinan daring terpadu.', category: 'digital', proposerNip: C }, allowed(201)],
    ['employeeC', 'POST', '/v1/ideas', { title: 'Ide atas nama orang', problem: 'Antrian perizinan panjang.', proposal: 'Perizinan daring terpadu.', category: 'digital', proposerNip: A }, allowed(403)],
    ['employeeC', 'GET', '/v1/ideas', undefined, allowed(200)],
    ['agencyDINKES', 'POST', `/v1/ideas/${ids.idea}/transitions`, { to: 'under-review' }, allowed(403)],
    ['analyst', 'POST', `/v1/ideas/${ids.idea}/transitions`, { to: 'under-review' }, allowed(403)],
    ['agencyDLH', 'POST', `/v1/ideas/${ids.idea}/transitions`, { to: 'under-review' }, allowed(200)],
    ['employeeC', 'POST', '/v1/feedback', { nip: A, sessionId: ids.session, relevance: 4, satisfaction: 4 }, allowed(403)],
    ['employeeC', 'POST', '/v1/feedback', { nip: C, sessionId: ids.session, relevance: 4, satisfaction: 4 }, allowed(409)], // allowed, but C did not complete
    ['agencyDLH', 'POST', '/v1/feedback', { nip: A, sessionId: ids.session, relevance: 4, satisfaction: 4 }, allowed(403)],
    ['agencyDINKES', 'POST', '/v1/appraisals', { nip: A, year: 2025, rating: 'good' }, allowed(404)],
    ['employeeC', 'POST', '/v1/discipline-records', { nip: C, level: 'light', decidedOn: '2026-01-01' }, allowed(403)],
    ['agencyDLH', 'GET', '/v1/metrics/opd/DLH', undefined, allowed(200)],
    ['agencyDLH', 'GET', '/v1/metrics/opd/DINKES', undefined, allowed(403)],
    ['analyst', 'GET', '/v1/metrics/opd/DINKES', undefined, allowed(200)],
    ['employeeC', 'GET', '/v1/metrics/opd/DLH', undefined, allowed(403)],
    ['agencyDLH', 'GET', `/v1/metrics/programs/${ids.program}`, undefined, allowed(403)],
    ['analyst', 'GET', `/v1/metrics/programs/${ids.program}`, undefined, allowed(200)],
    ['agencyDLH', 'GET', '/v1/plans/opd/DLH', undefined, allowed(200)],
    ['agencyDLH', 'GET', '/v1/plans/opd/DINKES', undefined, allowed(403)],
    ['analyst', 'GET', '/v1/plans/opd/DLH', undefined, allowed(403)],
    ['agencyDLH', 'GET', '/v1/behavior-assessments/due?opd=DINKES', undefined, allowed(403)],
    ['agencyDLH', 'GET', '/v1/behavior-assessments/due', undefined, allowed(200)],
    ['employeeC', 'GET', '/v1/metrics/stream', undefined, allowed(403)],
    ['agencyDLH', 'GET', '/v1/metrics/stream', undefined, allowed(403)],
  ];

  it('enforces roles and OPD/NIP scope on every route family', async () => {
    const results: string[] = [];
    for (const [who, method, path, body, expected] of table()) {
      const res = await api(method, path, { token: tokens[who], body });
      results.push(`${who} ${method} ${path} → ${res.status}${expected.includes(res.status) ? '' : ` (expected ${expected.join('|')}: ${JSON.stringify(res.body).slice(0, 160)})`}`);
      if (res.status === 404 || res.status === 403) expect(res.body.nip ?? res.body.name, 'no data in a refusal').toBeUndefined();
    }
    expect(results.filter((r) => r.includes('expected'))).toEqual([]);
  });

  const routes: [string, string][] = [
    ['GET', `/v1/employees/${A}`], ['POST', '/v1/employees'], ['GET', `/v1/employees/${A}/profile`], ['POST', '/v1/programs'], ['GET', '/v1/programs'],
    ['POST', `/v1/sessions/${'s'}/enrollments`], ['POST', '/v1/partners'], ['POST', '/v1/ideas'], ['POST', '/v1/feedback'], ['GET', '/v1/metrics/opd/DLH'],
    ['GET', '/v1/metrics/stream'], ['GET', '/v1/plans/opd/DLH'], ['GET', '/v1/behavior-assessments/due'],
  ];
  it.each(['none', 'badSignature', 'expired', 'noExpiry', 'emptyOpd'])('answers 401 with a %s token on every route family', async (kind) => {
    for (const [method, path] of routes) {
      const res = await api(method, path, { token: kind === 'none' ? null : tokens[kind], body: method === 'POST' ? {} : undefined });
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expect(res.body.code).toBe(kind === 'none' ? 'UNAUTHENTICATED' : kind === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
  });
});

/*
 * The authorisation matrix of spec 6.2 (and 8.8 for the audit log), walked over the gateway's own
 * route table (its OpenAPI document): a route the table does not list fails the test, so a new
 * route cannot ship without its rule. Scope: `employee` routes are about employee A of DLH (an
 * agency of DINKES and another employee are refused, 403 or 404); `opd` routes are about DLH;
 * `self` routes act as employee A.
 */
type Who = 'admin' | 'agency' | 'analyst' | 'employee';
const EVERYONE: Who[] = ['admin', 'agency', 'analyst', 'employee'];
const MATRIX: Record<string, { roles: Who[]; scope?: 'employee' | 'opd' | 'self'; public?: true }> = {
  'POST /v1/employees': { roles: ['admin', 'agency'], scope: 'opd' },
  'GET /v1/employees': { roles: ['admin', 'agency', 'analyst'] },
  'GET /v1/employees/{nip}': { roles: EVERYONE, scope: 'employee' },
  'PATCH /v1/employees/{nip}': { roles: ['admin', 'agency'], scope: 'employee' },
  'PUT /v1/positions/{code}/standard': { roles: ['admin'] },
  'POST /v1/employees/{nip}/assessments': { roles: ['admin', 'agency'], scope: 'employee' },
  'GET /v1/employees/{nip}/profile': { roles: EVERYONE, scope: 'employee' },
  'POST /v1/programs': { roles: ['admin'] },
  'GET /v1/programs': { roles: EVERYONE },
  'GET /v1/programs/{id}': { roles: EVERYONE },
  'POST /v1/programs/{id}/revisions': { roles: ['admin'] }, // spec 8.6
  'POST /v1/programs/{id}/sessions': { roles: ['admin'] },
  'GET /v1/programs/{id}/sessions': { roles: EVERYONE }, // agencies find sessions to enrol their staff (issue #15)
  'POST /v1/sessions/{id}/enrollments': { roles: ['admin', 'agency'], scope: 'employee' },
  'GET /v1/sessions/{id}/enrollments': { roles: ['admin', 'agency'] }, // an agency's list holds its own OPD only (issue #16)
  'POST /v1/enrollments/{id}/completion': { roles: ['admin'] },
  'GET /v1/certificates/{id}.pdf': { roles: EVERYONE },
  'GET /v1/certificates/verify/{code}': { roles: EVERYONE, public: true }, // the QR code's page (spec 8.10, issue #16)
  'POST /v1/partners': { roles: ['admin'] },
  'GET /v1/partners': { roles: ['admin'] },
  'POST /v1/partners/{id}/agreements': { roles: ['admin'] },
  'GET /v1/agreements': { roles: ['admin'] },
  'POST /v1/agreements/{id}/placements': { roles: ['admin'] },
  'POST /v1/placements/{id}/completion': { roles: ['admin'] },
  'POST /v1/ideas': { roles: ['admin', 'agency', 'employee'], scope: 'self' },
  'GET /v1/ideas': { roles: EVERYONE },
  'POST /v1/ideas/{id}/transitions': { roles: ['admin', 'agency'], scope: 'opd' },
  'POST /v1/ideas/{id}/participation': { roles: ['admin', 'agency'], scope: 'opd' },
  'POST /v1/ideas/{id}/impact': { roles: ['admin', 'agency'], scope: 'opd' },
  'POST /v1/feedback': { roles: ['admin', 'employee'], scope: 'self' },
  'POST /v1/behavior-assessments': { roles: ['admin', 'agency'], scope: 'employee' },
  'POST /v1/appraisals': { roles: ['admin', 'agency'], scope: 'employee' },
  'POST /v1/discipline-records': { roles: ['admin', 'agency'], scope: 'employee' },
  'GET /v1/behavior-assessments/due': { roles: ['admin', 'agency'] },
  'GET /v1/metrics/employees/{nip}': { roles: EVERYONE, scope: 'employee' },
  'GET /v1/metrics/opd': { roles: ['admin', 'analyst'] }, // the city overview (issue #16)
  'GET /v1/metrics/opd/{opd}': { roles: ['admin', 'agency', 'analyst'], scope: 'opd' },
  'GET /v1/metrics/opd/{opd}/employees': { roles: ['admin', 'agency', 'analyst'], scope: 'opd' }, // JP per employee (issue #16)
  'GET /v1/metrics/programs': { roles: ['admin', 'agency', 'analyst'] }, // aggregates only, for every dashboard (issue #16)
  'GET /v1/metrics/programs/{id}': { roles: ['admin', 'analyst'] },
  'GET /v1/metrics/stream': { roles: ['admin', 'analyst'] },
  'GET /v1/plans/opd/{opd}': { roles: ['admin', 'agency'], scope: 'opd' },
  'GET /v1/audit': { roles: ['admin'] },
  // Issue #15, item 10.
  'POST /v1/employees/{nip}/external-learning': { roles: ['admin', 'agency', 'employee'], scope: 'employee' },
  'POST /v1/external-learning/{id}/verification': { roles: ['admin'] },
  'GET /v1/external-learning': { roles: ['admin', 'agency', 'employee'] },
  'GET /v1/external-learning/{id}': { roles: ['admin', 'agency', 'employee'], scope: 'employee' },
  'GET /v1/external-learning/{id}/certificate': { roles: ['admin', 'agency', 'employee'], scope: 'employee' },
};

describe('gateway: the authorisation matrix, generated from the route table (issue #14)', () => {
  // Every kind of caller: admin, an agency of the resource's OPD and of another, an analyst, the
  // employee the resource is about and another one, and no token.
  const callers = async () => ({
    admin: { role: 'admin' as Who, token: tokens.admin!, sees: [A, B, C] },
    agencyOwn: { role: 'agency' as Who, token: tokens.agencyDLH!, sees: [A, C] },
    agencyOther: { role: 'agency' as Who, token: tokens.agencyDINKES!, sees: [B] },
    analyst: { role: 'analyst' as Who, token: tokens.analyst!, sees: [A, B, C] },
    employeeSelf: { role: 'employee' as Who, token: await signDevToken(SECRET, { role: 'employee', nip: A }), sees: [A] },
    employeeOther: { role: 'employee' as Who, token: tokens.employeeC!, sees: [C] },
  });
  const NAMES: Record<string, string> = { [A]: 'Dewi Lestari', [B]: 'Bambang Wijaya', [C]: 'Citra Ayu' };
  const url = (path: string) =>
    path.replace('{nip}', A).replace('{opd}', 'DLH').replace('{code}', 'JF-PLH').replace('{id}', () => {
      if (path.startsWith('/v1/programs')) return ids.program!;
      if (path.startsWith('/v1/sessions')) return ids.session!;
      if (path.startsWith('/v1/partners')) return ids.partner!;
      if (path.startsWith('/v1/agreements')) return ids.agreement!;
      // Not the real enrolment: the certificate test below completes it.
      if (path.startsWith('/v1/enrollments')) return 'matrix-enrollment';
      if (path.startsWith('/v1/ideas')) return ids.idea!;
      // A's record; the verification goes to an unknown one, so the tests below find A's still reported.
      if (path === '/v1/external-learning/{id}/verification') return 'matrix-external-learning';
      if (path.startsWith('/v1/external-learning')) return ids.external!;
      return 'unknown-id';
    });
  // Valid bodies, about employee A of DLH, so that a refusal comes from the rule and not from validation.
  const BODIES: Record<string, unknown> = {
    'POST /v1/employees': emp(A, 'DLH', 'Dewi Lestari'),
    'PATCH /v1/employees/{nip}': { grade: 'III/b' },
    'PUT /v1/positions/{code}/standard': { competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }] },
    'POST /v1/employees/{nip}/assessments': { code: 'K-AMDAL', type: 'technical', level: 3, assessedOn: '2026-02-02', method: 'assessment-center' },
    'POST /v1/programs': { code: 'MATRIX-01', title: 'Matriks', category: 'technical', mode: 'classical', jp: 8, competencies: [{ code: 'K-AMDAL', type: 'technical' }] },
    'POST /v1/programs/{id}/revisions': { summary: 'Materi disesuaikan dengan tugas harian' },
    'POST /v1/programs/{id}/sessions': { startsOn: '2026-04-06', endsOn: '2026-04-07', capacity: 5 },
    'POST /v1/sessions/{id}/enrollments': { nip: A },
    'POST /v1/enrollments/{id}/completion': { attendedJp: 24, preTestScore: 60, postTestScore: 80, passed: true, completedOn: '2026-03-05' },
    'POST /v1/partners': { name: 'Mitra Matriks', kind: 'institute', city: 'Salatiga' },
    'POST /v1/partners/{id}/agreements': { number: 'PKS/MATRIX/1', title: 'Matriks', scope: 'Magang', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    'POST /v1/agreements/{id}/placements': { nip: A, kind: 'internship', startsOn: '2026-02-01', endsOn: '2026-02-28', jp: 10 },
    'POST /v1/placements/{id}/completion': { completedOn: '2026-02-28' },
    'POST /v1/ideas': { title: 'Matriks', problem: 'Masalah yang cukup panjang.', proposal: 'Usulan yang cukup panjang.', category: 'environment', proposerNip: A },
    'POST /v1/ideas/{id}/transitions': { to: 'under-review' },
    'POST /v1/ideas/{id}/participation': { citizens: 3, activity: 'Menanam pohon', on: '2026-03-01' },
    'POST /v1/ideas/{id}/impact': { indicator: 'Pohon', value: 10, unit: 'pohon', on: '2026-03-01' },
    'POST /v1/feedback': { nip: A, sessionId: 'matrix-session', relevance: 4, satisfaction: 4, comment: 'Baik' },
    'POST /v1/behavior-assessments': { nip: A, programId: 'matrix-program', assessorNip: C, score: 4 },
    'POST /v1/appraisals': { nip: A, year: 2025, rating: 'good' },
    'POST /v1/discipline-records': { nip: A, level: 'light', decidedOn: '2026-03-01' },
    'POST /v1/external-learning/{id}/verification': { decision: 'verified' },
  };
  /** Multipart bodies, made afresh for each request (a file part is read once). */
  const FORMS: Record<string, () => Promise<FormData>> = {
    'POST /v1/employees/{nip}/external-learning': async () => externalForm({ ...WEBINAR, title: `Matriks ${Math.random()}` }, { content: await samplePdf([`Matriks ${Math.random()}`]), name: 'matriks.pdf' }),
  };

  it('lists every route of the gateway with its rule, and answers each caller as the spec says, never with another OPD\'s people', async () => {
    const doc = (await api('GET', '/docs/json', { token: null })).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => m !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`)).filter((op) => op.includes(' /v1/'));
    expect(operations.sort()).toEqual(Object.keys(MATRIX).sort());
    const who = await callers();
    const wrong: string[] = [];
    for (const op of operations) {
      const [method, path] = op.split(' ') as [string, string];
      const rule = MATRIX[op]!;
      for (const [name, caller] of [...Object.entries(who), ['nobody', null] as const]) {
        const controller = new AbortController();
        const form = await FORMS[op]?.();
        const res = await fetch(`${base}${url(path)}`, {
          method,
          signal: controller.signal,
          headers: { ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), ...(BODIES[op] !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(form ? { body: form } : BODIES[op] !== undefined ? { body: JSON.stringify(BODIES[op]) } : {}),
        });
        // The live stream never ends by itself: its status and headers are the answer.
        const text = path === '/v1/metrics/stream' ? '' : await res.text();
        controller.abort();
        let expected: number[] | 'allowed';
        if (!caller) expected = rule.public ? 'allowed' : [401];
        else if (!rule.roles.includes(caller.role)) expected = [403];
        else if ((name === 'agencyOther' && rule.scope && rule.scope !== 'self') || (name === 'employeeOther' && (rule.scope === 'employee' || rule.scope === 'self'))) expected = [403, 404];
        else expected = 'allowed';
        const ok = expected === 'allowed' ? res.status !== 401 && res.status !== 403 : expected.includes(res.status);
        if (!ok) wrong.push(`${name} ${op} → ${res.status} (expected ${expected === 'allowed' ? 'not 401/403' : expected.join('|')}): ${text.slice(0, 160)}`);
        // Spec 8.8: no other OPD's person in any answer (a NIP the caller sent itself aside).
        if (caller && caller.role !== 'admin' && caller.role !== 'analyst') {
          const sent = `${url(path)} ${JSON.stringify(BODIES[op] ?? '')}${FORMS[op] ? ` ${A}` : ''}`;
          for (const nip of [A, B, C].filter((n) => !caller.sees.includes(n))) {
            if (text.includes(NAMES[nip]!) || (text.includes(nip) && !sent.includes(nip))) wrong.push(`${name} ${op} → ${res.status} shows ${nip}: ${text.slice(0, 160)}`);
          }
        }
      }
    }
    expect(wrong.join('\n')).toBe('');
  }, 120_000);
});

describe('gateway: certificates', () => {
  const rendered = async () => Number(/^certificate_pdfs_rendered_total (\d+)/m.exec(await (await fetch(`http://127.0.0.1:${platform.ports.learning.http}/metrics`)).text())?.[1] ?? NaN);

  it('decides who may fetch a certificate before it is rendered (issue #14)', async () => {
    const done = await api('POST', `/v1/enrollments/${ids.enrollment}/completion`, { body: { attendedJp: 24, preTestScore: 60, postTestScore: 85, passed: true, completedOn: '2026-03-05' } });
    expect(done.status).toBe(201);
    const pdf = `/v1/certificates/${done.body.certificate.id}.pdf`;
    const before = await rendered();
    expect(before).toBeGreaterThanOrEqual(0);
    // A's certificate: another OPD's agency and another employee are refused, and nothing is rendered.
    expect((await api('GET', pdf, { token: tokens.agencyDINKES })).status).toBe(404);
    expect((await api('GET', pdf, { token: tokens.employeeC })).status).toBe(403);
    expect(await rendered()).toBe(before);
    const own = await fetch(`${base}${pdf}`, { headers: { authorization: `Bearer ${tokens.agencyDLH}` } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await rendered()).toBe(before + 1);
  });
});

describe('gateway: external learning (issue #15, item 10)', () => {
  const report = (nip: string, token: string | undefined, fields: Record<string, string | number>, file?: { content: Buffer; name: string; type?: string }, headers: Record<string, string> = {}) =>
    postForm(`/v1/employees/${nip}/external-learning`, externalForm(fields, file), token, headers);
  const total = async () => (await api('GET', '/v1/external-learning?pageSize=1')).body.total as number;

  it('takes a report as a multipart form from the employee, their agency or the admin, and refuses everyone else', async () => {
    const pdf = await samplePdf(['Webinar Nasional Pengelolaan Sampah', 'Citra Ayu']);
    const own = await report(C, tokens.employeeC, WEBINAR, { content: pdf, name: 'webinar-sampah.pdf', type: 'application/pdf' });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body).toMatchObject({ nip: C, opd: 'DLH', status: 'reported', jp: 8, kind: 'webinar', certificate: { fileName: 'webinar-sampah.pdf', contentType: 'application/pdf', size: pdf.length } });
    ids.externalC = own.body.id;
    expect((await report(A, tokens.employeeC, WEBINAR, { content: await samplePdf(['lain']), name: 'a.pdf' })).status).toBe(403);
    expect((await report(A, tokens.agencyDINKES, WEBINAR, { content: await samplePdf(['lain']), name: 'a.pdf' })).status).toBe(404);
    expect((await report(A, tokens.analyst, WEBINAR, { content: await samplePdf(['lain']), name: 'a.pdf' })).status).toBe(403);
    const byAgency = await report(A, tokens.agencyDLH, { ...WEBINAR, kind: 'seminar', jp: 4 }, { content: samplePng(), name: 'seminar.png', type: 'image/png' });
    expect([byAgency.status, byAgency.body.certificate?.contentType]).toEqual([201, 'image/png']);
  });

  it('refuses bad files and bad fields with a clear 4xx problem, and stores none of them', async () => {
    const before = await total();
    const pdf = await samplePdf(['Sertifikat yang rusak']);
    const refused = async (fields: Record<string, string | number>, file?: { content: Buffer; name: string }) => {
      const r = await report(C, tokens.employeeC, fields, file);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      return [r.status, r.body.code, r.body.errors?.[0]?.path].filter((x) => x !== undefined);
    };
    expect(await refused(WEBINAR, { content: sampleGif(), name: 'sertifikat.gif' })).toEqual([415, 'CERTIFICATE_FILE_TYPE']);
    expect(await refused(WEBINAR, { content: pdf.subarray(0, 300), name: 'potong.pdf' })).toEqual([400, 'CERTIFICATE_FILE_INVALID']);
    expect(await refused(WEBINAR, { content: Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024, 0x20)]), name: 'besar.pdf' })).toEqual([413, 'CERTIFICATE_FILE_TOO_LARGE']);
    expect(await refused(WEBINAR)).toEqual([400, 'VALIDATION_FAILED', 'body/certificate']);
    expect(await refused({ ...WEBINAR, jp: 'delapan' }, { content: pdf, name: 'a.pdf' })).toEqual([400, 'VALIDATION_FAILED', 'body/jp']);
    expect(await refused({ ...WEBINAR, completedOn: '2099-01-01' }, { content: pdf, name: 'a.pdf' })).toEqual([400, 'VALIDATION_FAILED', '/completedOn']);
    const two = externalForm(WEBINAR, { content: pdf, name: 'a.pdf' });
    two.append('certificate', new Blob([new Uint8Array(pdf)]), 'b.pdf');
    expect((await postForm(`/v1/employees/${C}/external-learning`, two, tokens.employeeC)).status).toBe(413);
    expect((await api('POST', `/v1/employees/${C}/external-learning`, { token: tokens.employeeC, body: WEBINAR })).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body/certificate' }] });
    expect(await total()).toBe(before);
  });

  it('lists records by who may see them, and serves the certificate file to them only', async () => {
    const list = async (token: string | undefined, query = '') => api('GET', `/v1/external-learning${query}`, { token });
    const nipsOf = (r: { body: { items: { nip: string }[] } }) => [...new Set(r.body.items.map((i) => i.nip))].sort();
    expect(nipsOf(await list(tokens.employeeC))).toEqual([C]);
    expect(nipsOf(await list(tokens.agencyDLH))).toEqual([A, C].sort());
    expect((await list(tokens.agencyDINKES)).body).toMatchObject({ total: 0, items: [] });
    expect(nipsOf(await list(tokens.admin, `?nip=${C}`))).toEqual([C]);
    expect((await list(tokens.employeeC, `?nip=${A}`)).status).toBe(403);
    expect((await list(tokens.agencyDLH, '?opd=DINKES')).status).toBe(403);
    expect((await list(tokens.admin, '?status=pending')).status).toBe(400);

    const file = `/v1/external-learning/${ids.externalC}/certificate`;
    for (const [token, status] of [[tokens.admin, 200], [tokens.agencyDLH, 200], [tokens.employeeC, 200], [tokens.agencyDINKES, 404], [await signDevToken(SECRET, { role: 'employee', nip: A }), 404], [tokens.analyst, 403]] as const) {
      const res = await fetch(`${base}${file}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(status);
      if (status !== 200) continue;
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="webinar-sampah.pdf"');
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect((await api('GET', `/v1/external-learning/${ids.externalC}`, { token: tokens.agencyDINKES })).status).toBe(404);
    expect((await api('GET', `/v1/external-learning/${ids.externalC}`, { token: tokens.employeeC })).body).toMatchObject({ id: ids.externalC, status: 'reported' });
  });

  it('lets only the admin verify or reject, once; verified JP reach the employee\'s metrics', async () => {
    const verification = `/v1/external-learning/${ids.externalC}/verification`;
    expect((await api('POST', verification, { token: tokens.agencyDLH, body: { decision: 'verified' } })).status).toBe(403);
    expect((await api('POST', verification, { body: { decision: 'rejected' } })).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/reason' }] });
    const verified = await api('POST', verification, { body: { decision: 'verified' } });
    expect(verified.status).toBe(201);
    expect(verified.body).toMatchObject({ status: 'verified', decidedBy: 'bkpsdm-admin' });
    expect((await api('POST', verification, { body: { decision: 'rejected', reason: 'Terlambat' } })).body.code).toBe('EXTERNAL_LEARNING_DECIDED');
    const rejected = await api('POST', `/v1/external-learning/${ids.external}/verification`, { body: { decision: 'rejected', reason: 'Nama pada sertifikat bukan nama pegawai' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Nama pada sertifikat bukan nama pegawai' });
    // Analytics counts the verified 8 JP in 2026 (completed 2026-05-20), and nothing of the rejected report.
    await eventually(async () => expect((await api('GET', `/v1/metrics/employees/${C}?year=2026`, { token: tokens.employeeC })).body.jp).toMatchObject({ external: 8 }), 30_000, 300);
    expect((await api('GET', `/v1/metrics/employees/${A}?year=2026`)).body.jp.external).toBe(0);
  });

  it('runs a report once per Idempotency-Key, and refuses the same key with another file (spec 8.7)', async () => {
    const pdf = await samplePdf(['Kursus Daring Statistik']);
    const headers = { 'idempotency-key': 'external-1' };
    const first = await report(C, tokens.employeeC, { ...WEBINAR, kind: 'course' }, { content: pdf, name: 'statistik.pdf' }, headers);
    expect(first.status).toBe(201);
    const again = await report(C, tokens.employeeC, { ...WEBINAR, kind: 'course' }, { content: pdf, name: 'statistik.pdf' }, headers);
    expect([again.status, again.body.id, again.headers.get('idempotent-replayed')]).toEqual([201, first.body.id, 'true']);
    const otherFile = await report(C, tokens.employeeC, { ...WEBINAR, kind: 'course' }, { content: await samplePdf(['Kursus lain']), name: 'statistik.pdf' }, headers);
    expect([otherFile.status, otherFile.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });
});

describe('gateway: ideas', () => {
  it('lists ideas by role (an agency its OPD, an employee launched initiatives without people), and analysts never write (issue #14)', async () => {
    let launched = '';
    await eventually(async () => {
      const r = await api('POST', '/v1/ideas', { body: { title: 'Posyandu Digital', problem: 'Pencatatan balita masih manual.', proposal: 'Aplikasi pencatatan posyandu.', category: 'digital', proposerNip: B } });
      expect(r.status).toBe(201);
      launched = r.body.id;
    }, 30_000, 300);
    for (const to of ['under-review', 'approved', 'launched']) expect((await api('POST', `/v1/ideas/${launched}/transitions`, { body: { to, note: 'Ditinjau oleh BKPSDM' } })).status).toBe(200);
    const idsOf = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);

    expect((await api('POST', '/v1/ideas', { token: tokens.analyst, body: { title: 'Atas nama orang lain', problem: 'Antrian perizinan panjang.', proposal: 'Perizinan daring terpadu.', category: 'digital', proposerNip: A } })).status).toBe(403);
    expect(idsOf(await api('GET', '/v1/ideas?pageSize=100', { token: tokens.analyst }))).toEqual(expect.arrayContaining([launched, ids.idea]));

    const dinkes = await api('GET', '/v1/ideas?pageSize=100', { token: tokens.agencyDINKES });
    expect(idsOf(dinkes)).toContain(launched);
    expect(dinkes.body.items.every((i: { opd: string }) => i.opd === 'DINKES')).toBe(true);
    expect((await api('GET', '/v1/ideas?opd=DLH', { token: tokens.agencyDINKES })).status).toBe(403);
    expect((await api('GET', `/v1/ideas?proposerNip=${A}`, { token: tokens.agencyDINKES })).body.items).toEqual([]);

    const open = await api('GET', '/v1/ideas?pageSize=100', { token: tokens.employeeC });
    expect(idsOf(open)).toContain(launched);
    expect(idsOf(open)).not.toContain(ids.idea); // A's idea is not launched
    expect(JSON.stringify(open.body)).not.toMatch(new RegExp(`${B}|${A}|proposerNip|history|Ditinjau`));
    expect((await api('GET', `/v1/ideas?proposerNip=${A}`, { token: tokens.employeeC })).status).toBe(403);
    expect((await api('GET', '/v1/ideas?status=submitted', { token: tokens.employeeC })).status).toBe(403);
    const own = await api('GET', `/v1/ideas?proposerNip=${C}`, { token: tokens.employeeC });
    expect(own.status).toBe(200);
    expect(own.body.items.every((i: { proposerNip: string }) => i.proposerNip === C)).toBe(true);
  });
});

describe('gateway: the needs plan', () => {
  it('sends the plan as analytics drafted it, with the draft as its ETag (304 to a client holding it), and a new draft once the data changes', async () => {
    const plan = () => api('GET', '/v1/plans/opd/DLH', { token: tokens.agencyDLH });
    // Analytics knows DLH's employees once it has ingested personnel's events (C is short of 20 JP).
    await eventually(async () => expect((await plan()).body.entries?.find((e: { nip: string }) => e.nip === C)?.jpMissing).toBeGreaterThan(0), 30_000, 300);
    const first = await plan();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(first.body).sort()).toEqual(['basedOnYear', 'entries', 'jpMissingTotal', 'opd', 'total', 'year']);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"\s]+"$/);
    // The same draft again: the same plan, byte for byte, and the same tag.
    const again = await plan();
    expect([again.status, again.headers.get('etag'), again.body]).toEqual([200, etag, first.body]);
    const revalidated = await api('GET', '/v1/plans/opd/DLH', { token: tokens.agencyDLH, headers: { 'if-none-match': etag! } });
    expect([revalidated.status, revalidated.body]).toEqual([304, '']);
    // What the gateway holds is never sent to someone the plan is not for.
    expect((await api('GET', '/v1/plans/opd/DLH', { token: tokens.agencyDINKES, headers: { 'if-none-match': etag! } })).status).toBe(403);
    // Pages of the same draft: its entries in the plan's order, with the whole plan's totals.
    const whole = first.body.entries as { nip: string; jpMissing?: number }[];
    expect(whole.length).toBeGreaterThanOrEqual(2);
    const pageOf = (query: string, headers?: Record<string, string>) => api('GET', `/v1/plans/opd/DLH?${query}`, { token: tokens.agencyDLH, ...(headers ? { headers } : {}) });
    const jpMissingTotal = whole.reduce((sum, e) => sum + (e.jpMissing ?? 0), 0);
    expect(first.body).toMatchObject({ total: whole.length, jpMissingTotal });
    const second = await pageOf('page=2&pageSize=1');
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ opd: 'DLH', year: first.body.year, basedOnYear: first.body.basedOnYear, entries: [whole[1]], total: whole.length, page: 2, pageSize: 1, jpMissingTotal });
    expect((await pageOf('page=1')).body).toMatchObject({ entries: whole.slice(0, 20), page: 1, pageSize: 20, total: whole.length });
    expect((await pageOf(`page=${whole.length + 1}&pageSize=1`)).body).toMatchObject({ entries: [], total: whole.length });
    const pageTag = second.headers.get('etag');
    expect(pageTag).not.toBe(etag);
    expect((await pageOf('page=2&pageSize=1', { 'if-none-match': pageTag! })).status).toBe(304);
    expect((await pageOf('page=1&pageSize=1', { 'if-none-match': pageTag! })).status).toBe(200);
    // A new member of DLH (no JP yet): a new draft, under a new tag.
    const D = '199606062021011007';
    expect((await api('POST', '/v1/employees', { body: emp(D, 'DLH', 'Dian Sastro') })).status).toBe(201);
    await eventually(async () => {
      const next = await api('GET', '/v1/plans/opd/DLH', { token: tokens.agencyDLH, headers: { 'if-none-match': etag! } });
      expect(next.status).toBe(200);
      expect(next.body.entries.map((e: { nip: string }) => e.nip)).toContain(D);
      expect(next.headers.get('etag')).not.toBe(etag);
    }, 30_000, 300);
  });
});

describe('gateway: documentation and streaming', () => {
  it('serves a valid OpenAPI 3 document listing every route, and the docs UI', async () => {
    const doc = (await api('GET', '/docs/json', { token: null })).body;
    expect(doc.openapi).toMatch(/^3\./);
    await SwaggerParser.validate(structuredClone(doc));
    const listed = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const expected = [
      'POST /v1/employees', 'GET /v1/employees', 'GET /v1/employees/{nip}', 'PATCH /v1/employees/{nip}', 'PUT /v1/positions/{code}/standard', 'POST /v1/employees/{nip}/assessments',
      'GET /v1/employees/{nip}/profile', 'POST /v1/programs', 'GET /v1/programs', 'GET /v1/programs/{id}', 'POST /v1/programs/{id}/sessions', 'GET /v1/programs/{id}/sessions',
      'POST /v1/programs/{id}/revisions', 'POST /v1/sessions/{id}/enrollments', 'POST /v1/enrollments/{id}/completion', 'POST /v1/partners', 'GET /v1/partners', 'POST /v1/partners/{id}/agreements', 'GET /v1/agreements',
      'POST /v1/agreements/{id}/placements', 'POST /v1/placements/{id}/completion', 'POST /v1/ideas', 'GET /v1/ideas', 'POST /v1/ideas/{id}/transitions', 'POST /v1/ideas/{id}/participation',
      'POST /v1/feedback', 'POST /v1/behavior-assessments', 'POST /v1/appraisals', 'POST /v1/discipline-records', 'GET /v1/metrics/employees/{nip}', 'GET /v1/metrics/opd/{opd}',
      'GET /v1/metrics/programs/{id}', 'GET /v1/metrics/stream', 'GET /v1/plans/opd/{opd}', 'GET /v1/behavior-assessments/due', 'GET /v1/certificates/{id}.pdf', 'GET /v1/certificates/verify/{code}', 'GET /v1/sessions/{id}/enrollments', 'GET /v1/metrics/opd', 'GET /v1/metrics/programs', 'GET /v1/metrics/opd/{opd}/employees',
      'POST /v1/employees/{nip}/external-learning', 'POST /v1/external-learning/{id}/verification', 'GET /v1/external-learning', 'GET /v1/external-learning/{id}', 'GET /v1/external-learning/{id}/certificate',
    ];
    // The report is a multipart form whose file part is binary (what a browser's file input sends).
    const report = doc.paths['/v1/employees/{nip}/external-learning'].post.requestBody.content['multipart/form-data'].schema;
    expect(report.properties.certificate).toMatchObject({ type: 'string', format: 'binary' });
    expect(report.required).toEqual(expect.arrayContaining(['title', 'kind', 'provider', 'jp', 'completedOn', 'certificate']));
    expect(listed).toEqual(expect.arrayContaining(expected));
    // Every API operation declares its success and every error status, each as problem+json with
    // the problem schema (schemathesis found 54 answers with undeclared statuses, issue #14).
    const undeclared: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }> }>>)) {
      if (!path.startsWith('/v1/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const statuses = Object.keys(op.responses);
        const success = method === 'post' ? (path === '/v1/ideas/{id}/transitions' ? '200' : '201') : '200';
        const errors = ['400', '401', '403', '404', '409', '429', '500', '502', '503', ...(method === 'get' ? [] : ['413', '415']), ...(method === 'post' ? ['422'] : [])];
        for (const status of [success, ...errors]) if (!statuses.includes(status)) undeclared.push(`${method.toUpperCase()} ${path} ${status}`);
        for (const status of errors) {
          const schema = op.responses[status]?.content?.['application/problem+json']?.schema;
          if (!schema?.properties || !['type', 'title', 'status', 'detail', 'code'].every((k) => k in schema.properties!)) undeclared.push(`${method.toUpperCase()} ${path} ${status}: no problem+json schema`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    const ui = await fetch(`${base}/docs`, { redirect: 'follow' });
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
    // The API keeps helmet's strict policy; only the docs UI is allowed inline scripts (issue #14).
    expect(ui.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    const programs = await api('GET', '/v1/programs');
    const strict = programs.headers.get('content-security-policy') ?? '';
    expect(strict).toContain("default-src 'self'");
    expect(strict).toMatch(/script-src 'self'(;|$)/);
    // helmet's other headers, on an answer and on a refusal alike.
    const refused = await fetch(`${base}/v1/programs`);
    expect(refused.status).toBe(401);
    for (const res of [programs, refused]) {
      expect(Object.fromEntries(['x-content-type-options', 'x-frame-options', 'strict-transport-security', 'referrer-policy'].map((h) => [h, res.headers.get(h)]))).toEqual({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'strict-transport-security': 'max-age=31536000; includeSubDomains', 'referrer-policy': 'no-referrer' });
    }
  });

  /** An SSE client: what it has read so far, and a wait for a pattern in it. */
  const openStream = async (token: string) => {
    const controller = new AbortController();
    const res = await fetch(`${base}/v1/metrics/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    let text = '';
    const reader = res.status === 200 ? res.body!.getReader() : undefined;
    // One read in flight at a time, kept across waits: a read abandoned at a timeout would take the
    // next chunk with it.
    let pending: ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> | undefined;
    const readUntil = async (pattern: RegExp, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (reader && !pattern.test(text) && Date.now() < deadline) {
        pending ??= reader.read();
        const chunk = await Promise.race([pending, new Promise<undefined>((r) => setTimeout(() => r(undefined), 250))]);
        if (!chunk) continue;
        pending = undefined;
        if (chunk.done) break;
        text += new TextDecoder().decode(chunk.value);
      }
      return pattern.test(text);
    };
    return { res, readUntil, text: () => text, close: () => controller.abort() };
  };

  it('streams metric events from the topic to an SSE client, with heartbeats', async () => {
    await eventually(async () => expect(((await (await fetch(`http://127.0.0.1:${platform.ports.gateway.ops}/health/upstreams`)).json()) as { metricStream: string }).metricStream).toBe('joined'), 30_000, 300);
    const { res, readUntil, text: read, close } = await openStream(tokens.analyst!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(await readUntil(/event: ready/, 5000)).toBe(true);
    const logger = createLogger('sse-test', 'silent');
    const producer = new EventProducer({ kafka: createKafka({ brokers: platform.env.KAFKA_BROKERS!, clientId: 'metrics-test', logger }), brokers: platform.env.KAFKA_BROKERS!, logger });
    await producer.start();
    const flagged = createEvent('analytics.program.flagged', 'P-SSE:2026', { programId: 'P-SSE', year: 2026, feedbackCount: 5, averageRelevance: 2.4 });
    // Before it, on the same partition (same key): an envelope whose id and type carry CR/LF, which
    // written raw into the SSE fields would forge an event in every analyst's stream (issue #14).
    const message = toMessage(flagged);
    const forged = { ...message, value: JSON.stringify({ ...flagged, id: 'x\r\nevent: forged\r\ndata: {}\r\n', type: 'asn.analytics.program.flagged.v1\r\n\r\nevent: forged' }) };
    await producer.send([{ topic: ns.topic(TOPICS.analytics), messages: [forged, message] }]);
    await producer.stop();
    expect(await readUntil(new RegExp(flagged.id), 15_000)).toBe(true);
    expect(read()).toContain('event: asn.analytics.program.flagged.v1');
    expect(read()).not.toContain('forged');
    expect(await readUntil(/event: heartbeat/, 5000)).toBe(true);
    close();
  });

  it('caps live streams per user (429 with Retry-After), and ends a stream when its token expires (issue #14)', async () => {
    const first = await openStream(tokens.analyst!);
    const second = await openStream(tokens.analyst!);
    expect([first.res.status, second.res.status]).toEqual([200, 200]);
    expect(await first.readUntil(/event: ready/, 5000)).toBe(true);
    const third = await openStream(tokens.analyst!);
    expect(third.res.status).toBe(429);
    expect(Number(third.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await third.res.json()) as { code: string }).code).toBe('STREAM_LIMIT');
    const other = await openStream(tokens.admin!); // another user is not limited by the analyst's streams
    expect(other.res.status).toBe(200);
    other.close();
    first.close();
    await eventually(async () => {
      const again = await openStream(tokens.analyst!);
      again.close();
      expect(again.res.status).toBe(200);
    }, 10_000, 200);
    second.close();

    const shortLived = await signDevToken(SECRET, { role: 'analyst', sub: 'short-lived' }, Math.floor(Date.now() / 1000) + 2);
    const expiring = await openStream(shortLived);
    expect(expiring.res.status).toBe(200);
    expect(await expiring.readUntil(/"reason":"token-expired"/, 15_000), expiring.text()).toBe(true);
    expect(await expiring.readUntil(/event: closing/, 1000)).toBe(true);
    expiring.close();
  });

  it('limits requests per token after routing, and per address before authentication, with 429 problem+json and Retry-After (issue #14)', async () => {
    // A gateway of its own with small limits, in front of the same services.
    const limited = await startPlatform({ ...ns, id: `${ns.id}rl` } as typeof ns, { apps: ['gateway'], env: { ...platform.env, JWT_SECRET: SECRET, RATE_LIMIT_MAX: '3', RATE_LIMIT_IP_MAX: '12', RATE_LIMIT_WINDOW_MS: '60000' } });
    const get = (path: string, token?: string) => fetch(`${limited.gatewayUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    try {
      // One budget per token across routes; an encoded path (`/%761/` is `/v1/`) is the same route
      // and counts (probing found it skipped the limit, which tested the raw URL).
      const busy = await signDevToken(SECRET, { role: 'admin', sub: 'busy-admin' });
      const statuses = [];
      for (const path of ['/v1/programs', '/%761/programs', '/v1/partners', '/%761/programs', '/v1/employees']) statuses.push((await get(path, busy)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const last = await get('/%761/programs', busy);
      expect(last.status).toBe(429);
      expect(last.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await last.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      // Another token has its own budget.
      expect((await get('/v1/programs', tokens.admin)).status).toBe(200);
      // Health and docs have no per-token limit (and are not counted per address).
      for (let i = 0; i < 15; i++) expect((await get('/health/live')).status).toBe(200);

      // Requests refused before the handler (bad tokens, invalid input, unknown paths) count per
      // address: 7 requests so far, so 5 more pass and the next is limited, whatever its token.
      const refused = [];
      for (const [path, token] of [['/v1/programs', tokens.badSignature], ['/v1/programs', undefined], ['/v1/employees?page=0', tokens.admin], ['/v1/nothing-here', tokens.admin], ['/v1/programs', tokens.expired]] as const) refused.push((await get(path, token)).status);
      expect(refused).toEqual([401, 401, 400, 404, 401]);
      const flood = await get('/v1/programs', tokens.badSignature);
      expect(flood.status).toBe(429);
      expect(Number(flood.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await flood.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      // A valid token from the same address is limited too: the address is over its budget.
      expect((await get('/v1/programs', await signDevToken(SECRET, { role: 'admin', sub: 'fresh' }))).status).toBe(429);
    } finally {
      await limited.stop();
    }
  });

  it('serves /metrics and upstream health on the internal port only (issue #14)', async () => {
    expect((await api('GET', '/metrics', { token: null })).status).toBe(404);
    expect((await api('GET', '/health/upstreams', { token: null })).status).toBe(404);
    const ops = `http://127.0.0.1:${platform.ports.gateway.ops}`;
    const metrics = await fetch(`${ops}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^http_request_duration_seconds_bucket\{/m);
    expect(Object.keys(((await (await fetch(`${ops}/health/upstreams`)).json()) as { upstreams: object }).upstreams).sort()).toEqual(['analytics', 'evaluation', 'innovation', 'learning', 'partnerships', 'personnel']);
  });

  it('runs a POST once per Idempotency-Key: a retry after a timeout gets the first answer, another body 422 (spec 8.7)', async () => {
    const body = { code: 'IDEM-01', title: 'Penulisan Naskah Dinas', category: 'functional', mode: 'classical', jp: 8, competencies: [{ code: 'K-NASKAH', type: 'technical' }] };
    const post = (key: string, b: unknown = body, token = tokens.admin) => api('POST', '/v1/programs', { body: b, token, headers: { 'idempotency-key': key } });
    // The client gives up at once (a simulated timeout); the gateway carries on with the request.
    const aborted = new AbortController();
    const first = fetch(`${base}/v1/programs`, { method: 'POST', signal: aborted.signal, headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json', 'idempotency-key': 'retry-1' }, body: JSON.stringify(body) }).catch(() => undefined);
    setImmediate(() => aborted.abort());
    await first;
    // The retry: the first answer again (while the first still runs, 409 IN_USE says to wait).
    const retried = await eventually(async () => {
      const r = await post('retry-1');
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r;
    }, 15_000, 100);
    const again = await post('retry-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(retried.body);
    // One programme, not two: a POST without a key would have been refused as a duplicate code.
    const listed = await api('GET', '/v1/programs?pageSize=100');
    expect(listed.body.items.filter((p: { code: string }) => p.code === 'IDEM-01')).toHaveLength(1);
    expect((await api('POST', '/v1/programs', { body })).body.code).toBe('PROGRAM_CODE_TAKEN');
    // The same key with another body is refused and changes nothing.
    const reused = await post('retry-1', { ...body, code: 'IDEM-02' });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await api('GET', '/v1/programs?pageSize=100')).body.items.filter((p: { code: string }) => p.code === 'IDEM-02')).toHaveLength(0);
    // Invalid input never reserves its key; keys belong to their token's subject.
    expect((await post('retry-2', { ...body, jp: -1 })).status).toBe(400);
    expect((await post('retry-2', { ...body, code: 'IDEM-04' })).status).toBe(201);
    const otherAdmin = await signDevToken(SECRET, { role: 'admin', sub: 'another-admin' });
    expect((await post('retry-1', { ...body, code: 'IDEM-03' }, otherAdmin)).status).toBe(201);
    expect((await post('x'.repeat(101))).body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('runs a keyed write again without creating twice when its answer was lost with a process (spec 8.7, issue #17)', async () => {
    // What a gateway killed between the service's commit and keeping the answer leaves: the key
    // free again (its record abandoned), the write done. Dropping the record stands for that.
    const { MongoClient } = await import('mongodb');
    const client = new MongoClient(testInfra().mongoUrl);
    await client.connect();
    const records = client.db(ns.db('gateway')).collection('idempotency_keys');
    const forget = async () => expect((await records.deleteMany({})).deletedCount).toBeGreaterThan(0);
    const keyed = (path: string, body: unknown, key: string) => api('POST', path, { body, headers: { 'idempotency-key': key } });
    try {
      // A created id (a partner): the second run derives the same id and answers what the first stored.
      const partner = { name: 'Universitas Negeri Semarang (sekali)', kind: 'university', city: 'Semarang' };
      const first = await keyed('/v1/partners', partner, 'lost-answer-1');
      expect(first.status).toBe(201);
      await forget();
      const again = await keyed('/v1/partners', partner, 'lost-answer-1');
      expect([again.status, again.body.id, again.headers.get('idempotent-replayed')]).toEqual([201, first.body.id, null]);
      expect((await api('GET', '/v1/partners?pageSize=100')).body.items.filter((p: { name: string }) => p.name === partner.name)).toHaveLength(1);
      // A natural id (an employee's NIP, an enrolment of a NIP in a session): 201 with the first run's
      // resource, not NIP_TAKEN or ALREADY_ENROLLED.
      const D = '199402022019031004';
      const registered = await keyed('/v1/employees', emp(D, 'DLH', 'Dimas Lost Answer'), 'lost-answer-2');
      expect(registered.status).toBe(201);
      await forget();
      expect((await keyed('/v1/employees', emp(D, 'DLH', 'Dimas Lost Answer'), 'lost-answer-2')).status).toBe(201);
      expect((await api('POST', '/v1/employees', { body: emp(D, 'DLH', 'Dimas Lost Answer') })).body.code).toBe('NIP_TAKEN'); // another write still conflicts
      const session = (await api('POST', `/v1/programs/${ids.program}/sessions`, { body: { startsOn: '2026-04-06', endsOn: '2026-04-07', capacity: 2 } })).body.id;
      // Learning learns of D from the personnel events: until then each try is refused (under a new key).
      let attempt = 0;
      const enrolled = await eventually(async () => {
        const r = await keyed(`/v1/sessions/${session}/enrollments`, { nip: D }, `lost-answer-3-${attempt++}`);
        expect(r.status).toBe(201);
        return { ...r, key: `lost-answer-3-${attempt - 1}` };
      }, 30_000, 300);
      await forget();
      const enrolledAgain = await keyed(`/v1/sessions/${session}/enrollments`, { nip: D }, enrolled.key);
      expect([enrolledAgain.status, enrolledAgain.body.id]).toEqual([201, enrolled.body.id]);
      expect((await api('POST', `/v1/sessions/${session}/enrollments`, { body: { nip: D } })).body.code).toBe('ALREADY_ENROLLED');
      // A conditional change (a completion): the run again answers the first run's result.
      const completion = { attendedJp: 20, preTestScore: 60, postTestScore: 80, passed: true, completedOn: '2026-04-07' };
      const completed = await keyed(`/v1/enrollments/${enrolled.body.id}/completion`, completion, 'lost-answer-4');
      expect(completed.status).toBe(201);
      await forget();
      const completedAgain = await keyed(`/v1/enrollments/${enrolled.body.id}/completion`, completion, 'lost-answer-4');
      expect([completedAgain.status, completedAgain.body.certificate?.number]).toEqual([201, completed.body.certificate.number]);
      expect((await api('POST', `/v1/enrollments/${enrolled.body.id}/completion`, { body: completion })).body.code).toBe('ALREADY_COMPLETED');
    } finally {
      await client.close();
    }
  });

  it('keeps an audit log of accepted writes for admins only (spec 8.8)', async () => {
    const created = await api('POST', '/v1/partners', { body: { name: 'Politeknik Audit', kind: 'institute', city: 'Salatiga' } });
    expect(created.status).toBe(201);
    const correlationId = created.headers.get('x-correlation-id');
    const log = await eventually(async () => {
      const r = await api('GET', `/v1/audit?actor=bkpsdm-admin&target=${created.body.id}`);
      expect(r.body.items).toHaveLength(1);
      return r.body;
    }, 10_000, 200);
    expect(log.items[0]).toMatchObject({ method: 'POST', route: '/v1/partners', target: created.body.id, status: 201, correlationId, actor: { sub: 'bkpsdm-admin', role: 'admin' } });
    // A refused write is not in it; nor is a replayed answer.
    expect((await api('POST', '/v1/partners', { body: { name: '' } })).status).toBe(400);
    const before = (await api('GET', '/v1/audit?actor=bkpsdm-admin&pageSize=1')).body.total;
    expect((await api('POST', '/v1/partners', { body: { name: 'Politeknik Sekali', kind: 'institute', city: 'Salatiga' }, headers: { 'idempotency-key': 'audit-once' } })).status).toBe(201);
    expect((await api('POST', '/v1/partners', { body: { name: 'Politeknik Sekali', kind: 'institute', city: 'Salatiga' }, headers: { 'idempotency-key': 'audit-once' } })).headers.get('idempotent-replayed')).toBe('true');
    expect((await api('GET', '/v1/audit?actor=bkpsdm-admin&pageSize=1')).body.total).toBe(before + 1);
    // Concurrent writes (their entries stored together): each recorded once, before its answer left.
    const many = await Promise.all(Array.from({ length: 24 }, (_, i) => api('POST', '/v1/partners', { body: { name: `Politeknik Serentak ${i}`, kind: 'institute', city: 'Salatiga' } })));
    expect(many.map((r) => r.status)).toEqual(many.map(() => 201));
    const entries = await Promise.all(many.map(async (r) => (await api('GET', `/v1/audit?target=${r.body.id}`)).body.items));
    expect(entries.map((items: { target: string }[]) => items.map((i) => i.target))).toEqual(many.map((r) => [r.body.id]));
    expect((await api('GET', '/v1/audit?actor=bkpsdm-admin&pageSize=1')).body.total).toBe(before + 25);
    for (const token of [tokens.agencyDLH, tokens.analyst, tokens.employeeC]) expect((await api('GET', '/v1/audit', { token })).status).toBe(403);
  });

  it('sends security headers, CORS only for configured origins, and refuses oversized bodies', async () => {
    const res = await fetch(`${base}/v1/programs`, { headers: { authorization: `Bearer ${tokens.admin}`, origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const big = await api('POST', '/v1/ideas', { body: { title: 'x'.repeat(300_000) } });
    expect(big.status).toBe(413);
  });
});

describe('gateway: composition under failure', () => {
  it('answers the profile with a stopped service degraded, within its deadline, and 503 for writes to it', async () => {
    const full = await api('GET', `/v1/employees/${A}/profile`);
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ employee: { nip: A, opd: 'DLH' }, degraded: [] });
    expect(full.body.learning).toHaveLength(1);
    expect(full.body.externalLearning).toContainEqual(expect.objectContaining({ id: ids.external, nip: A, status: 'rejected' }));

    await platform.stopApp('learning');
    const t0 = Date.now();
    const degraded = await api('GET', `/v1/employees/${A}/profile`);
    const took = Date.now() - t0;
    expect(degraded.status).toBe(200);
    expect(degraded.body.degraded).toEqual(['learning']);
    expect([degraded.body.learning, degraded.body.externalLearning]).toEqual([null, null]);
    expect(degraded.body.employee).toMatchObject({ nip: A });
    expect(took).toBeLessThan(1500 + 1000);

    const t1 = Date.now();
    const write = await api('POST', '/v1/programs', { body: { code: 'DOWN-1', title: 'Saat mati', category: 'seminar', mode: 'classical', jp: 4, competencies: [{ code: 'K', type: 'technical' }] } });
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    // Nothing of the inside reaches the caller (issue #14): no address, port or socket error.
    expect(JSON.stringify(write.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{4,5}\b|No connection established/i);
    expect(Date.now() - t1).toBeLessThan(3000 + 1000);
    const health = await api('GET', '/health/ready', { token: null });
    expect(health.status).toBe(200); // the gateway itself stays ready
    await platform.startApp('learning');
  });
});
