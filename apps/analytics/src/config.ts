import { Type } from '@sinclair/typebox';
import { SERVICE_PORTS } from '@asn/contracts';
import { serviceConfig } from '@asn/service-kit';

export const AnalyticsConfig = serviceConfig({
  PORT: Type.Integer({ default: SERVICE_PORTS.analytics.http, minimum: 0, maximum: 65535 }),
  GRPC_PORT: Type.Integer({ default: SERVICE_PORTS.analytics.grpc, minimum: 0, maximum: 65535 }),
  MONGO_DB: Type.String({ default: 'analytics', pattern: '^[A-Za-z0-9_-]{1,60}$' }),
  /** Ready only while the consumer is at most this many events behind the topics' ends. */
  ANALYTICS_READY_MAX_LAG: Type.Integer({ default: 1000, minimum: 0 }),
  /** How often consumer lag is measured (readiness and the consumer-lag metric). */
  ANALYTICS_LAG_INTERVAL_MS: Type.Integer({ default: 5000, minimum: 100 }),
  /**
   * How often what analytics changed in memory is stored (and OPD metrics recomputed), and the
   * consumer's offsets committed: metric events and OPD metrics lag by up to this much.
   */
  ANALYTICS_CHECKPOINT_MS: Type.Integer({ default: 1000, minimum: 50 }),
  /** The same while the consumer is more than ANALYTICS_READY_MAX_LAG behind (catching up, rebuilding). */
  ANALYTICS_CATCH_UP_CHECKPOINT_MS: Type.Integer({ default: 60_000, minimum: 50 }),
  /** ...or as soon as this many facts wait in memory for a checkpoint, appended or read beyond what is kept (a bound on memory). */
  ANALYTICS_CHECKPOINT_MAX_FACTS: Type.Integer({ default: 100_000, minimum: 1 }),
  /**
   * Stored metric documents kept in memory per kind (employee, programme, OPD years), the least
   * recently used leaving first: recomputing an OPD reads its members' metrics from memory while
   * they are kept, from the store once they have left. Memory stays bounded whatever the city's size.
   */
  ANALYTICS_METRICS_KEPT: Type.Integer({ default: 50_000, minimum: 1 }),
  /** Drop the read models and replay every topic from the beginning before consuming. */
  ANALYTICS_REBUILD: Type.Boolean({ default: false }),
  /**
   * The consumer group (after KAFKA_TOPIC_PREFIX). A rebuild into another database (MONGO_DB) while
   * the running instance keeps serving needs a group of its own, or each would move the other's offsets.
   */
  ANALYTICS_CONSUMER_GROUP: Type.String({ default: 'analytics', pattern: '^[A-Za-z0-9._-]{1,100}$' }),
});
