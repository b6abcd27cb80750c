import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Producer } from 'kafkajs';
import { ensureTopics } from '@asn/messaging';
import { collectTopics, deleteTopics, groupCaughtUp, readTopic, testKafka, testNamespace, TEST_READER_MAX_WAIT_MS, type TopicCollector } from '../src';

// The barriers the tests wait on instead of sleeping, checked against the real broker: each must
// return only once what was written before it is seen, however soon it is called.
const ns = testNamespace('barriers');
const topic = ns.topic('barriers');
let producer: Producer;
let collector: TopicCollector;

beforeAll(async () => {
  // ensureTopics waits for the leaders itself (kafkajs's waitForLeaders does not retry UNKNOWN_TOPIC_OR_PARTITION).
  await ensureTopics(testKafka('barriers-admin'), [topic], { partitions: 3, withDlq: false });
  producer = testKafka('barriers-producer').producer();
  await producer.connect();
  collector = await collectTopics([topic]);
});

afterAll(async () => {
  await collector?.stop();
  await producer?.disconnect();
  await deleteTopics(ns.id);
});

const write = (keys: string[]) => producer.send({ topic, messages: keys.map((key) => ({ key, value: JSON.stringify({ type: 'marker', data: { key } }) })) });

describe('test barriers', () => {
  it('collector.caughtUp() returns once everything written before it was read, on every partition', async () => {
    for (let round = 0; round < 5; round++) {
      const keys = Array.from({ length: 30 }, (_, i) => `r${round}-${i}`);
      await write(keys);
      await collector.caughtUp();
      expect(collector.messages.map((m) => m.key)).toEqual(expect.arrayContaining(keys));
    }
    expect(new Set(collector.messages.map((m) => m.partition)).size).toBe(3);
  });

  it('readTopic reads to the end as it is, with count 0 too', async () => {
    await write(['last']);
    const all = await readTopic(topic, { count: 0 });
    expect(all).toHaveLength(151);
    expect(all.map((m) => m.key)).toContain('last');
  });

  it('groupCaughtUp waits for commits up to the end, and times out when the group is behind', async () => {
    const groupId = `${ns.id}-group`;
    const consumer = testKafka('barriers-group').consumer({ groupId, maxWaitTimeInMs: TEST_READER_MAX_WAIT_MS });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let handled = 0;
    await consumer.run({ eachMessage: async () => void handled++ });
    try {
      await groupCaughtUp(groupId, [topic]);
      expect(handled).toBeGreaterThanOrEqual(151);
    } finally {
      await consumer.disconnect();
    }
    await write(['after-the-group-left']);
    await expect(groupCaughtUp(groupId, [topic], 1_000)).rejects.toThrow();
  });
});
