import type { Admin, ConfigResourceTypes, ConfigSource, Kafka } from 'kafkajs';
import { DEFAULT_TOPIC_PARTITIONS, dlqTopic, retentionMsOf } from '@asn/contracts';

// kafkajs's enums are not named exports of its CommonJS module when the bundle runs as ESM: their values.
const TOPIC_RESOURCE = 2 as ConfigResourceTypes; // ConfigResourceTypes.TOPIC
const TOPIC_OWN_SETTING = 1 as ConfigSource; // ConfigSource.TOPIC_CONFIG

/** `asn.personnel.events` under a prefix (tests and parallel environments share one broker). */
export const prefixed = (prefix: string, topic: string): string => `${prefix}${topic}`;

export interface EnsureTopicsOptions {
  partitions?: number;
  /** Replicas per partition; default as many as the cluster has brokers, up to 3 (see `replicationFor`). */
  replicationFactor?: number;
  /** Also create each topic's `.dlq` (default true). */
  withDlq?: boolean;
  /**
   * Brokers the connection names (`KAFKA_BROKERS`). The default replication is taken from the
   * brokers the cluster lists, which leaves out one restarting or fenced for a moment: topics made
   * then would keep fewer replicas for good. So it waits for the cluster to list this many (up to 3).
   */
  namedBrokers?: number;
  /** How long to wait for the brokers wanted before refusing to create the topics (default 30 s). */
  clusterWaitMs?: number;
}

/** Most replicas a topic gets by default: three survive one broker down while a second is restarted. */
export const MAX_DEFAULT_REPLICAS = 3;

/**
 * Replication of a new topic: the factor asked for (else the cluster's brokers, up to 3), and the
 * `min.insync.replicas` that goes with it: 2 from three replicas, so an event the producer saw
 * acknowledged (acks=all) is on two brokers and survives losing any one; else 1.
 */
export function replicationFor(brokers: number, asked?: number): { replicationFactor: number; minInsyncReplicas: number } {
  const replicationFactor = asked ?? Math.max(1, Math.min(MAX_DEFAULT_REPLICAS, brokers));
  if (replicationFactor > brokers) throw new Error(`KAFKA_REPLICATION_FACTOR is ${replicationFactor} but the cluster has ${brokers} broker(s)`);
  return { replicationFactor, minInsyncReplicas: replicationFactor >= 3 ? 2 : 1 };
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
      const brokersWanted = opts.replicationFactor ?? Math.min(MAX_DEFAULT_REPLICAS, opts.namedBrokers ?? 1);
      const listed = await brokersListed(admin, brokersWanted, opts.clusterWaitMs ?? 30_000);
      if (opts.replicationFactor === undefined && listed < brokersWanted) {
        throw new Error(
          `the Kafka cluster lists ${listed} broker(s) but KAFKA_BROKERS names ${opts.namedBrokers}: the topics ${missing.join(', ')} would get ${listed} replica(s) for good. ` +
            'Start the missing brokers, or set KAFKA_REPLICATION_FACTOR to create them with fewer replicas.',
        );
      }
      const { replicationFactor, minInsyncReplicas } = replicationFor(listed, opts.replicationFactor);
      await admin.createTopics({
        // kafkajs's own wait asks any broker, and on a cluster one that has not heard of the new
        // topic yet answers UNKNOWN_TOPIC_OR_PARTITION, which it does not retry: wait here instead.
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: opts.partitions ?? DEFAULT_TOPIC_PARTITIONS,
          replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(retentionMsOf(topic)) },
            { name: 'min.insync.replicas', value: String(minInsyncReplicas) },
          ],
        })),
      });
    }
    await leadersElected(admin, missing);
    await setRetention(admin, [...wanted].filter((t) => existing.has(t)));
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/** The brokers the cluster lists, once it lists `wanted` of them or the wait is over (asked of any broker each time). */
async function brokersListed(admin: Admin, wanted: number, waitMs: number): Promise<number> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const listed = (await admin.describeCluster()).brokers.length;
    if (listed >= wanted || Date.now() >= deadline) return listed;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Resolves once every partition of the topics has a leader, as the brokers' metadata tells (30 s at most). */
async function leadersElected(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  if (topics.length === 0) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: described } = await admin.fetchTopicMetadata({ topics });
      if (described.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (err) {
      // Not known to the broker asked yet, or no leader yet: both pass within moments.
      const type = (err as { type?: string }).type;
      if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw err;
    }
    if (Date.now() > deadline) throw new Error(`no leader elected for ${topics.join(', ')} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
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
