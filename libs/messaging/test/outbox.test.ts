import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MongoClient, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDEVENTS_CONTENT_TYPE, TOPICS, check, CloudEventEnvelope, EmployeeRegistered } from '@asn/contracts';
import { createLogger, metricsRegistry } from '@asn/service-kit';
import { createEvent, EventProducer, OutboxRelay, updateWithEvents, withEvents } from '../src';
import { eventually, messagingFixture, readTopic, testInfra, testNamespace } from '@asn/testing';

const run = promisify(execFile);
const ns = testNamespace('outbox');
const topic = ns.topic(TOPICS.personnel);
const logger = createLogger('outbox-test', 'silent');
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let mongo: MongoClient;
let employees: Collection;
let producer: EventProducer;

const employee = (nip: string) => ({
  nip,
  name: 'Budi Santoso',
  opd: 'DLH',
  position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' as const },
  grade: 'III/a',
  education: 'S1' as const,
  status: 'active' as const,
});

/**
 * A relay over `collection` (hourly scans) whose next pass fails before it publishes, as while the
 * broker is away, once `failNext()` is called.
 */
const relayFailingOnDemand = (collection: Collection) => {
  let failing = false;
  const relay = new OutboxRelay({
    producer,
    logger,
    collections: [collection],
    topicPrefix: ns.topicPrefix,
    scanIntervalMs: 3_600_000,
    onStage: (stage) => {
      if (stage === 'before-publish' && failing) {
        failing = false;
        throw new Error('broker away');
      }
    },
  });
  return { relay, failNext: () => void (failing = true) };
};

beforeAll(async () => {
  fixture = await messagingFixture(ns, { clientId: 'outbox-test', logger, topics: [topic], databases: ['personnel'] });
  ({ mongo, producer } = fixture);
  employees = mongo.db(ns.db('personnel')).collection('employees');
});

afterAll(async () => {
  await fixture?.close();
});

