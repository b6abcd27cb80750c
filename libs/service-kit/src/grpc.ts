import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { GRPC_SERVICES, PROTO_DIR, protoPath, type RpcClient, type RpcHandlers, type ServiceName } from '@asn/contracts';
import { acceptCorrelationId, CORRELATION_HEADER, currentContext, REQUEST_KEY, REQUEST_KEY_HEADER, runWithContext } from './context';
import { AppError } from './errors';
import { counter, gauge, histogram } from './metrics';
import type { ManagedResource } from './resource';
import { SERVICE_TOKEN_METADATA, type ServiceTokenSigner, type ServiceTokenVerifier } from './service-auth';
import { contextOf, inSpan, markFailed, SpanKind, startSpan, traceCarrier, withTraceContext } from './tracing';

const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false, // page_size → pageSize, as the rest of the TypeScript code names things
  longs: Number,
  enums: String,
  defaults: true,
  arrays: true,
  objects: false,
  oneofs: false, // no virtual '_field' members for proto3 optional fields in responses
  includeDirs: [PROTO_DIR],
};

const packageCache = new Map<string, grpc.GrpcObject>();

/** Loads a service of the contracts lib by name (its `.proto` and full name from GRPC_SERVICES). */
export function loadService(service: ServiceName): grpc.ServiceClientConstructor {
  const { proto: protoFile, fullName } = GRPC_SERVICES[service];
  let pkg = packageCache.get(protoFile);
  if (!pkg) {
    pkg = grpc.loadPackageDefinition(protoLoader.loadSync(protoPath(protoFile), LOADER_OPTIONS));
    packageCache.set(protoFile, pkg);
  }
  const ctor = fullName.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], pkg);
  if (typeof ctor !== 'function') throw new Error(`service ${fullName} not found in ${protoFile}`);
  return ctor as grpc.ServiceClientConstructor;
}

// HTTP status of an AppError ↔ gRPC status code; the exact code and status also travel in metadata.
const HTTP_TO_GRPC: Record<number, grpc.status> = {
  400: grpc.status.INVALID_ARGUMENT,
  401: grpc.status.UNAUTHENTICATED,
  403: grpc.status.PERMISSION_DENIED,
  404: grpc.status.NOT_FOUND,
  409: grpc.status.ALREADY_EXISTS,
  412: grpc.status.FAILED_PRECONDITION,
  422: grpc.status.FAILED_PRECONDITION,
  429: grpc.status.RESOURCE_EXHAUSTED,
  503: grpc.status.UNAVAILABLE,
  504: grpc.status.DEADLINE_EXCEEDED,
};
const GRPC_TO_HTTP: Partial<Record<grpc.status, number>> = {
  [grpc.status.INVALID_ARGUMENT]: 400,
  [grpc.status.UNAUTHENTICATED]: 401,
  [grpc.status.PERMISSION_DENIED]: 403,
  [grpc.status.NOT_FOUND]: 404,
  [grpc.status.ALREADY_EXISTS]: 409,
  [grpc.status.ABORTED]: 409,
  [grpc.status.FAILED_PRECONDITION]: 409,
  [grpc.status.RESOURCE_EXHAUSTED]: 429,
  [grpc.status.UNAVAILABLE]: 503,
  [grpc.status.DEADLINE_EXCEEDED]: 503,
};

export const grpcStatusFor = (httpStatus: number): grpc.status => HTTP_TO_GRPC[httpStatus] ?? grpc.status.INTERNAL;
export const httpStatusFor = (code: grpc.status): number => GRPC_TO_HTTP[code] ?? 500;

export function toServiceError(err: unknown): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  if (err instanceof AppError) {
    metadata.set('error-code', err.code);
    metadata.set('http-status', String(err.status));
    // ASCII only in metadata values: grpc-js refuses anything else (a NIP problem names digits 1–8).
    if (err.errors) metadata.set('error-details', JSON.stringify(err.errors).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    return { code: grpcStatusFor(err.status), details: err.message, metadata };
  }
  metadata.set('error-code', 'INTERNAL');
  return { code: grpc.status.INTERNAL, details: 'internal error', metadata };
}

