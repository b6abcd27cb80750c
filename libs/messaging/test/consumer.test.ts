import { MongoClient, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, type CloudEvent } from '@asn/contracts';
import { ConfigResourceTypes, logLevel } from 'kafkajs';
import { createLogger, metricsRegistry } from '@asn/service-kit';
import { AUTO_COMMIT_INTERVAL_MS, createEvent, createKafka, EventConsumer, EventProducer, toMessage } from '../src';
import { eventually, messagingFixture, readTopic, testInfra, testKafka, testNamespace } from '@asn/testing';

const ns = testNamespace('consumer');
const topic = ns.topic(TOPICS.evaluation);
const logger = createLogger('consumer-test', 'silent');
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let mongo: MongoClient;
let producer: EventProducer;
let readModel: Collection;
const consumers: EventConsumer[] = [];

const appraisal = (nip: string, year: number, rating: 'good' | 'poor' = 'good') =>
  createEvent('evaluation.appraisal.recorded', `${nip}-${year}`, { appraisalId: `${nip}-${year}`, nip, opd: 'DLH', year, rating }, { correlationId: `corr-${nip}` });

const publish = (...events: (CloudEvent | { raw: string; key: string })[]) =>
  producer.send([{ topic, messages: events.map((e) => ('raw' in e ? { key: e.key, value: e.raw } : toMessage(e))) }]);

/** A handler whose effect is visible: it counts applications per employee with $inc. */
const startConsumer = async (groupId: string, handlerCalls: string[], failFor?: string) => {
  const { kafkaBrokers } = testInfra();
  const consumer = new EventConsumer({
    kafka: createKafka({ brokers: kafkaBrokers, clientId: groupId, logger }),
    brokers: kafkaBrokers,
    logger,
    groupId: `${ns.id}-${groupId}`,
    topics: [topic],
    processed: mongo.db(ns.db('evaluation')).collection(`processed_${groupId}`),
    producer,
    retries: 2,
    minBackoffMs: 20,
    handlers: {
      'evaluation.appraisal.recorded': async (event) => {
        const data = event.data as { nip: string };
        handlerCalls.push(data.nip);
        if (data.nip === failFor) throw new Error(`cannot score ${data.nip}`);
        await readModel.updateOne({ _id: `${groupId}:${data.nip}` as never }, { $inc: { applied: 1 } }, { upsert: true });
      },
    },
  });
  consumers.push(consumer);
  await consumer.start();
  return consumer;
};

const committedCount = async (groupId: string, of = topic): Promise<number> => {
  const admin = testKafka('offsets').admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [of] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
};

beforeAll(async () => {
  fixture = await messagingFixture(ns, { clientId: 'consumer-test', logger, topics: [topic], databases: ['evaluation'] });
  ({ mongo, producer } = fixture);
  readModel = mongo.db(ns.db('evaluation')).collection('applied');
});

afterAll(async () => {
  for (const c of consumers) await c.stop();
  await fixture?.close();
});

