import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DOMAIN_TOPICS } from '@asn/contracts';
import { groupLag, prefixed } from '@asn/messaging';
import { provideTestServers } from '@asn/testing/infra';
import { ensureConsoleBuilt, launchPlatform } from '@asn/testing/platform';
import { testNamespace } from '@asn/testing/servers';
import { loadDemo } from './demo';
import { STATE_FILE, type E2eState } from './state';

const root = join(import.meta.dirname, '..', '..', '..');
const JWT_SECRET = 'console-e2e-secret-0123456789-abcdefghij';
// The demo's first employee (scripts/demo.ts), the one `npm start` prints a token for.
const DEMO_EMPLOYEE = { nip: '196501011988011001', name: 'Agus Santoso' };

/**
 * Boots the whole platform with the console and the local OpenID Provider (one user per role),
 * loads Salatiga's demo through the gateway as `npm start` does, and waits until analytics has
 * read all of it: the tests then compare what the pages show with what the API says.
 */
export default async function globalSetup() {
  const t0 = Date.now();
  // The console's build: `nx run console:build` in `npm test`; built here when run alone and missing or stale.
  ensureConsoleBuilt(root);
  const servers = process.env.KAFKA_BROKERS && process.env.MONGO_URL ? undefined : await provideTestServers();
  const infra = { kafkaBrokers: process.env.KAFKA_BROKERS ?? servers!.kafkaBrokers, mongoUrl: process.env.MONGO_URL ?? servers!.mongoUrl };
  const ns = testNamespace('console');
  const dir = mkdtempSync(join(tmpdir(), 'asn-console-e2e-'));
  const users: E2eState['users'] = {
    admin: { username: 'admin', password: 'admin-e2e-password', name: 'Rina Kusumawati', role: 'admin' },
    agency: { username: 'dlh', password: 'dlh-e2e-password', name: 'Sri Wahyuni', role: 'agency', opd: 'DLH' },
    analyst: { username: 'analis', password: 'analis-e2e-password', name: 'Dimas Prasetyo', role: 'analyst' },
    employee: { username: 'pegawai', password: 'pegawai-e2e-password', name: DEMO_EMPLOYEE.name, role: 'employee', nip: DEMO_EMPLOYEE.nip },
  };
  writeFileSync(join(dir, 'users.json'), JSON.stringify({ users: Object.values(users) }));
  const platform = await launchPlatform(ns, {
    infra,
    env: { JWT_SECRET, RATE_LIMIT_MAX: '20000', RATE_LIMIT_IP_MAX: '20000' },
    console: { usersFile: join(dir, 'users.json'), keysFile: join(dir, 'keys.json'), consoleDir: join(root, 'apps', 'console', 'dist'), accessTokenTtlSeconds: 75 },
    readyTimeoutMs: 120_000,
  });
  let demoLoad: string;
  try {
    demoLoad = await loadDemo(platform.gatewayUrl, JWT_SECRET);
    await analyticsCaughtUp(infra.kafkaBrokers, ns.topicPrefix);
  } catch (err) {
    await platform.destroy();
    await servers?.stop();
    throw err;
  }
  const state: E2eState = { gatewayUrl: platform.gatewayUrl, jwtSecret: JWT_SECRET, users, demoLoad, pids: platform.pids() };
  mkdirSync(join(STATE_FILE, '..'), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state));
  console.log(`[console-e2e] platform with the demo ready at ${platform.gatewayUrl} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return async () => {
    await platform.destroy();
    await servers?.stop();
  };
}

/** Analytics has committed everything on the domain topics (it commits after its writes are durable). */
async function analyticsCaughtUp(brokers: string, prefix: string, timeoutMs = 300_000) {
  const admin = new Kafka({ clientId: 'console-e2e', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lag = [...(await groupLag(admin, `${prefix}analytics`, DOMAIN_TOPICS.map((t) => prefixed(prefix, t)))).values()].reduce((a, b) => a + b, 0);
      if (lag === 0) return;
      if (Date.now() > deadline) throw new Error(`analytics still has ${lag} events to read after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await admin.disconnect();
  }
}
