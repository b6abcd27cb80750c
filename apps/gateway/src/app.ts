import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Static } from '@sinclair/typebox';
import { FastifySSEPlugin } from 'fastify-sse-v2';
import { ProblemDetails, TOPICS } from '@asn/contracts';
import { createKafka, EventProducer, OutboxRelay, prefixed, kafkaConnectionOf } from '@asn/messaging';
import type { Collection } from 'mongodb';
import { AppError, ServiceRuntime, traces } from '@asn/service-kit';
import { AUDIT_COLLECTION, AuditLog, type AuditEntry } from './events/audit-log';
import { idempotentPosts, type IdempotencyRecord } from './http/idempotency';
import { auditRoutes } from './http/routes/audit';
import type { GatewayConfig } from './config';
import { MetricStream } from './events/metric-stream';
import { createUpstreams } from './grpc/upstreams';
import { createVerifier } from './http/auth';
import { consoleRoutes } from './http/console';
import type { GatewayContext } from './http/context';
import { evaluationRoutes } from './http/routes/evaluation';
import { innovationRoutes } from './http/routes/innovation';
import { learningRoutes } from './http/routes/learning';
import { externalLearningRoutes } from './http/routes/external-learning';
import { metricsRoutes } from './http/routes/metrics';
import { partnershipsRoutes } from './http/routes/partnerships';
import { personnelRoutes } from './http/routes/personnel';

/**
 * The public REST API (spec 6): JWT authentication and role/OPD scoping, JSON-schema validation,
 * OpenAPI, rate limits, CORS, security headers; every route served by gRPC calls to the services.
 */
/** The docs UI's policy: its own inline scripts and styles, nothing from elsewhere but images. */
/** An API route: one with roles, or a public one (no token) that is still rate-limited and documented like them. */
const isApiRoute = (config: { roles?: readonly unknown[]; publicApi?: boolean } | undefined): boolean => Boolean(config?.roles || config?.publicApi);