describe('outbox relay', () => {
  it('publishes an event written with its state change, as a CloudEvents envelope keyed by NIP with the content-type header', async () => {
    const nip = '198507142010011003';
    const event = createEvent('personnel.employee.registered', nip, employee(nip), { correlationId: 'req-outbox-1' });
    await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [event]));
    const relay = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix });
    expect(await relay.publishPending()).toBe(1);

    const [message, ...rest] = await readTopic(topic, { count: 1 });
    expect(rest).toHaveLength(0);
    expect(message!.key).toBe(nip);
    expect(message!.headers['content-type']).toBe(CLOUDEVENTS_CONTENT_TYPE);
    const envelope = JSON.parse(message!.value!);
    expect(check(CloudEventEnvelope, envelope)).toEqual([]);
    expect(check(EmployeeRegistered, envelope.data)).toEqual([]);
    expect(envelope).toMatchObject({
      specversion: '1.0',
      id: event.id,
      source: 'asn/personnel',
      type: 'asn.personnel.employee.registered.v1',
      subject: nip,
      datacontenttype: 'application/json',
      correlationid: 'req-outbox-1',
      data: { nip, opd: 'DLH' },
    });
    const stored = await employees.findOne({ _id: nip as never });
    expect(stored).toMatchObject({ _outbox: [], _outboxPending: false });
  });

  it('records how long after its time each event was acknowledged by the broker (where freshness goes, issue #13)', async () => {
    const delays = async () => {
      const text = await metricsRegistry().getSingleMetricAsString('outbox_publish_delay_seconds');
      const value = (name: string) => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? 0);
      return { within60s: value('outbox_publish_delay_seconds_bucket{le="60"}'), count: value('outbox_publish_delay_seconds_count'), sum: value('outbox_publish_delay_seconds_sum') };
    };
    const nip = '199202022016022002';
    // Written 100 s before the relay's pass (the broker was away): past the histogram's last bound of 60 s.
    await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [createEvent('personnel.employee.registered', nip, employee(nip), { time: new Date(Date.now() - 100_000) })]));
    const before = await delays();
    expect(await new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix }).publishPending()).toBe(1);
    const after = await delays();
    expect(after.count - before.count).toBe(1);
    expect(after.within60s - before.within60s).toBe(0);
    expect(after.sum - before.sum).toBeGreaterThanOrEqual(100);
  });

  it('keeps events added while a pass was publishing, and publishes each document’s events in order', async () => {
    const nip = '199001012015032001';
    await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [createEvent('personnel.employee.registered', nip, employee(nip))]));
    let injected = false;
    const relay = new OutboxRelay({
      producer,
      logger,
      collections: [employees],
      topicPrefix: ns.topicPrefix,
      // A request writes between the publish and the clearing of the outbox.
      onStage: async (stage) => {
        if (stage === 'after-publish' && !injected) {
          injected = true;
          await employees.updateOne(
            { _id: nip as never },
            updateWithEvents({ $set: { opd: 'DPMPTSP' } }, [createEvent('personnel.employee.transferred', nip, { nip, fromOpd: 'DLH', toOpd: 'DPMPTSP', opd: 'DPMPTSP' })]),
          );
          relay.notify({ collection: employees.collectionName, ids: [nip] }); // as every writer does
        }
      },
    });
    await relay.publishPending();
    const afterFirst = await employees.findOne({ _id: nip as never });
    expect(afterFirst?._outbox.map((e: { type: string }) => e.type)).toEqual(['asn.personnel.employee.transferred.v1']);
    await relay.publishPending();

    const forNip = (await readTopic(topic, { count: 3 })).filter((m) => m.key === nip);
    expect(forNip.map((m) => JSON.parse(m.value!).type)).toEqual(['asn.personnel.employee.registered.v1', 'asn.personnel.employee.transferred.v1']);
    expect(new Set(forNip.map((m) => m.partition)).size).toBe(1);
  });

  it('reads and clears a pass\'s documents in one command each, and keeps the events a write added to one of them meanwhile', async () => {
    const nips = ['199606062020061001', '199606062020061002', '199606062020061003'];
    const watched = new MongoClient(testInfra().mongoUrl, { monitorCommands: true });
    const commands: string[] = [];
    watched.on('commandStarted', (e) => {
      if (e.command[e.commandName] === 'employees') commands.push(e.commandName);
    });
    try {
      const watchedEmployees = watched.db(ns.db('personnel')).collection('employees');
      const reads: string[] = [];
      const [first, changed, third] = nips as [string, string, string];
      const relay = new OutboxRelay({
        producer,
        logger,
        collections: [watchedEmployees],
        topicPrefix: ns.topicPrefix,
        scanIntervalMs: 3_600_000,
        onStage: async (stage) => {
          if (stage !== 'after-publish') return;
          reads.push(...commands);
          commands.length = 0; // count the clearing alone
          // A request writes to one of them between the publish and the clearing.
          await employees.updateOne({ _id: changed as never }, updateWithEvents({ $set: { opd: 'DPMPTSP' } }, [createEvent('personnel.employee.transferred', changed, { nip: changed, fromOpd: 'DLH', toOpd: 'DPMPTSP', opd: 'DPMPTSP' })]));
        },
      });
      await relay.publishPending(); // the start-up scan, before the writes: they are named, not scanned for
      for (const nip of nips) await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [createEvent('personnel.employee.registered', nip, employee(nip))]));
      commands.length = 0;
      relay.notify({ collection: 'employees', ids: nips });
      expect(await relay.publishPending()).toBe(3);
      expect(reads).toEqual(['find']); // the three named documents
      // One update for the three, one read of the three (one had changed), one update for that one.
      expect(commands).toEqual(['update', 'find', 'update']);
      for (const nip of [first, third]) expect(await employees.findOne({ _id: nip as never })).toMatchObject({ _outbox: [], _outboxPending: false });
      const kept = await employees.findOne({ _id: changed as never });
      expect(kept?._outbox.map((e: { type: string }) => e.type)).toEqual(['asn.personnel.employee.transferred.v1']);
      expect(kept?._outboxPending).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it('publishes a document handed over at its insert without reading it back, and reads it when a pass with it failed (issue #13)', async () => {
    const nip = '199707072021071001';
    const watched = new MongoClient(testInfra().mongoUrl, { monitorCommands: true });
    const commands: string[] = [];
    watched.on('commandStarted', (e) => {
      if (e.command[e.commandName] === 'employees') commands.push(e.commandName);
    });
    try {
      const { relay, failNext } = relayFailingOnDemand(watched.db(ns.db('personnel')).collection('employees'));
      await relay.publishPending(); // the start-up scan
      const event = createEvent('personnel.employee.registered', nip, employee(nip));
      await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [event]));
      commands.length = 0;
      relay.handOver('employees', [{ _id: nip, _outbox: [event] }]);
      expect(await relay.publishPending()).toBe(1);
      expect(commands).toEqual(['update']); // the clearing alone
      expect(await employees.findOne({ _id: nip as never })).toMatchObject({ _outbox: [], _outboxPending: false });
      expect((await readTopic(topic, { count: 0 })).filter((m) => m.key === nip).map((m) => JSON.parse(m.value!).id)).toEqual([event.id]);

      // A pass that fails after taking a handed-over document: the next one reads it and publishes it.
      const next = '199707072021071002';
      const second = createEvent('personnel.employee.registered', next, employee(next));
      await employees.insertOne(withEvents({ _id: next as never, ...employee(next) }, [second]));
      relay.handOver('employees', [{ _id: next, _outbox: [second] }]);
      failNext();
      await expect(relay.publishPending()).rejects.toThrow('broker away');
      commands.length = 0;
      expect(await relay.publishPending()).toBe(1);
      expect(commands).toEqual(['find', 'update']);
      expect((await readTopic(topic, { count: 0 })).filter((m) => m.key === next).map((m) => JSON.parse(m.value!).id)).toEqual([second.id]);
    } finally {
      await watched.close();
    }
  });

  it('publishes the events of a document written again after it was handed over, in order, and loses none (issue #13)', async () => {
    const [before, during] = ['199808082022081001', '199808082022081002'] as const;
    const transfer = (nip: string) => createEvent('personnel.employee.transferred', nip, { nip, fromOpd: 'DLH', toOpd: 'DPMPTSP', opd: 'DPMPTSP' });
    const register = async (nip: string) => {
      const event = createEvent('personnel.employee.registered', nip, employee(nip));
      await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [event]));
      return event;
    };
    const writeAgain = async (nip: string) => {
      const event = transfer(nip);
      await employees.updateOne({ _id: nip as never }, updateWithEvents({ $set: { opd: 'DPMPTSP' } }, [event]));
      return event;
    };
    const expected = new Map<string, string[]>();
    const relay: OutboxRelay = new OutboxRelay({
      producer,
      logger,
      collections: [employees],
      topicPrefix: ns.topicPrefix,
      scanIntervalMs: 3_600_000,
      onStage: async (stage, events) => {
        // Written again while the pass that took its handed-over copy publishes it.
        if (stage === 'after-publish' && events.some((e) => e.subject === during) && expected.get(during)!.length === 1) {
          expected.get(during)!.push((await writeAgain(during)).id);
          relay.notify({ collection: 'employees', ids: [during] });
        }
      },
    });
    await relay.publishPending(); // the start-up scan
    // Written again after the hand-over, before any pass: read, both events published.
    const first = await register(before);
    relay.handOver('employees', [{ _id: before, _outbox: [first] }]);
    expected.set(before, [first.id, (await writeAgain(before)).id]);
    relay.notify({ collection: 'employees', ids: [before] });
    expect(await relay.publishPending()).toBe(1);
    // Written again during the pass: the copy's event now, the new one on the next pass.
    const own = await register(during);
    expected.set(during, [own.id]);
    relay.handOver('employees', [{ _id: during, _outbox: [own] }]);
    expect(await relay.publishPending()).toBe(1);
    expect((await employees.findOne({ _id: during as never }))?._outbox.map((e: { id: string }) => e.id)).toEqual([expected.get(during)![1]]);
    expect(await relay.publishPending()).toBe(1);
    const published = await readTopic(topic, { count: 0 });
    for (const nip of [before, during]) {
      expect(published.filter((m) => m.key === nip).map((m) => JSON.parse(m.value!).id)).toEqual(expected.get(nip));
      expect(await employees.findOne({ _id: nip as never })).toMatchObject({ _outbox: [], _outboxPending: false });
    }
  });

  it('publishes a document a writer names at once, and scans for unnamed ones only at start and then at its interval', async () => {
    const named = '199202022016022001';
    const unnamed = '199303032017032002';
    const relay = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix, scanIntervalMs: 3_600_000 });
    await relay.publishPending(); // the start-up scan
    await employees.insertOne(withEvents({ _id: named as never, ...employee(named) }, [createEvent('personnel.employee.registered', named, employee(named))]));
    relay.notify({ collection: employees.collectionName, ids: [named] });
    await employees.insertOne(withEvents({ _id: unnamed as never, ...employee(unnamed) }, [createEvent('personnel.employee.registered', unnamed, employee(unnamed))]));
    expect(await relay.publishPending()).toBe(1);
    expect((await employees.findOne({ _id: named as never }))?._outboxPending).toBe(false);
    // Not named and no scan due: it waits (a crash between a write and its notify looks like this).
    expect(await relay.publishPending()).toBe(0);
    expect((await employees.findOne({ _id: unnamed as never }))?._outboxPending).toBe(true);
    // A restarted relay scans first and publishes it.
    const restarted = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix, scanIntervalMs: 3_600_000 });
    expect(await restarted.publishPending()).toBe(1);
    const keys = (await readTopic(topic, { count: 5 })).map((m) => m.key); // 3 events of the tests above, 2 of this one
    expect(keys.filter((k) => k === named)).toHaveLength(1);
    expect(keys.filter((k) => k === unnamed)).toHaveLength(1);
  });

  it('publishes a named document on the next pass after a failed one, not only at the next scan', async () => {
    const nip = '199505052019051001';
    const { relay, failNext } = relayFailingOnDemand(employees);
    await relay.publishPending(); // the start-up scan (nothing of this test yet)
    await employees.insertOne(withEvents({ _id: nip as never, ...employee(nip) }, [createEvent('personnel.employee.registered', nip, employee(nip))]));
    relay.notify({ collection: employees.collectionName, ids: [nip] });
    failNext(); // the send fails once (as while the broker is away)
    await expect(relay.publishPending()).rejects.toThrow('broker away');
    expect(await relay.publishPending()).toBe(1);
    expect((await employees.findOne({ _id: nip as never }))?._outboxPending).toBe(false);
    expect((await readTopic(topic, { count: 6 })).filter((m) => m.key === nip)).toHaveLength(1);
  });

  it('drains a backlog left by a crash at once, not a batch per scan interval', async () => {
    // 25 documents with pending events and no hint (as after a crash), a batch of 10, an interval of an hour.
    const nips = Array.from({ length: 25 }, (_, i) => `199404042018041${String(i + 1).padStart(3, '0')}`);
    await employees.insertMany(nips.map((nip) => withEvents({ _id: nip as never, ...employee(nip) }, [createEvent('personnel.employee.registered', nip, employee(nip))])));
    const relay = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix, scanIntervalMs: 3_600_000, batchSize: 10 });
    const passes: number[] = [];
    for (let n = await relay.publishPending(); n > 0; n = await relay.publishPending()) passes.push(n);
    expect(passes).toEqual([10, 10, 5]);
    expect(await employees.countDocuments({ _id: { $in: nips as never[] }, _outboxPending: true })).toBe(0);
  });

  describe('a crash of the service', () => {
    const fixture = join(__dirname, 'fixtures', 'relay-crash.ts');
    const crash = async (crashAt: string, nip: string) => {
      const { kafkaBrokers, mongoUrl } = testInfra();
      const env = { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, DB: ns.db('personnel'), PREFIX: ns.topicPrefix, CRASH_AT: crashAt, NIP: nip };
      const result = await run(process.execPath, ['--import', 'tsx', fixture], { env, cwd: join(__dirname, '..', '..', '..') }).then(
        () => ({ signal: null as string | null }),
        (err: { signal?: string; stderr?: string }) => ({ signal: err.signal ?? null, stderr: err.stderr }),
      );
      expect(result).toMatchObject({ signal: 'SIGKILL' });
    };
    const messagesFor = async (nip: string, expected: number) =>
      (await readTopic(topic, { count: 0 })).filter((m) => m.key === nip && m.value && JSON.parse(m.value).subject === nip).slice(0, expected + 5);

    it('between the state write and the publish: the state is stored with its event, and a restarted relay publishes it', async () => {
      const nip = '197803232006041002';
      await crash('before-publish', nip);
      const stored = await employees.findOne({ _id: nip as never });
      // The state never exists without its event: both came from one insert.
      expect(stored?.name).toBe('Sri Wahyuni');
      expect(stored?._outbox).toHaveLength(1);
      expect(await messagesFor(nip, 0)).toHaveLength(0);

      const relay = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix, pollIntervalMs: 200 });
      await relay.start();
      try {
        await eventually(async () => expect(await messagesFor(nip, 1)).toHaveLength(1), 20_000, 500);
      } finally {
        await relay.stop();
      }
      expect((await employees.findOne({ _id: nip as never }))?._outboxPending).toBe(false);
    });

    it('between the publish and the clearing: the event is published again after restart (at least once), with the same id', async () => {
      const nip = '198812122012122001';
      await crash('after-publish', nip);
      const first = await messagesFor(nip, 1);
      expect(first).toHaveLength(1);
      expect((await employees.findOne({ _id: nip as never }))?._outboxPending).toBe(true);

      const relay = new OutboxRelay({ producer, logger, collections: [employees], topicPrefix: ns.topicPrefix });
      await relay.publishPending();
      const all = await messagesFor(nip, 2);
      expect(all).toHaveLength(2);
      expect(JSON.parse(all[1]!.value!).id).toBe(JSON.parse(all[0]!.value!).id);
      expect((await employees.findOne({ _id: nip as never }))?._outboxPending).toBe(false);
    });
  });
});
