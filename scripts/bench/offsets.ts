// Kafka offsets for the benchmarks, read the way the services read them (@asn/messaging's offsets).
import type { Kafka } from 'kafkajs';
import { groupLag as lagPerPartition, partitionBounds } from '@asn/messaging';

async function withAdmin<T>(kafka: Kafka, fn: (admin: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Each partition's end (high watermark), keyed `topic:partition`. */
export async function endOffsets(kafka: Kafka, topics: string[]): Promise<Map<string, number>> {
  const bounds = await withAdmin(kafka, (admin) => partitionBounds(admin, topics));
  return new Map([...bounds].map(([key, { high }]) => [key, high]));
}

/** Events of the topics that this consumer group has not committed yet. */
export async function groupLag(kafka: Kafka, groupId: string, topics: string[]): Promise<number> {
  const lag = await withAdmin(kafka, (admin) => lagPerPartition(admin, groupId, topics));
  return [...lag.values()].reduce((a, b) => a + b, 0);
}
