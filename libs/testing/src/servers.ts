// What a test or the resilience suite needs to run apps on real servers, without vitest: free
// ports, namespaces, the service-token secret and clean-up by explicit endpoints.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * (a fresh-clone run lost an app to EADDRINUSE that way). It is claimed for this process (see
 * `claimPort`); a program that does not claim may still take it first: `startPlatform` starts an
 * app again on new ports when that happens.
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

/** `count` consecutive free ports in the range, claimed (exported for its test). */
export async function freePortIn(range: { from: number; to: number }, count: number): Promise<number | undefined> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = range.from + Math.floor(Math.random() * (range.to - range.from - count + 1));
    const claims: string[] = [];
    let free = true;
    for (let p = first; p < first + count && free; p++) {
      const claim = claimPort(p);
      if (claim) claims.push(claim);
      free = claim !== undefined && (await portIsFree(p));
    }
    if (free) return first;
    for (const claim of claims) releaseClaim(claim);
  }
  return undefined;
}

/**
 * Ports handed out, claimed across processes: a file per port in a folder every test process of
 * the machine shares, naming the claiming process, until it exits. A port free at the moment it
 * is asked for is not enough: a server killed to be restarted on its own port (a Kafka node, the
 * chaos suite's store, an app in a rolling restart) leaves it free for seconds, and a test running
 * beside, in another process, took such a port (a fresh clone's 3-broker test found the chaos
 * suite's FerretDB on its node's port). A claim whose process is gone is stale and taken over.
 */
export const CLAIMS_DIR = join(tmpdir(), 'asn-test-ports');
const claimedHere = new Set<string>();

/** The claim's file when this process now holds the port, undefined when another one (or this one) does. */
function claimPort(port: number): string | undefined {
  if (!swept) sweepStaleClaims();
  const file = join(CLAIMS_DIR, String(port));
  // Written aside, then linked into place: the claim appears whole, with its process id, or not at all.
  const draft = join(CLAIMS_DIR, `.${port}.${process.pid}.${randomBytes(4).toString('hex')}`);
  writeFileSync(draft, String(process.pid));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(draft, file);
        claimedHere.add(file);
        return file;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      if (claimantAlive(file)) return undefined;
      rmSync(file, { force: true });
    }
    return undefined;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Once per process: drops the claims of processes that are gone, and releases this one's at its
 * exit (one listener, however often its claims come and go). A test worker that is killed
 * (vitest's workers left their claims behind so) never runs its exit handler: claims would pile up.
 */
let swept = false;
function sweepStaleClaims(): void {
  swept = true;
  process.once('exit', () => claimedHere.forEach(releaseClaim));
  mkdirSync(CLAIMS_DIR, { recursive: true });
  for (const name of readdirSync(CLAIMS_DIR)) {
    const file = join(CLAIMS_DIR, name);
    if (/^\d+$/.test(name) && !claimantAlive(file)) rmSync(file, { force: true });
  }
}

function releaseClaim(file: string): void {
  claimedHere.delete(file);
  rmSync(file, { force: true });
}

function claimantAlive(file: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(file, 'utf8'));
  } catch {
    return false; // released meanwhile
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
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
