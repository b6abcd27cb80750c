import { ConfigResourceTypes, type Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '@asn/contracts';
import { createLogger } from '@asn/service-kit';
import { deleteTopics, testInfra, testNamespace } from '@asn/testing';
import { createKafka, ensureTopics } from '../src';

const ns = testNamespace('topics');
const logger = createLogger('topics-test', 'silent');
let kafka: Kafka;

/** The topic's settings as the broker reports them. */
async function settingsOf(topic: string): Promise<Record<string, string>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
    return Object.fromEntries(resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
  } finally {
    await admin.disconnect();
  }
}

beforeAll(() => {
  kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'topics-test', logger });
});

afterAll(async () => {
  await deleteTopics(ns.id);
});

describe('topics (spec 8.9)', () => {
  it('creates a domain topic that keeps every event, and its dead-letter topic that keeps 30 days', async () => {
    const domain = ns.topic(TOPICS.learning);
    expect((await ensureTopics(kafka, [domain], { partitions: 1 })).sort()).toEqual([domain, `${domain}.dlq`]);
    expect((await settingsOf(domain))['retention.ms']).toBe('-1');
    expect((await settingsOf(`${domain}.dlq`))['retention.ms']).toBe(String(30 * 24 * 60 * 60 * 1000));
  });

  it('sets right a domain topic created with another retention, keeping its other settings', async () => {
    const old = ns.topic(TOPICS.personnel);
    const admin = kafka.admin();
    await admin.connect();
    try {
      // As a broker's default would have made it: 7 days. And a setting of its own to keep.
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic: old, numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '604800000' }, { name: 'max.message.bytes', value: '2097152' }] }] });
    } finally {
      await admin.disconnect();
    }
    expect(await ensureTopics(kafka, [old], { partitions: 1 })).toEqual([`${old}.dlq`]);
    expect(await settingsOf(old)).toMatchObject({ 'retention.ms': '-1', 'max.message.bytes': '2097152' });
    expect((await settingsOf(`${old}.dlq`))['retention.ms']).toBe(String(30 * 24 * 60 * 60 * 1000));
  });
});

describe('replicas of a new topic', () => {
  const listTopics = async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.listTopics();
    } finally {
      await admin.disconnect();
    }
  };

  it('creates nothing while the cluster lists fewer brokers than the connection names, and says so', async () => {
    // The test broker is alone: a connection naming two brokers stands for a cluster one of whose brokers is away.
    const topic = ns.topic(TOPICS.innovation);
    const started = Date.now();
    await expect(ensureTopics(kafka, [topic], { partitions: 1, namedBrokers: 2, clusterWaitMs: 1500 })).rejects.toThrow(
      /the Kafka cluster lists 1 broker\(s\) but KAFKA_BROKERS names 2: .* would get 1 replica\(s\) for good\. Start the missing brokers, or set KAFKA_REPLICATION_FACTOR/,
    );
    expect(Date.now() - started, 'it waited for the missing broker first').toBeGreaterThanOrEqual(1500);
    expect((await listTopics()).filter((t) => t.startsWith(topic))).toEqual([]);
  });

  it('creates them with the replicas asked for, without waiting, when KAFKA_REPLICATION_FACTOR says how many', async () => {
    const topic = ns.topic(TOPICS.partnerships);
    expect(await ensureTopics(kafka, [topic], { partitions: 1, namedBrokers: 2, replicationFactor: 1, withDlq: false, clusterWaitMs: 60_000 })).toEqual([topic]);
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions.map((p) => p.replicas.length)).toEqual([1]);
    } finally {
      await admin.disconnect();
    }
  });
});
