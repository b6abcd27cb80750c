// The resilience suite (issue #17): under a steady write load through the gateway it injects one
// fault at a time (a service killed, the broker or a Kafka node killed, the Mongo-compatible server
// killed, every consumer group rewound, poison events), then checks against its own ledger that no
// acknowledged write was lost or counted twice, that every consumer caught up, that no outbox kept
// events and that reads of healthy data never failed. It runs on servers of its own (it kills them).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { DOMAIN_TOPICS, dlqTopic, EVENT_DEFINITIONS, eventType, topicOf, type EventName } from '@asn/contracts';
import { kafkaDataDir, kafkaQuorumLeader, startKafka, startKafkaNode, startMongo, stopKafka, stopKafkaNode, stopMongo, DATA_DIR } from '@asn/local-infra';
import { partitionBounds } from '@asn/messaging';
import { signDevToken } from '@asn/service-kit';
import { freePortRange, testNamespace } from '@asn/testing/servers';
import { launchPlatform, PLATFORM_SERVICES, type PlatformApp, type RunningPlatform } from '@asn/testing/platform';
import { buildApps, builtAppArgs } from '../bench/platform';
import { checkLedger, consumerLag, outboxBacklog, type LedgerCheck } from './checks';
import { GatewayClient } from './client';
import { createFixture, Ledger, WriteLoad, type Fixture } from './load';

export const APP_FAULTS = [...PLATFORM_SERVICES, 'gateway'] as const;
export type FaultName = PlatformApp | 'kafka' | 'kafka-broker' | 'kafka-controller' | 'mongo' | 'duplicates' | 'poison' | 'rolling-restart';
export const ALL_FAULTS: readonly FaultName[] = [...APP_FAULTS, 'kafka', 'kafka-broker', 'kafka-controller', 'mongo', 'duplicates', 'poison', 'rolling-restart'];

/** The faults of a full run on one broker and on three (where the broker fault is two: a broker, then the controller). */
export const fullRun = (brokers: number): FaultName[] => [...APP_FAULTS, ...(brokers > 1 ? (['kafka-broker', 'kafka-controller'] as const) : (['kafka'] as const)), 'mongo', 'duplicates', 'poison', 'rolling-restart'];
/**
 * `npm test`'s shorter variant: the consumer that counts, a service that takes writes, the broker,
 * the store, duplicates, poison and a rolling restart.
 */
export const SHORT_RUN: FaultName[] = ['analytics', 'learning', 'kafka', 'mongo', 'duplicates', 'poison', 'rolling-restart'];

export interface ChaosOptions {
  brokers: 1 | 3;
  faults: FaultName[];
  /** Load before the fault, how long the component stays down, load after it comes back. */
  timing?: { beforeMs: number; downMs: number; afterMs: number };
  /** How long the platform has to converge after a fault before the check reports what differs. */
  recoveryTimeoutMs?: number;
  workers?: number;
  /** Pause of each load worker between stories (default 0: as fast as the platform answers). */
  paceMs?: number;
  /** Events per partition the duplicates fault delivers again (default DUPLICATE_BURST). */
  duplicateBurst?: number;
  log?: (line: string) => void;
}

export interface FaultResult {
  fault: FaultName;
  /** Writes the platform acknowledged while the fault's load ran. */
  writes: number;
  lost: number;
  doubled: number;
  /** From the fault to every consumer group's lag back at 0 (undefined: not within the timeout). */
  lagZeroSeconds?: number;
  /** From the fault to everything checked being right again. */
  recoverySeconds?: number;
  outboxBacklog: number;
  reads: number;
  /** Reads that failed although the data they read was healthy (its owner and the store were up). */
  readsFailed: number;
  notes: string[];
  /** What the fault's own check found wrong (poison: a dead-letter topic without its events). */
  problems: string[];
}

