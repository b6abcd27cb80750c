import './provided';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { GrpcClient, ServiceTokenSigner } from '@asn/service-kit';

export interface TestInfra {
  kafkaBrokers: string;
  mongoUrl: string;
}

/** The real servers the global setup provided. */
export function testInfra(): TestInfra {
  return { kafkaBrokers: inject('kafkaBrokers'), mongoUrl: inject('mongoUrl') };
}

/**
 * A unique namespace for one test file: its own topic prefix and database names, so files run
 * in parallel on one broker and one server without seeing each other's data.
 */
export function testNamespace(label: string) {
  const id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const safe = label.replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  return {
    id,
    topicPrefix: `${id}.`,
    topic: (base: string) => `${id}.${base}`,
    db: (name: string) => `${id}_${safe}_${name}`.slice(0, 60),
  };
}

export function testKafka(clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: testInfra().kafkaBrokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 100 } });
}

export interface ReadMessage {
  topic: string;
  partition: number;
  key: string | undefined;
  value: string | undefined;
  headers: Record<string, string>;
  offset: string;
}

const toRead = (topic: string, partition: number, m: KafkaMessage): ReadMessage => ({
  topic,
  partition,
  key: m.key?.toString('utf8'),
  value: m.value?.toString('utf8'),
  offset: m.offset,
  headers: Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('utf8') : String(v)])),
});

/**
 * Reads a topic from the beginning until `count` messages arrived (or `timeoutMs` passed, then
 * returns what arrived), then waits `settleMs` more so unexpected extra messages show up too.
 */
export async function readTopic(topic: string, opts: { count: number; timeoutMs?: number; settleMs?: number }): Promise<ReadMessage[]> {
  const kafka = testKafka('reader');
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}`, allowAutoTopicCreation: false });
  const got: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let reached: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => (reached = resolve));
    await consumer.run({
      eachMessage: async ({ topic: t, partition, message }) => {
        got.push(toRead(t, partition, message));
        if (got.length >= opts.count) reached();
      },
    });
    await Promise.race([enough, new Promise((r) => setTimeout(r, opts.timeoutMs ?? 20_000))]);
    if (opts.settleMs) await new Promise((r) => setTimeout(r, opts.settleMs));
    return [...got];
  } finally {
    await consumer.disconnect();
  }
}

/** Retries an assertion until it passes or the deadline passes (then throws its last error). */
export async function eventually<T>(fn: () => Promise<T> | T, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

/** Drops the given databases (test clean-up, keeps the local server small). */
export async function dropDatabases(names: string[]): Promise<void> {
  const client = new MongoClient(testInfra().mongoUrl);
  try {
    await client.connect();
    for (const n of names) await client.db(n).dropDatabase().catch(() => undefined);
  } finally {
    await client.close();
  }
}

/** Deletes topics whose names start with the prefix (test clean-up). */
export async function deleteTopics(prefix: string): Promise<void> {
  const admin = testKafka('cleanup').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length) await admin.deleteTopics({ topics, timeout: 10_000 }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

/**
 * A TCP port nobody listens on right now, below Linux's ephemeral range (32768–60999): a port the
 * kernel hands out for `listen(0)` may meanwhile become the local port of an outgoing connection
 * (a fresh-clone run lost an app to EADDRINUSE that way). Another test may still take it first:
 * `startPlatform` starts an app again on new ports when that happens.
 */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : null;
        server.close(() => resolve(bound));
      });
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await tryListen(20_000 + Math.floor(Math.random() * 12_000));
    if (port) return port;
  }
  const any = await tryListen(0);
  if (!any) throw new Error('no free TCP port');
  return any;
}

export interface TopicCollector {
  messages: ReadMessage[];
  /** Parsed envelopes of the messages so far. */
  events(): { key: string | undefined; headers: Record<string, string>; event: Record<string, unknown> & { type: string; data: Record<string, unknown> } }[];
  stop(): Promise<void>;
}

/** Collects every message of the topics in the background, from the beginning. */
export async function collectTopics(topics: string[]): Promise<TopicCollector> {
  const consumer = testKafka('collector').consumer({ groupId: `collector-${randomBytes(4).toString('hex')}`, allowAutoTopicCreation: false });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let joined: () => void = () => undefined;
  const hasJoined = new Promise<void>((r) => (joined = r));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({ eachMessage: async ({ topic, partition, message }) => void messages.push(toRead(topic, partition, message)) });
  await Promise.race([hasJoined, new Promise((r) => setTimeout(r, 15_000))]);
  return {
    messages,
    events: () => messages.map((m) => ({ key: m.key, headers: m.headers, event: JSON.parse(m.value ?? 'null') })),
    stop: () => consumer.disconnect(),
  };
}

/** Settings for a service started inside a test: random ports, the test's topics and database. */
/** The service-token secret of every test platform (services refuse gRPC calls without a token). */
export const TEST_SERVICE_TOKEN_SECRET = 'test-service-token-secret-0123456789abcdef';

/** A gRPC client of a service under test, calling as the gateway does (with a service token). */
export const testGrpcClient = (proto: string, fullName: string, address: string, opts: { deadlineMs?: number } = {}) => new GrpcClient(proto, fullName, address, { ...opts, credentials: new ServiceTokenSigner(TEST_SERVICE_TOKEN_SECRET, 'gateway') });

export function serviceTestConfig(ns: ReturnType<typeof testNamespace>, service: string) {
  const { kafkaBrokers, mongoUrl } = testInfra();
  return {
    HOST: '127.0.0.1',
    LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent',
    KAFKA_BROKERS: kafkaBrokers,
    KAFKA_TOPIC_PREFIX: ns.topicPrefix,
    KAFKA_TOPIC_PARTITIONS: 3,
    MONGO_URL: mongoUrl,
    MONGO_DB: ns.db(service),
    SHUTDOWN_TIMEOUT_MS: 10_000,
    GRPC_MAX_CONCURRENT_CALLS: 32,
    GRPC_MAX_QUEUED_CALLS: 512,
    PORT: 0,
    GRPC_PORT: 0,
    SERVICE_TOKEN_SECRETS: TEST_SERVICE_TOKEN_SECRET,
    GRPC_ALLOWED_CALLERS: 'gateway',
    CONSUMER_DEDUP_WINDOW_HOURS: 720,
    KAFKA_SSL: false,
  };
}
export { startPlatform, PLATFORM_SERVICES, type RunningPlatform, type PlatformApp } from './platform';
export { signDevToken, type DevClaims } from './dev-tokens';

/** What a refused call rejects with (the services' AppError, seen from a test). */
export interface Refusal {
  code: string;
  status: number;
  message: string;
  errors?: { path: string; message: string }[];
}

/**
 * gRPC helpers for a service test: `call` answers the response; `refusal` answers the error a call
 * was refused with, and fails the test if the call was accepted.
 */
export function rpcHelpers(client: () => { call<T>(method: string, req: object): Promise<T> }) {
  const call = <T = Record<string, any>>(method: string, req: object) => client().call<T>(method, req); // eslint-disable-line @typescript-eslint/no-explicit-any
  const refusal = (method: string, req: object): Promise<Refusal> =>
    call(method, req).then(
      () => {
        throw new Error(`${method} was accepted`);
      },
      (err: Refusal) => err,
    );
  return { call, refusal };
}
export { samplePdf, samplePng, sampleJpeg, sampleGif } from './files';
export { recordQueries, catalogueProblems, outsideService, type QueryRecorder } from './queries';
