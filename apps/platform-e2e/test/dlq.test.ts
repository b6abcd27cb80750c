import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dlqTopic, TOPICS } from '@asn/contracts';
import { createEvent, createKafka, EventConsumer, EventProducer, toMessage } from '@asn/messaging';
import { createLogger } from '@asn/service-kit';
import { eventually, messagingFixture, readTopic, testInfra, testNamespace } from '@asn/testing';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');
const ns = testNamespace('dlq');
const topic = ns.topic(TOPICS.evaluation);
const logger = createLogger('dlq-test', 'silent');
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let mongo: MongoClient;
let producer: EventProducer;
let consumer: EventConsumer;
/** Employees whose appraisal the handler cannot take yet (a bug, then fixed). */
const broken = new Set<string>();
const applied: string[] = [];

const appraisal = (nip: string) => createEvent('evaluation.appraisal.recorded', `${nip}-2026`, { appraisalId: `${nip}-2026`, nip, opd: 'DLH', year: 2026, rating: 'good' });
/** The dead-letter topic's messages as they are now. */
const deadLetters = (count: number) => readTopic(dlqTopic(topic), { count, timeoutMs: 60_000 });
/** `npm run dlq -- …` (scripts/dlq) as an operator runs it, on the test's broker and topics. */
const dlq = async (...args: string[]) => {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/dlq/main.ts', ...args], { cwd: root, env: { ...process.env, KAFKA_BROKERS: testInfra().kafkaBrokers, KAFKA_TOPIC_PREFIX: ns.topicPrefix }, timeout: 120_000 });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
};

beforeAll(async () => {
  const { kafkaBrokers } = testInfra();
  fixture = await messagingFixture(ns, { clientId: 'dlq-test', logger, topics: [topic], databases: ['dlq'], partitions: 3 });
  ({ mongo, producer } = fixture);
  consumer = new EventConsumer({
    kafka: createKafka({ brokers: kafkaBrokers, clientId: 'dlq-test-consumer', logger }),
    brokers: kafkaBrokers,
    logger,
    groupId: `${ns.topicPrefix}evaluation-reader`,
    topics: [topic],
    processed: mongo.db(ns.db('dlq')).collection('processed'),
    producer,
    retries: 1,
    minBackoffMs: 10,
    handlers: {
      'evaluation.appraisal.recorded': async (event) => {
        const { nip } = event.data as { nip: string };
        if (broken.has(nip)) throw new Error(`cannot score ${nip}`);
        applied.push(nip);
      },
    },
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer?.stop();
  await fixture?.close();
});

describe('npm run dlq', () => {
  it('lists and shows dead letters, replays chosen ones to their topic with their ids, and refuses what does not exist', async () => {
    const [A, B, C] = ['198502022010012002', '198603032011012003', '198704042012012004'];
    broken.add(A);
    broken.add(B);
    await producer.send([{ topic, messages: [appraisal(A), appraisal(B), appraisal(C)].map(toMessage) }, { topic, messages: [{ key: 'poison', value: '{"not json' }] }]);
    const letters = await deadLetters(3);
    expect(applied).toEqual([C]);

    // list: every dead letter with its position, group, error code and event type.
    const listed = await dlq('list');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`${dlqTopic(topic)}: 3 dead letters`);
    expect(listed.out.match(/HANDLER_FAILED\s+asn\.evaluation\.appraisal\.recorded\.v1/g)).toHaveLength(2);
    expect(listed.out).toMatch(/INVALID_EVENT\s+\(\d+ bytes, not an event\)/);

    const ofA = letters.find((l) => l.value?.includes(A))!;
    const ofB = letters.find((l) => l.value?.includes(B))!;
    expect(letters.find((l) => l.value === '{"not json')?.headers['x-error-code']).toBe('INVALID_EVENT');
    // show: the headers and the event, by position; a topic named by its short name.
    const shown = await dlq('show', 'evaluation', `${ofA.partition}:${ofA.offset}`);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`x-error-message: cannot score ${A}`);
    expect(shown.out).toContain(`x-original-topic: ${topic}`);
    expect(shown.out).toContain(`"nip": "${A}"`);

    // Refused, and nothing sent: a position that does not exist; without --yes only a preview.
    const wrong = await dlq('replay', 'evaluation', `${ofA.partition}:${ofA.offset}`, '9:999', '--yes');
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('no dead letter at 9:999 (positions are partition:offset, as `list` shows them)');
    const preview = await dlq('replay', 'evaluation', `${ofA.partition}:${ofA.offset}`);
    expect(preview.out).toContain('would replay 1 dead letter(s)');

    // The bug is fixed for A: A's event goes back to its topic, keeps its id, and is processed now;
    // B stays a dead letter until it is replayed too.
    broken.delete(A);
    const replayed = await dlq('replay', 'evaluation', `${ofA.partition}:${ofA.offset}`, '--yes');
    expect(replayed.code).toBe(0);
    expect(replayed.out).toContain(`replayed 1 dead letter(s) from ${dlqTopic(topic)} to ${topic} (same keys and event ids: consumers that processed an event skip it)`);
    // It went back to its topic with its key and value, and says where it came from.
    const back = (await readTopic(topic, { count: 5 })).filter((m) => m.headers['x-replayed-from']);
    expect(back.map((m) => [m.key, m.value, m.headers['x-replayed-from'], m.headers['x-error-code']])).toEqual([[ofA.key, ofA.value, `${dlqTopic(topic)}:${ofA.partition}:${ofA.offset}`, undefined]]);
    await eventually(() => expect(applied).toEqual([C, A]), 30_000, 200);
    // Replaying A again changes nothing: the event keeps its id, which the consumer has processed
    // (were it applied again, A would be in the list twice below).
    await dlq('replay', 'evaluation', `${ofA.partition}:${ofA.offset}`, '--yes');
    broken.delete(B);
    await dlq('replay', 'evaluation', `${ofB.partition}:${ofB.offset}`, '--yes');
    await eventually(() => expect(applied).toEqual([C, A, B]), 30_000, 200);
    // The dead-letter topic keeps its history: the three are still there, nothing new came.
    expect((await deadLetters(3)).map((l) => `${l.partition}:${l.offset}`).sort()).toEqual(letters.map((l) => `${l.partition}:${l.offset}`).sort());
  }, 240_000);
});
