// What a test or the resilience suite needs to run apps on real servers, without vitest: free
// ports, namespaces, the service-token secret and clean-up by explicit endpoints.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

/** The service-token secret of every test platform (services refuse gRPC calls without a token). */
export const TEST_SERVICE_TOKEN_SECRET = 'test-service-token-secret-0123456789abcdef';

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

export type TestNamespace = ReturnType<typeof testNamespace>;

/**
 * A TCP port nobody listens on right now, below Linux's ephemeral range (32768–60999): a port the
 * kernel hands out for `listen(0)` may meanwhile become the local port of an outgoing connection
 * (a fresh-clone run lost an app to EADDRINUSE that way). Another test may still take it first:
 * `startPlatform` starts an app again on new ports when that happens.
 */
export async function freePort(): Promise<number> {
  const port = await freePortIn(APP_PORTS, 1);
  if (port) return port;
  const { createServer } = await import('node:net');
  const any = await new Promise<number | null>((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : null));
    });
  });
  if (!any) throw new Error('no free TCP port');
  return any;
}

/**
 * The first of `count` consecutive free TCP ports, for servers that must come back on the same
 * ports after a kill (a Kafka cluster's client and controller listeners, a store). They come from
 * a range of their own, below `freePort`'s: an app started meanwhile by a test running beside
 * (whose ports come from `freePort`) can never take a killed server's port before it restarts (a
 * fresh clone's 3-broker test lost a node that way: "Address already in use").
 */
export async function freePortRange(count: number): Promise<number> {
  const first = await freePortIn(RESTARTED_SERVER_PORTS, count);
  if (!first) throw new Error(`no ${count} consecutive free TCP ports`);
  return first;
}

/** Where `freePort` and `freePortRange` look, apart, and both below the ephemeral range. */
const APP_PORTS = { from: 20_000, to: 32_000 };
const RESTARTED_SERVER_PORTS = { from: 10_000, to: 20_000 };

async function freePortIn(range: { from: number; to: number }, count: number): Promise<number | undefined> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = range.from + Math.floor(Math.random() * (range.to - range.from - count + 1));
    let free = true;
    for (let p = first; p < first + count && free; p++) free = await portIsFree(p);
    if (free) return first;
  }
  return undefined;
}

async function portIsFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Drops the databases (a test's or a suite's clean-up). */
export async function dropDatabasesAt(mongoUrl: string, names: string[]): Promise<void> {
  const client = new MongoClient(mongoUrl);
  try {
    await client.connect();
    for (const n of names) await client.db(n).dropDatabase().catch(() => undefined);
  } finally {
    await client.close();
  }
}

/** Deletes topics whose names start with the prefix. */
export async function deleteTopicsAt(kafkaBrokers: string, prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'cleanup', brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 100 } }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length) await admin.deleteTopics({ topics, timeout: 10_000 }).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
