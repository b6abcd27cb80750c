// Where topics end and how far a consumer group has committed: one reading of Kafka's offsets for
// the services (analytics' lag gauge), the tests' barriers and the benchmarks.
import type { Admin } from 'kafkajs';
import pRetry, { AbortError } from 'p-retry';

/** A partition's key in the maps below: `topic:partition` (a topic name never holds a colon). */
export const partitionKey = (topic: string, partition: number) => `${topic}:${partition}`;

/**
 * A topic's offsets, asked again (with its metadata read anew) when the broker answers with an error
 * it calls retriable: right after a topic is created, or while a partition's leader moves, the
 * broker asked can answer NOT_LEADER_FOR_PARTITION, and kafkajs's admin passes that on (a fresh
 * clone's test setup failed on it once).
 */
function topicOffsets(admin: Admin, topic: string) {
  return pRetry(
    async () => {
      try {
        return await admin.fetchTopicOffsets(topic);
      } catch (err) {
        if (!(err as { retriable?: boolean }).retriable) throw new AbortError(err as Error);
        await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
        throw err;
      }
    },
    { retries: 5, factor: 2, minTimeout: 100, maxTimeout: 1000 },
  );
}

/** Each partition's first and next offset (low, high watermark). */
export async function partitionBounds(admin: Admin, topics: string[]): Promise<Map<string, { low: number; high: number }>> {
  const bounds = new Map<string, { low: number; high: number }>();
  for (const topic of topics) for (const o of await topicOffsets(admin, topic)) bounds.set(partitionKey(topic, o.partition), { low: Number(o.low), high: Number(o.high) });
  return bounds;
}

/** The next offset the group will read in each partition (-1: it committed none there). */
export async function committedOffsets(admin: Admin, groupId: string, topics: string[]): Promise<Map<string, number>> {
  const committed = new Map<string, number>();
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) for (const p of partitions) committed.set(partitionKey(topic, p.partition), Number(p.offset));
  return committed;
}

/**
 * Per partition, the events the group has not committed yet: from what it committed (or the
 * partition's first offset, where retention removed older ones or it committed none) to the end.
 */
export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<Map<string, number>> {
  const [committed, bounds] = await Promise.all([committedOffsets(admin, groupId, topics), partitionBounds(admin, topics)]);
  const lag = new Map<string, number>();
  for (const [key, { low, high }] of bounds) lag.set(key, Math.max(0, high - Math.max(committed.get(key) ?? -1, low)));
  return lag;
}
