// Reading and replaying dead letters (`npm run dlq`): what a consumer could not process, with the
// headers it wrote (x-error-*, x-original-*, x-consumer-group, x-failed-at), and the way back to
// the original topic. A replayed event keeps its key and value, so its CloudEvent id: consumers
// that already processed it skip it, the others process it now.
import { randomBytes } from 'node:crypto';
import type { IHeaders, Kafka } from 'kafkajs';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
  value: string;
  headers: Record<string, string>;
  /** The CloudEvent's id and type, when the value is one. */
  event?: { id?: string; type?: string };
}

/** Where a dead letter is: `partition:offset`. */
export const positionOf = (d: Pick<DeadLetter, 'partition' | 'offset'>) => `${d.partition}:${d.offset}`;

const text = (v: IHeaders[string]): string => (Array.isArray(v) ? v.map((x) => String(x)).join(',') : v === undefined ? '' : Buffer.isBuffer(v) ? v.toString('utf8') : String(v));

/** The dead-letter topics (`*.dlq`) under a prefix. */
export async function deadLetterTopics(kafka: Kafka, prefix = ''): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).filter((t) => t.startsWith(prefix) && t.endsWith('.dlq')).sort();
  } finally {
    await admin.disconnect();
  }
}

/** Every message of a dead-letter topic as it is now (up to each partition's end when called). */
export async function readDeadLetters(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, { low: Number(o.low), high: Number(o.high) }]));
  await admin.disconnect();
  const waiting = new Set([...ends].filter(([, o]) => o.high > o.low).map(([p]) => p));
  const letters: DeadLetter[] = [];
  if (waiting.size === 0) return letters;
  // A group of its own, never committed: reading changes nothing for anyone. disconnect() waits for
  // the fetch in flight, which the broker holds up to maxWaitTimeInMs at the end of a partition
  // (kafkajs's default of 5 s made every listing 5 s slower).
  const consumer = kafka.consumer({ groupId: `dlq-reader-${randomBytes(6).toString('hex')}`, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const value = message.value?.toString('utf8') ?? '';
            let event: DeadLetter['event'];
            try {
              const parsed = JSON.parse(value) as { id?: unknown; type?: unknown };
              event = { ...(typeof parsed.id === 'string' ? { id: parsed.id } : {}), ...(typeof parsed.type === 'string' ? { type: parsed.type } : {}) };
            } catch {
              /* not JSON: shown as it is */
            }
            letters.push({ topic, partition, offset: message.offset, key: message.key?.toString('utf8'), value, headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, text(v)])), ...(event ? { event } : {}) });
            if (Number(message.offset) >= ends.get(partition)!.high - 1) waiting.delete(partition);
            if (waiting.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return letters.sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
}

export class DeadLetterError extends Error {
  override readonly name = 'DeadLetterError';
}

/**
 * Sends the chosen dead letters back to the topic each came from (`x-original-topic`), with their
 * key, value and own headers; the x-error-* headers give way to `x-replayed-from`. Nothing is sent
 * unless every chosen position exists and names its original topic.
 */
export async function replayDeadLetters(kafka: Kafka, letters: DeadLetter[], positions: string[] | 'all'): Promise<{ replayed: DeadLetter[]; to: string[] }> {
  const byPosition = new Map(letters.map((l) => [positionOf(l), l]));
  const chosen = positions === 'all' ? letters : positions.map((p) => byPosition.get(p) ?? p);
  const unknown = chosen.filter((c): c is string => typeof c === 'string');
  if (unknown.length) throw new DeadLetterError(`no dead letter at ${unknown.join(', ')} (positions are partition:offset, as \`list\` shows them)`);
  const letterList = chosen as DeadLetter[];
  const orphans = letterList.filter((l) => !l.headers['x-original-topic']);
  if (orphans.length) throw new DeadLetterError(`dead letters without x-original-topic cannot be replayed: ${orphans.map(positionOf).join(', ')}`);
  if (letterList.length === 0) return { replayed: [], to: [] };
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const byTopic = new Map<string, DeadLetter[]>();
    for (const l of letterList) byTopic.set(l.headers['x-original-topic']!, [...(byTopic.get(l.headers['x-original-topic']!) ?? []), l]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((l) => ({
          key: l.key ?? null,
          value: l.value,
          headers: { ...Object.fromEntries(Object.entries(l.headers).filter(([k]) => !k.startsWith('x-error-') && k !== 'x-attempts' && k !== 'x-failed-at' && k !== 'x-consumer-group' && !k.startsWith('x-original-'))), 'x-replayed-from': `${l.topic}:${positionOf(l)}` },
        })),
      })),
    });
    return { replayed: letterList, to: [...byTopic.keys()] };
  } finally {
    await producer.disconnect();
  }
}
