import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DATA_DIR, LOCAL_INFRA_DIR } from './paths';
import { isAlive, portOpen, readPid, spawnDaemon, stopDaemon, waitFor } from './process';

const KAFKA_DIR = join(LOCAL_INFRA_DIR, 'kafka');
const LIB_DIR = join(KAFKA_DIR, 'lib');

export interface LocalKafkaOptions {
  /** Client port (PLAINTEXT listener). */
  port?: number;
  /** KRaft controller port. */
  controllerPort?: number;
  /** Name of the instance: its data, log and pid file live under .data/<name>. */
  name?: string;
  /** How long to wait for the broker to answer a metadata request. */
  readyTimeoutMs?: number;
}

interface Resolved {
  port: number;
  controllerPort: number;
  dir: string;
  pidFile: string;
  logFile: string;
}

function resolveOptions(opts: LocalKafkaOptions): Resolved {
  const name = opts.name ?? 'kafka';
  const dir = join(DATA_DIR, name);
  return {
    port: opts.port ?? 9092,
    controllerPort: opts.controllerPort ?? (opts.port ?? 9092) + 1,
    dir,
    pidFile: join(dir, 'kafka.pid'),
    logFile: join(dir, 'kafka.log'),
  };
}

/** Resolves Kafka's jars from Maven Central once (infra/local/kafka/pom.xml). */
export function ensureKafkaJars(): void {
  if (existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.startsWith('kafka_2.13-'))) return;
  console.error('[local-infra] resolving Apache Kafka jars from Maven Central (first run only)...');
  execFileSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`], {
    cwd: KAFKA_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function serverProperties(r: Resolved): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${r.controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${r.port},CONTROLLER://127.0.0.1:${r.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${r.port}`,
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${join(r.dir, 'logs')}`,
    'num.partitions=3',
    // Topics are created explicitly by the messaging lib; auto-creation hides typos and races on KRaft.
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
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

function javaArgs(r: Resolved, mainClass: string, args: string[]): string[] {
  return [
    '-Xms256m',
    '-Xmx512m',
    '-XX:+UseG1GC',
    '-XX:TieredStopAtLevel=1', // faster start-up; the broker here serves tests and demos, not production load
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${join(r.dir, 'log4j.properties')}`,
    `-Dkafka.logs.dir=${join(r.dir, 'server-logs')}`,
    '-cp',
    `${LIB_DIR}/*`,
    mainClass,
    ...args,
  ];
}

export async function kafkaAnswers(port: number, timeoutMs = 3000): Promise<boolean> {
  if (!(await portOpen('127.0.0.1', port))) return false;
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
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Starts a single-node KRaft broker (or reuses the one already answering on the port) and
 * returns only when it answers a metadata request. Returns whether this call started it.
 */
export async function startKafka(opts: LocalKafkaOptions = {}): Promise<{ brokers: string; started: boolean }> {
  const r = resolveOptions(opts);
  const brokers = `127.0.0.1:${r.port}`;
  if (await kafkaAnswers(r.port)) return { brokers, started: false };

  const pid = readPid(r.pidFile);
  if (pid !== undefined && isAlive(pid)) {
    // Our broker is still starting (another `up` raced us): wait for it rather than start a second.
    await waitFor(`Kafka on ${brokers}`, () => kafkaAnswers(r.port), opts.readyTimeoutMs ?? 90_000, r.logFile);
    return { brokers, started: false };
  }

  ensureKafkaJars();
  mkdirSync(r.dir, { recursive: true });
  const propsFile = join(r.dir, 'server.properties');
  writeFileSync(propsFile, serverProperties(r));
  writeFileSync(join(r.dir, 'log4j.properties'), LOG4J);

  // The cluster id only has to be stable for this data dir; --ignore-formatted keeps a formatted dir as is.
  const clusterIdFile = join(r.dir, 'cluster.id');
  if (!existsSync(clusterIdFile)) {
    const id = execFileSync('java', javaArgs(r, 'kafka.tools.StorageTool', ['random-uuid']), { encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(clusterIdFile, id);
  }
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  execFileSync('java', javaArgs(r, 'kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', propsFile, '--ignore-formatted']), {
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  spawnDaemon('java', javaArgs(r, 'kafka.Kafka', [propsFile]), { cwd: r.dir, logFile: r.logFile, pidFile: r.pidFile });
  await waitFor(`Kafka on ${brokers}`, () => kafkaAnswers(r.port), opts.readyTimeoutMs ?? 90_000, r.logFile);
  return { brokers, started: true };
}

export async function stopKafka(opts: LocalKafkaOptions = {}): Promise<'stopped' | 'not-running'> {
  return stopDaemon(resolveOptions(opts).pidFile, 30_000);
}

export function kafkaDataDir(opts: LocalKafkaOptions = {}): string {
  return resolveOptions(opts).dir;
}