export interface ChaosReport {
  brokers: number;
  results: FaultResult[];
  /** Stories the load could not finish (a write never answered, or refused unexpectedly). */
  loadFailures: string[];
  logDir: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Events per partition the duplicates fault delivers again to each group of the counting consumers. */
const DUPLICATE_BURST = 50;
const SECRET = `chaos-${randomBytes(16).toString('hex')}`;

/** Which app owns the data each read shows: its failure while that app is down is expected. */
const READS = [
  { path: (nip: string) => `/v1/employees/${nip}`, owner: 'personnel' },
  { path: () => '/v1/programs?pageSize=5', owner: 'learning' },
  { path: () => '/v1/metrics/opd/CHAOSA', owner: 'analytics' },
  { path: (nip: string) => `/v1/employees/${nip}/profile`, owner: 'personnel' }, // composed; degrades for the others
] as const;

/**
 * How long the probe waits for the gateway's answer: past the gateway's own upstream deadline
 * (UPSTREAM_DEADLINE_MS, 5 s by default), so that the probe judges the gateway's answer (a 503
 * once an upstream stayed away for the whole deadline) instead of racing it with an equal timer.
 * With both at 5 s the two timers raced: in a fresh clone's rolling restart on a loaded machine
 * the probe gave up on one read ("no answer") before the gateway had said anything.
 */
const READ_BUDGET_MS = 8_000;

/** Reads through the gateway the whole time, recording when and what failed. */
class ReadProbe {
  private running = true;
  private loop: Promise<void> | undefined;
  readonly samples: { at: number; owner: string; ok: boolean; status: number }[] = [];

  constructor(private readonly api: GatewayClient, private readonly ledger: Ledger) {}

