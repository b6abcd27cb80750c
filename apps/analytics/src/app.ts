import type { Static } from '@sinclair/typebox';
import { configuredClock, traces } from '@asn/service-kit';
import { DOMAIN_TOPICS, type Clock } from '@asn/contracts';
import { EventDrivenService } from '@asn/event-service';
import { coPartitionedAssigner } from '@asn/messaging';
import type { AnalyticsConfig } from './config';
import { AnalyticsDomain, EVENTS_PER_DOCUMENT, type CheckpointStage } from './domain/analytics';
import { AnalyticsStore } from './persistence/analytics-store';
import { analyticsModels } from './persistence/models';
import { ConsumerLag } from './events/consumer-lag';
import { Checkpointer } from './events/checkpointer';
import { Rebuild } from './events/rebuild';
import { analyticsHandlers } from './grpc/handlers';

export const ANALYTICS_GROUP = 'analytics';
/** Metric events the outbox relay reads and publishes in one pass (documents of EVENTS_PER_DOCUMENT each). */
const RELAY_EVENTS_PER_PASS = 2_000;

/** The analytics consumer: competency metrics from every domain topic, queried over gRPC. */
export function createAnalyticsService(config: Static<typeof AnalyticsConfig>, opts: { clock?: Clock; onCheckpointStage?: (stage: CheckpointStage) => void | Promise<void>; employeesPerSlice?: number } = {}) {
  const service = new EventDrivenService('analytics', config, { consumesTopics: [...DOMAIN_TOPICS] });
  const models = analyticsModels(service.connection);
  // Every write of events names its documents, so the relay reads them by _id; scans only recover from crashes.
  const domain: AnalyticsDomain = new AnalyticsDomain(new AnalyticsStore(models, (hint) => service.notifyRelay(hint)), opts.clock ?? configuredClock(config), opts.onCheckpointStage,
    traces(config, 'checkpoint') ? (checkpoint) => service.logger.info({ trace: 'checkpoint', ...checkpoint }, 'checkpoint written') : undefined, undefined, opts.employeesPerSlice, config.ANALYTICS_METRICS_KEPT);
  const groupId = service.topicPrefix + (config.ANALYTICS_CONSUMER_GROUP ?? ANALYTICS_GROUP);
  const topics = DOMAIN_TOPICS.map((t) => service.topic(t));
  // At most RELAY_EVENTS_PER_PASS events a pass: a rebuild's last checkpoint announces the documents of
  // some 30,000 metric events at once, which a pass of 200 documents read, sent and traced together.
  service.publishFrom([models.MetricEvents, models.ProgramFlag], { scanIntervalMs: 30_000, exclusive: (fn) => domain.serially(fn), ephemeral: [models.MetricEvents.collection.collectionName], batchSize: RELAY_EVENTS_PER_PASS / EVENTS_PER_DOCUMENT });
  const group = config.ANALYTICS_CONSUMER_GROUP ?? ANALYTICS_GROUP;
  service.runtime.manage(new Rebuild(service.connection, service.kafka, groupId, topics, service.logger, config.ANALYTICS_REBUILD, () => domain.startEmpty()));
  // Partition sizes of the domain topics: a topic keeps its size once created.
  let sizes: Promise<Map<string, number>> | undefined;
  const topicSizes = () =>
    (sizes ??= (async () => {
      const admin = service.kafka.admin();
      await admin.connect();
      try {
        return new Map((await admin.fetchTopicMetadata({ topics })).topics.map((t) => [t.name, t.partitions.length]));
      } finally {
        await admin.disconnect();
      }
    })().catch((err) => ((sizes = undefined), Promise.reject(err))));
  // Instances share the partitions so that one receives all of an employee's events (Ownership).
  const assigner = coPartitionedAssigner((unequal) => service.logger.warn({ partitions: unequal }, 'domain topics differ in partition count: one analytics instance does all the work, the others stand by'));
  // One partition at a time: recomputing an OPD from two partitions at once could write a stale view last.
  // Offsets are committed by the checkpoints, once what the batches changed is stored.
  const consumer = service.consume({
    group,
    topics: [...DOMAIN_TOPICS],
    batchHandler: (batch) => domain.ingest(batch),
    partitionsConsumedConcurrently: 1,
    commits: 'checkpoint',
    partitionAssigners: [assigner],
    onAssigned: (assignment) =>
      void domain.reassign(async () => {
        const size = await topicSizes();
        const everything = topics.every((t) => (assignment[t]?.length ?? 0) === size.get(t));
        return { partitions: assignment[topics[0]!] ?? [], count: size.get(topics[0]!) ?? 1, everything };
      }).catch((err) => service.logger.error({ err }, 'analytics could not take its new partitions')),
  });
  service.runtime.manage(new Checkpointer(domain, consumer, { intervalMs: config.ANALYTICS_CHECKPOINT_MS, catchUpIntervalMs: config.ANALYTICS_CATCH_UP_CHECKPOINT_MS, catchUpLag: config.ANALYTICS_READY_MAX_LAG, maxUnsavedFacts: config.ANALYTICS_CHECKPOINT_MAX_FACTS }, service.logger));
  const lag = service.runtime.manage(new ConsumerLag(service.kafka, groupId, topics, config.ANALYTICS_READY_MAX_LAG, config.ANALYTICS_LAG_INTERVAL_MS, service.logger));
  service.grpc(analyticsHandlers(domain));
  return { service, domain, models, consumer, lag };
}
