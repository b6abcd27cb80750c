import type { Admin, Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@asn/service-kit';
import { deleteTopics, testInfra, testNamespace } from '@asn/testing';
import { committedOffsets, createKafka, ensureTopics, groupLag, partitionBounds, partitionKey } from '../src';

const ns = testNamespace('offsets');
const topic = ns.topic('asn.offsets.events');
let kafka: Kafka;
let admin: Admin;

beforeAll(async () => {
  kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'offsets-test', logger: createLogger('offsets-test', 'silent') });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(kafka, [topic], { partitions: 2, withDlq: false }); // waits for the leaders (kafkajs's waitForLeaders does not retry UNKNOWN_TOPIC_OR_PARTITION)
  const producer = kafka.producer();
  await producer.connect();
  // Three events in partition 0, none in partition 1.
  await producer.send({ topic, messages: ['a', 'b', 'c'].map((value) => ({ value, partition: 0 })) });
  await producer.disconnect();
});

afterAll(async () => {
  await admin.disconnect();
  await deleteTopics(ns.id);
});

describe('offsets and consumer lag', () => {
  it('reads where each partition starts and ends', async () => {
    expect(await partitionBounds(admin, [topic])).toEqual(new Map([[partitionKey(topic, 0), { low: 0, high: 3 }], [partitionKey(topic, 1), { low: 0, high: 0 }]]));
  });

  it('counts what a group has not committed: everything before its first commit, the rest after one', async () => {
    const groupId = `${ns.topicPrefix}offsets-group`;
    expect(await groupLag(admin, groupId, [topic])).toEqual(new Map([[partitionKey(topic, 0), 3], [partitionKey(topic, 1), 0]]));
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '1' }] });
    expect((await committedOffsets(admin, groupId, [topic])).get(partitionKey(topic, 0))).toBe(1);
    expect(await groupLag(admin, groupId, [topic])).toEqual(new Map([[partitionKey(topic, 0), 2], [partitionKey(topic, 1), 0]]));
  });
});
