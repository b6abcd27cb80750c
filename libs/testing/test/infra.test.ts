import { describe, expect, it } from 'vitest';
import { describeTestServers, provideTestServers } from '../src/infra';
import { testInfra } from '../src';

describe('the servers the tests run against', () => {
  it('takes KAFKA_BROKERS and MONGO_URL as they are, says so, hides credentials, and stops nothing', async () => {
    const servers = await provideTestServers({ KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092', MONGO_URL: 'mongodb://asn:s3cret@mongo:27017/?authSource=admin' });
    expect(servers).toMatchObject({ kafkaBrokers: 'kafka-1:9092,kafka-2:9092', mongoUrl: 'mongodb://asn:s3cret@mongo:27017/?authSource=admin', sources: { kafka: 'environment', mongo: 'environment' } });
    const line = describeTestServers(servers);
    expect(line).toBe('Kafka kafka-1:9092,kafka-2:9092 (from the environment), MongoDB mongodb://***@mongo:27017/?authSource=admin (from the environment)');
    await servers.stop();
  });

  // Only where this run uses the local servers (not testcontainers' or the environment's others).
  const local = testInfra().kafkaBrokers === '127.0.0.1:9092' && testInfra().mongoUrl.startsWith('mongodb://127.0.0.1:27017');
  it.skipIf(!local)('without Docker (or with ASN_TEST_INFRA=local) uses the local servers, and leaves running the ones it did not start', async () => {
    // The servers this run already uses were provided before this file ran: found, not started.
    const servers = await provideTestServers({ ...process.env, KAFKA_BROKERS: '', MONGO_URL: '', ASN_TEST_INFRA: 'local' });
    expect(servers.sources).toEqual({ kafka: 'local (already running)', mongo: 'local (already running)' });
    expect(describeTestServers(servers)).toMatch(/^Kafka 127\.0\.0\.1:\d+ \(local Kafka 3\.9, already running\), MongoDB mongodb:\/\/127\.0\.0\.1:\d+ \(local FerretDB 1\.24, already running\)$/);
    await servers.stop();
  });
});
