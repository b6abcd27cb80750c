import type { Collection, MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '@asn/contracts';
import { createLogger } from '@asn/service-kit';
import { groupCaughtUp, messagingFixture, outboxDrained, readTopic, testInfra, testNamespace } from '@asn/testing';
import { createEvent, createKafka, EventConsumer, EventProducer, OutboxRelay, updateWithEvents, withEvents } from '../src';

// Issue #17: several instances of a service each run a relay over the same outbox.
const ns = testNamespace('relays');
const topic = ns.topic(TOPICS.personnel);
const logger = createLogger('relays-test', 'silent');
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let mongo: MongoClient;
let employees: Collection<{ _id: string }>;
let producer: EventProducer;

const employee = (nip: string) => ({
  nip,
  name: 'Sri Wahyuni',
  opd: 'DINKES',
  position: { code: 'JF-PK', title: 'Perawat', kind: 'functional' as const },
  grade: 'III/b',
  education: 'D3' as const,
  status: 'active' as const,
});
const nips = Array.from({ length: 30 }, (_, i) => `1990010120150320${String(i + 1).padStart(2, '0')}`); // sequence 001–030 (000 is no NIP)

beforeAll(async () => {
  fixture = await messagingFixture(ns, { clientId: 'relays-test', logger, topics: [topic], databases: ['personnel', 'evaluation'] });
  ({ mongo, producer } = fixture);
  employees = mongo.db(ns.db('personnel')).collection('employees');
});

afterAll(async () => {
  await fixture?.close();
});

describe('two outbox relays on one outbox', () => {
  it('publish every event, and an idempotent consumer applies each once', async () => {
    const written: string[] = [];
    for (const nip of nips) {
      const event = createEvent('personnel.employee.registered', nip, employee(nip));
      written.push(event.id);
      await employees.insertOne(withEvents({ _id: nip, ...employee(nip) }, [event]));
    }
    // Relay A dies after its first publish and before clearing: relay B publishes the same events again.
    let crashed = false;
    const relay = (name: string) =>
      new OutboxRelay({
        producer,
        logger,
        collections: [employees as unknown as Collection],
        topicPrefix: ns.topicPrefix,
        scanIntervalMs: 0,
        onStage: (stage) => {
          if (name === 'a' && stage === 'after-publish' && !crashed) {
            crashed = true;
            throw new Error('relay a died after publishing');
          }
        },
      });
    const [a, b] = [relay('a'), relay('b')];
    await expect(a.publishPending()).rejects.toThrow('died after publishing');
    // Both passes at once, while the instances' writes add events to the same documents.
    const updates = nips.slice(0, 10).map(async (nip) => {
      const event = createEvent('personnel.employee.updated', nip, { nip, opd: 'DINKES', changes: { grade: 'III/c' } });
      written.push(event.id);
      await employees.updateOne({ _id: nip }, updateWithEvents({ $set: { grade: 'III/c' } }, [event]));
    });
    await Promise.all([a.publishPending(), b.publishPending(), ...updates]);
    while ((await employees.countDocuments({ _outboxPending: true })) > 0) await Promise.all([a.publishPending(), b.publishPending()]);
    await outboxDrained([employees]);

    const published = (await readTopic(topic, { count: 0 })).map((m) => JSON.parse(m.value!).id as string);
    expect(new Set(published)).toEqual(new Set(written)); // every event, nothing else
    expect(published.length).toBeGreaterThanOrEqual(written.length + nips.length); // the 30 of the crashed pass came twice

    const applied: string[] = [];
    const { kafkaBrokers } = testInfra();
    const groupId = `${ns.topicPrefix}relays-consumer`;
    const consumer = new EventConsumer({
      kafka: createKafka({ brokers: kafkaBrokers, clientId: 'relays-consumer', logger }),
      brokers: kafkaBrokers,
      logger,
      groupId,
      topics: [topic],
      processed: mongo.db(ns.db('evaluation')).collection('processed_relays'),
      producer,
      handlers: {
        'personnel.employee.registered': async (event) => void applied.push(event.id),
        'personnel.employee.updated': async (event) => void applied.push(event.id),
      },
    });
    await consumer.start();
    try {
      await groupCaughtUp(groupId, [topic]);
    } finally {
      await consumer.stop();
    }
    expect(applied.sort()).toEqual([...written].sort());
  });
});
