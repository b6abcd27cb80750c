import { rmSync } from 'node:fs';
import type { ConfigResourceTypes } from 'kafkajs';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaDataDir, describeLocalKafka, startKafka, startKafkaNode, stopKafka, stopKafkaNode } from '@asn/local-infra';
import { freePortRange } from '@asn/testing';
import { createKafka, ensureTopics, EventProducer, replicationFor } from '../src';

const TOPIC_RESOURCE = 2 as ConfigResourceTypes; // ConfigResourceTypes.TOPIC (not a named export of kafkajs's CommonJS module under ESM)

describe('replication', () => {
  it('gives topics as many replicas as the cluster has brokers, up to 3, with min.insync.replicas 2 from 3', () => {
    expect([1, 2, 3, 5].map((brokers) => replicationFor(brokers))).toEqual([
      { replicationFactor: 1, minInsyncReplicas: 1 },
      { replicationFactor: 2, minInsyncReplicas: 1 },
      { replicationFactor: 3, minInsyncReplicas: 2 },
      { replicationFactor: 3, minInsyncReplicas: 2 },
    ]);
    expect(replicationFor(1, 1)).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
    expect(() => replicationFor(1, 3)).toThrow(/KAFKA_REPLICATION_FACTOR is 3 but the cluster has 1 broker/);
  });
});

/*
 * A 3-node KRaft cluster of its own (npm run infra:up -- --brokers 3 starts the same): the
 * platform's topics get 3 replicas and min.insync.replicas 2, and an event the producer saw
 * acknowledged survives a broker killed, then the controller leader killed, while sending goes on.
 */
describe('a 3-broker cluster', () => {
  const name = `kafka-replicated-${process.pid}`;
  let opts: { nodes: number; port: number; name: string } | undefined;

  afterAll(async () => {
    if (!opts) return;
    await stopKafka(opts);
    rmSync(kafkaDataDir(opts), { recursive: true, force: true });
  });

  it('keeps every acknowledged event through a killed broker and a killed controller, and consumers go on', async () => {
    opts = { nodes: 3, port: await freePortRange(6), name };
    const { brokers } = await startKafka(opts);
    expect(brokers.split(',')).toHaveLength(3);
    const logger = pino({ level: 'silent' });
    const kafka = createKafka({ brokers, clientId: 'replication-test', logger });
    const topic = 'replicated.events';
    await ensureTopics(kafka, [topic], { partitions: 3 });

    const admin = kafka.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]!.partitions.map((p) => p.replicas.length)).toEqual([3, 3, 3]);
    const configs = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: TOPIC_RESOURCE, name: topic }] });
    expect(configs.resources[0]!.configEntries.find((e) => e.configName === 'min.insync.replicas')?.configValue).toBe('2');

    // A steady sender: each event is recorded as acknowledged only when send() resolved.
    const producer = new EventProducer({ kafka, brokers, logger });
    await producer.start();
    const acknowledged: string[] = [];
    let failedSends = 0;
    let sending = true;
    const sender = (async () => {
      for (let n = 0; sending; n++) {
        const id = `e${n}`;
        try {
          await producer.send([{ topic, messages: [{ key: `k${n % 17}`, value: id }] }]);
          acknowledged.push(id);
        } catch {
          failedSends++; // not acknowledged: the outbox would send it again
        }
      }
    })();
    const ackedAfter = async (n: number) => {
      const target = acknowledged.length + n;
      while (acknowledged.length < target) await new Promise((r) => setTimeout(r, 50));
    };

    await ackedAfter(200);
    const controller = (await describeLocalKafka(opts.port))!.controller!;
    const broker = [1, 2, 3].find((id) => id !== controller)!;
    await stopKafkaNode(opts, broker, { crash: true });
    await ackedAfter(200); // two in-sync replicas left: sends are still acknowledged
    await startKafkaNode(opts, broker);
    await ackedAfter(100);
    const leader = (await describeLocalKafka(opts.port))!.controller!;
    await stopKafkaNode(opts, leader, { crash: true });
    await ackedAfter(200); // a new controller is elected among the two left
    const after = (await describeLocalKafka(opts.port + 2 * ([1, 2, 3].find((id) => id !== leader)! - 1)))!;
    expect(after.controller).not.toBe(leader);
    await startKafkaNode(opts, leader);
    sending = false;
    await sender;
    await producer.stop();

    // Every acknowledged event is there, read by a consumer that joins after the faults.
    const consumer = kafka.consumer({ groupId: `replication-reader-${process.pid}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const seen = new Set<string>();
    await consumer.run({ eachMessage: async ({ message }) => void seen.add(String(message.value)) });
    const deadline = Date.now() + 60_000;
    while (acknowledged.some((id) => !seen.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await consumer.disconnect();
    await admin.disconnect();
    expect(acknowledged.filter((id) => !seen.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(700);
    console.log(`replication: ${acknowledged.length} events acknowledged, ${failedSends} sends refused while a broker was down, none lost`);
  }, 300_000);
});
