import { expect, test } from '@playwright/test';
import { businessYear } from '@asn/contracts';
import { loadDemo } from '../src/demo';
import { apiAs, state } from './helpers';

/*
 * `npm start` loads Salatiga's demo through the gateway like an agency would (scripts/demo.ts). The
 * global setup loaded it into this platform the same way; here it is read back through the API,
 * before any other test writes (the project every other one depends on), and loaded a second time.
 * (Until 2026-12-01 platform-e2e loaded it into a platform of its own: a minute of two busy cores
 * for the same check.)
 */
test('the demo loads once, with 300 employees in 5 OPDs and external learning reported, verified and rejected', async () => {
  test.setTimeout(600_000);
  const admin = state.users.admin;
  expect(state.demoLoad).toBe('demo loaded');
  expect((await apiAs<{ total: number }>(admin, '/v1/employees?pageSize=1')).total).toBe(300);
  // Five OPDs, each with people, that hold all 300.
  const perOpd = await Promise.all(['DLH', 'DPMPTSP', 'DINKES', 'DISDIKBUD', 'BKPSDM'].map(async (opd) => (await apiAs<{ total: number }>(admin, `/v1/employees?opd=${opd}&pageSize=1`)).total));
  expect(perOpd.every((n) => n > 0), String(perOpd)).toBe(true);
  expect(perOpd.reduce((a, b) => a + b, 0)).toBe(300);
  const external = await apiAs<{ total: number; items: { nip: string; status: string; kind: string; jp: number; completedOn: string }[] }>(admin, '/v1/external-learning?pageSize=100');
  const statuses = external.items.map((r) => r.status);
  expect([external.total, statuses.filter((s) => s === 'verified').length, statuses.filter((s) => s === 'rejected').length, statuses.filter((s) => s === 'reported').length]).toEqual([8, 5, 1, 2]);
  // A verified 4 JP webinar (the demo dates them this year, never after today) reaches its employee's metrics.
  const webinar = external.items.find((r) => r.status === 'verified' && r.kind === 'webinar')!;
  const year = businessYear(new Date());
  expect([webinar.jp, webinar.completedOn.slice(0, 4)]).toEqual([4, String(year)]);
  await expect.poll(async () => (await apiAs<{ jp?: { external?: number } }>(admin, `/v1/metrics/employees/${webinar.nip}?year=${year}`)).jp?.external, { timeout: 60_000 }).toBe(4);
  // A second start finds the demo there and loads nothing.
  expect(await loadDemo(state.gatewayUrl, state.jwtSecret)).toBe('demo already present');
  expect((await apiAs<{ total: number }>(admin, '/v1/employees?pageSize=1')).total).toBe(300);
});
