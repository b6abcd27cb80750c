import { startKafka, stopKafka } from './kafka';
import { startMongo, stopMongo } from './ferretdb';

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
