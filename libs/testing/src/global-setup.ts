import type { TestProject } from 'vitest/node';

import './provided';

type Stop = () => Promise<void>;
const stops: Stop[] = [];

async function dockerAvailable(): Promise<boolean> {
  if (process.env.ASN_TEST_INFRA === 'local') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * Real infrastructure for the tests, in this order of preference:
 * 1. servers named by KAFKA_BROKERS / MONGO_URL (npm test starts them once for all projects);
 * 2. testcontainers' Kafka and MongoDB when a Docker engine answers;
 * 3. the local Kafka broker and FerretDB of infra/local, started here and stopped at the end.
 */
export default async function setup(project: TestProject): Promise<Stop> {
  let kafkaBrokers = process.env.KAFKA_BROKERS;
  let mongoUrl = process.env.MONGO_URL;

  if ((!kafkaBrokers || !mongoUrl) && (await dockerAvailable())) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    if (!kafkaBrokers) {
      const kafka = await new KafkaContainer('apache/kafka:3.9.1').withKraft().start();
      kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
      stops.push(async () => void (await kafka.stop()));
    }
    if (!mongoUrl) {
      const mongo = await new MongoDBContainer('mongo:7').start();
      mongoUrl = `${mongo.getConnectionString()}?directConnection=true`;
      stops.push(async () => void (await mongo.stop()));
    }
  }

  if (!kafkaBrokers || !mongoUrl) {
    const { infraUp, stopKafka, stopMongo } = await import('@asn/local-infra');
    const local = await infraUp({ ...process.env, ...(kafkaBrokers ? { KAFKA_BROKERS: kafkaBrokers } : {}), ...(mongoUrl ? { MONGO_URL: mongoUrl } : {}) });
    kafkaBrokers = local.kafkaBrokers;
    mongoUrl = local.mongoUrl;
    if (local.started.kafka) stops.push(async () => void (await stopKafka()));
    if (local.started.mongo) stops.push(async () => void (await stopMongo()));
  }

  project.provide('kafkaBrokers', kafkaBrokers);
  project.provide('mongoUrl', mongoUrl);

  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
