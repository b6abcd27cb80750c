// The real servers the tests run against, found or started in one order of preference for
// `npm test` (once for all projects) and for a project's own `vitest run` alike. Outside vitest:
// `npm test` imports this without the test runner.

/** Where each server came from, for the one line that says what the tests ran against. */
export type InfraSource = 'environment' | 'testcontainers' | 'local (started)' | 'local (already running)';

export interface TestServers {
  kafkaBrokers: string;
  mongoUrl: string;
  sources: { kafka: InfraSource; mongo: InfraSource };
  /** Stops what this call started, and nothing else. */
  stop(): Promise<void>;
}

/** Pinned images for the testcontainers path: the versions docker-compose.yml runs. */
export const TESTCONTAINERS_IMAGES = { kafka: 'apache/kafka:3.9.1', mongo: 'mongo:7' } as const;

async function dockerAvailable(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.ASN_TEST_INFRA === 'local') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * 1. servers named by KAFKA_BROKERS / MONGO_URL;
 * 2. testcontainers' Kafka and MongoDB when a Docker engine answers (`ASN_TEST_INFRA=local` skips it);
 * 3. the local Kafka broker and FerretDB of infra/local.
 */
export async function provideTestServers(env: NodeJS.ProcessEnv = process.env): Promise<TestServers> {
  let kafkaBrokers = env.KAFKA_BROKERS;
  let mongoUrl = env.MONGO_URL;
  const sources: Partial<TestServers['sources']> = { ...(kafkaBrokers ? { kafka: 'environment' } : {}), ...(mongoUrl ? { mongo: 'environment' } : {}) };
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    if ((!kafkaBrokers || !mongoUrl) && (await dockerAvailable(env))) {
      const { KafkaContainer } = await import('@testcontainers/kafka');
      const { MongoDBContainer } = await import('@testcontainers/mongodb');
      if (!kafkaBrokers) {
        const kafka = await new KafkaContainer(TESTCONTAINERS_IMAGES.kafka).withKraft().start();
        stops.push(async () => void (await kafka.stop()));
        kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
        sources.kafka = 'testcontainers';
      }
      if (!mongoUrl) {
        const mongo = await new MongoDBContainer(TESTCONTAINERS_IMAGES.mongo).start();
        stops.push(async () => void (await mongo.stop()));
        mongoUrl = `${mongo.getConnectionString()}?directConnection=true`;
        sources.mongo = 'testcontainers';
      }
    }
    if (!kafkaBrokers || !mongoUrl) {
      const { infraUp, stopKafka, stopMongo } = await import('@asn/local-infra');
      const local = await infraUp({ ...env, ...(kafkaBrokers ? { KAFKA_BROKERS: kafkaBrokers } : {}), ...(mongoUrl ? { MONGO_URL: mongoUrl } : {}) });
      if (!kafkaBrokers) {
        if (local.started.kafka) stops.push(async () => void (await stopKafka({ nodes: local.kafkaNodes })));
        sources.kafka = local.started.kafka ? 'local (started)' : 'local (already running)';
      }
      if (!mongoUrl) {
        if (local.started.mongo) stops.push(async () => void (await stopMongo()));
        sources.mongo = local.started.mongo ? 'local (started)' : 'local (already running)';
      }
      kafkaBrokers = local.kafkaBrokers;
      mongoUrl = local.mongoUrl;
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { kafkaBrokers, mongoUrl, sources: sources as TestServers['sources'], stop };
}

/** One line: which servers, from where (`npm test` prints it first). */
export function describeTestServers(s: Pick<TestServers, 'kafkaBrokers' | 'mongoUrl' | 'sources'>): string {
  const what = (source: InfraSource, local: string, image: string) => (source === 'testcontainers' ? `testcontainers, ${image}` : source.startsWith('local') ? `${local}, ${source.slice('local ('.length, -1)}` : 'from the environment');
  return `Kafka ${s.kafkaBrokers} (${what(s.sources.kafka, 'local Kafka 3.9', TESTCONTAINERS_IMAGES.kafka)}), MongoDB ${s.mongoUrl.replace(/\/\/[^@/]*@/, '//***@')} (${what(s.sources.mongo, 'local FerretDB 1.24', TESTCONTAINERS_IMAGES.mongo)})`;
}
