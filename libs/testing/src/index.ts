import './provided';
import { randomBytes } from 'node:crypto';
import { expect, inject } from 'vitest';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { MongoClient, type Document } from 'mongodb';
import { DEFAULT_READ_MODEL_MAX_LAG_MS, GrpcClient, ServiceTokenSigner, type Logger } from '@asn/service-kit';
import type { RpcName, ServiceName } from '@asn/contracts';
import { committedOffsets, createKafka, EventProducer, partitionBounds } from '@asn/messaging';
import { launchPlatform, type PlatformOptions, type RunningPlatform } from './platform';
import { deleteTopicsAt, dropDatabasesAt, TEST_SERVICE_TOKEN_SECRET, type TestNamespace } from './servers';

export interface TestInfra {
  kafkaBrokers: string;
  mongoUrl: string;
}

/** The real servers the global setup provided. */
export function testInfra(): TestInfra {
  return { kafkaBrokers: inject('kafkaBrokers'), mongoUrl: inject('mongoUrl') };
}

/**
 * How long a test's reader lets the broker hold a fetch when it is at the end. kafkajs's
 * disconnect() waits for the fetch in flight, which at its 5 s default made every read of a topic
 * in a test last 5 s more than the read itself.
 */
export const TEST_READER_MAX_WAIT_MS = 100;

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

/** Where each partition of a topic ends now (its high watermark), to read up to. */
async function endOffsets(topics: string[]): Promise<Map<string, number>> {
  const admin = testKafka('offsets').admin();
  await admin.connect();
  try {
    // Partitions holding nothing (now) are never waited for.
    return new Map([...(await partitionBounds(admin, topics))].filter(([, { low, high }]) => high > low).map(([key, { high }]) => [key, high]));
  } finally {
    await admin.disconnect();
  }
}

