// Benchmark: how fast analytics turns a burst of domain events into metrics (`npm run bench`).
// Publishes a synthetic history for N employees to fresh topics on the running broker, starts
// the analytics service on them and measures the time until its consumer lag is zero.
import { randomBytes } from 'node:crypto';
import { DOMAIN_TOPICS, topicOf, TOPICS, type CloudEvent, type EventName } from '@asn/contracts';
import { infraUp, stopKafka, stopMongo } from '@asn/local-infra';
import { createEvent, createKafka, ensureTopics, EventProducer, toMessage } from '@asn/messaging';
import { createLogger } from '@asn/service-kit';
import { MongoClient } from 'mongodb';
import { createAnalyticsService } from '../../apps/analytics/src/app';
import { assertPinnedNode } from '../pinned-node';

assertPinnedNode('bench');

const employees = Number(process.env.BENCH_EMPLOYEES ?? 300);
const infra = await infraUp();
const prefix = `bench${randomBytes(3).toString('hex')}.`;
const logger = createLogger('bench', 'warn');
const kafka = createKafka({ brokers: infra.kafkaBrokers, clientId: 'bench', logger });
await ensureTopics(kafka, [...DOMAIN_TOPICS, TOPICS.analytics].map((t) => prefix + t));

const opds = ['DLH', 'DPMPTSP', 'DINKES', 'DISDIKBUD', 'BKPSDM'];
const history: CloudEvent[] = [
  createEvent('learning.program.published', 'P1', { programId: 'P1', code: 'TEK-1', title: 'Teknis', category: 'technical', mode: 'classical', jp: 24, competencies: [{ code: 'K-1', type: 'technical' }] }),
  createEvent('personnel.position-standard.set', 'JF', { positionCode: 'JF', competencies: [{ code: 'K-1', type: 'technical', requiredLevel: 3 }] }),
];
for (let i = 0; i < employees; i++) {
  const nip = `1980010120100110${String(i).padStart(2, '0')}`.slice(0, 14) + String(1000 + i).slice(-4);
  const opd = opds[i % opds.length]!;
  history.push(
    createEvent('personnel.employee.registered', nip, { nip, name: `Pegawai ${i}`, opd, position: { code: 'JF', title: 'JF', kind: 'functional' }, grade: 'III/a', education: 'S1', status: 'active' }),
    createEvent('personnel.competency.assessed', `a${i}`, { assessmentId: `a${i}`, nip, opd, code: 'K-1', type: 'technical', level: 1 + (i % 3), assessedOn: '2026-01-10', method: 'uji' }),
    createEvent('learning.training.completed', `e${i}`, { enrollmentId: `e${i}`, sessionId: 'S1', programId: 'P1', programCode: 'TEK-1', category: 'technical', competencies: [], nip, opd, attendedJp: 24, preTestScore: 50, postTestScore: 80, passed: true, completedOn: '2026-03-01' }),
    createEvent('evaluation.feedback.submitted', `f${i}`, { feedbackId: `f${i}`, nip, opd, sessionId: 'S1', programId: 'P1', relevance: 1 + (i % 5), satisfaction: 4, submittedOn: '2026-03-02' }),
    createEvent('evaluation.appraisal.recorded', `${nip}:2025`, { appraisalId: `${nip}:2025`, nip, opd, year: 2025, rating: 'good' }),
  );
}
const producer = new EventProducer({ kafka, brokers: infra.kafkaBrokers, logger });
await producer.start();
const byTopic = new Map<string, ReturnType<typeof toMessage>[]>();
for (const e of history) {
  const topic = prefix + topicOf(e.type.replace(/^asn\./, '').replace(/\.v1$/, '') as EventName);
  byTopic.set(topic, [...(byTopic.get(topic) ?? []), toMessage(e)]);
}
for (const [topic, messages] of byTopic) for (let i = 0; i < messages.length; i += 500) await producer.send([{ topic, messages: messages.slice(i, i + 500) }]);
await producer.stop();

const db = `${prefix.replace(/\W/g, '')}_analytics`;
const { service, lag } = createAnalyticsService({
  HOST: '127.0.0.1', LOG_LEVEL: 'warn', KAFKA_BROKERS: infra.kafkaBrokers, KAFKA_TOPIC_PREFIX: prefix, KAFKA_TOPIC_PARTITIONS: 3, MONGO_URL: infra.mongoUrl, MONGO_DB: db,
  SHUTDOWN_TIMEOUT_MS: 30_000, GRPC_MAX_CONCURRENT_CALLS: 32, GRPC_MAX_QUEUED_CALLS: 512, SERVICE_TOKEN_SECRETS: randomBytes(32).toString('hex'), GRPC_ALLOWED_CALLERS: 'gateway', CONSUMER_DEDUP_WINDOW_HOURS: 720, KAFKA_SSL: false, PORT: 0, GRPC_PORT: 0, ANALYTICS_READY_MAX_LAG: 0, ANALYTICS_LAG_INTERVAL_MS: 200, ANALYTICS_REBUILD: false, ANALYTICS_CONSUMER_GROUP: 'analytics', ANALYTICS_CHECKPOINT_MS: 200, ANALYTICS_CATCH_UP_CHECKPOINT_MS: 1000, ANALYTICS_CHECKPOINT_MAX_FACTS: 100_000,
});
const t0 = Date.now();
await service.start();
await service.runtime.whenReady();
while ((await lag.measure()) !== 0) await new Promise((r) => setTimeout(r, 100));
const seconds = (Date.now() - t0) / 1000;
console.log(`analytics ingest: ${history.length} events (${employees} employees) caught up in ${seconds.toFixed(1)} s = ${(history.length / seconds).toFixed(0)} events/s`);
await service.runtime.stop();

const client = new MongoClient(infra.mongoUrl);
await client.connect();
await client.db(db).dropDatabase();
await client.close();
const admin = kafka.admin();
await admin.connect();
await admin.deleteTopics({ topics: (await admin.listTopics()).filter((t) => t.startsWith(prefix)) });
await admin.disconnect();
if (infra.started.kafka) await stopKafka();
if (infra.started.mongo) await stopMongo();
process.exit(0);
