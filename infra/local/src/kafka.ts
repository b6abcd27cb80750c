import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DATA_DIR, LOCAL_INFRA_DIR } from './paths';
import { isAlive, portOpen, readPid, spawnDaemon, stopDaemon, waitFor, waitForPortsReleased } from './process';

const KAFKA_DIR = join(LOCAL_INFRA_DIR, 'kafka');
const LIB_DIR = join(KAFKA_DIR, 'lib');

export interface LocalKafkaOptions {
  /** Client port (PLAINTEXT listener) of the first node; node n listens on port + 2(n − 1). */
  port?: number;
  /** Nodes of the KRaft cluster, each a combined broker and controller: 1 (default) or 3 (a 3-voter quorum). */
  nodes?: number;
  /** Name of the instance: its data, logs and pid files live under .data/<name> (default `kafka`, or `kafka-cluster` for several nodes). */
  name?: string;
  /** How long to wait for the cluster to answer a metadata request with every broker. */
  readyTimeoutMs?: number;
}

export interface KafkaNode {
  id: number;
  port: number;
  controllerPort: number;
  dir: string;
  pidFile: string;
  logFile: string;
}

interface Resolved {
  dir: string;
  nodes: KafkaNode[];
  /** `host:port,…` of every node, as clients are given them. */
  brokers: string;
  heap: { min: string; max: string };
}

function resolveOptions(opts: LocalKafkaOptions): Resolved {
  const count = opts.nodes ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 5) throw new Error(`a local Kafka has 1 to 5 nodes, not ${opts.nodes}`);
  const dir = join(DATA_DIR, opts.name ?? (count === 1 ? 'kafka' : 'kafka-cluster'));
  const base = opts.port ?? 9092;
  const nodes = Array.from({ length: count }, (_, i) => {
    // One node keeps the layout it always had (files in the instance's folder); several get one folder each.
    const nodeDir = count === 1 ? dir : join(dir, `node-${i + 1}`);
    return { id: i + 1, port: base + 2 * i, controllerPort: base + 2 * i + 1, dir: nodeDir, pidFile: join(nodeDir, 'kafka.pid'), logFile: join(nodeDir, 'kafka.log') };
  });
  // Three JVMs share a developer's machine: each gets a smaller heap than a lone broker.
  return { dir, nodes, brokers: nodes.map((n) => `127.0.0.1:${n.port}`).join(','), heap: count === 1 ? { min: '256m', max: '512m' } : { min: '128m', max: '384m' } };
}

/** Resolves Kafka's jars from Maven Central once (infra/local/kafka/pom.xml). */
export function ensureKafkaJars(): void {
  // The broker and the admin tools (a checkout resolved before the tools were listed resolves again).
  if (existsSync(LIB_DIR) && ['kafka_2.13-', 'kafka-tools-3'].every((jar) => readdirSync(LIB_DIR).some((f) => f.startsWith(jar)))) return;
  console.error('[local-infra] resolving Apache Kafka jars from Maven Central (first run only)...');
  execFileSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`], {
    cwd: KAFKA_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function serverProperties(r: Resolved, node: KafkaNode): string {
  const replicas = Math.min(3, r.nodes.length);
  const minInsync = replicas >= 3 ? 2 : 1;
  return [
    'process.roles=broker,controller',
    `node.id=${node.id}`,
    `controller.quorum.voters=${r.nodes.map((n) => `${n.id}@127.0.0.1:${n.controllerPort}`).join(',')}`,
    `listeners=PLAINTEXT://127.0.0.1:${node.port},CONTROLLER://127.0.0.1:${node.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${node.port}`,
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${join(node.dir, 'logs')}`,
    'num.partitions=3',
    // Topics are created explicitly by the messaging lib; auto-creation hides typos and races on KRaft.
    'auto.create.topics.enable=false',
    // On several nodes every internal topic is replicated like the platform's own (RF 3, min ISR 2),
    // and a replica that fell behind never becomes leader (no acknowledged event is given up).
    `default.replication.factor=${replicas}`,
    `min.insync.replicas=${minInsync}`,
    'unclean.leader.election.enable=false',
    `offsets.topic.replication.factor=${replicas}`,
    'offsets.topic.num.partitions=6',
    `transaction.state.log.replication.factor=${replicas}`,
    `transaction.state.log.min.isr=${minInsync}`,
    `share.coordinator.state.topic.replication.factor=${replicas}`,
    `share.coordinator.state.topic.min.isr=${minInsync}`,
    'group.initial.rebalance.delay.ms=0',
    'log.retention.hours=-1',
    'delete.topic.enable=true',
    '',
  ].join('\n');
}

const LOG4J = [
  'log4j.rootLogger=WARN, stdout',
  'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
  'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
  'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
  'log4j.logger.kafka.server.KafkaServer=INFO',
  'log4j.logger.kafka.server.BrokerServer=INFO',
  '',
].join('\n');

function javaArgs(r: Resolved, node: KafkaNode, mainClass: string, args: string[]): string[] {
  return [
    `-Xms${r.heap.min}`,
    `-Xmx${r.heap.max}`,
    '-XX:+UseG1GC',
    '-XX:TieredStopAtLevel=1', // faster start-up; the broker here serves tests and demos, not production load
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${join(node.dir, 'log4j.properties')}`,
    `-Dkafka.logs.dir=${join(node.dir, 'server-logs')}`,
    '-cp',
    `${LIB_DIR}/*`,
    mainClass,
    ...args,
  ];
}

