// Where one read's time goes, on the seeded `--scale 1` city (namespace bench1; seed it with
// `npm run bench -- --scale 1` first): starts the bench platform, loads one route for 15 s at
// 8 connections, and prints the CPU seconds of every process over those 15 s and each service's
// gRPC handling time per method. `tsx scripts/bench/breakdown.ts employee|search|profile|plan|due|dueall|sessions|ideas|metrics|programs|enrol`
// (enrol: POSTs enrolments of the city's employees into sessions scheduled for it, 100 seats each)
// (CPUPROF=1 also writes each process's CPU profile to tmp/bench/profiles/probe; TRACE=mongo logs
// every store command of every service to tmp/bench/logs/probe, for counting them per request;
// HEAP_MB and SEMI_MB change the apps' heap settings: probeNodeFlags in platform.ts).
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { signDevToken } from '@asn/service-kit';
import { cityDataset, readSample, searchPath } from './dataset';
import { BENCH_APPS, benchPorts, cpuSecondsByProcess, probeNodeFlags, startBenchPlatform, waitForWarmUps } from './platform';

const route = process.argv[2] ?? 'profile';
// NAMESPACE=bench4: the `--scale 4` city instead.
const namespace = process.env.NAMESPACE ?? 'bench1';
const secret = 'bench-secret-' + 'x'.repeat(32);
const platform = await startBenchPlatform({ namespace, kafkaBrokers: '127.0.0.1:9092', mongoUrl: 'mongodb://127.0.0.1:27017', jwtSecret: secret, logDir: 'tmp/bench/logs/probe', ...(process.env.TRACE ? { env: { LOG_LEVEL: 'info' } } : {}), nodeFlags: probeNodeFlags(), ...(process.env.CPUPROF ? { cpuProfileDir: 'tmp/bench/profiles/probe' } : {}) });
try {
  // What the loads ask for, read once: profiles of 200 employees, every OPD, enrolments of the active.
  const c = new MongoClient('mongodb://127.0.0.1:27017');
  await c.connect();
  const employees = c.db(`${namespace}_personnel`).collection('employees');
  // The employees whose reads the bench measures (readSample): the write loads never enrol them, so
  // their histories are the seeded ones (the first 200 in the store's order were not, and grew).
  const nips = readSample(cityDataset(Number(namespace.slice('bench'.length).replace('p', '.')))).map((e) => e.nip);
  const OPDS = (await employees.distinct('opd')) as string[];
  // Enrolments never of the employees whose reads the bench measures (see writeLoad), or each probe would grow their histories.
  const sampled = new Set(nips);
  const allNips = (await employees.find({ status: 'active' }, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)).filter((nip) => !sampled.has(nip));
  await c.close();
  const admin = await signDevToken(secret, { role: 'admin', sub: 'probe' });
  /** Each app's gRPC handling per method, seconds in GC per kind, and heap in use, from its /metrics. */
  const metrics = async () => {
    const calls: Record<string, { count: number; sum: number }> = {};
    const gcSeconds: Record<string, number> = {};
    const heapMb: Record<string, number> = {};
    for (const app of BENCH_APPS) {
      const port = app === 'gateway' ? benchPorts(app).ops : benchPorts(app).http;
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      for (const m of text.matchAll(/^grpc_server_handling_seconds_(sum|count)\{method="([^"]+)"\} ([0-9.e+-]+)$/gm)) {
        const k = `${app} ${m[2]}`;
        calls[k] ??= { count: 0, sum: 0 };
        calls[k][m[1] as 'sum' | 'count'] = Number(m[3]);
      }
      for (const m of text.matchAll(/^nodejs_gc_duration_seconds_sum\{kind="([^"]+)"\} ([0-9.e+-]+)$/gm)) gcSeconds[`${app} gc ${m[1]}`] = Number(m[2]);
      const heap = /^nodejs_heap_size_used_bytes ([0-9.e+-]+)$/m.exec(text);
      if (heap) heapMb[app] = Number(heap[1]) / 2 ** 20;
    }
    return { calls, gcSeconds, heapMb };
  };
  for (let k = 0; k < 300; k++) { if (await fetch(`http://127.0.0.1:${benchPorts('analytics').http}/health/ready`).then((r) => r.ok, () => false)) break; await new Promise((r) => setTimeout(r, 1000)); }
  await waitForWarmUps(600, { log: (m) => console.error(m) });
  await new Promise((r) => setTimeout(r, 10_000));
  const api = async (method: string, path: string, body?: unknown) => (await fetch(`http://127.0.0.1:18080${path}`, { method, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) })).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const programIds = ((await api('GET', '/v1/programs?pageSize=100')).items as { id: string }[]).map((p) => p.id);
  // Enrolments: sessions of 100 seats, enough for 15 s at well over the target rate.
  const sessions: string[] = [];
  if (route === 'enrol') {
    const today = new Date().toISOString().slice(0, 10);
    for (let k = 0; k < 80; k++) sessions.push((await api('POST', `/v1/programs/${programIds[k % programIds.length]}/sessions`, { startsOn: today, endsOn: today, capacity: 100, location: `PROBE-${Date.now()}-${k}` })).id);
  }
  const paths: Record<string, (i: number) => string> = { employee: (i) => `/v1/employees/${nips[i % nips.length]}`, search: (i) => searchPath(OPDS[i % OPDS.length]!, i), profile: (i) => `/v1/employees/${nips[i % nips.length]}/profile`, due: () => '/v1/behavior-assessments/due?opd=DISDIKBUD', dueall: (i) => `/v1/behavior-assessments/due?opd=${OPDS[i % OPDS.length]}`, plan: () => '/v1/plans/opd/DISDIKBUD', sessions: (i) => `/v1/programs/${programIds[i % programIds.length]}/sessions`, ideas: (i) => `/v1/ideas?opd=${OPDS[i % OPDS.length]}`, metrics: (i) => `/v1/metrics/employees/${nips[i % nips.length]}`, programs: () => '/v1/programs', enrol: (i) => `/v1/sessions/${sessions[Math.floor(i / 100)]}/enrollments` };
  const bodies: Record<string, (i: number) => string | undefined> = { enrol: (i) => JSON.stringify({ nip: allNips[(i * 7 + 3) % allNips.length] }) };
  // WARM=1: each of the route's first 200 paths read once first, as the benchmark's warm-up does.
  if (process.env.WARM && route !== 'enrol') for (let k = 0; k < 200; k++) await api('GET', (paths[route] ?? paths.profile!)(k)).catch(() => undefined);
  const cpuBefore = cpuSecondsByProcess();
  const before = await metrics();
  let i = 0;
  const result = await autocannon({
    url: 'http://127.0.0.1:18080', connections: 8, duration: 15, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req: Record<string, unknown>) => { const k = i++; const body = bodies[route]?.(k); return { ...req, path: (paths[route] ?? paths.profile!)(k), ...(body ? { method: 'POST', body } : {}) }; } }],
  } as never);
  const after = await metrics();
  const cpuAfter = cpuSecondsByProcess();
  console.log('CPU seconds during the load:', Object.entries(cpuAfter).map(([k, v]) => `${k} ${(v - (cpuBefore[k] ?? 0)).toFixed(1)}`).join(', '));
  console.log(`${route}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non2xx ${result.non2xx}`);
  console.log('peak RSS (MB):', Object.entries(platform.peakRssMb()).map(([app, mb]) => `${app} ${mb}`).join(', '));
  for (const [app, mb] of Object.entries(after.heapMb)) console.log(`${`${app} heap used MB`.padEnd(50)} ${mb.toFixed(0)} (before the load ${(before.heapMb[app] ?? 0).toFixed(0)})`);
  for (const [k, seconds] of Object.entries(after.gcSeconds)) {
    const spent = seconds - (before.gcSeconds[k] ?? 0);
    if (spent > 0.05) console.log(`${k.padEnd(50)} ${spent.toFixed(2)} s in GC`);
  }
  for (const [k, v] of Object.entries(after.calls)) {
    const b = before.calls[k] ?? { count: 0, sum: 0 };
    const n = v.count - b.count;
    if (n > 0) console.log(`${k.padEnd(50)} ${n} calls, mean ${(((v.sum - b.sum) / n) * 1000).toFixed(1)} ms`);
  }
} finally {
  await platform.stop();
}
