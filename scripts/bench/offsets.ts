// Kafka offsets for the benchmarks: where topics end, and how far a consumer group is behind.
import type { Kafka } from 'kafkajs';

/** Each partition's end (high watermark), keyed `topic:partition`. */
export async function endOffsets(kafka: Kafka, topics: string[]): Promise<Map<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map<string, number>();
    for (const topic of topics) for (const o of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${o.partition}`, Number(o.high));
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Events of the topics that this consumer group has not committed yet. */
export async function groupLag(kafka: Kafka, groupId: string, topics: string[]): Promise<number> {
  const ends = await endOffsets(kafka, topics);
  const admin = kafka.admin();
  await admin.connect();
  try {
    let lag = 0;
    for (const committed of await admin.fetchOffsets({ groupId, topics })) {
      for (const { partition, offset } of committed.partitions) lag += (ends.get(`${committed.topic}:${partition}`) ?? 0) - Math.max(0, Number(offset));
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}
