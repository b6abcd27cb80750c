import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { DATA_DIR, kafkaAnswers, mongoAnswers, portHolder, startKafka, startMongo, stopKafka, stopMongo, waitForPortsReleased } from '../src';
import { inject } from 'vitest';

describe('local infrastructure', () => {
  it('a second up reuses the servers that already answer', async () => {
    const [kafkaBrokers, mongoUrl] = [inject('kafkaBrokers'), inject('mongoUrl')];
    const kafkaPort = Number(kafkaBrokers.split(',')[0]!.split(':')[1]);
    const mongoPort = Number(new URL(mongoUrl).port || 27017);
    expect(await kafkaAnswers(kafkaPort)).toBe(true);
    expect(await mongoAnswers(mongoUrl)).toBe(true);
    expect(await startKafka({ port: kafkaPort, name: 'reuse-probe' })).toEqual({ brokers: `127.0.0.1:${kafkaPort}`, started: false });
    expect(await startMongo({ port: mongoPort, name: 'reuse-probe' })).toEqual({ url: `mongodb://127.0.0.1:${mongoPort}`, started: false });
    rmSync(join(DATA_DIR, 'reuse-probe'), { recursive: true, force: true });
  });

  it('down after a crash cleans up the stale pid files and reports nothing running', async () => {
    const name = `stale-${process.pid}`;
    const dir = join(DATA_DIR, name);
    mkdirSync(dir, { recursive: true });
    // A pid no process has: what a crashed broker or server leaves behind.
    writeFileSync(join(dir, 'kafka.pid'), '999999999');
    writeFileSync(join(dir, 'ferretdb.pid'), '999999999');
    expect(await stopKafka({ name })).toBe('not-running');
    expect(await stopMongo({ name })).toBe('not-running');
    expect(existsSync(join(dir, 'kafka.pid'))).toBe(false);
    expect(existsSync(join(dir, 'ferretdb.pid'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  // A fresh clone's npm test lost a Kafka node restarted on its port ("Address already in use")
  // and then waited out two minutes for it: now a restart waits for its port, names who holds it,
  // and a server that exits at start fails at once with its log.
  // The local server commits to SQLite's write-ahead log without an fsync per commit (flushed every
  // 100 ms, as MongoDB flushes its journal): a write it acknowledged is with the OS, so the server's
  // own crash loses nothing.
  it('keeps every acknowledged write when the server is killed', async () => {
    const { MongoClient } = await import('mongodb');
    // The server comes back on another free port, with the same data: a killed server's own port
    // can be taken meanwhile (test ports are claimed in libs/testing, which infra cannot use).
    const freePort = async () => {
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const port = (probe.address() as { port: number }).port;
      await new Promise((resolve) => probe.close(resolve));
      return port;
    };
    const name = `killed-${process.pid}`;
    try {
      const { url } = await startMongo({ port: await freePort(), name });
      if (process.platform === 'linux') {
        // Go's collector runs as goRuntimeEnv says (GOGC=400 unless the environment sets it).
        const pid = readFileSync(join(DATA_DIR, name, 'ferretdb.pid'), 'utf8').trim();
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        expect(environ).toEqual(expect.arrayContaining([`GOGC=${process.env.GOGC ?? '400'}`, `GOMEMLIMIT=${process.env.GOMEMLIMIT ?? '1GiB'}`]));
      }
      const client = new MongoClient(url);
      const col = client.db('crash').collection<{ _id: string; n: number }>('docs');
      await Promise.all(Array.from({ length: 300 }, (_, k) => col.insertOne({ _id: `d${k}`, n: k })));
      await col.updateOne({ _id: 'd0' }, { $inc: { n: 7 } });
      await client.close();
      expect(await stopMongo({ name }, { crash: true })).toBe('stopped');
      const again = new MongoClient((await startMongo({ port: await freePort(), name })).url);
      const after = again.db('crash').collection<{ _id: string; n: number }>('docs');
      expect(await after.countDocuments({})).toBe(300);
      expect((await after.findOne({ _id: 'd0' }))?.n).toBe(7);
      await again.close();
    } finally {
      await stopMongo({ name });
      rmSync(join(DATA_DIR, name), { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(process.platform === 'linux')('names who holds a port, waits for its release, and fails at once when a server cannot start', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    expect(portHolder(port)).toMatch(new RegExp(`^${process.pid} `));
    await expect(waitForPortsReleased([port], 300)).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port} by ${process.pid} `));
    const name = `taken-${process.pid}`;
    try {
      // Without the exit check this waits the whole ready timeout: longer than the test's own.
      await expect(startMongo({ port, name, readyTimeoutMs: 600_000 })).rejects.toThrow(/exited before it was ready[\s\S]*last lines of/);
    } finally {
      rmSync(join(DATA_DIR, name), { recursive: true, force: true });
    }
    const released = waitForPortsReleased([port], 10_000);
    holder.close();
    await released;
    expect(portHolder(port)).toBeUndefined();
  }, 60_000);
});

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
    mongoUrl: string;
  }
}

type Db = import('mongodb').Db;

/** A database of its own for one test, dropped afterwards. */
async function withScratchDb(name: string, fn: (db: Db) => Promise<void>, maxPoolSize?: number): Promise<void> {
  const { MongoClient } = await import('mongodb');
  const client = new MongoClient(inject('mongoUrl'), maxPoolSize ? { maxPoolSize } : {});
  await client.connect();
  const db = client.db(`${name}_${process.pid}`);
  try {
    await fn(db);
  } finally {
    await db.dropDatabase();
    await client.close();
  }
}

/**
 * The server answers `find(filter)` on `collection` from an index: SQLite's own plan through
 * FerretDB's explain, or, on MongoDB (MONGO_URL or testcontainers), its plan matching `mongoPlan`.
 */
async function expectServedByIndex(db: Db, collection: string, filter: object, mongoPlan: RegExp): Promise<void> {
  const explained = await db.command({ explain: { find: collection, filter } });
  const plan = JSON.stringify(explained.queryPlanner ?? explained);
  if (/SCAN|SEARCH/.test(plan)) {
    expect(plan, JSON.stringify(filter)).toMatch(/SEARCH .* USING INDEX/);
    expect(plan, JSON.stringify(filter)).not.toMatch(/detail=SCAN/);
  } else {
    expect(plan, JSON.stringify(filter)).toMatch(mongoPlan);
  }
}

describe('the Mongo-compatible server', () => {
  // The platform relies on MongoDB's single-document atomicity (outbox, optimistic concurrency,
  // capacity counters). FerretDB v1 alone does not give it; infra/local/ferretdb/patches/serialize_writes.go does.
  it('applies concurrent updates of one document atomically', async () => {
    await withScratchDb('atomicity', async (db) => {
      const col = db.collection<{ _id: string; n: number; v: number }>('counters');
      await col.insertOne({ _id: 'c', n: 0, v: 0 });
      await Promise.all(Array.from({ length: 100 }, () => col.updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
      expect((await col.findOne({ _id: 'c' }))?.n).toBe(100);

      const conditional = await Promise.all(Array.from({ length: 30 }, () => col.updateOne({ _id: 'c', v: 0 }, { $inc: { v: 1 } })));
      expect(conditional.filter((r) => r.modifiedCount === 1)).toHaveLength(1);
      const found = await Promise.all(Array.from({ length: 30 }, () => col.findOneAndUpdate({ _id: 'c', v: 1 }, { $inc: { v: 1 } })));
      expect(found.filter((r) => r !== null)).toHaveLength(1);
      expect((await col.findOne({ _id: 'c' }))?.v).toBe(2);
    }, 50);
  });

  // Writes naming their documents by _id lock only those documents (patches/serialize_writes.go), so
  // they run side by side; any other filter locks the collection. Neither may lose the other's
  // change. Bulks of more statements than FerretDB's 100 pooled connections, several at once, used to
  // wait forever for a connection (each statement kept its own until the command ended).
  it('runs writes of different documents side by side and loses none, also in bulks of many statements', async () => {
    await withScratchDb('doclocks', async (db) => {
      const col = db.collection<{ _id: string; n: number; m: number }>('docs');
      await col.insertMany(Array.from({ length: 200 }, (_, k) => ({ _id: `d${k}`, n: 0, m: 0 })));
      const bulk = (offset: number) =>
        col.bulkWrite(Array.from({ length: 150 }, (_, j) => ({ updateOne: { filter: { _id: `d${(offset + j) % 200}` }, update: { $inc: { n: 1 } } } })), { ordered: false });
      await Promise.all([
        ...Array.from({ length: 8 }, (_, b) => bulk(b * 25)), // 1,200 increments over overlapping documents
        ...Array.from({ length: 4 }, () => col.updateMany({ m: { $gte: 0 } }, { $inc: { m: 1 } })),
        ...Array.from({ length: 200 }, (_, k) => col.updateOne({ _id: `d${k % 50}` }, { $inc: { m: 1000 } })),
      ]);
      const docs = await col.find({}).toArray();
      expect(docs.reduce((sum, d) => sum + d.n, 0)).toBe(8 * 150);
      expect(docs.filter((d) => d.m !== (Number(d._id.slice(1)) < 50 ? 4004 : 4))).toEqual([]);
    }, 16);
  }, 120_000);

  // FerretDB 1.24 looked documents up by _id with an expression its _id index does not cover, so
  // every lookup read the whole table; infra/local patches the expression (ferretdb.ts). SQLite's
  // own query plan, through FerretDB's explain, shows which one happens.
  it('finds a document by _id through the _id index, not by reading the collection', async () => {
    await withScratchDb('idlookup', async (db) => {
      const col = db.collection<{ _id: string; n: number }>('docs');
      await col.insertMany(Array.from({ length: 200 }, (_, n) => ({ _id: `d${n}`, n })));
      // By _id alone, and by _id with more conditions (the services' conditional writes).
      for (const filter of [{ _id: 'd42' }, { _id: 'd42', n: 42 }]) await expectServedByIndex(db, 'docs', filter, /IDHACK|EXPRESS_IXSCAN|IXSCAN/);
      expect(await col.findOne({ _id: 'd42', n: 41 })).toBeNull(); // the other conditions still apply
      expect(await col.updateOne({ _id: 'd42', n: 41 }, { $inc: { n: 1 } })).toMatchObject({ matchedCount: 0 });
      expect((await col.findOne({ _id: 'd42' }))?.n).toBe(42);
      await col.updateOne({ _id: 'd42' }, { $inc: { n: 1 } });
      expect((await col.findOne({ _id: 'd42' }))?.n).toBe(43);
      await expect(col.insertOne({ _id: 'd42', n: 0 })).rejects.toMatchObject({ code: 11000 }); // still unique
    });
  });

  // FerretDB 1.24 pushed only a lone _id equality down to SQL; every other filter decoded the whole
  // collection in Go. The local build narrows by top-level equalities and $in on indexed fields
  // (infra/local/ferretdb/patches/sqlite_pushdown.go); Mongo's matching rules must not change.
  it('answers equality and $in filters on an indexed field from the index, with Mongo\'s matching rules', async () => {
    await withScratchDb('pushdown', async (db) => {
      type Doc = { _id: string; opd: string | string[]; name: string; active: boolean; note?: string };
      const col = db.collection<Doc>('docs');
      await col.createIndex({ opd: 1 });
      await col.createIndex({ active: 1 });
      await col.insertMany(Array.from({ length: 300 }, (_, n) => ({ _id: `d${n}`, opd: `OPD${n % 10}`, name: `Nama ${n}`, active: n % 2 === 0 })));
      await col.insertMany([
        { _id: 'array', opd: ['OPD3', 'OPDX'], name: 'in two', active: true },
        { _id: 'quote', opd: 'O"P\\D', name: 'escaped', active: false },
        { _id: 'unicode', opd: 'ÖPD <&>', name: 'unicode', active: false },
      ]);
      for (const filter of [{ opd: 'OPD3' }, { opd: { $in: ['OPD3', 'OPD4'] } }, { active: true }]) await expectServedByIndex(db, 'docs', filter, /IXSCAN/);
      // 30 documents per OPD; an array that holds the value matches too, as on MongoDB.
      expect(await col.countDocuments({ opd: 'OPD3' })).toBe(31);
      expect(await col.countDocuments({ opd: 'OPDX' })).toBe(1);
      expect(await col.countDocuments({ opd: { $in: ['OPD4', 'OPDX'] } })).toBe(31);
      expect(await col.countDocuments({ opd: 'OPD4', active: true })).toBe(30); // n = 4, 14, ... 294 are all even, so active
      expect(await col.countDocuments({ opd: 'OPD3', active: true })).toBe(1); // n = 3, 13, ... are odd: only the array
      expect(await col.countDocuments({ opd: 'OPD3', name: 'Nama 13' })).toBe(1); // the other conditions still apply
      expect(await col.countDocuments({ opd: 'O"P\\D' })).toBe(1); // values that need escaping are left to the handler
      expect(await col.countDocuments({ opd: 'ÖPD <&>' })).toBe(1);
      expect(await col.updateOne({ _id: 'd3', opd: 'OPD4' }, { $set: { note: 'x' } })).toMatchObject({ matchedCount: 0 });
      expect(await col.updateOne({ opd: 'OPD3', name: 'Nama 3' }, { $set: { note: 'x' } })).toMatchObject({ matchedCount: 1 });
      expect(await col.findOne({ note: 'x' })).toMatchObject({ _id: 'd3' });
    });
  });
});
