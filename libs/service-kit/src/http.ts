import Fastify, { type FastifyError, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import { createAjv, toIssues } from '@asn/contracts';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext } from './context';
import { contextOf, markFailed, SpanKind, startSpan, withTraceContext, type Span } from './tracing';
import { AppError, codeFromFastify, toProblem } from './errors';
import { histogram, metricsRegistry } from './metrics';

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export type HttpApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger, TypeBoxTypeProvider>;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, boolean>;
  /** Resources still doing their work ahead after the start (see `ManagedResource.isWarm`). */
  warming?: string[];
}

export interface HttpAppOptions {
  logger: Logger;
  /** Readiness of the service's resources (Mongo, Kafka, ...). */
  readiness: () => Promise<HealthReport>;
  bodyLimit?: number;
  /** Proxies whose X-Forwarded-For is believed (fastify's trustProxy): hop count or addresses/CIDRs. */
  trustProxy?: number | string;
  /** Serve `/metrics` here (default); false when an internal operations port serves it instead. */
  metrics?: boolean;
}

const requestDuration = () =>
  histogram('http_request_duration_seconds', 'HTTP request duration by route and status', ['method', 'route', 'status'], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]);

/**
 * The fastify app every service and the gateway start from: JSON-schema validation with the
 * platform's Ajv, correlation ids, problem+json errors, health and Prometheus endpoints.
 */
export function createHttpApp(opts: HttpAppOptions): HttpApp {
  const app = Fastify({
    loggerInstance: opts.logger,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // A hop count is supported at run time (proxy-addr) though fastify's types list only the other forms.
    trustProxy: (opts.trustProxy ?? false) as string | boolean,
    forceCloseConnections: 'idle',
    requestIdHeader: false,
    genReqId: (req) => acceptCorrelationId(req.headers[CORRELATION_HEADER]),
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', useDefaults: true, removeAdditional: false, strict: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // One validator configuration for the whole platform (custom formats: date, nip).
  const ajv = createAjv();
  const queryAjv = createAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) => {
    // Query strings and params are text: coerce "2" to 2 there, but never in JSON bodies.
    return (httpPart === 'querystring' || httpPart === 'params' ? queryAjv : ajv).compile(schema);
  });

  // Every later hook and the handler run inside this context, so logs, gRPC calls and events carry
  // the id; and inside the request's span (a child of the caller's `traceparent`), except for the
  // probes and scrapes, which would only bury the traces.
  const spans = new WeakMap<object, Span>();
  app.addHook('onRequest', (req, reply, done) => {
    reply.header(CORRELATION_HEADER, req.id);
    if (req.url.startsWith('/health/') || req.url === '/metrics') return runWithContext({ correlationId: req.id }, done);
    const headers = { traceparent: header(req.headers.traceparent), tracestate: header(req.headers.tracestate) };
    const { span, context } = startSpan(`${req.method} ${req.routeOptions.url ?? 'unmatched'}`, {
      kind: SpanKind.SERVER,
      parent: contextOf(headers),
      attributes: { 'http.request.method': req.method, 'url.path': req.url.split('?')[0], 'http.route': req.routeOptions.url ?? '', 'asn.correlation_id': req.id },
    });
    spans.set(req, span);
    withTraceContext(context, () => runWithContext({ correlationId: req.id }, done));
  });
  const endSpan = (req: object, status: number | undefined) => {
    const span = spans.get(req);
    if (!span) return;
    spans.delete(req);
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (status === undefined || status >= 500) markFailed(span);
    span.end();
  };
  app.addHook('onRequestAbort', (req, done) => {
    endSpan(req, undefined);
    done();
  });

  // While closing, answer in-flight requests with `Connection: close` so keep-alive sockets do not
  // hold the shutdown open after their last response.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_req, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  const duration = requestDuration();
  app.addHook('onResponse', (req, reply, done) => {
    endSpan(req, reply.statusCode);
    duration.observe({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    let problem;
    if (err instanceof AppError) {
      problem = toProblem(err.status, err.code, err.message, err.errors);
    } else if ((err as FastifyError).validation) {
      const fe = err as FastifyError;
      const issues = toIssues(fe.validation as never).map((i) => ({ ...i, path: `${fe.validationContext ?? 'body'}${i.path === '/' ? '' : i.path}` }));
      problem = toProblem(400, issues.find((i) => i.code)?.code ?? 'VALIDATION_FAILED', `Invalid ${fe.validationContext ?? 'request'}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
    } else {
      const status = (err as FastifyError).statusCode ?? 500;
      problem = status >= 500 ? toProblem(status, 'INTERNAL', 'Something went wrong; the error is logged with this correlation id.') : toProblem(status, codeFromFastify((err as FastifyError).code, status), err.message);
    }
    if (problem.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    void reply
      .status(problem.status)
      .type('application/problem+json')
      .send({ ...problem, instance: req.url, correlationId: req.id });
  });

  app.setNotFoundHandler((req, reply) => {
    void reply
      .status(404)
      .type('application/problem+json')
      .send({ ...toProblem(404, 'ROUTE_NOT_FOUND', `No route ${req.method} ${req.url}`), instance: req.url, correlationId: req.id });
  });

  // The runtime is reported so operators (and a test) can see every process runs the pinned Node.
  app.get('/health/live', { logLevel: 'warn' }, async () => ({ status: 'ok', node: process.version }));
  app.get('/health/ready', { logLevel: 'warn' }, async (_req, reply) => {
    const report = await opts.readiness();
    return reply.status(report.status === 'ok' ? 200 : 503).send(report);
  });
  if (opts.metrics !== false) serveMetrics(app);

  return app;
}

function serveMetrics(app: HttpApp): void {
  const registry = metricsRegistry();
  app.get('/metrics', { logLevel: 'warn' }, async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()));
}

/**
 * The internal operations port of a public-facing app (the gateway): Prometheus `/metrics` and
 * whatever the app adds (upstream health), kept off the public port.
 */
export function createOpsApp(logger: Logger): HttpApp {
  const app: HttpApp = Fastify({ loggerInstance: logger, forceCloseConnections: 'idle' }).withTypeProvider<TypeBoxTypeProvider>();
  serveMetrics(app);
  return app;
}