/** Tracks how far a consumer has read each partition, to wait on offsets instead of time. */
function readPositions() {
  const next = new Map<string, number>();
  return {
    saw: (topic: string, partition: number, offset: string) => next.set(`${topic}:${partition}`, Number(offset) + 1),
    /** Resolves once every partition is read up to `ends` (a barrier on offsets). */
    reached: async (ends: Map<string, number>, timeoutMs: number, what: string) => {
      const deadline = Date.now() + timeoutMs;
      const behind = () => [...ends].filter(([key, end]) => (next.get(key) ?? 0) < end);
      while (behind().length) {
        if (Date.now() > deadline) throw new Error(`${what}: not read up to the end of ${behind().map(([k, end]) => `${k} (at ${next.get(k) ?? 0} of ${end})`).join(', ')} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/**
 * Reads a topic from the beginning until `count` messages arrived (or `timeoutMs` passed), then on
 * to the end of every partition as it is at that moment: every message already written is in the
 * answer, so a caller that first waited for its writers (an awaited relay pass, a consumer past
 * the next event) can assert that nothing else was written. `count: 0` reads what is there now.
 */
export async function readTopic(topic: string, opts: { count: number; timeoutMs?: number }): Promise<ReadMessage[]> {
  const kafka = testKafka('reader');
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}`, allowAutoTopicCreation: false, maxWaitTimeInMs: TEST_READER_MAX_WAIT_MS });
  const got: ReadMessage[] = [];
  const positions = readPositions();
  const timeoutMs = opts.timeoutMs ?? 20_000;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let reached: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => (reached = resolve));
    if (opts.count <= 0) reached();
    await consumer.run({
      eachMessage: async ({ topic: t, partition, message }) => {
        got.push(toRead(t, partition, message));
        positions.saw(t, partition, message.offset);
        if (got.length >= opts.count) reached();
      },
    });
    await Promise.race([enough, new Promise((r) => setTimeout(r, timeoutMs))]);
    await positions.reached(await endOffsets([topic]), timeoutMs, `readTopic(${topic})`);
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

/**
 * Resolves once the consumer group has committed offsets up to the end of every partition of the
 * topics as it is now: it has handled everything already written (it commits after handling).
 */
export async function groupCaughtUp(groupId: string, topics: string[], timeoutMs = 30_000): Promise<void> {
  const ends = await endOffsets(topics);
  const admin = testKafka('group-offsets').admin();
  await admin.connect();
  try {
    await eventually(async () => {
      const committed = await committedOffsets(admin, groupId, topics);
      expect([...ends].filter(([key, end]) => (committed.get(key) ?? -1) < end).map(([key]) => key)).toEqual([]);
    }, timeoutMs, 100);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Resolves once no document of the collections has events waiting in its outbox: the relay has
 * published (and the broker acknowledged) everything written so far.
 */
export async function outboxDrained(collections: { countDocuments(filter: Document): PromiseLike<number> }[], timeoutMs = 20_000): Promise<void> {
  await eventually(async () => {
    for (const c of collections) expect(await c.countDocuments({ _outboxPending: true })).toBe(0);
  }, timeoutMs, 50);
}

/** Drops the given databases (test clean-up, keeps the local server small). */
export async function dropDatabases(names: string[]): Promise<void> {
  await dropDatabasesAt(testInfra().mongoUrl, names);
}

/** Deletes topics whose names start with the prefix (test clean-up). */
export async function deleteTopics(prefix: string): Promise<void> {
  await deleteTopicsAt(testInfra().kafkaBrokers, prefix);
}

/**
 * What a messaging test works with on the test servers: a connected Mongo client and a started
 * EventProducer. `close()` (in afterAll, once the test's consumers stopped) stops both, drops the
 * namespace's databases named and deletes the namespace's topics.
 */
export async function messagingFixture(ns: TestNamespace, opts: { clientId: string; logger: Logger; topics: string[]; databases: string[]; partitions?: number }) {
  const { kafkaBrokers, mongoUrl } = testInfra();
  const mongo = new MongoClient(mongoUrl);
  await mongo.connect();
  const producer = new EventProducer({ kafka: createKafka({ brokers: kafkaBrokers, clientId: opts.clientId, logger: opts.logger }), brokers: kafkaBrokers, logger: opts.logger, topics: opts.topics, ...(opts.partitions ? { partitions: opts.partitions } : {}) });
  await producer.start();
  return {
    mongo,
    producer,
    close: async () => {
      await producer.stop();
      await mongo.close();
      await dropDatabases(opts.databases.map((d) => ns.db(d)));
      await deleteTopics(ns.id);
    },
  };
}

export interface TopicCollector {
  messages: ReadMessage[];
  /** Parsed envelopes of the messages so far. */
  events(): { key: string | undefined; headers: Record<string, string>; event: Record<string, unknown> & { type: string; data: Record<string, unknown> } }[];
  /**
   * Resolves once the collector has read every message already written to its topics (up to each
   * partition's end as it is now): the barrier before asserting that nothing else arrived. Wait
   * for the writers first (e.g. `outboxDrained`), so that what they will write is written.
   */
  caughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Collects every message of the topics in the background, from the beginning. */
export async function collectTopics(topics: string[]): Promise<TopicCollector> {
  const consumer = testKafka('collector').consumer({ groupId: `collector-${randomBytes(4).toString('hex')}`, allowAutoTopicCreation: false, maxWaitTimeInMs: TEST_READER_MAX_WAIT_MS });
  const messages: ReadMessage[] = [];
  const positions = readPositions();
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let joined: () => void = () => undefined;
  const hasJoined = new Promise<void>((r) => (joined = r));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      messages.push(toRead(topic, partition, message));
      positions.saw(topic, partition, message.offset);
    },
  });
  await Promise.race([hasJoined, new Promise((r) => setTimeout(r, 15_000))]);
  return {
    messages,
    events: () => messages.map((m) => ({ key: m.key, headers: m.headers, event: JSON.parse(m.value ?? 'null') })),
    caughtUp: async (timeoutMs = 20_000) => positions.reached(await endOffsets(topics), timeoutMs, 'collector'),
    stop: () => consumer.disconnect(),
  };
}

/** Settings for a service started inside a test: random ports, the test's topics and database. */

/** A gRPC client of a service under test, calling as the gateway does (with a service token). */
export const testGrpcClient = <S extends ServiceName>(service: S, address: string, opts: { deadlineMs?: number } = {}) => new GrpcClient(service, address, { ...opts, credentials: new ServiceTokenSigner(TEST_SERVICE_TOKEN_SECRET, 'gateway') });

export function serviceTestConfig(ns: TestNamespace, service: string) {
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
    READ_MODEL_MAX_LAG_MS: DEFAULT_READ_MODEL_MAX_LAG_MS, // as shipped
  };
}
export { PLATFORM_SERVICES, type RunningPlatform, type PlatformApp } from './platform';
export { freePort, freePortRange, testNamespace, TEST_SERVICE_TOKEN_SECRET, type TestNamespace } from './servers';
export { ensureNginx, startNginx, type RunningNginx } from './nginx';

/** `launchPlatform` on the servers the global setup provided. */
export const startPlatform = (ns: TestNamespace, opts: Omit<PlatformOptions, 'infra'> = {}): Promise<RunningPlatform> => launchPlatform(ns, { ...opts, infra: testInfra() });
export { signDevToken, type DevClaims } from '@asn/service-kit';

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
export function rpcHelpers<S extends ServiceName>(client: () => GrpcClient<S>) {
  // The rpc's name is checked against the service's .proto; the request is not, because tests send
  // bad input on purpose.
  const call = <T = Record<string, any>>(method: RpcName<S>, req: object) => (client().rpc[method] as unknown as (req: object) => Promise<T>)(req); // eslint-disable-line @typescript-eslint/no-explicit-any
  const refusal = (method: RpcName<S>, req: object): Promise<Refusal> =>
    call(method, req).then(
      () => {
        throw new Error(`${method} was accepted`);
      },
      (err: Refusal) => err,
    );
  return { call, refusal };
}
export { samplePdf, samplePng, sampleJpeg, sampleGif, readPdf } from './files';
export { recordQueries, catalogueProblems, outsideService, type QueryRecorder } from './queries';
export { serviceHarness, type ServiceHarness, type ServiceHarnessOptions } from './service-harness';
