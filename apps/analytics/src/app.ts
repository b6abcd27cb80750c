import type { Static } from '@sinclair/typebox';
import { DOMAIN_TOPICS } from '@asn/contracts';
import { EventDrivenService } from '@asn/messaging';
import type { AnalyticsConfig } from './config';
import { AnalyticsDomain } from './domain/analytics';
import { analyticsModels } from './domain/models';
import { ConsumerLag } from './events/consumer-lag';
import { OpdFlusher } from './events/opd-flusher';
import { Rebuild } from './events/rebuild';
import { analyticsHandlers } from './grpc/handlers';

export const ANALYTICS_GROUP = 'analytics';

/** The analytics consumer: competency metrics from every domain topic, queried over gRPC. */
export function createAnalyticsService(config: Static<typeof AnalyticsConfig>, opts: { clock?: () => Date } = {}) {
  const service = new EventDrivenService('analytics', config, { consumesTopics: [...DOMAIN_TOPICS] });
  const models = analyticsModels(service.connection);
  // Every metric write names its documents, so the relay reads them by _id; scans only recover from crashes.
  const domain: AnalyticsDomain = new AnalyticsDomain(models, (hint) => service.notifyRelay(hint), opts.clock);
  service.publishFrom([models.EmployeeMetrics, models.OpdMetrics, models.ProgramMetrics, models.ProgramFlag], { scanIntervalMs: 30_000, exclusive: (fn) => domain.serially(fn) });
  const group = config.ANALYTICS_CONSUMER_GROUP ?? ANALYTICS_GROUP;
  const groupId = service.topicPrefix + group;
  const topics = DOMAIN_TOPICS.map((t) => service.topic(t));
  service.runtime.manage(new Rebuild(service.connection, service.kafka, groupId, topics, service.logger, config.ANALYTICS_REBUILD));
  // One partition at a time: recomputing an OPD from two partitions at once could write a stale view last.
  const consumer = service.consume({ group, topics: [...DOMAIN_TOPICS], batchHandler: (batch) => domain.ingest(batch), partitionsConsumedConcurrently: 1 });
  service.runtime.manage(new OpdFlusher(domain, config.ANALYTICS_OPD_FLUSH_MS, service.logger));
  const lag = service.runtime.manage(new ConsumerLag(service.kafka, groupId, topics, config.ANALYTICS_READY_MAX_LAG, config.ANALYTICS_LAG_INTERVAL_MS, service.logger));
  service.grpc(analyticsHandlers(domain));
  return { service, domain, models, consumer, lag };
}
