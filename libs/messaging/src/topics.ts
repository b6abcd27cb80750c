import type { Admin, ConfigResourceTypes, ConfigSource, Kafka } from 'kafkajs';
import { DEFAULT_TOPIC_PARTITIONS, dlqTopic, retentionMsOf } from '@asn/contracts';

// kafkajs's enums are not named exports of its CommonJS module when the bundle runs as ESM: their values.
const TOPIC_RESOURCE = 2 as ConfigResourceTypes; // ConfigResourceTypes.TOPIC
const TOPIC_OWN_SETTING = 1 as ConfigSource; // ConfigSource.TOPIC_CONFIG

/** `asn.personnel.events` under a prefix (tests and parallel environments share one broker). */
export const prefixed = (prefix: string, topic: string): string => `${prefix}${topic}`;

export interface EnsureTopicsOptions {
  partitions?: number;
  replicationFactor?: number;
  /** Also create each topic's `.dlq` (default true). */
  withDlq?: boolean;
}

/**
 * Creates the topics (and their dead-letter topics) that do not exist yet, never relying on
 * auto-creation, each with the retention of spec 8.9 (`retentionMsOf`). A topic that exists with
 * another retention is set right, keeping its other settings: a broker's default of 7 days would
 * delete the history that analytics and the read models are rebuilt from.
 */
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
          numPartitions: opts.partitions ?? DEFAULT_TOPIC_PARTITIONS,
          replicationFactor: opts.replicationFactor ?? 1,
          configEntries: [{ name: 'retention.ms', value: String(retentionMsOf(topic)) }],
        })),
      });
    }
    await setRetention(admin, [...wanted].filter((t) => existing.has(t)));
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/** Sets `retention.ms` where it differs from spec 8.9, keeping each topic's other own settings. */
async function setRetention(admin: Admin, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  const described = await admin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: TOPIC_RESOURCE, name })) });
  const wrong = described.resources
    .map((r) => ({ name: r.resourceName, entries: r.configEntries, want: String(retentionMsOf(r.resourceName)) }))
    .filter((r) => r.entries.find((e) => e.configName === 'retention.ms')?.configValue !== r.want);
  if (wrong.length === 0) return;
  // AlterConfigs replaces a topic's whole set of its own settings: send the others along unchanged.
  await admin.alterConfigs({
    validateOnly: false,
    resources: wrong.map((r) => ({
      type: TOPIC_RESOURCE,
      name: r.name,
      configEntries: [
        ...r.entries.filter((e) => e.configSource === TOPIC_OWN_SETTING && e.configName !== 'retention.ms' && !e.isSensitive).map((e) => ({ name: e.configName, value: e.configValue })),
        { name: 'retention.ms', value: r.want },
      ],
    })),
  });
}
