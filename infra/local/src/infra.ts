import { existsSync, readdirSync } from 'node:fs';
import { describeLocalKafka, ensureKafkaJars, kafkaDataDir, startKafka, stopKafka } from './kafka';
import { ensureFerretBinary, startMongo, stopMongo } from './ferretdb';

export interface InfraEndpoints {
  kafkaBrokers: string;
  mongoUrl: string;
  /** Nodes of the local Kafka cluster in use (1 when KAFKA_BROKERS named another). */
  kafkaNodes: number;
  /** What this call started (and so what its caller should stop, e.g. with `stopStartedInfra`). */
  started: { kafka: boolean; mongo: boolean };
}

export interface InfraUpOptions {
  /**
   * Nodes of the local Kafka (1, or 3 for a replicated KRaft cluster). Unset: the local cluster
   * already answering on 9092, whatever its size, else one node.
   */
  kafkaNodes?: number;
}

/**
 * Endpoints from KAFKA_BROKERS / MONGO_URL when set (nothing is started then), else the local
 * Kafka and FerretDB, started if they are not running. Idempotent.
 */
export async function infraUp(env: NodeJS.ProcessEnv = process.env, opts: InfraUpOptions = {}): Promise<InfraEndpoints> {
  // Fetch and build first: these steps block the event loop, and a first-run Go build can take
  // longer than the broker's readiness deadline, which would expire while no probe could run.
  if (!env.KAFKA_BROKERS) ensureKafkaJars();
  if (!env.MONGO_URL) ensureFerretBinary();
  const kafkaNodes = env.KAFKA_BROKERS ? 1 : (opts.kafkaNodes ?? (await describeLocalKafka(9092))?.brokers ?? 1);
  const [kafka, mongo] = await Promise.all([
    env.KAFKA_BROKERS ? Promise.resolve({ brokers: env.KAFKA_BROKERS, started: false }) : startKafka({ nodes: kafkaNodes }),
    env.MONGO_URL ? Promise.resolve({ url: env.MONGO_URL, started: false }) : startMongo(),
  ]);
  return { kafkaBrokers: kafka.brokers, mongoUrl: mongo.url, kafkaNodes, started: { kafka: kafka.started, mongo: mongo.started } };
}

/** Stops what `infraUp` started (and nothing it found running). */
export async function stopStartedInfra(e: InfraEndpoints): Promise<void> {
  await Promise.all([e.started.kafka ? stopKafka({ nodes: e.kafkaNodes }) : undefined, e.started.mongo ? stopMongo() : undefined]);
}

/** Nodes of the local replicated cluster, from its folders (node-1, node-2, …). */
function clusterNodes(): number {
  const dir = kafkaDataDir({ nodes: 3 });
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^node-\d+$/.test(f)).length : 0;
}

/** Stops the local servers (only those whose pid files this project wrote); cleans stale pid files. */
export async function infraDown(): Promise<{ kafka: string; mongo: string }> {
  const nodes = clusterNodes();
  const [single, cluster, mongo] = await Promise.all([stopKafka(), nodes > 1 ? stopKafka({ nodes }) : 'not-running', stopMongo()]);
  return { kafka: single === 'stopped' || cluster === 'stopped' ? 'stopped' : 'not-running', mongo };
}
