import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, type CloudEvent } from '@asn/contracts';
import { createLogger } from '@asn/service-kit';
import { coPartitionedAssigner, createEvent, createKafka, ensureTopics, EventConsumer, EventProducer, partitionOfKey, toMessage } from '../src';
import { eventually, messagingFixture, testInfra, testKafka, testNamespace } from '@asn/testing';

const ns = testNamespace('copart');
const personnel = ns.topic(TOPICS.personnel);
const evaluation = ns.topic(TOPICS.evaluation);
const uneven = ns.topic(TOPICS.innovation);
const logger = createLogger('copart-test', 'silent');
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let producer: EventProducer;
const consumers: EventConsumer[] = [];
const misplaced: string[] = [];

const nips = Array.from({ length: 40 }, (_, i) => `19800101200501${String(1001 + i)}`);
const assessed = (nip: string) =>
  createEvent('personnel.competency.assessed', `a-${nip}`, { assessmentId: `a-${nip}`, nip, opd: 'DLH', code: 'K-1', type: 'technical', level: 2, assessedOn: '2026-01-05', method: 'uji kompetensi' });
const appraised = (nip: string) => createEvent('evaluation.appraisal.recorded', `${nip}-2025`, { appraisalId: `${nip}-2025`, nip, opd: 'DLH', year: 2025, rating: 'good' });

/** A member of one group, recording which employee's events it handled and what it was assigned. */
const member = async (group: string, topics: string[], seen: Map<string, Set<string>>, name: string) => {
  const { kafkaBrokers } = testInfra();
  const assignments: Record<string, number[]>[] = [];
  const consumer = new EventConsumer({
    kafka: createKafka({ brokers: kafkaBrokers, clientId: name, logger }),
    brokers: kafkaBrokers,
    logger,
    groupId: `${ns.id}-${group}`,
    topics,
    processed: fixture.mongo.db(ns.db('copart')).collection(`processed_${group}`),
    producer,
    handlers: {},
    batchHandler: async (batch) => {
      for (const { event, meta } of batch) {
        const nip = (event.data as { nip: string }).nip;
        // Where the producers put a key is where partitionOfKey says (owners are found by it).
        if (meta.partition !== partitionOfKey(nip, meta.topic === uneven ? 4 : 6)) misplaced.push(nip);
        if (!seen.has(nip)) seen.set(nip, new Set());
        seen.get(nip)!.add(name);
      }
    },
    partitionAssigners: [coPartitionedAssigner()],
    onAssigned: (a) => assignments.push(a),
  });
  consumers.push(consumer);
  await consumer.start();
  return { consumer, assignments };
};

const send = (topic: string, events: CloudEvent[]) => producer.send([{ topic, messages: events.map(toMessage) }]);

beforeAll(async () => {
  fixture = await messagingFixture(ns, { clientId: 'copart-test', logger, topics: [personnel, evaluation], databases: ['copart'], partitions: 6 });
  producer = fixture.producer;
  // Through ensureTopics, which waits for the leaders itself: kafkajs's own wait (waitForLeaders)
  // does not retry UNKNOWN_TOPIC_OR_PARTITION, and a fresh clone's npm test failed on it here.
  await ensureTopics(testKafka('copart'), [uneven], { partitions: 4, withDlq: false });
});

afterAll(async () => {
  for (const c of consumers) await c.stop();
  await fixture?.close();
});

describe('co-partitioned assignment', () => {
  it('gives each of two members the same partition numbers of every topic, so one member sees all of an employee\'s events', async () => {
    const seen = new Map<string, Set<string>>();
    const a = await member('even', [personnel, evaluation], seen, 'a');
    const b = await member('even', [personnel, evaluation], seen, 'b');
    // Both in the group: each holds half of the partition numbers, the same ones on both topics.
    // (a first held everything, until b joined and the group rebalanced)
    await eventually(() => expect([...(a.assignments.at(-1)?.[personnel] ?? []), ...(b.assignments.at(-1)?.[personnel] ?? [])].sort()).toEqual([0, 1, 2, 3, 4, 5]), 30_000);
    const [ofA, ofB] = [a.assignments.at(-1)!, b.assignments.at(-1)!];
    expect(ofA[personnel]!.length).toBe(3);
    expect([...ofA[personnel]!].sort()).toEqual([...ofA[evaluation]!].sort());
    expect([...ofB[personnel]!].sort()).toEqual([...ofB[evaluation]!].sort());
    await send(personnel, nips.map(assessed));
    await send(evaluation, nips.map(appraised));
    await eventually(() => expect(seen.size).toBe(nips.length), 30_000);
    await eventually(() => expect([...seen.values()].every((s) => s.size === 1)).toBe(true));
    // Both members did work (40 keys over 6 partitions), and no employee was split between them.
    expect(new Set([...seen.values()].flatMap((s) => [...s]))).toEqual(new Set(['a', 'b']));
    expect(misplaced).toEqual([]);
  });

  it('gives everything to one member when the topics differ in size (cannot be co-partitioned)', async () => {
    const seen = new Map<string, Set<string>>();
    const a = await member('uneven', [personnel, uneven], seen, 'a');
    const b = await member('uneven', [personnel, uneven], seen, 'b');
    await eventually(() => expect(a.assignments.length > 0 && b.assignments.length > 0).toBe(true), 30_000);
    // After the second member joined, the latest assignments: one holds all 10 partitions, the other none.
    await eventually(() => {
      const counts = [a.assignments.at(-1)!, b.assignments.at(-1)!].map((x) => Object.values(x).flat().length).sort();
      expect(counts).toEqual([0, 10]);
    }, 30_000);
  });
});