/** Brokers of the cluster answering on this port, with whether it has an active controller; undefined when nothing answers. */
export async function describeLocalKafka(port: number, timeoutMs = 3000): Promise<{ brokers: number; controller: number | null } | undefined> {
  if (!(await portOpen('127.0.0.1', port))) return undefined;
  const admin = new Kafka({
    clientId: 'local-infra-probe',
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length, controller: cluster.controller };
  } catch {
    return undefined;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** True when a Kafka answers on the port with an active controller (and at least `brokers` brokers). */
export async function kafkaAnswers(port: number, timeoutMs = 3000, brokers = 1): Promise<boolean> {
  const cluster = await describeLocalKafka(port, timeoutMs);
  return cluster !== undefined && cluster.brokers >= brokers && cluster.controller !== null;
}

/** Every node answers, and the cluster counts them all. */
async function clusterReady(r: Resolved): Promise<boolean> {
  for (const node of r.nodes) if (!(await kafkaAnswers(node.port, 3000, r.nodes.length))) return false;
  return true;
}

/** Writes a node's settings and formats its storage (once) with the cluster's id. */
function prepareNode(r: Resolved, node: KafkaNode): string {
  mkdirSync(node.dir, { recursive: true });
  const propsFile = join(node.dir, 'server.properties');
  writeFileSync(propsFile, serverProperties(r, node));
  writeFileSync(join(node.dir, 'log4j.properties'), LOG4J);
  // The cluster id only has to be stable for this data dir; --ignore-formatted keeps a formatted dir as is.
  const clusterIdFile = join(r.dir, 'cluster.id');
  if (!existsSync(clusterIdFile)) {
    mkdirSync(r.dir, { recursive: true });
    const id = execFileSync('java', javaArgs(r, node, 'kafka.tools.StorageTool', ['random-uuid']), { encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(clusterIdFile, id);
  }
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  execFileSync('java', javaArgs(r, node, 'kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', propsFile, '--ignore-formatted']), {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return propsFile;
}

function spawnNode(r: Resolved, node: KafkaNode, propsFile: string): number {
  return spawnDaemon('java', javaArgs(r, node, 'kafka.Kafka', [propsFile]), { cwd: node.dir, logFile: node.logFile, pidFile: node.pidFile });
}

/**
 * Starts a KRaft cluster of `nodes` combined broker+controller nodes (one by default), or reuses
 * the one already answering, and returns only when every node answers a metadata request that
 * counts them all. Returns the bootstrap list and whether this call started it.
 */
export async function startKafka(opts: LocalKafkaOptions = {}): Promise<{ brokers: string; started: boolean }> {
  const r = resolveOptions(opts);
  const timeoutMs = opts.readyTimeoutMs ?? 90_000 * r.nodes.length;
  const first = r.nodes[0]!;
  const running = await describeLocalKafka(first.port);
  if (running && running.brokers === r.nodes.length && (await clusterReady(r))) return { brokers: r.brokers, started: false };
  if (running && running.brokers !== r.nodes.length) {
    throw new Error(`a Kafka of ${running.brokers} broker(s) answers on 127.0.0.1:${first.port}, not the ${r.nodes.length} asked for; stop it first (npm run infra:down)`);
  }

  if (r.nodes.some((n) => { const pid = readPid(n.pidFile); return pid !== undefined && isAlive(pid); })) {
    // Our nodes are still starting (another `up` raced us): wait for them rather than start more.
    await waitFor(`Kafka on ${r.brokers}`, () => clusterReady(r), timeoutMs, first.logFile);
    return { brokers: r.brokers, started: false };
  }

  ensureKafkaJars();
  const props = r.nodes.map((node) => prepareNode(r, node));
  r.nodes.forEach((node, i) => spawnNode(r, node, props[i]!));
  await waitFor(`Kafka on ${r.brokers}`, () => clusterReady(r), timeoutMs, first.logFile);
  return { brokers: r.brokers, started: true };
}

/** The nodes of a local cluster (ids, ports, folders), e.g. to stop one. */
export function kafkaNodes(opts: LocalKafkaOptions = {}): KafkaNode[] {
  return resolveOptions(opts).nodes;
}

/**
 * The node that leads the KRaft quorum (the active controller), from the quorum itself. (A
 * metadata response names a random broker as "controller" on KRaft, so clients cannot tell.)
 */
export function kafkaQuorumLeader(opts: LocalKafkaOptions): number {
  const r = resolveOptions(opts);
  const alive = r.nodes.filter((n) => { const pid = readPid(n.pidFile); return pid !== undefined && isAlive(pid); });
  const errors: string[] = [];
  for (const node of alive) {
    try {
      const out = execFileSync('java', javaArgs(r, node, 'org.apache.kafka.tools.MetadataQuorumCommand', ['--bootstrap-controller', `127.0.0.1:${node.controllerPort}`, 'describe', '--status']), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      const leader = /LeaderId:\s*(\d+)/.exec(out)?.[1];
      if (leader) return Number(leader);
      errors.push(`node ${node.id}: no LeaderId in ${out.slice(0, 200)}`);
    } catch (err) {
      errors.push(`node ${node.id}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  throw new Error(`no node named the quorum's leader (${errors.join('; ')})`);
}

/** Stops one node: SIGKILL with `crash` (a power cut), else a clean shutdown. */
export async function stopKafkaNode(opts: LocalKafkaOptions, id: number, how: { crash?: boolean } = {}): Promise<'stopped' | 'not-running'> {
  const node = resolveOptions(opts).nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no Kafka node ${id}`);
  return stopDaemon(node.pidFile, 30_000, how);
}

/** Starts one stopped node again and waits until the cluster counts every node. */
export async function startKafkaNode(opts: LocalKafkaOptions, id: number): Promise<void> {
  const r = resolveOptions(opts);
  const node = r.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no Kafka node ${id}`);
  let pid = readPid(node.pidFile);
  if (pid === undefined || !isAlive(pid)) {
    // The cluster knows the node by its ports: it can only come back on them.
    await waitForPortsReleased([node.port, node.controllerPort]);
    pid = spawnNode(r, node, prepareNode(r, node));
  }
  await waitFor(`Kafka node ${id} on 127.0.0.1:${node.port}`, () => clusterReady(r), opts.readyTimeoutMs ?? 120_000, node.logFile, pid);
}

/** Stops every node of the instance (the single broker, or each node of a cluster). */
export async function stopKafka(opts: LocalKafkaOptions = {}): Promise<'stopped' | 'not-running'> {
  const results = await Promise.all(resolveOptions(opts).nodes.map((n) => stopDaemon(n.pidFile, 30_000)));
  return results.includes('stopped') ? 'stopped' : 'not-running';
}

export function kafkaDataDir(opts: LocalKafkaOptions = {}): string {
  return resolveOptions(opts).dir;
}
