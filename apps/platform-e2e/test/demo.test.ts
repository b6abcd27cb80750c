import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessYear } from '@asn/contracts';
import { eventually, startPlatform, testNamespace, signDevToken, type RunningPlatform } from '@asn/testing';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/*
 * `npm start` loads Salatiga's demo through the gateway like an agency would (scripts/demo.ts):
 * here into a platform of its own, then read back through the same API.
 */
const ns = testNamespace('demo');
const SECRET = 'demo-test-secret-0123456789-abcdefghijkl';
let platform: RunningPlatform;
let admin: string;

const get = async (path: string) => {
  const res = await fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${admin}` } });
  return (await res.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const loadDemo = async () =>
  (await run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', platform.gatewayUrl], { cwd: root, env: { ...process.env, JWT_SECRET: SECRET }, timeout: 480_000 })).stdout.trim();

beforeAll(async () => {
  // As `npm start` runs it (scripts/start.ts): the demo loader is one busy client of the gateway.
  platform = await startPlatform(ns, { env: { JWT_SECRET: SECRET, RATE_LIMIT_MAX: '20000', RATE_LIMIT_IP_MAX: '20000' } });
  admin = await signDevToken(SECRET, { role: 'admin', sub: 'demo-test' });
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
});

describe('demo data (npm start)', () => {
  it('loads once, with 300 employees in 5 OPDs and external learning reported, verified and rejected', async () => {
    expect(await loadDemo()).toBe('demo loaded');
    expect((await get('/v1/employees?pageSize=1')).total).toBe(300);
    const external = await get('/v1/external-learning?pageSize=100');
    const statuses = (external.items as { status: string }[]).map((r) => r.status);
    expect([external.total, statuses.filter((s) => s === 'verified').length, statuses.filter((s) => s === 'rejected').length, statuses.filter((s) => s === 'reported').length]).toEqual([8, 5, 1, 2]);
    // A verified 4 JP webinar (the demo dates them this year, never after today) reaches its employee's metrics.
    const webinar = (external.items as { nip: string; status: string; kind: string; jp: number; completedOn: string }[]).find((r) => r.status === 'verified' && r.kind === 'webinar')!;
    expect([webinar.jp, webinar.completedOn.slice(0, 4)]).toEqual([4, String(businessYear(new Date()))]);
    const year = businessYear(new Date());
    await eventually(async () => expect((await get(`/v1/metrics/employees/${webinar.nip}?year=${year}`)).jp?.external).toBe(4), 60_000, 500);
    // A second start finds the demo there and loads nothing.
    expect(await loadDemo()).toBe('demo already present');
  }, 600_000);
});
