// Benchmark: how fast analytics turns a burst of domain events into metrics (`npm run bench`).
// Publishes a synthetic history for N employees to fresh topics on the running broker, starts
// the analytics service on them (its main.ts, as deployed) and measures the time until its
// consumer group has committed everything.
import { randomBytes } from 'node:crypto';
import { DEFAULT_TOPIC_PARTITIONS, DOMAIN_TOPICS, topicOf, TOPICS, type CloudEvent, type EventName } from '@asn/contracts';
import { infraUp, stopKafka, stopMongo } from '@asn/local-infra';
import { brokersOf, createEvent, createKafka, ensureTopics, EventProducer, toMessage } from '@asn/messaging';
import { createLogger } from '@asn/service-kit';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { assertPinnedNode } from '../pinned-node';
import { groupLag } from './offsets';

assertPinnedNode('bench');

const root = join(import.meta.dirname, '..', '..');
const employees = Number(process.env.BENCH_EMPLOYEES ?? 300);
/** Analytics instances sharing the work (issue #17): the same group and database. */
const instances = Number(process.env.BENCH_ANALYTICS_INSTANCES ?? 1);
const infra = await infraUp();
const prefix = `bench${randomBytes(3).toString('hex')}.`;
const logger = createLogger('bench', 'warn');
const kafka = createKafka({ brokers: infra.kafkaBrokers, clientId: 'bench', logger });
// The topics as the services would create them (KAFKA_TOPIC_PARTITIONS, else the platform's default).
const partitions = Number(process.env.KAFKA_TOPIC_PARTITIONS ?? DEFAULT_TOPIC_PARTITIONS);
await ensureTopics(kafka, [...DOMAIN_TOPICS, TOPICS.analytics].map((t) => prefix + t), { partitions, namedBrokers: brokersOf(infra.kafkaBrokers).length });

const opds = ['DLH', 'DPMPTSP', 'DINKES', 'DISDIKBUD', 'BKPSDM'];
const history: CloudEvent[] = [
  createEvent('learning.program.published', 'P1', { programId: 'P1', code: 'TEK-1', title: 'Teknis', category: 'technical', mode: 'classical', jp: 24, competencies: [{ code: 'K-1', type: 'technical' }] }),
  createEvent('personnel.position-standard.set', 'JF', { positionCode: 'JF', competencies: [{ code: 'K-1', type: 'technical', requiredLevel: 3 }] }),
];
for (let i = 0; i < employees; i++) {
  // A valid NIP (spec 8.2): born 1–28 January 1980, appointed January 2010, male, serial 001–999.
  const nip = `198001${String(1 + (Math.floor(i / 999) % 28)).padStart(2, '0')}2010011${String(1 + (i % 999)).padStart(3, '0')}`;
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
const groupId = `${prefix}analytics`;
const topics = DOMAIN_TOPICS.map((t) => prefix + t);
/** Events of the domain topics the analytics group has not committed yet (its checkpoints commit). */
const lag = () => groupLag(kafka, groupId, topics);

// The service as it is deployed: its entry point in a process of its own, configured by environment.
const t0 = Date.now();
const processes = Array.from({ length: instances }, () =>
  spawn(process.execPath, ['--import', 'tsx', join(root, 'apps', 'analytics', 'src', 'main.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', KAFKA_BROKERS: infra.kafkaBrokers, KAFKA_TOPIC_PREFIX: prefix, MONGO_URL: infra.mongoUrl, MONGO_DB: db,
      SERVICE_TOKEN_SECRETS: randomBytes(32).toString('hex'), PORT: '0', GRPC_PORT: '0', ANALYTICS_READY_MAX_LAG: '0', ANALYTICS_CHECKPOINT_MS: '200', ANALYTICS_CONSUMER_GROUP: 'analytics',
    },
  }),
);
const exits = processes.map((p) => new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code))));
const alive = () => {
  for (const p of processes) if (p.exitCode !== null) throw new Error(`analytics exited with ${p.exitCode}`);
};
while ((await lag()) !== 0) {
  alive();
  await new Promise((r) => setTimeout(r, 100));
}
const caughtUp = (Date.now() - t0) / 1000;
// Caught up is not done: metrics a light checkpoint left (and OPD and programme metrics, computed
// by their owners) wait in marks until a full checkpoint computes them.
const store = new MongoClient(infra.mongoUrl);
await store.connect();
while ((await store.db(db).collection('analytics_marks').countDocuments({ pending: true })) > 0) {
  alive();
  await new Promise((r) => setTimeout(r, 100));
}
await store.close();
const computed = (Date.now() - t0) / 1000;
console.log(
  `analytics ingest (${instances} instance${instances > 1 ? 's' : ''}): ${history.length} events (${employees} employees) caught up in ${caughtUp.toFixed(1)} s = ${(history.length / caughtUp).toFixed(0)} events/s, ` +
    `every metric computed in ${computed.toFixed(1)} s = ${(history.length / computed).toFixed(0)} events/s (process start included)`,
);
for (const p of processes) p.kill('SIGTERM');
await Promise.all(exits);

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
