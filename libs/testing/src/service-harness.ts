import { afterAll, beforeAll } from 'vitest';
import { TOPICS, type CloudEvent, type ServiceName } from '@asn/contracts';
import { createKafka, ensureTopics, EventProducer, toMessage } from '@asn/messaging';
import { type EventDrivenService } from '@asn/event-service';
import { createLogger, type GrpcClient } from '@asn/service-kit';
import { collectTopics, deleteTopics, dropDatabases, groupCaughtUp, rpcHelpers, serviceTestConfig, testGrpcClient, testNamespace, type TopicCollector } from './index';

type BaseTestConfig = ReturnType<typeof serviceTestConfig>;

export interface ServiceHarnessOptions<R, X extends object, S extends ServiceName> {
  /** The service's name: its database, its topic, its directory's consumer group, its gRPC API. */
  name: S;
  /** Settings beyond serviceTestConfig's (random ports, the test's topics and database). */
  config?: X;
  /** Builds the service (called now, so tests can reach its models, and again on `restart`). */
  create: (config: BaseTestConfig & X) => R;
  /** The gRPC client's deadline per call (default 15 s). */
  grpcDeadlineMs?: number;
  /** Personnel events the service's employee directory must have handled before the tests. */
  employees?: CloudEvent[];
  /** Topics (base names, e.g. `TOPICS.analytics`) whose messages the tests read; default the service's own. */
  collect?: string[];
  /** Before the service starts (e.g. a history to catch up on): topics exist, `publish` works. */
  beforeStart?: (publish: ServiceHarness<R, X, S>['publish']) => Promise<void>;
}

export interface ServiceHarness<R, X extends object, S extends ServiceName = ServiceName> {
  ns: ReturnType<typeof testNamespace>;
  config: BaseTestConfig & X;
  /** The service as it runs now (`restart` replaces it). */
  readonly running: R;
  /** What the collected topics carried so far (set once the file's beforeAll ran). */
  readonly events: TopicCollector;
  readonly ports: { httpPort: number; grpcPort: number };
  call: ReturnType<typeof rpcHelpers<S>>['call'];
  refusal: ReturnType<typeof rpcHelpers<S>>['refusal'];
  /** Publishes events as their upstream service would, on its topic (base name, e.g. `TOPICS.learning`). */
  publish(topic: string, events: CloudEvent[]): Promise<void>;
  /** Stops the service and starts a new instance over the same data (`create` again, or this one). */
  restart(create?: (config: BaseTestConfig & X) => R): Promise<void>;
  /** The parts of `restart`, for a test that acts between them. */
  stop(): Promise<void>;
  replace(create: (config: BaseTestConfig & X) => R): void;
  start(): Promise<void>;
}

/**
 * One service under test in a test file, against the real broker and store: its own namespace,
 * the service started on random ports with a gRPC client calling as the gateway, a fake upstream
 * producer, the collected topics, the employees it must know, and everything stopped and dropped
 * at the end. Registers the file's beforeAll and afterAll itself.
 */
export function serviceHarness<R extends { service: EventDrivenService<S> }, S extends ServiceName, X extends object = Record<never, never>>(opts: ServiceHarnessOptions<R, X, S>): ServiceHarness<R, X, S> {
  const ns = testNamespace(opts.name);
  const config = { ...serviceTestConfig(ns, opts.name), ...(opts.config ?? ({} as X)) };
  const logger = createLogger(`${opts.name}-test`, 'silent');
  let running = opts.create(config);
  let client: GrpcClient<S> | undefined;
  let producer: EventProducer | undefined;
  let events: TopicCollector | undefined;
  let ports = { httpPort: 0, grpcPort: 0 };

  const start = async () => {
    const started = await running.service.start();
    await running.service.runtime.whenReady(); // its topics exist from here on
    ports = { httpPort: started.httpPort, grpcPort: started.grpcPort! };
    client = testGrpcClient(opts.name, `127.0.0.1:${ports.grpcPort}`, { deadlineMs: opts.grpcDeadlineMs ?? 15_000 });
  };
  const stop = () => running.service.runtime.stop();
  const replace = (create: (config: BaseTestConfig & X) => R) => void (running = create(config));
  const publish = async (topic: string, list: CloudEvent[]) => {
    if (!producer) throw new Error('publish before the harness started');
    await producer.send([{ topic: ns.topic(topic), messages: list.map(toMessage) }]);
  };

  beforeAll(async () => {
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${opts.name}-test-upstream`, logger });
    producer = new EventProducer({ kafka, brokers: config.KAFKA_BROKERS, logger });
    await producer.start();
    if (opts.beforeStart) {
      await ensureTopics(kafka, Object.values(TOPICS).map((t) => ns.topic(t)), { partitions: config.KAFKA_TOPIC_PARTITIONS });
      await opts.beforeStart(publish);
    }
    await start();
    if (opts.employees?.length) {
      await publish(TOPICS.personnel, opts.employees);
      await groupCaughtUp(`${ns.topicPrefix}${opts.name}.employee-directory`, [ns.topic(TOPICS.personnel)]);
    }
    events = await collectTopics((opts.collect ?? [TOPICS[opts.name]]).map((t) => ns.topic(t)));
  }, 120_000);

  afterAll(async () => {
    await stop();
    await producer?.stop();
    await events?.stop();
    await dropDatabases([config.MONGO_DB]);
    await deleteTopics(ns.id);
  });

  const rpc = rpcHelpers(() => {
    if (!client) throw new Error('call before the harness started');
    return client;
  });
  return {
    ns,
    config,
    get running() {
      return running;
    },
    get events() {
      if (!events) throw new Error('events before the harness started');
      return events;
    },
    get ports() {
      return ports;
    },
    call: rpc.call,
    refusal: rpc.refusal,
    publish,
    restart: async (create = opts.create) => {
      await stop();
      replace(create);
      await start();
    },
    stop,
    replace,
    start,
  };
}