  start(): void {
    this.loop = (async () => {
      for (let i = 0; this.running; i++) {
        const nips = [...this.ledger.employees.keys()];
        const read = READS[i % READS.length]!;
        if (nips.length === 0 && read.owner === 'personnel') continue;
        const at = Date.now();
        try {
          const res = await this.api.get(read.path(nips[i % nips.length] ?? ''), READ_BUDGET_MS);
          this.samples.push({ at, owner: read.owner, ok: res.status < 500, status: res.status });
        } catch {
          this.samples.push({ at, owner: read.owner, ok: false, status: 0 });
        }
        await sleep(100);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

export async function runChaos(opts: ChaosOptions): Promise<ChaosReport> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const timing = opts.timing ?? { beforeMs: 5_000, downMs: 3_000, afterMs: 5_000 };
  const recoveryTimeoutMs = opts.recoveryTimeoutMs ?? 120_000;
  const runId = randomBytes(3).toString('hex');
  // Servers of its own, on free ports: the suite kills them, so they must not be anyone else's.
  const kafkaOpts = { nodes: opts.brokers, port: await freePortRange(2 * opts.brokers), name: `chaos-${runId}-kafka` };
  const mongoOpts = { port: (await freePortRange(1)), name: `chaos-${runId}-ferretdb` };
  const ns = testNamespace('chaos');
  const logDir = join(DATA_DIR, `chaos-${runId}-logs`);
  // The apps run as deployed (scripts/build-app.ts: one bundle each, the services' V8 options): a
  // restart's time is then what it is in production, about a second less module loading than
  // through tsx, which on a busy machine kept analytics out of reach for more than a read's 5 s
  // budget during the rolling restart (a fresh clone's npm test failed so).
  const appsDir = join(import.meta.dirname, '..', '..', 'tmp', 'chaos', `apps-${runId}`);
  let platform: RunningPlatform | undefined;
  let admin: Admin | undefined;
  const t0 = Date.now();
  try {
    buildApps([...PLATFORM_SERVICES, 'gateway'], appsDir);
    const kafka = await startKafka(kafkaOpts);
    const mongo = await startMongo(mongoOpts);
    log(`[chaos] Kafka ${kafka.brokers} (${opts.brokers} node${opts.brokers > 1 ? 's' : ''}), FerretDB ${mongo.url} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    platform = await launchPlatform(ns, {
      infra: { kafkaBrokers: kafka.brokers, mongoUrl: mongo.url },
      logDir,
      readyTimeoutMs: 180_000,
      appArgs: (app) => builtAppArgs(app, [], appsDir),
      // The load is one busy client; service logs at warn keep the disks of a long run small.
      env: { JWT_SECRET: SECRET, RATE_LIMIT_MAX: '1000000', RATE_LIMIT_IP_MAX: '1000000', LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn' },
    });
    log(`[chaos] platform up (${((Date.now() - t0) / 1000).toFixed(1)} s); app logs in ${logDir}`);
    const running = platform;
    const api = new GatewayClient(() => running.gatewayUrl, await signDevToken(SECRET, { role: 'admin', sub: 'chaos-suite' }));
    admin = new Kafka({ clientId: 'chaos', brokers: kafka.brokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 200 } }).admin();
    await admin.connect();
    const fixture = await createFixture(api, runId);
    const ledger = new Ledger();
    const probe = new ReadProbe(api, ledger);
    probe.start();
    const results: FaultResult[] = [];
    const loadFailures: string[] = [];
    const salt = Number.parseInt(runId, 16);
    let storiesSoFar = 0;
    for (const fault of opts.faults) {
      const load = new WriteLoad(api, ledger, fixture, salt, opts.workers ?? 3, storiesSoFar, opts.paceMs ?? 0);
      const started = Date.now();
      log(`[chaos] ${fault}: load running`);
      load.start();
      await sleep(timing.beforeMs);
      const injectedAt = Date.now();
      const expectedDown = await inject(fault, { platform, admin, kafkaOpts, kafkaBrokers: kafka.brokers, mongoOpts, ns, timing, log, duplicateBurst: opts.duplicateBurst ?? DUPLICATE_BURST });
      // From the moment the component is back, the first time every consumer group has caught up
      // (under the load still running: consumers that keep up reach 0 between events).
      const lagZero = firstLagZero(admin, ns.topicPrefix, recoveryTimeoutMs);
      await sleep(timing.afterMs);
      await load.stop();
      storiesSoFar = load.nextStory;
      loadFailures.push(...load.failures.map((f) => `${fault}: ${f}`));
      const loadEnded = Date.now();
      const converged = await converge({ api, ledger, fixture, admin, prefix: ns.topicPrefix, mongoUrl: mongo.url, dbPrefix: ns.id, timeoutMs: recoveryTimeoutMs });
      const lagZeroAt = await lagZero;
      const own = (await expectedDown.verify?.()) ?? { problems: [], notes: [] };
      const notes = [...expectedDown.notes, ...own.notes, ...converged.check.differences.slice(0, 5)];
      const reads = probe.samples.filter((s) => s.at >= started && s.at < Date.now());
      // A read that started up to its budget before the fault may fail with it.
      const window = { from: injectedAt - READ_BUDGET_MS, to: injectedAt + timing.downMs + 60_000 };
      const failed = reads.filter((s) => !s.ok && !(expectedDown.owners.includes(s.owner) && s.at >= window.from && s.at <= window.to));
      const result: FaultResult = {
        fault,
        writes: ledger.writesBetween(started, loadEnded + 1),
        lost: converged.check.lost,
        doubled: converged.check.doubled,
        lagZeroSeconds: lagZeroAt === undefined ? undefined : (lagZeroAt - injectedAt) / 1000,
        recoverySeconds: converged.greenAt === undefined ? undefined : (converged.greenAt - injectedAt) / 1000,
        outboxBacklog: converged.outbox,
        reads: reads.length,
        readsFailed: failed.length,
        notes: failed.length ? [...notes, `failed reads: ${[...new Set(failed.map((f) => `${f.owner} ${f.status || 'no answer'}`))].join(', ')} from ${((failed[0]!.at - injectedAt) / 1000).toFixed(1)} s to ${((failed[failed.length - 1]!.at - injectedAt) / 1000).toFixed(1)} s after the fault`] : notes,
        problems: own.problems,
      };
      results.push(result);
      const remarks = [...result.notes, ...result.problems];
      log(`[chaos] ${fault}: ${result.writes} writes, lost ${result.lost}, doubled ${result.doubled}, lag 0 after ${result.lagZeroSeconds?.toFixed(1) ?? '—'} s, recovered in ${result.recoverySeconds?.toFixed(1) ?? '—'} s, reads failed ${result.readsFailed}/${result.reads}${remarks.length ? ` (${remarks.join('; ')})` : ''}`);
    }
    await probe.stop();
    return { brokers: opts.brokers, results, loadFailures, logDir };
  } finally {
    await admin?.disconnect().catch(() => undefined);
    await platform?.stop();
    await stopKafka(kafkaOpts);
    await stopMongo(mongoOpts);
    rmSync(kafkaDataDir(kafkaOpts), { recursive: true, force: true });
    rmSync(join(DATA_DIR, mongoOpts.name), { recursive: true, force: true });
    rmSync(appsDir, { recursive: true, force: true });
  }
}

interface FaultContext {
  platform: RunningPlatform;
  admin: Admin;
  kafkaOpts: { nodes: number; port: number; name: string };
  /** The cluster's bootstrap list, as `startKafka` gave it. */
  kafkaBrokers: string;
  mongoOpts: { port: number; name: string };
  ns: ReturnType<typeof testNamespace>;
  timing: { downMs: number };
  log: (line: string) => void;
  duplicateBurst: number;
}

interface Injected {
  /** Apps whose reads may fail while the fault lasts (their data is down with them). */
  owners: string[];
  notes: string[];
  /** A check of its own, run once the platform converged (poison: the dead letters): problems and notes. */
  verify?: () => Promise<{ problems: string[]; notes: string[] }>;
}

async function inject(fault: FaultName, c: FaultContext): Promise<Injected> {
  if ((APP_FAULTS as readonly string[]).includes(fault)) {
    const app = fault as PlatformApp;
    await c.platform.crashApp(app);
    c.log(`[chaos] ${app}: killed (SIGKILL)`);
    await sleep(c.timing.downMs);
    await c.platform.startApp(app);
    // The gateway down is every read down; a service down is its own data (and the gateway's
    // compositions degrade, answering 200 with the part listed in `degraded`).
    return { owners: app === 'gateway' ? ['personnel', 'learning', 'analytics'] : [app], notes: [] };
  }
  if (fault === 'kafka' || fault === 'kafka-broker' || fault === 'kafka-controller') {
    const controller = c.kafkaOpts.nodes > 1 ? kafkaQuorumLeader(c.kafkaOpts) : 1;
    // A broker that is not the controller, or the controller (the active KRaft leader) itself.
    const node = fault === 'kafka-broker' ? [1, 2, 3].find((id) => id !== controller)! : fault === 'kafka-controller' ? controller : 1;
    await stopKafkaNode(c.kafkaOpts, node, { crash: true });
    c.log(`[chaos] Kafka node ${node}${node === controller ? ' (controller)' : ''}: killed (SIGKILL)`);
    await sleep(c.timing.downMs);
    await startKafkaNode(c.kafkaOpts, node);
    return { owners: [], notes: c.kafkaOpts.nodes > 1 ? [`node ${node} of ${c.kafkaOpts.nodes}`] : [] };
  }
  if (fault === 'rolling-restart') {
    // As a deployment rolls out a new version: each service stopped gracefully (SIGTERM) and started
    // again, the next one only once this one is ready. No read may fail meanwhile: the gateway
    // sends a read again while its upstream is unreachable, within the read's deadline. (The
    // gateway itself is not restarted here: run alone, it is every read; deploy two behind a
    // load balancer and roll them one at a time.)
    const took: string[] = [];
    for (const app of PLATFORM_SERVICES) {
      const t = Date.now();
      await c.platform.stopApp(app);
      await c.platform.startApp(app);
      took.push(`${app} ${((Date.now() - t) / 1000).toFixed(1)} s`);
      c.log(`[chaos] ${app}: restarted (SIGTERM, then started; ready after ${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
    return { owners: [], notes: [`restarted one at a time: ${took.join(', ')}`] };
  }
  if (fault === 'mongo') {
    await stopMongo(c.mongoOpts, { crash: true });
    c.log('[chaos] FerretDB: killed (SIGKILL)');
    await sleep(c.timing.downMs);
    await startMongo(c.mongoOpts);
    // Every store is down: no read of stored data can answer meanwhile.
    return { owners: ['personnel', 'learning', 'analytics'], notes: [] };
  }
  if (fault === 'duplicates') {
    // The consumers that count (analytics' metrics; evaluation's completions and follow-ups) get
    // a burst of events they already processed: each app stopped (a group's offsets can only move
    // while it has no members; they leave on the way out), each of its groups moved back by up to
    // DUPLICATE_BURST events per partition (what a crash before a commit redelivers, many times
    // over), the app started again.
    const services = ['analytics', 'evaluation'] as const;
    await Promise.all(services.map((s) => c.platform.stopApp(s)));
    const groups = (await c.admin.listGroups()).groups.map((g) => g.groupId).filter((g) => services.some((s) => g.startsWith(`${c.ns.topicPrefix}${s}`)));
    const t = Date.now();
    const rewound = await Promise.all(groups.map((groupId) => rewindGroup(c, groupId)));
    const events = rewound.reduce((a, b) => a + b, 0);
    c.log(`[chaos] ${groups.length} consumer groups moved back in ${((Date.now() - t) / 1000).toFixed(1)} s (${events} events to be delivered again)`);
    await Promise.all(services.map((s) => c.platform.startApp(s)));
    return { owners: [...services], notes: [`${events} events redelivered to ${groups.length} groups`] };
  }
  // Poison: on every domain topic, a value that is not JSON, an envelope whose data breaks its
  // schema, and a 900 KB value. Each consumer must dead-letter them and carry on.
  const producer = new Kafka({ clientId: 'chaos-poison', brokers: c.kafkaBrokers.split(','), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  const before = await dlqCounts(c);
  for (const base of DOMAIN_TOPICS) {
    const name = (Object.keys(EVENT_DEFINITIONS) as EventName[]).find((n) => topicOf(n) === base)!;
    const wrongSchema = { specversion: '1.0', id: randomBytes(16).toString('hex'), source: 'asn/chaos', type: eventType(name), subject: 'poison', time: new Date().toISOString(), datacontenttype: 'application/json', data: { unexpected: true } };
    const huge = { ...wrongSchema, id: randomBytes(16).toString('hex'), data: { padding: 'x'.repeat(900 * 1024) } };
    await producer.send({
      topic: c.ns.topic(base),
      acks: -1,
      messages: [
        { key: 'poison', value: '{"not json' },
        { key: 'poison', value: JSON.stringify(wrongSchema) },
        { key: 'poison', value: JSON.stringify(huge) },
      ],
    });
  }
  await producer.disconnect();
  c.log(`[chaos] 3 poison events on each of ${DOMAIN_TOPICS.length} domain topics`);
  return {
    owners: [],
    notes: [],
    verify: async () => {
      const after = await dlqCounts(c);
      // Every topic's dead-letter topic holds the three (once per consumer group that read them).
      const short = DOMAIN_TOPICS.filter((t) => (after.get(t) ?? 0) - (before.get(t) ?? 0) < 3);
      const letters = [...after].reduce((n, [t, v]) => n + v - (before.get(t) ?? 0), 0);
      return { problems: short.length ? [`dead-letter topics without the poison events: ${short.join(', ')}`] : [], notes: [`${letters} dead letters`] };
    },
  };
}

/**
 * Moves an empty consumer group's committed offsets back by up to `duplicateBurst` per partition,
 * every topic at once: returns how many events it will be delivered again. (kafkajs's
 * `admin.setOffsets` joins the group once per topic and waits out a whole fetch each time, about
 * 5 s: seven of them were most of this fault's time to "lag 0", not the platform's.) As kafkajs
 * does it: a member of the group, every partition paused, each sought (which commits it), stopped
 * at its first fetch.
 */
async function rewindGroup(c: FaultContext, groupId: string): Promise<number> {
  const moves: { topic: string; partition: number; offset: string; back: number }[] = [];
  for (const { topic, partitions } of await c.admin.fetchOffsets({ groupId })) {
    const low = new Map((await c.admin.fetchTopicOffsets(topic)).map((o) => [o.partition, Number(o.low)]));
    for (const p of partitions.filter((x) => Number(x.offset) > 0)) {
      const offset = Math.max(low.get(p.partition) ?? 0, Number(p.offset) - c.duplicateBurst);
      moves.push({ topic, partition: p.partition, offset: String(offset), back: Number(p.offset) - offset });
    }
  }
  if (moves.length === 0) return 0;
  const topics = [...new Set(moves.map((m) => m.topic))];
  const consumer = new Kafka({ clientId: 'chaos-rewind', brokers: c.kafkaBrokers.split(','), logLevel: logLevel.NOTHING }).consumer({ groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.FETCH, () => void consumer.stop().then(resolve, reject));
      consumer.run({ eachBatchAutoResolve: false, eachBatch: async () => undefined }).catch(reject);
      consumer.pause(topics.map((topic) => ({ topic })));
      for (const m of moves) consumer.seek({ topic: m.topic, partition: m.partition, offset: m.offset });
    });
  } finally {
    await consumer.disconnect();
  }
  // Read back: the group's offsets are where they were moved to.
  const now = new Map((await c.admin.fetchOffsets({ groupId, topics })).flatMap(({ topic, partitions }) => partitions.map((p) => [`${topic}/${p.partition}`, p.offset])));
  const missed = moves.filter((m) => now.get(`${m.topic}/${m.partition}`) !== m.offset);
  if (missed.length) throw new Error(`${groupId}: offsets not moved back for ${missed.map((m) => `${m.topic}/${m.partition}`).join(', ')}`);
  return moves.reduce((n, m) => n + m.back, 0);
}

/** Messages in each domain topic's dead-letter topic. */
async function dlqCounts(c: FaultContext): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const existing = new Set(await c.admin.listTopics());
  for (const base of DOMAIN_TOPICS) {
    const topic = dlqTopic(c.ns.topic(base));
    if (!existing.has(topic)) continue;
    counts.set(base, [...(await partitionBounds(c.admin, [topic])).values()].reduce((n, b) => n + b.high - b.low, 0));
  }
  return counts;
}

/** When every consumer group of the namespace first has lag 0 (polled every 250 ms), or undefined after the timeout. */
async function firstLagZero(admin: Admin, prefix: string, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const lags = await consumerLag(admin, prefix).catch(() => undefined);
    if (lags && lags.size > 0 && [...lags.values()].every((n) => n === 0)) return Date.now();
    await sleep(250);
  }
  return undefined;
}

/**
 * Polls until every consumer group's lag is 0, no outbox holds events and the ledger matches, or
 * the timeout: when that happened, and the last check (what still differs).
 */
async function converge(o: { api: GatewayClient; ledger: Ledger; fixture: Fixture; admin: Admin; prefix: string; mongoUrl: string; dbPrefix: string; timeoutMs: number }): Promise<{ greenAt?: number; check: LedgerCheck; outbox: number }> {
  const deadline = Date.now() + o.timeoutMs;
  let check: LedgerCheck = { lost: 0, doubled: 0, differences: ['not checked'] };
  let outbox = -1;
  for (;;) {
    const lag = [...(await consumerLag(o.admin, o.prefix).catch(() => new Map([['unknown', 1]]))).values()].reduce((a, b) => a + b, 0);
    outbox = await outboxBacklog(o.mongoUrl, o.dbPrefix).catch(() => -1);
    check = await checkLedger(o.api, o.ledger, o.fixture).catch((err: Error) => ({ lost: 0, doubled: 0, differences: [`check failed: ${err.message}`] }));
    if (lag === 0 && outbox === 0 && check.differences.length === 0) return { greenAt: Date.now(), check, outbox };
    if (Date.now() > deadline) return { check, outbox };
    await sleep(1_000);
  }
}

/** The suite's one table: fault, writes, lost, doubled, recovery seconds (and what else it checked). */
export function formatReport(report: ChaosReport): string {
  const rows = report.results.map((r) => [r.fault, String(r.writes), String(r.lost), String(r.doubled), r.lagZeroSeconds?.toFixed(1) ?? 'no', r.recoverySeconds?.toFixed(1) ?? 'no', String(r.outboxBacklog), `${r.readsFailed}/${r.reads}`]);
  const head = ['fault', 'writes', 'lost', 'doubled', 'lag 0 after (s)', 'recovery (s)', 'outbox left', 'reads failed'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Where the run fell short of the issue's bar, a line each (nothing lost or doubled, lag 0 within
 * 60 s, recovered, no outbox left, no failed read of healthy data, no problem of a fault's own
 * check, every story of the load finished): empty when it passed.
 */
export function shortfalls(report: ChaosReport): string[] {
  const found = report.loadFailures.map((f) => `load: ${f}`);
  for (const r of report.results) {
    const wrong = [
      r.writes > 0 ? '' : 'no write under load',
      r.lost ? `${r.lost} lost` : '',
      r.doubled ? `${r.doubled} doubled` : '',
      r.lagZeroSeconds === undefined ? 'consumer lag never back at 0' : r.lagZeroSeconds > 60 ? `lag 0 only after ${r.lagZeroSeconds.toFixed(0)} s` : '',
      r.recoverySeconds === undefined ? 'not recovered' : '',
      r.outboxBacklog ? `${r.outboxBacklog} left in outboxes` : '',
      r.readsFailed ? `${r.readsFailed} of ${r.reads} reads failed` : '',
      r.notes.some((n) => n.includes('expected')) ? 'differences left' : '',
      ...r.problems,
    ].filter(Boolean);
    if (wrong.length) found.push(`${r.fault}: ${[...wrong, ...r.notes].join(', ')}`);
  }
  return found;
}

/** Whether every fault met the issue's bar. */
export function passed(report: ChaosReport): boolean {
  return shortfalls(report).length === 0;
}