/** Turns a failed call back into the AppError the service threw (or UPSTREAM_UNAVAILABLE). */
export function fromServiceError(err: grpc.ServiceError, upstream: string): AppError {
  const code = err.metadata?.get('error-code')[0];
  // The service refused this caller's own credentials: a deployment fault, never the end user's.
  if (code === 'SERVICE_UNAUTHENTICATED' || code === 'SERVICE_FORBIDDEN') {
    return Object.assign(new AppError('UPSTREAM_ERROR', 502, `The ${upstream} service refused this caller (the cause is logged with this correlation id)`), { upstream: { code, details: err.details } });
  }
  if (typeof code === 'string' && code !== 'INTERNAL') {
    const status = Number(err.metadata.get('http-status')[0]) || httpStatusFor(err.code);
    const details = err.metadata.get('error-details')[0];
    return new AppError(code, status, err.details, typeof details === 'string' ? JSON.parse(details) : undefined);
  }
  // The caller sees which service and that it is logged; the transport's details (addresses,
  // socket errors) stay in the log, under the request's correlation id.
  const cause = { grpcStatus: grpc.status[err.code], details: err.details };
  if (err.code === grpc.status.UNAVAILABLE || err.code === grpc.status.DEADLINE_EXCEEDED || err.code === grpc.status.CANCELLED) {
    return Object.assign(new AppError('UPSTREAM_UNAVAILABLE', 503, `The ${upstream} service is unavailable; try again shortly (the cause is logged with this correlation id)`), { upstream: cause });
  }
  return Object.assign(new AppError('UPSTREAM_ERROR', 502, `The ${upstream} service failed (the cause is logged with this correlation id)`), { upstream: cause });
}

/** A service's handlers, typed by the code generated from its `.proto`: one per rpc, none missing. */
export type ServiceHandlers<S extends ServiceName> = RpcHandlers<S, grpc.ServerUnaryCall<unknown, unknown>>;

export interface GrpcServerOptions {
  /** Calls handled at once; more wait in a queue. */
  maxConcurrentCalls?: number;
  /** Calls that may wait; beyond, a call is refused at once with UNAVAILABLE. */
  maxQueuedCalls?: number;
  /**
   * Who may call: every call must carry a service token of an allowed caller, and only such a
   * caller's `x-actor` is believed. Absent (some library tests): no check, and no actor either.
   */
  auth?: ServiceTokenVerifier;
}

/** The error a call gets when it is not run: too many waiting, or its caller gave up while it waited. */
class ShedError extends AppError {
  constructor(detail: string) {
    super('UPSTREAM_UNAVAILABLE', 503, detail);
  }
}

/**
 * gRPC server whose handlers are async functions; correlation ids, logs, metrics and error mapping
 * are done here. It admits a bounded number of calls at once: the rest wait in a bounded queue,
 * and a call whose deadline passed (or whose caller cancelled) while it waited is never run. An
 * overloaded service thus sheds work its callers no longer want instead of queueing it in the
 * store, and recovers as soon as the burst ends.
 */
