import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@asn/service-kit';
import { createKafka, EventProducer } from '../src';
import { deleteTopics, readTopic, testInfra, testNamespace } from '@asn/testing';

const ns = testNamespace('producer');
const topic = ns.topic('asn.producer-test.events');
const logger = createLogger('producer-test', 'silent');
let producer: EventProducer;

beforeAll(async () => {
  const { kafkaBrokers } = testInfra();
  producer = new EventProducer({ kafka: createKafka({ brokers: kafkaBrokers, clientId: 'producer-test', logger }), brokers: kafkaBrokers, logger, topics: [topic], partitions: 1 });
  await producer.start();
});

afterAll(async () => {
  await producer?.stop();
  await deleteTopics(ns.id);
});

describe('event producer', () => {
  it('sends a batch larger than the broker accepts in one request, in order, as several requests', async () => {
    // 3,000 events of 1 KB for one partition: about 3 MB, three times the broker's default message.max.bytes.
    const padding = 'x'.repeat(1000);
    await producer.send([{ topic, messages: Array.from({ length: 3000 }, (_, i) => ({ key: 'same-key', value: JSON.stringify({ i, padding }) })) }]);
    const got = await readTopic(topic, { count: 3000, timeoutMs: 30_000 });
    expect(got.map((m) => (JSON.parse(m.value!) as { i: number }).i)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });

  it('keeps sending after the broker refused a message (a new producer id instead of a broken sequence)', async () => {
    const tooLarge = { key: 'k', value: 'y'.repeat(1_200_000) }; // over the broker's 1 MB limit, alone
    await expect(producer.send([{ topic, messages: [tooLarge] }])).rejects.toThrow(/larger than the max message size/);
    await producer.send([{ topic, messages: [{ key: 'k', value: JSON.stringify({ after: true }) }] }]);
    const got = await readTopic(topic, { count: 3001, timeoutMs: 30_000 });
    expect(got).toHaveLength(3001);
    expect(JSON.parse(got[3000]!.value!)).toEqual({ after: true });
  });
});
