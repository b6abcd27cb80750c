// Live heap of each service after a load, on the seeded `--scale 1` city (namespace bench1): starts
// the bench platform with inspectors, loads every read route at 32 connections, then forces a full
// GC in each (HeapProfiler.collectGarbage) and prints heap used/total and peak RSS.
// `tsx scripts/bench/heap.ts` (infra up); HEAP_MB and SEMI_MB as in probeNodeFlags (platform.ts),
// SECONDS=N per route (default 10); V8_FLAGS too. Compare settings in alternating runs: read rates vary by 20 %
// between runs here.
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { signDevToken } from '@asn/service-kit';
import { BENCH_APPS, benchPorts, cpuSecondsByProcess, probeNodeFlags, startBenchPlatform } from './platform';
const secret = 'bench-secret-' + 'x'.repeat(32);
const inspectPort = (app: string) => 9400 + BENCH_APPS.indexOf(app as never);
const heapFlags = probeNodeFlags();
const platform = await startBenchPlatform({ namespace: 'bench1', kafkaBrokers: '127.0.0.1:9092', mongoUrl: 'mongodb://127.0.0.1:27017', jwtSecret: secret, logDir: 'tmp/bench/logs/heap',
  nodeFlags: (app) => [`--inspect=127.0.0.1:${inspectPort(app)}`, ...heapFlags(app)] });
type HeapUsage = { usedSize: number; totalSize: number };
/** Calls the app's inspector (Chrome DevTools Protocol) in turn; answers each call's result. */
async function cdp(app: string, calls: { method: string; params?: unknown }[]): Promise<HeapUsage[]> {
  const list = await (await fetch(`http://127.0.0.1:${inspectPort(app)}/json/list`)).json() as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(list[0]!.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r, { once: true }));
  const out: HeapUsage[] = [];
  for (const [i, c] of calls.entries()) {
    ws.send(JSON.stringify({ id: i + 1, ...c }));
    out.push(await new Promise<HeapUsage>((r) => { const on = (e: MessageEvent) => { const m = JSON.parse(String(e.data)); if (m.id === i + 1) { ws.removeEventListener('message', on); r(m.result); } }; ws.addEventListener('message', on); }));
  }
  ws.close();
  return out;
}
try {
  for (let k = 0; k < 300; k++) { if (await fetch(`http://127.0.0.1:${benchPorts('analytics').http}/health/ready`).then((r) => r.ok, () => false)) break; await new Promise((r) => setTimeout(r, 1000)); }
  const c = new MongoClient('mongodb://127.0.0.1:27017'); await c.connect();
  const employees = c.db('bench1_personnel').collection('employees');
  const nips = (await employees.find({}, { projection: { _id: 1 } }).limit(2000).toArray()).map((d) => String(d._id));
  const OPDS = (await employees.distinct('opd')) as string[];
  await c.close();
  const admin = await signDevToken(secret, { role: 'admin', sub: 'probe' });
  const programIds = ((await (await fetch('http://127.0.0.1:18080/v1/programs?pageSize=100', { headers: { authorization: `Bearer ${admin}` } })).json()) as { items: { id: string }[] }).items.map((p) => p.id);
  const routes: [string, (i: number) => string][] = [
    ['profile', (i) => `/v1/employees/${nips[i % nips.length]}/profile`],
    ['employee', (i) => `/v1/employees/${nips[(i * 7) % nips.length]}`],
    ['search', (i) => `/v1/employees?opd=${OPDS[i % OPDS.length]}&q=a`],
    ['sessions', (i) => `/v1/programs/${programIds[i % programIds.length]}/sessions`],
    ['due', (i) => `/v1/behavior-assessments/due?opd=${OPDS[i % OPDS.length]}`],
    ['plan', (i) => `/v1/plans/opd/${OPDS[i % OPDS.length]}`],
    ['ideas', (i) => `/v1/ideas?opd=${OPDS[i % OPDS.length]}`],
    ['metrics', (i) => `/v1/metrics/employees/${nips[i % nips.length]}`],
  ];
  const cpuBefore = cpuSecondsByProcess();
  for (const [name, path] of routes) {
    let i = 0;
    const r = await autocannon({ url: 'http://127.0.0.1:18080', connections: 32, duration: Number(process.env.SECONDS ?? 10), headers: { authorization: `Bearer ${admin}` }, requests: [{ setupRequest: (req) => ({ ...req, path: path(i++) }) }] });
    console.log(name.padEnd(9), Math.round(r.requests.average), 'req/s p95', r.latency.p97_5, 'non2xx', r.non2xx);
  }
  const cpuAfter = cpuSecondsByProcess();
  console.log('CPU seconds during the loads:', Object.entries(cpuAfter).map(([k, v]) => `${k} ${(v - (cpuBefore[k] ?? 0)).toFixed(1)}`).join(', '));
  for (const app of BENCH_APPS) {
    const before = await cdp(app, [{ method: 'Runtime.getHeapUsage' }]);
    const [, after] = await cdp(app, [{ method: 'HeapProfiler.collectGarbage' }, { method: 'Runtime.getHeapUsage' }]);
    console.log(app.padEnd(13), 'heap used before GC', Math.round(before[0]!.usedSize / 2 ** 20), 'MB, after', Math.round(after!.usedSize / 2 ** 20), 'MB of', Math.round(after!.totalSize / 2 ** 20), 'MB', 'peak RSS', JSON.stringify(platform.peakRssMb()[app]));
  }
} finally {
  await platform.stop();
}
