import type { Logger } from 'pino';
import { createHttpApp, createOpsApp, type HealthReport, type HttpApp } from './http';
import { createLogger } from './logger';
import { flushTracing, startTracing } from './tracing';
import { GrpcServer, type GrpcServerOptions } from './grpc';
import { MongoResource } from './mongo';
import type { ManagedResource } from './resource';
import { withTimeout } from './resource';

export interface RuntimeOptions {
  /** Service name: logger `service`, Mongo database name (prefixed by dbPrefix). */
  service: string;
  httpPort: number;
  /** Omit for a service without gRPC (the gateway). */
  grpcPort?: number;
  grpc?: GrpcServerOptions;
  host?: string;
  /**
   * An internal operations port (the gateway's): `/metrics` moves there from the public port.
   * Listens on `opsHost` (default 127.0.0.1).
   */
  opsPort?: number;
  opsHost?: string;
  mongoUrl?: string;
  /** Database name; defaults to the service name. */
  dbName?: string;
  logLevel?: string;
  shutdownTimeoutMs?: number;
  logger?: Logger;
  bodyLimit?: number;
  trustProxy?: number | string;
  /** Log every Mongo command with its duration (`TRACE=mongo`). */
  traceMongo?: boolean;
  /** Install SIGTERM/SIGINT handlers that stop and exit (off in tests that embed a runtime). */
  handleSignals?: boolean;
}

/**
 * The life of a service: logger, HTTP (health, metrics, routes), gRPC, Mongo and any other
 * resources (Kafka producer, consumers, outbox relay), started in order and stopped in reverse.
 * HTTP listens first so liveness answers while the resources connect (with retries); the
 * service is ready only when every resource is.
 */
export class ServiceRuntime {
  readonly logger: Logger;
  readonly http: HttpApp;
  /** The internal operations app, when `opsPort` is set. */
  readonly ops: HttpApp | undefined;
  readonly grpc: GrpcServer | undefined;
  readonly mongo: MongoResource | undefined;
  private readonly resources: ManagedResource[] = [];
  private started: ManagedResource[] = [];
  private stopping: Promise<void> | undefined;
  /** What a shutdown in progress is doing now (named when it times out). */
  private stoppingStep = 'not started';
  private startup: Promise<void> | undefined;
  private ready = false;

