import { Type } from '@sinclair/typebox';
import { afterAll, describe, expect, it } from 'vitest';
import { Nip } from '@asn/contracts';
import { conflict, createHttpApp, createLogger, currentCorrelationId } from '../src';

const app = createHttpApp({ logger: createLogger('http-test', 'silent'), readiness: async () => ({ status: 'ok', checks: {} }) });
app.post(
  '/employees',
  { schema: { body: Type.Object({ nip: Nip, level: Type.Integer({ minimum: 1, maximum: 5 }) }), querystring: Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1 })) }) } },
  async (req) => {
    if (req.body.nip === '198507142010011003') throw conflict('NIP_TAKEN', `NIP ${req.body.nip} is already registered`);
    return { correlationId: currentCorrelationId(), page: req.query.page ?? null };
  },
);
app.get('/boom', async () => {
  throw new Error('secret internals');
});
afterAll(() => app.close());

describe('kit HTTP app', () => {
  it('answers validation errors as problem+json naming each field', async () => {
    const res = await app.inject({ method: 'POST', url: '/employees', payload: { nip: '19850714201001100', level: 6 } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status: 400, code: 'NIP_INVALID', title: 'Bad Request' }); // a bad NIP is named by its own code (spec 8.2)
    expect(body.type).toMatch(/nip-invalid$/);
    expect(body.errors.some((e: { path: string }) => e.path === 'body/level')).toBe(true);
    expect(body.errors.some((e: { path: string }) => e.path === 'body/nip')).toBe(true);
  });

  it('refuses a NIP whose first eight digits are not a real date, naming that part', async () => {
    const res = await app.inject({ method: 'POST', url: '/employees', payload: { nip: '198502302010011003', level: 3 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('NIP_INVALID');
    expect(res.json().errors).toEqual([{ path: 'body/nip', code: 'NIP_INVALID', message: 'NIP: birth date 19850230 (digits 1–8) is not a real date' }]);
  });

  it('answers an AppError with its status and stable code', async () => {
    const res = await app.inject({ method: 'POST', url: '/employees', payload: { nip: '198507142010011003', level: 3 } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NIP_TAKEN', status: 409, title: 'Conflict', detail: 'NIP 198507142010011003 is already registered' });
  });

  it('carries the caller’s correlation id through the handler and back, and makes one when absent', async () => {
    const res = await app.inject({ method: 'POST', url: '/employees?page=2', headers: { 'x-correlation-id': 'abc-123' }, payload: { nip: '199001012015032001', level: 3 } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-correlation-id']).toBe('abc-123');
    expect(res.json()).toEqual({ correlationId: 'abc-123', page: 2 });
    const fresh = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-correlation-id': 'bad id with spaces' } });
    expect(fresh.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hides internals of unexpected errors and answers unknown routes as problems', async () => {
    const boom = await app.inject({ method: 'GET', url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.json()).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(boom.body).not.toContain('secret internals');
    const missing = await app.inject({ method: 'GET', url: '/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });

  it('refuses a body that is not JSON, and one over the size limit', async () => {
    const notJson = await app.inject({ method: 'POST', url: '/employees', headers: { 'content-type': 'application/json' }, payload: '{"nip":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.headers['content-type']).toMatch(/problem\+json/);
    const big = await app.inject({ method: 'POST', url: '/employees', payload: { nip: 'x'.repeat(2 * 1024 * 1024), level: 1 } });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('BODY_TOO_LARGE');
  });

  it('serves Prometheus metrics including request durations', async () => {
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });
});