const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function createGateway(config: Static<typeof GatewayConfig>) {
  const runtime = new ServiceRuntime({ service: 'gateway', httpPort: config.PORT, host: config.HOST, mongoUrl: config.MONGO_URL, dbName: config.MONGO_DB, opsPort: config.OPS_PORT, opsHost: config.OPS_HOST, logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS, traceMongo: traces(config, 'mongo'), bodyLimit: config.BODY_LIMIT_BYTES, ...(config.TRUST_PROXY ? { trustProxy: /^[0-9]+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY } : {}) });
  const app = runtime.http;
  const up = createUpstreams(config);
  const kafkaConnection = kafkaConnectionOf(config);
  const kafka = createKafka({ brokers: kafkaConnection, clientId: 'gateway', logger: runtime.logger });
  const collection = <T extends object>(name: string) => () => runtime.mongo!.connection.collection(name) as unknown as Collection<T>;
  // The audit log: entries in the gateway's store, their events relayed to asn.audit.events.
  const producer = runtime.manage(new EventProducer({ kafka, brokers: kafkaConnection, logger: runtime.logger, topics: [prefixed(config.KAFKA_TOPIC_PREFIX, TOPICS.gateway)], partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR }));
  const auditEntries = collection<AuditEntry>(AUDIT_COLLECTION);
  const relay = runtime.manage(new OutboxRelay({ producer, logger: runtime.logger, collections: () => [auditEntries() as unknown as Collection], topicPrefix: config.KAFKA_TOPIC_PREFIX, trace: traces(config, 'outbox') }));
  const audit = new AuditLog(auditEntries, (entry) => relay.handOver(AUDIT_COLLECTION, [{ _id: entry._id, _outbox: entry._outbox ?? [] }]), runtime.logger);
  const idempotencyKeys = collection<IdempotencyRecord>('idempotency_keys');
  runtime.manage({
    name: 'gateway-indexes',
    start: async () => {
      await audit.createIndexes();
      await idempotencyKeys().createIndex({ expiresAt: 1 });
    },
    stop: async () => undefined,
    isReady: () => true,
  });
  const stream = runtime.manage(new MetricStream(kafka, prefixed(config.KAFKA_TOPIC_PREFIX, TOPICS.analytics), runtime.logger));
  const ctx: GatewayContext = { up, config, stream };
  const verify = createVerifier({ ...(config.JWT_SECRET ? { jwtSecret: config.JWT_SECRET } : {}), ...(config.JWKS_URL ? { jwksUrl: config.JWKS_URL } : {}), ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}), ...(config.JWT_AUDIENCE ? { audience: config.JWT_AUDIENCE } : {}), maxAgeSeconds: config.JWT_MAX_AGE_SECONDS });

  // helmet's strict Content-Security-Policy everywhere; only the docs UI (inline scripts and styles,
  // images as data: URLs) gets a relaxed one, set after helmet's (onSend runs last). helmet itself,
  // built once: the @fastify/helmet plugin built it anew for every request (3 % of the gateway's CPU).
  const securityHeaders = helmet();
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  app.addHook('onSend', async (req, reply) => {
    if (req.url === '/docs' || req.url.startsWith('/docs/')) reply.header('content-security-policy', DOCS_CSP);
  });
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  await app.register(cors, { origin: origins.length ? origins : false, exposedHeaders: ['x-correlation-id', 'retry-after'] });
  await app.register(FastifySSEPlugin);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Salatiga ASN Competency Platform API', version: '1.0.0', description: 'Public REST API of the platform (spec 6). Errors are application/problem+json with a stable `code`.' },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  // Rate limits are decided after routing, from the route's own config (a test of the raw URL was
  // skipped by an encoded path): the API routes share one budget per token (a route may set its
  // own), routes without roles (health, docs) have none. The per-IP limit runs before
  // authentication, so floods of bad tokens or invalid requests are limited too, and it also
  // covers paths that no route matches.
  const limited = (context: { ttl: number }) => Object.assign(new AppError('RATE_LIMITED', 429, `Too many requests; retry after ${Math.ceil(context.ttl / 1000)} s`), { statusCode: 429 });
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.config)) route.config = { ...route.config, rateLimit: false };
  });
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    keyGenerator: (req) => `sub:${req.principal?.sub ?? req.ip}`,
    errorResponseBuilder: (_req, context) => limited(context),
  });
  const perIp = app.createRateLimit({ max: config.RATE_LIMIT_IP_MAX, timeWindow: config.RATE_LIMIT_WINDOW_MS, keyGenerator: (req) => `ip:${req.ip}` });
  app.addHook('onRequest', async (req, reply) => {
    if (!isApiRoute(req.routeOptions.config) && req.routeOptions.url !== undefined) return; // health, docs
    const result = await perIp(req);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', result.ttlInSeconds);
    throw limited(result);
  });
  // Authentication and role check before anything else of a /v1 route (so no validation leaks to strangers).
  app.addHook('onRequest', async (req) => {
    const roles = req.routeOptions.config?.roles;
    if (!roles) return;
    req.principal = await verify(req.headers.authorization);
    if (!roles.includes(req.principal.role)) throw new AppError('FORBIDDEN', 403, `The ${req.principal.role} role may not ${req.method} ${req.routeOptions.url}`);
  });

  // Every API route declares every answer it can give (issue #14): its success and each error
  // status with the problem+json schema, which also serializes the error bodies.
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemDetails } } });
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.config)) return;
    const method = String(route.method);
    const write = method !== 'GET';
    const success = route.config?.successStatus ?? (method === 'POST' ? 201 : 200);
    const declared = (route.schema?.response ?? {}) as Record<string, unknown>;
    route.schema = {
      ...route.schema,
      response: {
        [success]: declared[success] ?? { description: method === 'POST' && success === 201 ? 'Created' : 'OK' },
        400: problem('Invalid request (VALIDATION_FAILED, NIP_INVALID, ...)'),
        401: problem('No valid bearer token'),
        403: problem('The token may not do this'),
        404: problem('Not found (or not visible to this token)'),
        409: problem('Conflicts with the current state (e.g. SESSION_FULL, ALREADY_ENROLLED, PLAN_YEAR_TOO_FAR)'),
        ...(write ? { 413: problem('Body too large'), 415: problem('Not JSON') } : {}),
        ...(method === 'POST' ? { 422: problem('Idempotency-Key reused with another request') } : {}),
        429: problem('Rate limited; see Retry-After'),
        500: problem('Unexpected error, logged with the correlation id'),
        502: problem('An upstream service failed'),
        503: problem('An upstream service is unavailable; try again'),
      },
    };
  });
  idempotentPosts(app, idempotencyKeys);
  audit.install(app);

  personnelRoutes(app, ctx);
  learningRoutes(app, ctx);
  await externalLearningRoutes(app, ctx);
  partnershipsRoutes(app, ctx);
  innovationRoutes(app, ctx);
  evaluationRoutes(app, ctx);
  metricsRoutes(app, ctx);
  auditRoutes(app, audit);
  await consoleRoutes(app, config);

  // Upstream health is reported on the internal port, not required for the gateway's own readiness.
  runtime.ops!.get('/health/upstreams', { logLevel: 'warn' }, async () => ({
    upstreams: Object.fromEntries(Object.entries(up).map(([name, client]) => [name, client.connectivity()])),
    metricStream: stream.joined ? 'joined' : 'connecting',
  }));

  return { runtime, app, ctx };
}