  constructor(private readonly opts: RuntimeOptions) {
    startTracing(opts.service);
    this.logger = opts.logger ?? createLogger(opts.service, opts.logLevel);
    this.http = createHttpApp({ logger: this.logger, readiness: () => this.readiness(), ...(opts.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}), ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}), metrics: opts.opsPort === undefined });
    this.ops = opts.opsPort !== undefined ? createOpsApp(this.logger) : undefined;
    if (opts.mongoUrl) {
      this.mongo = new MongoResource(opts.mongoUrl, opts.dbName ?? opts.service, this.logger, opts.traceMongo);
      this.resources.push(this.mongo);
    }
    if (opts.grpcPort !== undefined) this.grpc = new GrpcServer(this.logger, `${opts.host ?? '127.0.0.1'}:${opts.grpcPort}`, opts.grpc);
  }

  /** Adds a resource; resources start in the order added (after Mongo) and stop in reverse. */
  manage<R extends ManagedResource>(resource: R): R {
    this.resources.push(resource);
    return resource;
  }

  async readiness(): Promise<HealthReport> {
    const checks: Record<string, boolean> = {};
    await Promise.all(
      [...this.resources, ...(this.grpc ? [this.grpc] : [])].map(async (r) => {
        try {
          checks[r.name] = await withTimeout(Promise.resolve(r.isReady()), 2000, `${r.name} readiness`);
        } catch {
          checks[r.name] = false;
        }
      }),
    );
    const ok = this.ready && !this.stopping && Object.values(checks).every(Boolean);
    // A resource not yet started has not begun its warm-up either.
    const warming = this.resources.filter((r) => r.isWarm && (!this.started.includes(r) || !r.isWarm())).map((r) => r.name);
    return { status: ok ? 'ok' : 'unavailable', checks: { ...checks, started: this.ready, stopping: Boolean(this.stopping) }, warming };
  }

  /**
   * Listens, then connects the resources in the background with retries. Resolves when HTTP and
   * gRPC listen; `whenReady()` resolves when every resource has started.
   */
  async start(): Promise<{ httpPort: number; grpcPort?: number; opsPort?: number }> {
    if (this.opts.handleSignals !== false) this.installSignalHandlers();
    await this.http.listen({ port: this.opts.httpPort, host: this.opts.host ?? '127.0.0.1' });
    if (this.ops) await this.ops.listen({ port: this.opts.opsPort!, host: this.opts.opsHost ?? '127.0.0.1' });
    if (this.grpc) await this.grpc.start();
    this.startup = this.startResources();
    this.startup.catch(() => undefined);
    const address = this.http.server.address();
    const httpPort = typeof address === 'object' && address ? address.port : this.opts.httpPort;
    const opsAddress = this.ops?.server.address();
    return { httpPort, ...(this.grpc?.port !== undefined ? { grpcPort: this.grpc.port } : {}), ...(opsAddress && typeof opsAddress === 'object' ? { opsPort: opsAddress.port } : {}) };
  }

  whenReady(): Promise<void> {
    return this.startup ?? Promise.reject(new Error('runtime not started'));
  }

  private async startResources(): Promise<void> {
    for (const resource of this.resources) {
      for (let attempt = 1; ; attempt++) {
        if (this.stopping) throw new Error('stopped during start-up');
        try {
          await resource.start();
          this.started.push(resource);
          break;
        } catch (err) {
          const delay = Math.min(5000, 250 * 2 ** Math.min(attempt, 5));
          this.logger.warn({ err, resource: resource.name, attempt, retryInMs: delay }, 'resource failed to start; retrying');
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    }
    this.ready = true;
    this.logger.info('service ready');
  }

  /**
   * Graceful shutdown: readiness turns false, HTTP stops accepting and drains in-flight requests,
   * resources stop in reverse (consumers commit, relay flushes, producer flushes) while gRPC still
   * answers, then gRPC finishes in-flight calls, then Mongo closes. Bounded by shutdownTimeoutMs.
   */
  stop(): Promise<void> {
    this.stopping ??= withTimeout(this.doStop(), this.opts.shutdownTimeoutMs ?? 15_000, 'graceful shutdown').catch((err: unknown) => {
      // Which step was still running: the one to look at when a shutdown times out.
      throw new Error(`${(err as Error).message} (still stopping: ${this.stoppingStep})`, { cause: err });
    });
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    this.logger.info('shutting down');
    this.stoppingStep = 'http';
    await this.http.close();
    await this.ops?.close();
    this.logger.info('http closed');
    // Consumers, relays and timers stop while gRPC still answers (a restart's reads fail for as short
    // a time as possible: a consumer's last commit can take seconds); the store goes after gRPC.
    // Resources still starting never reached `started`, but may hold connections: stop them all.
    const stopResource = async (resource: ManagedResource) => {
      this.stoppingStep = resource.name;
      try {
        await resource.stop();
        this.logger.info({ resource: resource.name }, 'resource stopped');
      } catch (err) {
        this.logger.warn({ err, resource: resource.name }, 'resource failed to stop cleanly');
      }
    };
    for (const resource of [...this.resources].reverse()) if (resource !== this.mongo) await stopResource(resource);
    this.stoppingStep = 'grpc';
    if (this.grpc) await this.grpc.stop();
    if (this.mongo) await stopResource(this.mongo);
    this.stoppingStep = 'tracing';
    this.started = [];
    await flushTracing().catch((err: unknown) => this.logger.warn({ err }, 'spans not exported at shutdown'));
    this.logger.info('stopped');
  }

  private installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      this.logger.info({ signal }, 'signal received');
      if (this.stopping) return;
      this.stop().then(
        () => process.exit(0),
        (err) => {
          this.logger.error({ err }, 'shutdown did not finish in time');
          process.exit(1);
        },
      );
    };
    // on, not once: Ctrl-C in a terminal and a supervisor's SIGTERM may both arrive; stop() is idempotent.
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
}