describe('idempotent consumer', () => {
  it('applies an event delivered twice only once', async () => {
    const nip = '198001012005011001';
    const event = appraisal(nip, 2026);
    await publish(event, event); // the same event id twice, as after a relay crash
    const calls: string[] = [];
    await startConsumer('dedupe', calls);
    await eventually(async () => expect(await readModel.findOne({ _id: `dedupe:${nip}` as never })).toMatchObject({ applied: 1 }));
    // Wait until the group has consumed and committed both copies, then look again.
    await eventually(async () => expect(await committedCount(`${ns.id}-dedupe`)).toBe(2));
    expect(await readModel.findOne({ _id: `dedupe:${nip}` as never })).toMatchObject({ applied: 1 });
    expect(calls.filter((n) => n === nip)).toHaveLength(1);
  });

  it('records how long after its time each event was received and handled (where freshness goes, issue #13)', async () => {
    const nip = '198202022006021002';
    // Written 100 s ago (a relay that was down): past the histogram's last bound of 60 s.
    const event = createEvent('evaluation.appraisal.recorded', `${nip}-2025`, { appraisalId: `${nip}-2025`, nip, opd: 'DLH', year: 2025, rating: 'good' }, { time: new Date(Date.now() - 100_000) });
    await publish(event);
    await startConsumer('delay', []);
    await eventually(async () => expect(await readModel.findOne({ _id: `delay:${nip}` as never })).toMatchObject({ applied: 1 }));
    const group = `${ns.id}-delay`;
    const series = async (stage: string) => {
      const text = await metricsRegistry().getSingleMetricAsString('kafka_event_delay_seconds');
      const labels = `group="${group}",topic="${topic}",stage="${stage}"`;
      const value = (name: string) => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1]);
      return { within60s: value(`kafka_event_delay_seconds_bucket{le="60",${labels}}`), count: value(`kafka_event_delay_seconds_count{${labels}}`), sum: value(`kafka_event_delay_seconds_sum{${labels}}`) };
    };
    // The group reads the topic from its start: the other tests' events (written just now) are counted within 60 s.
    const older = async (stage: string) => {
      const s = await series(stage);
      return s.count - s.within60s;
    };
    await eventually(async () => expect(await older('handled')).toBe(1));
    for (const stage of ['received', 'handled']) {
      expect(await older(stage), stage).toBe(1);
      expect((await series(stage)).sum, stage).toBeGreaterThanOrEqual(100);
    }
  });

  it('keeps processed-event markers for the dedup window only, then prunes them in bounded batches (issue #15: bounded documents)', async () => {
    const { kafkaBrokers } = testInfra();
    const processed = mongo.db(ns.db('evaluation')).collection('processed_prune');
    const day = 86_400_000;
    const now = new Date('2026-11-29T00:00:00Z');
    // 2,500 markers 31 days old (outside a 30-day window), 3 of 29 days, 2 of today.
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
    await processed.insertMany([
      ...Array.from({ length: 2500 }, (_, i) => ({ _id: `old-${i}` as never, at: at(31) })),
      ...[29, 29, 29, 0, 0].map((d, i) => ({ _id: `recent-${i}` as never, at: at(d) })),
    ]);
    const consumer = new EventConsumer({
      kafka: createKafka({ brokers: kafkaBrokers, clientId: 'prune', logger }), brokers: kafkaBrokers, logger, groupId: `${ns.id}-prune`, topics: [topic],
      processed, producer, handlers: {}, dedupWindowMs: 30 * day,
    });
    expect(await consumer.pruneMarkers(now)).toBe(2500);
    expect((await processed.find({}).toArray()).map((d) => String(d._id)).sort()).toEqual(['recent-0', 'recent-1', 'recent-2', 'recent-3', 'recent-4']);
    expect(await consumer.pruneMarkers(now)).toBe(0);
  });

  it('sends a poison event to the DLQ after bounded retries, with the error in its headers, and keeps consuming', async () => {
    const poisonNip = '198502022010012002';
    const nextNip = '198603032011012003';
    const poison = appraisal(poisonNip, 2025);
    const next = appraisal(nextNip, 2025);
    // One partition, named: the next event waits behind the poison one. (Their keys, the NIPs, hash
    // to different partitions; handled side by side, the next one was at times applied before the
    // poison's last retry, and the count of tries below read 2.)
    await producer.send([{ topic, messages: [poison, next].map((e) => ({ ...toMessage(e), partition: 0 })) }]);
    const calls: string[] = [];
    await startConsumer('dlq', calls, poisonNip);

    await eventually(async () => expect(await readModel.findOne({ _id: `dlq:${nextNip}` as never })).toMatchObject({ applied: 1 }), 30_000);
    expect(calls.filter((n) => n === poisonNip)).toHaveLength(3); // first try + 2 retries

    const [dead, ...more] = await readTopic(`${topic}.dlq`, { count: 1 });
    expect(more.filter((m) => JSON.parse(m.value!).id === poison.id)).toHaveLength(0);
    expect(JSON.parse(dead!.value!).id).toBe(poison.id);
    expect(dead!.key).toBe(poisonNip);
    expect(dead!.headers).toMatchObject({
      'x-error-message': `cannot score ${poisonNip}`,
      'x-error-code': 'HANDLER_FAILED',
      'x-attempts': '3',
      'x-original-topic': topic,
      'x-consumer-group': `${ns.id}-dlq`,
      'content-type': 'application/cloudevents+json',
    });
    expect(await readModel.findOne({ _id: `dlq:${poisonNip}` as never })).toBeNull();
  });

  it('parks a dead letter its topic refuses, moves on, and sends it once the topic takes it (issue #14)', async () => {
    const source = ns.topic(TOPICS.partnerships);
    const admin = testKafka('dlq-admin').admin();
    await admin.connect();
    try {
      // A dead-letter topic that refuses anything above 1 KB, beside a normal source topic.
      await admin.createTopics({ topics: [{ topic: source, numPartitions: 1 }, { topic: `${source}.dlq`, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '1024' }] }] });
      const poison = { key: 'big-poison', value: JSON.stringify({ not: 'an envelope', padding: 'x'.repeat(3000) }) };
      const good = appraisal('199208082018012005', 2026);
      await producer.send([{ topic: source, messages: [poison, toMessage(good)] }]);

      const parked = mongo.db(ns.db('evaluation')).collection('parked_dlq');
      const { kafkaBrokers } = testInfra();
      const consumer = new EventConsumer({
        kafka: createKafka({ brokers: kafkaBrokers, clientId: 'parking', logger }),
        brokers: kafkaBrokers,
        logger,
        groupId: `${ns.id}-parking`,
        topics: [source],
        processed: mongo.db(ns.db('evaluation')).collection('processed_parking'),
        parked,
        producer,
        retries: 0,
        dlqRetries: 1,
        resendIntervalMs: 200,
        handlers: { 'evaluation.appraisal.recorded': async (event) => void (await readModel.updateOne({ _id: `parking:${(event.data as { nip: string }).nip}` as never }, { $inc: { applied: 1 } }, { upsert: true })) },
      });
      consumers.push(consumer);
      await consumer.start();

      // The partition did not stall behind the refused dead letter: the next event was handled.
      await eventually(async () => expect(await readModel.findOne({ _id: 'parking:199208082018012005' as never })).toMatchObject({ applied: 1 }), 30_000);
      const [letter] = await parked.find({}).toArray();
      expect(letter).toMatchObject({ topic: `${source}.dlq`, headers: { 'x-error-code': 'INVALID_EVENT', 'x-original-topic': source } });
      expect(await metricsRegistry().getSingleMetricAsString('kafka_dead_letter_send_failures_total')).toMatch(new RegExp(`group="${ns.id}-parking",topic="${source.replace(/\./g, '\\.')}"} 1`));
      // Written before the next event was handled, so already on the topic if it ever went there.
      expect(await readTopic(`${source}.dlq`, { count: 0 })).toEqual([]);

      // The topic is fixed: the parked letter goes out, with its headers, and leaves the store.
      await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: `${source}.dlq`, configEntries: [{ name: 'max.message.bytes', value: '1048588' }] }] });
      const [dead] = await readTopic(`${source}.dlq`, { count: 1, timeoutMs: 30_000 });
      expect(dead).toMatchObject({ key: 'big-poison', value: poison.value });
      expect(dead!.headers).toMatchObject({ 'x-error-code': 'INVALID_EVENT', 'x-consumer-group': `${ns.id}-parking` });
      await eventually(async () => expect(await parked.countDocuments({})).toBe(0), 10_000);
    } finally {
      await admin.disconnect();
    }
  });

  it('dead-letters a message that is not a valid envelope without retrying it', async () => {
    const calls: string[] = [];
    const bad = { raw: JSON.stringify({ specversion: '1.0', type: 'asn.evaluation.appraisal.recorded.v1', data: { nip: 'x' } }), key: 'bad-envelope' };
    const good = appraisal('199107072019031004', 2026);
    await publish(bad, good);
    await startConsumer('invalid', calls);
    await eventually(async () => expect(await readModel.findOne({ _id: `invalid:199107072019031004` as never })).toMatchObject({ applied: 1 }), 30_000);
    const dlq = await readTopic(`${topic}.dlq`, { count: 2 });
    const deadBad = dlq.find((m) => m.key === 'bad-envelope' && m.headers['x-consumer-group'] === `${ns.id}-invalid`);
    expect(deadBad?.headers['x-error-code']).toBe('INVALID_EVENT');
    expect(deadBad?.headers['x-attempts']).toBe('0');
    expect(deadBad?.headers['x-error-message']).toMatch(/invalid CloudEvents envelope/);
  });

  it('commits what it handled a few times a second, not after every batch, and all of it when it stops (issue #13)', async () => {
    const { kafkaBrokers } = testInfra();
    const groupId = `${ns.id}-commits`;
    // A topic of its own, read from its beginning: only this test's events.
    const commitsTopic = ns.topic(TOPICS.personnel);
    const admin = testKafka('commits-topic').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: commitsTopic, numPartitions: 3 }], waitForLeaders: true });
    const endOfTopic = async () => (await admin.fetchTopicOffsets(commitsTopic)).reduce((sum, p) => sum + Number(p.high), 0);
    // The OffsetCommit requests this consumer's client sends, from kafkajs's own request log.
    let commitRequests = 0;
    const kafka = createKafka({
      brokers: kafkaBrokers,
      clientId: 'commits',
      logger,
      config: { logLevel: logLevel.DEBUG, logCreator: () => ({ log }) => void (/^Request OffsetCommit\b/.test(log.message) && commitRequests++) },
    });
    const calls: string[] = [];
    const consumer = new EventConsumer({
      kafka,
      brokers: kafkaBrokers,
      logger,
      groupId,
      topics: [commitsTopic],
      processed: mongo.db(ns.db('evaluation')).collection('processed_commits'),
      producer,
      handlers: { 'evaluation.appraisal.recorded': async (event) => void calls.push((event.data as { nip: string }).nip) },
    });
    consumers.push(consumer);
    const send = (nips: string[]) => producer.send([{ topic: commitsTopic, messages: nips.map((nip) => toMessage(appraisal(nip, 2024))) }]);
    try {
      await consumer.start();
      // One event at a time, each handled before the next is sent: a batch each, as under a steady
      // trickle of writes.
      const nips = Array.from({ length: 30 }, (_, i) => `1990010120150110${String(i + 1).padStart(2, '0')}`);
      const started = performance.now();
      for (const nip of nips) {
        await send([nip]);
        await eventually(() => expect(calls).toContain(nip), 30_000, 5);
      }
      const end = await endOfTopic();
      await eventually(async () => expect(await committedCount(groupId, commitsTopic)).toBe(end), 15_000, 50);
      const elapsed = performance.now() - started;
      expect(end).toBe(nips.length);
      expect(calls).toEqual(nips);
      expect(commitRequests).toBeGreaterThan(0);
      // kafkajs commits after every batch: 30 requests or more here.
      expect(commitRequests).toBeLessThanOrEqual(Math.ceil(elapsed / AUTO_COMMIT_INTERVAL_MS) + 1);
      expect(commitRequests).toBeLessThan(nips.length);

      // Handled, then stopped at once, before a commit is due: the stop commits it.
      const last = ['199901012020011001', '199902022020022002', '199903032020031003'];
      await send(last);
      await eventually(() => expect(calls).toEqual(expect.arrayContaining(last)), 15_000, 5);
      await consumer.stop();
      expect(await committedCount(groupId, commitsTopic)).toBe(await endOfTopic());
    } finally {
      await admin.disconnect();
    }
  }, 90_000);

  it('keeps its group membership through a batch that outlasts the session timeout, and commits it once', async () => {
    const { kafkaBrokers } = testInfra();
    const groupId = `${ns.id}-slow-batch`;
    const seen: string[] = [];
    const consumer = new EventConsumer({
      kafka: createKafka({ brokers: kafkaBrokers, clientId: 'slow-batch', logger }),
      brokers: kafkaBrokers,
      logger,
      groupId,
      topics: [topic],
      processed: mongo.db(ns.db('evaluation')).collection('processed_slow'),
      producer,
      handlers: {},
      sessionTimeoutMs: 6000, // the broker's smallest
      // Slower than the session timeout: without heartbeats meanwhile the broker would evict the
      // member, the commit would fail and the batch would come again.
      batchHandler: async (batch) => {
        seen.push(...batch.map(({ meta }) => `${meta.partition}:${meta.offset}`));
        await new Promise((r) => setTimeout(r, 9000));
      },
    });
    consumers.push(consumer);
    await publish(...['199101012016011001', '199202022017022002', '199303032018031003', '199404042019042004'].map((nip) => appraisal(nip, 2025)));
    const before = await committedCount(groupId);
    await consumer.start();
    const end = await (async () => {
      const admin = testKafka('ends').admin();
      await admin.connect();
      try {
        return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
      } finally {
        await admin.disconnect();
      }
    })();
    await eventually(async () => expect(await committedCount(groupId)).toBe(end), 60_000, 1000);
    expect(before).toBe(0);
    // No batch was processed a second time (the invalid envelopes of the tests above go to the DLQ, not here).
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
  }, 90_000);
});