export class GrpcServer implements ManagedResource {
  readonly name = 'grpc';
  private readonly server = new grpc.Server({ 'grpc.max_receive_message_length': 8 * 1024 * 1024 });
  private boundPort: number | undefined;
  private readonly calls = counter('grpc_server_handled_total', 'gRPC calls handled by method and code', ['method', 'code']);
  private readonly duration = histogram('grpc_server_handling_seconds', 'gRPC handling time by method', ['method']);
  private readonly shed = counter('grpc_server_shed_total', 'gRPC calls not run: queue full or deadline passed while waiting', ['method', 'reason']);
  private readonly queued = gauge('grpc_server_queued_calls', 'gRPC calls waiting for a slot');
  private readonly limit: LimitFunction;
  private readonly maxQueued: number;
  private readonly auth: ServiceTokenVerifier | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly address: string,
    opts: GrpcServerOptions = {},
  ) {
    this.limit = pLimit(opts.maxConcurrentCalls ?? 32);
    this.maxQueued = opts.maxQueuedCalls ?? 512;
    this.auth = opts.auth;
  }

  private waiting = 0;

  /** Calls waiting for a slot that their callers still want (for tests and the queue gauge). */
  get waitingCalls(): number {
    return this.waiting;
  }

  /** Runs the handler when a slot frees, unless the call is no longer wanted by then. */
  private admit(method: string, call: grpc.ServerUnaryCall<unknown, unknown>, run: () => Promise<unknown>): Promise<unknown> {
    if (this.limit.pendingCount >= this.maxQueued) {
      this.shed.inc({ method, reason: 'queue_full' });
      return Promise.reject(new ShedError(`too many calls waiting (${this.maxQueued}); try again shortly`));
    }
    let waiting = true;
    const stopWaiting = () => {
      if (!waiting) return;
      waiting = false;
      this.waiting--;
      this.queued.set(this.waiting);
    };
    this.waiting++;
    this.queued.set(this.waiting);
    // The caller gave up (deadline or cancel): the call no longer counts as waiting.
    call.once('cancelled', stopWaiting);
    return this.limit(() => {
      stopWaiting();
      const deadline = call.getDeadline();
      const deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
      if (call.cancelled || deadlineMs <= Date.now()) {
        this.shed.inc({ method, reason: 'deadline' });
        return Promise.reject(new ShedError('the call waited past its deadline'));
      }
      return run();
    });
  }

  addService<S extends ServiceName>(name: S, handlers: ServiceHandlers<S>): this {
    const { fullName } = GRPC_SERVICES[name];
    const service = loadService(name).service;
    const impl: grpc.UntypedServiceImplementation = {};
    // The handlers' type names every rpc; a handler missing at run time (a test's partial service) answers UNIMPLEMENTED.
    const byName = handlers as unknown as Record<string, ((request: unknown, call: grpc.ServerUnaryCall<unknown, unknown>) => unknown) | undefined>;
    for (const method of Object.keys(service)) {
      const handler = byName[method];
      if (!handler) {
        impl[method] = (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback({ code: grpc.status.UNIMPLEMENTED, details: `${fullName}.${method} is not implemented` });
        continue;
      }
      impl[method] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        const correlationId = acceptCorrelationId(call.metadata.get(CORRELATION_HEADER)[0]);
        const started = process.hrtime.bigint();
        // The call's span, a child of the caller's (W3C traceparent in the metadata).
        const text = (key: string) => {
          const [value] = call.metadata.get(key);
          return typeof value === 'string' ? value : undefined;
        };
        const traced = startSpan(`${fullName}/${method}`, {
          kind: SpanKind.SERVER,
          parent: contextOf({ traceparent: text('traceparent'), tracestate: text('tracestate') }),
          attributes: { 'rpc.system': 'grpc', 'rpc.service': fullName, 'rpc.method': method, 'asn.correlation_id': correlationId },
        });
        withTraceContext(traced.context, () => runWithContext({ correlationId }, () => {
          // The caller first: the end user it names (x-actor) is believed only from an allowed service.
          const caller = this.auth ? this.auth.verify(call.metadata.get(SERVICE_TOKEN_METADATA)[0]) : Promise.resolve(undefined);
          caller.then((name) => {
            const actor = name !== undefined ? call.metadata.get('x-actor')[0] : undefined;
            const requestKey = name !== undefined ? call.metadata.get(REQUEST_KEY_HEADER)[0] : undefined;
            return runWithContext(
              { correlationId, ...(typeof actor === 'string' && actor ? { actor } : {}), ...(typeof requestKey === 'string' && REQUEST_KEY.test(requestKey) ? { requestKey } : {}) },
              () => this.admit(method, call, async () => handler(call.request, call)),
            );
          }).then(
            (response) => {
              this.observe(method, 'OK', started);
              traced.span.end();
              callback(null, response);
            },
            (err: unknown) => {
              const mapped = toServiceError(err);
              const status = mapped.code ?? grpc.status.INTERNAL;
              const code = grpc.status[status] ?? 'INTERNAL';
              this.observe(method, code, started);
              traced.span.setAttribute('rpc.grpc.status_code', status);
              // A refusal (the caller's mistake, 4xx) is an answer, not a failure of the call.
              if (!(err instanceof AppError && err.status < 500)) markFailed(traced.span, code);
              traced.span.end();
              if (err instanceof ShedError) this.logger.debug({ method, reason: err.message }, 'grpc call shed'); // counted in grpc_server_shed_total
              else if (err instanceof AppError && (err.status === 401 || err.status === 403) && err.code.startsWith('SERVICE_')) this.logger.warn({ method, code: err.code, peer: call.getPeer() }, 'grpc caller refused');
              else if (err instanceof AppError && err.status < 500) this.logger.info({ method, code: err.code }, 'grpc call refused');
              else this.logger.error({ err, method }, 'grpc call failed');
              callback(mapped);
            },
          );
        }));
      };
    }
    this.server.addService(service, impl);
    return this;
  }

  private observe(method: string, code: string, started: bigint): void {
    this.calls.inc({ method, code });
    this.duration.observe({ method }, Number(process.hrtime.bigint() - started) / 1e9);
  }

  get port(): number | undefined {
    return this.boundPort;
  }

  async start(): Promise<void> {
    this.boundPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(this.address, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
    this.logger.info({ address: this.address, port: this.boundPort }, 'grpc listening');
  }

  isReady(): boolean {
    return this.boundPort !== undefined;
  }

  /** Lets in-flight calls finish, then forces the rest after graceMs. */
  async stop(graceMs = 5000): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export interface GrpcClientOptions {
  /**
   * Per-call deadline unless the call sets its own. A call the contract marks free of side effects
   * (`idempotency_level = NO_SIDE_EFFECTS` or `IDEMPOTENT` in its `.proto`) is also retried within
   * it while the upstream is unreachable (a restart, a rolling update): the deadline is its budget.
   */
  deadlineMs?: number;
  /** Signs this caller's service token, sent with every call (services refuse calls without one). */
  credentials?: ServiceTokenSigner;
}

/** A channel target: `host:port`, or several IPv4 `ip:port` separated by commas (instances of one service). */
const grpcTarget = (address: string): string => (address.includes(',') ? `ipv4:${address}` : address);

// One channel per address and service, reused by every caller (channels multiplex calls).
const clientCache = new Map<string, grpc.Client>();

type UnaryMethod = (request: unknown, metadata: grpc.Metadata, options: grpc.CallOptions, callback: (err: grpc.ServiceError | null, res: unknown) => void) => void;

/** Methods a caller may run again: their `.proto` says they change nothing, or nothing more when repeated. */
const RETRYABLE_LEVELS = new Set(['NO_SIDE_EFFECTS', 'IDEMPOTENT']);
const retryableMethod = (definition: grpc.MethodDefinition<unknown, unknown> & { options?: { idempotency_level?: string } }) =>
  RETRYABLE_LEVELS.has(definition.options?.idempotency_level ?? '');

/**
 * The upstream could not be reached (refused, reset, going away while it restarts): no handler ran.
 * An UNAVAILABLE the service itself answered (it shed the call: `error-code` set) is not retried,
 * since retrying an overloaded service only adds to its load.
 */
const unreachable = (err: grpc.ServiceError) => err.code === grpc.status.UNAVAILABLE && err.metadata?.get('error-code').length === 0;

const retries = counter('grpc_client_retries_total', 'Calls free of side effects sent again because their upstream was unreachable', ['service', 'method']);

/**
 * A promise-based client for one service, typed by the code generated from its `.proto`:
 * `client.rpc.GetEmployee({ nip })`. Every call carries the current correlation id and a deadline;
 * failures come back as AppError.
 */
export class GrpcClient<S extends ServiceName> {
  private readonly client: grpc.Client;
  private readonly fullName: string;
  /** One function per rpc of the service. */
  readonly rpc: RpcClient<S>;

  constructor(
    service: S,
    address: string,
    private readonly options: GrpcClientOptions = {},
  ) {
    this.fullName = GRPC_SERVICES[service].fullName;
    const key = `${this.fullName}@${address}`;
    const Ctor = loadService(service);
    let client = clientCache.get(key);
    if (!client) {
      client = new Ctor(grpcTarget(address), grpc.credentials.createInsecure(), {
        // Every address of the upstream takes calls in turn: several listed (`10.0.0.5:50052,10.0.0.6:50052`),
        // or all that a DNS name resolves to (a Kubernetes headless service).
        'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
        'grpc.keepalive_time_ms': 30_000,
        // Fail fast while the upstream is down rather than queueing calls until their deadline.
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 1000,
        // As the servers accept (8 MB): a certificate file of up to 5 MB comes back in one answer.
        'grpc.max_receive_message_length': 8 * 1024 * 1024,
      });
      clientCache.set(key, client);
    }
    this.client = client;
    const methods = client as unknown as Record<string, UnaryMethod>;
    this.rpc = Object.fromEntries(
      Object.entries(Ctor.service).map(([method, definition]) => {
        const retryable = retryableMethod(definition);
        return [method, (request: object, opts?: { deadlineMs?: number }) => this.invoke(method, methods[method]!, request, retryable, opts)];
      }),
    ) as unknown as RpcClient<S>;
  }

  private invoke(method: string, fn: UnaryMethod, request: object, retryable: boolean, opts: { deadlineMs?: number } = {}): Promise<unknown> {
    return inSpan(`${this.fullName}/${method}`, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'grpc', 'rpc.service': this.fullName, 'rpc.method': method } }, () => this.call(method, fn, request, retryable, opts));
  }

  private async call(method: string, fn: UnaryMethod, request: object, retryable: boolean, opts: { deadlineMs?: number }): Promise<unknown> {
    const metadata = new grpc.Metadata();
    // The W3C trace context of this call's span: the service's span continues the trace.
    for (const [key, value] of Object.entries(traceCarrier())) if (value) metadata.set(key, value);
    const ctx = currentContext();
    if (ctx) {
      metadata.set(CORRELATION_HEADER, ctx.correlationId);
      if (ctx.actor) metadata.set('x-actor', ctx.actor);
      if (ctx.requestKey) metadata.set(REQUEST_KEY_HEADER, ctx.requestKey);
    }
    if (this.options.credentials) metadata.set(SERVICE_TOKEN_METADATA, `Bearer ${await this.options.credentials.token()}`);
    const deadline = new Date(Date.now() + (opts.deadlineMs ?? this.options.deadlineMs ?? 5000));
    const attempt = (waitForReady: boolean) =>
      new Promise<unknown>((resolve, reject) => fn.call(this.client, request, metadata, { deadline, waitForReady }, (err, res) => (err ? reject(err) : resolve(res))));
    for (let retry = 0; ; retry++) {
      try {
        return await attempt(retry > 0);
      } catch (err) {
        const failed = err as grpc.ServiceError;
        if (!retryable || !unreachable(failed) || Date.now() >= deadline.getTime()) throw fromServiceError(failed, this.fullName);
        // Sent again once the channel reconnects (the instance back, or another one), until the deadline.
        retries.inc({ service: this.fullName, method });
        // A pause that grows, in case the channel is ready but the instance behind it is going away.
        await new Promise((r) => setTimeout(r, Math.min(500, 50 * 2 ** retry)));
      }
    }
  }

  /** The channel's connectivity (IDLE, CONNECTING, READY, TRANSIENT_FAILURE, SHUTDOWN), for health reports. */
  connectivity(): string {
    return grpc.connectivityState[this.client.getChannel().getConnectivityState(true)] ?? 'UNKNOWN';
  }

  close(): void {
    this.client.close();
    for (const [k, v] of clientCache) if (v === this.client) clientCache.delete(k);
  }
}

/**
 * proto3 has no "absent" for scalars and sub-messages: an empty string, null or undefined field
 * was not given. Drops those so the domain's schema sees what the caller actually sent.
 */
export const givenFields = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== null && v !== undefined)) as Partial<T>;

/** The PageRequest of a list call (0 = not given). */
export const pageOf = (p?: { page?: number; pageSize?: number } | null) => givenFields({ page: p?.page || undefined, pageSize: p?.pageSize || undefined });

/** A message's `optional` fields from a domain value whose "none" is null: proto3 says absent by leaving them out. */
export type NullsAbsent<T> = { [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | undefined : T[K] };
export const nullsAbsent = <T extends object>(value: T): NullsAbsent<T> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as NullsAbsent<T>;
