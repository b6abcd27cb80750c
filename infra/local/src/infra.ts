import { ensureKafkaJars, startKafka, stopKafka } from './kafka';
import { ensureFerretBinary, startMongo, stopMongo } from './ferretdb';

export interface InfraEndpoints {
  kafkaBrokers: string;
  mongoUrl: string;
  /** What this call started (and so what its caller should stop). */
  started: { kafka: boolean; mongo: boolean };
}

/**
 * Endpoints from KAFKA_BROKERS / MONGO_URL when set (nothing is started then), else the local
 * Kafka broker and FerretDB, started if they are not running. Idempotent.
 */
export async function infraUp(env: NodeJS.ProcessEnv = process.env): Promise<InfraEndpoints> {
  // Fetch and build first: these steps block the event loop, and a first-run Go build can take
  // longer than the broker's readiness deadline, which would expire while no probe could run.
  if (!env.KAFKA_BROKERS) ensureKafkaJars();
  if (!env.MONGO_URL) ensureFerretBinary();
  const [kafka, mongo] = await Promise.all([
    env.KAFKA_BROKERS ? Promise.resolve({ brokers: env.KAFKA_BROKERS, started: false }) : startKafka(),
    env.MONGO_URL ? Promise.resolve({ url: env.MONGO_URL, started: false }) : startMongo(),
  ]);
  return { kafkaBrokers: kafka.brokers, mongoUrl: mongo.url, started: { kafka: kafka.started, mongo: mongo.started } };
}

/** Stops the local servers (only those whose pid files this project wrote); cleans stale pid files. */
export async function infraDown(): Promise<{ kafka: string; mongo: string }> {
  const [kafka, mongo] = await Promise.all([stopKafka(), stopMongo()]);
  return { kafka, mongo };
}
