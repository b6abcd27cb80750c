import type { Admin, Kafka } from 'kafkajs';
import { dlqTopic } from '@asn/contracts';

/** `asn.personnel.events` under a prefix (tests and parallel environments share one broker). */
export const prefixed = (prefix: string, topic: string): string => `${prefix}${topic}`;

export interface EnsureTopicsOptions {
  partitions?: number;
  replicationFactor?: number;
  /** Also create each topic's `.dlq` (default true). */
  withDlq?: boolean;
}

/** Creates the topics (and their dead-letter topics) that do not exist yet; never relies on auto-creation. */
export async function ensureTopics(kafka: Kafka, topics: string[], opts: EnsureTopicsOptions = {}): Promise<string[]> {
  const wanted = new Set<string>();
  for (const t of topics) {
    wanted.add(t);
    if (opts.withDlq !== false && !t.endsWith('.dlq')) wanted.add(dlqTopic(t));
  }
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...wanted].filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: opts.partitions ?? 3,
          replicationFactor: opts.replicationFactor ?? 1,
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
