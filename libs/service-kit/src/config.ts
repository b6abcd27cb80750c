import Ajv from 'ajv';
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { clockStartingAt, DEFAULT_TOPIC_PARTITIONS, systemClock, type Clock } from '@asn/contracts';

export const TRACE_TOPICS = ['mongo', 'outbox', 'checkpoint'] as const;
export type TraceTopic = (typeof TRACE_TOPICS)[number];

/** READ_MODEL_MAX_LAG_MS unless set (see below). */
export const DEFAULT_READ_MODEL_MAX_LAG_MS = 100;

/** Settings every service has (spec 7). Services extend this with their own. */
export const BaseConfig = Type.Object({
  LOG_LEVEL: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent')], { default: 'info' }),
  /** Address the HTTP and gRPC ports listen on: loopback by default; containers set 0.0.0.0. */
  HOST: Type.String({ default: '127.0.0.1' }),
  KAFKA_BROKERS: Type.String({ default: '127.0.0.1:9092', pattern: '^[^,\\s]+:[0-9]+(,[^,\\s]+:[0-9]+)*$' }),
  /** SASL/SCRAM credentials of this process on Kafka (empty: a plaintext broker, as in local development). */
  KAFKA_SASL_MECHANISM: Type.Optional(Type.Union([Type.Literal('scram-sha-256'), Type.Literal('scram-sha-512')])),
  KAFKA_SASL_USERNAME: Type.Optional(Type.String({ minLength: 1 })),
  KAFKA_SASL_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  /** TLS to the brokers. */
  KAFKA_SSL: Type.Boolean({ default: false }),
  /** Prepended to every topic name; lets tests and parallel environments share a broker. */
  KAFKA_TOPIC_PREFIX: Type.String({ default: '', pattern: '^[A-Za-z0-9._-]*$' }),
  KAFKA_TOPIC_PARTITIONS: Type.Integer({ default: DEFAULT_TOPIC_PARTITIONS, minimum: 1, maximum: 100 }),
  /**
   * Replicas of each topic a service creates. Unset: as many as the cluster has brokers, up to 3.
   * With 3 or more, `min.insync.replicas` is 2, so an acknowledged event is on two brokers.
   */
  KAFKA_REPLICATION_FACTOR: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
  MONGO_URL: Type.String({ default: 'mongodb://127.0.0.1:27017', pattern: '^mongodb(\\+srv)?://' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ default: 15000, minimum: 100 }),
  /** gRPC calls a service handles at once; the rest wait (see GrpcServer). */
  GRPC_MAX_CONCURRENT_CALLS: Type.Integer({ default: 32, minimum: 1, maximum: 10000 }),
  /** gRPC calls that may wait for a slot; beyond, a call is refused with UPSTREAM_UNAVAILABLE at once. */
  GRPC_MAX_QUEUED_CALLS: Type.Integer({ default: 512, minimum: 0, maximum: 100000 }),
  /**
   * Secrets of the service tokens on gRPC, comma-separated, each at least 32 characters: the first
   * signs, any verifies (rotation: see service-auth.ts). Required: there is no default.
   */
  SERVICE_TOKEN_SECRETS: Type.String({ pattern: '^[^,\\s]{32,}(,[^,\\s]{32,})*$' }),
  /** Services whose calls this service's gRPC port answers (comma-separated). */
  GRPC_ALLOWED_CALLERS: Type.String({ default: 'gateway', pattern: '^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$' }),
  /**
   * Read models in memory (a catalogue, an OPD's roster, an OPD's open follow-ups, the idea
   * register): how long an instance answers from one without asking the store whether another
   * instance changed it, in ms (0: it asks on every read). An instance sees its own writes at once
   * whatever this is. At most 1 s, the bound within which a transfer must reach every reader.
   */
  READ_MODEL_MAX_LAG_MS: Type.Integer({ default: DEFAULT_READ_MODEL_MAX_LAG_MS, minimum: 0, maximum: 1000 }),
  /** How long a consumer remembers the events it processed, to recognise a redelivery (default 30 days). */
  CONSUMER_DEDUP_WINDOW_HOURS: Type.Integer({ default: 720, minimum: 1, maximum: 87600 }),
  /**
   * Tests and demos only: the business clock starts at this UTC instant and then runs on (spec 8.1,
   * e.g. `2026-12-31T17:30:00Z`, 00:30 WIB on 1 January). Unset: the system clock.
   */
  CLOCK_START: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' })),
  /**
   * Diagnostics in the logs, comma-separated: `mongo` (every command with its duration), `outbox`
   * (each relay pass), `checkpoint` (analytics' writes per checkpoint). Unset: none.
   */
  TRACE: Type.Optional(Type.String({ pattern: `^(${TRACE_TOPICS.join('|')})(,(${TRACE_TOPICS.join('|')}))*$` })),
});

/** Whether the `TRACE` setting names this topic. */
export const traces = (config: { TRACE?: string | undefined }, topic: TraceTopic): boolean => (config.TRACE ?? '').split(',').includes(topic);

/** The service's clock: the system's, or one started at `CLOCK_START`. */
export function configuredClock(config: { CLOCK_START?: string | undefined }): Clock {
  return config.CLOCK_START ? clockStartingAt(new Date(config.CLOCK_START)) : systemClock;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

// Environment values are strings: coerce "3001" to 3001, but never accept "abc" as a number.
const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false });

/** Service config: base settings plus the service's own, with their defaults. */
export const serviceConfig = <P extends TProperties>(own: P) => Type.Composite([BaseConfig, Type.Object(own)]);

/** Reads and validates the settings named by `schema` from `env`; throws ConfigError naming each bad variable. */
export function loadConfig<T extends TObject>(schema: T, env: NodeJS.ProcessEnv = process.env): Static<T> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const validate = ajv.compile(schema);
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => {
      const variable = e.instancePath.replace(/^\//, '') || (e.params as { missingProperty?: string }).missingProperty || '(config)';
      const got = raw[variable];
      return { variable, message: `${e.message ?? 'is invalid'}${got !== undefined ? ` (got ${JSON.stringify(env[variable])})` : ''}` };
    });
    throw new ConfigError(problems);
  }
  return raw as Static<T>;
}

/** loadConfig for a service's main: a bad setting ends start-up with a message naming the variable. */
export function loadConfigOrExit<T extends TObject>(schema: T, service: string, env: NodeJS.ProcessEnv = process.env): Static<T> {
  try {
    return loadConfig(schema, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${service}: ${err.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
