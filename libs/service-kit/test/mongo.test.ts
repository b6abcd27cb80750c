import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, testInfra } from '@asn/testing';
import { MongoResource } from '../src/mongo';

/** A TCP relay to the store that the test can take down (refusing connections) and bring back. */
async function relayTo(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const up = async () => {
    server = net.createServer((client) => {
      const store = net.connect(Number(target.port || 27017), target.hostname);
      for (const s of [client, store]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(store).pipe(client);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as net.AddressInfo).port;
  };
  const down = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  };
  await up();
  return { port, up, down };
}

function logLines() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))), done()) });
  return { lines, logger: pino({ level: 'info' }, sink) };
}

describe('MongoResource: the watchdog on the driver\'s server monitor (against the real store)', () => {
  const db = `mongo_watchdog_${process.pid}`;
  let relay: Awaited<ReturnType<typeof relayTo>>;
  // Checks every 250 ms, each bounded by 1 s: a monitor that works is never silent for 3 s.
  const url = () => `mongodb://127.0.0.1:${relay.port}/?heartbeatFrequencyMS=250&connectTimeoutMS=1000`;

  beforeAll(async () => {
    relay = await relayTo(new URL(testInfra().mongoUrl));
  });
  afterAll(async () => {
    const mongo = new MongoResource(testInfra().mongoUrl, db, pino({ level: 'silent' }));
    await mongo.start();
    await mongo.connection.db!.dropDatabase();
    await mongo.stop();
  });

  it('opens the connection anew when the monitor falls silent, and the store answers again', async () => {
    const { lines, logger } = logLines();
    const mongo = new MongoResource(url(), db, logger, false, { monitorSilenceMs: 3000 });
    await mongo.start();
    try {
      const probe = () => mongo.connection.db!.collection('probe');
      await probe().insertOne({ _id: 'before' as never });
      // The fault seen once in the chaos suite: the server marked Unknown and its monitor never
      // checking it again. Injected through the driver's own objects (no public way to stop it).
      const topology = (mongo.connection.getClient() as unknown as { topology: { s: { servers: Map<string, { monitor: { close(): void; emit(e: string, err: Error): void } }> } } }).topology;
      for (const server of topology.s.servers.values()) {
        server.monitor.close();
        server.monitor.emit('resetServer', new Error('injected: the monitor stopped'));
      }
      await expect(probe().findOne({ _id: 'before' as never }, { timeoutMS: 1000 })).rejects.toThrow();
      expect(mongo.reopened).toBe(0);
      await eventually(async () => expect(await probe().findOne({ _id: 'before' as never })).toEqual({ _id: 'before' }), 20_000, 200);
      expect(mongo.reopened).toBe(1);
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['mongo server monitor silent: opening the connection anew', 'mongo connection opened anew']));
      expect(await mongo.isReady()).toBe(true);
    } finally {
      await mongo.stop();
    }
  });

  it('leaves the connection alone while the store is away and the monitor reports it, and comes back with it', async () => {
    const mongo = new MongoResource(url(), db, pino({ level: 'silent' }), false, { monitorSilenceMs: 3000 });
    await mongo.start();
    try {
      const client = mongo.connection.getClient();
      let failedBeats = 0;
      client.on('serverHeartbeatFailed', () => failedBeats++);
      await relay.down();
      // Twice the watchdog's silence, counted by the monitor's own failed checks, not a clock.
      await eventually(() => expect(failedBeats).toBeGreaterThanOrEqual(24), 30_000, 100);
      expect(await mongo.isReady()).toBe(false);
      expect(mongo.reopened).toBe(0);
      expect(mongo.connection.getClient()).toBe(client);
      await relay.up();
      await eventually(async () => expect(await mongo.isReady()).toBe(true), 20_000, 200);
      expect(mongo.reopened).toBe(0);
    } finally {
      await mongo.stop();
    }
  });
});
