import type { TestProject } from 'vitest/node';

import './provided';
import { describeTestServers, provideTestServers } from './infra';

type Stop = () => Promise<void>;

/**
 * Real infrastructure for a project's tests (see provideTestServers for the order of preference):
 * `npm test` names the servers it provided once for all projects; a project's own `vitest run`
 * finds or starts them itself, and stops what it started at the end.
 */
export default async function setup(project: TestProject): Promise<Stop> {
  const servers = await provideTestServers();
  if (!process.env.KAFKA_BROKERS || !process.env.MONGO_URL) console.log(`[test] ${describeTestServers(servers)}`);
  project.provide('kafkaBrokers', servers.kafkaBrokers);
  project.provide('mongoUrl', servers.mongoUrl);
  return servers.stop;
}
