import type { Collection, Document, Filter, FindOptions, WithId } from 'mongodb';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { ManagedResource } from './resource';
import { withTimeout } from './resource';
import { markFailed, SpanKind, startSpan, tracingExported, type Span } from './tracing';

export interface MongoResourceOptions {
  /**
   * How long the driver's server monitor may stay silent (no heartbeat succeeded or failed) before
   * the connection is opened anew; default one minute (a check takes at most the driver's connect
   * timeout, 30 s, and runs every 10 s).
   */
  monitorSilenceMs?: number;
}

/**
 * One database per service (spec 7) on one connection. Readiness pings the server, so a
 * dropped server reads as not ready even before the driver notices.
 *
 * A watchdog opens the connection anew when the driver's server monitor falls silent: once in the
 * chaos suite (issue #13) the gateway's client never checked the server again after FerretDB's
 * restart, its server `Unknown` and every command refused for 8 minutes while the services'
 * clients came back. While the server is down the monitor keeps reporting failed heartbeats, so
 * the watchdog stays out of the way of an ordinary outage.
 */
export class MongoResource implements ManagedResource {
  readonly name = 'mongo';
  readonly connection: Connection;
  private closing = false;
  private lastHeartbeat = Date.now();
  private watchdog: NodeJS.Timeout | undefined;
  private reopening: Promise<void> | undefined;
  private readonly monitorSilenceMs: number;
  /** Times the watchdog opened the connection anew (for tests and logs). */
  reopened = 0;

  constructor(
    private readonly url: string,
    readonly dbName: string,
    private readonly logger: Logger,
    /** Log every command with its duration (`TRACE=mongo`). */
    private readonly trace = false,
    options: MongoResourceOptions = {},
  ) {
    this.monitorSilenceMs = options.monitorSilenceMs ?? 60_000;
    // autoIndex off: indexes are built explicitly in start() so a unique index exists before the first write.
    this.connection = mongoose.createConnection();
    this.connection.on('disconnected', () => !this.closing && this.logger.warn({ db: dbName }, 'mongo disconnected'));
    this.connection.on('reconnected', () => this.logger.info({ db: dbName }, 'mongo reconnected'));
  }

  async start(): Promise<void> {
    // openUri again after a failed attempt: the runtime retries start() until the server answers.
    if (this.connection.readyState !== 1) await this.open();
    await Promise.all(Object.values(this.connection.models).map((m) => m.createIndexes()));
    this.logger.info({ db: this.dbName }, 'mongo connected');
    this.watchdog ??= setInterval(() => this.checkMonitor(), Math.max(100, this.monitorSilenceMs / 4)).unref();
  }

  /** Opens the connection, with the client's listeners (again after the watchdog closed it). */
  private async open(): Promise<void> {
    // Command events feed the TRACE=mongo log and, when traces are exported, a span per command
    // (a child of the request or event being handled: the driver emits in its async context).
    const spans = tracingExported();
    await this.connection.openUri(this.url, { dbName: this.dbName, serverSelectionTimeoutMS: 5000, autoIndex: false, autoCreate: true, monitorCommands: this.trace || spans });
    const client = this.connection.getClient();
    this.lastHeartbeat = Date.now();
    const beat = () => (this.lastHeartbeat = Date.now());
    client.on('serverHeartbeatSucceeded', beat);
    client.on('serverHeartbeatFailed', beat);
    if (spans) {
      const open = new Map<number, Span>();
      client.on('commandStarted', (e) => {
        const collection = typeof e.command[e.commandName] === 'string' ? (e.command[e.commandName] as string) : undefined;
        const { span } = startSpan(`mongodb ${e.commandName}${collection ? ` ${collection}` : ''}`, { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'mongodb', 'db.namespace': e.databaseName, 'db.operation.name': e.commandName, ...(collection ? { 'db.collection.name': collection } : {}) } });
        open.set(e.requestId, span);
      });
      const end = (requestId: number, failed: boolean) => {
        const span = open.get(requestId);
        open.delete(requestId);
        if (!span) return;
        if (failed) markFailed(span);
        span.end();
      };
      client.on('commandSucceeded', (e) => end(e.requestId, false));
      client.on('commandFailed', (e) => end(e.requestId, true));
    }
    if (this.trace) {
      const log = this.logger.child({ trace: 'mongo' });
      client.on('commandStarted', (e) => log.info({ requestId: e.requestId, command: e.commandName, body: JSON.stringify(e.command).slice(0, 120) }, 'mongo command started'));
      client.on('commandSucceeded', (e) => log.info({ requestId: e.requestId, command: e.commandName, ms: e.duration }, 'mongo command succeeded'));
      client.on('commandFailed', (e) => log.warn({ requestId: e.requestId, command: e.commandName, ms: e.duration, err: e.failure }, 'mongo command failed'));
    }
  }

  /** Opens the connection anew when the server monitor has been silent too long (see above). */
  private checkMonitor(): void {
    const silentMs = Date.now() - this.lastHeartbeat;
    if (this.closing || this.reopening || silentMs <= this.monitorSilenceMs) return;
    this.logger.error({ db: this.dbName, silentMs }, 'mongo server monitor silent: opening the connection anew');
    this.reopening = (async () => {
      await this.connection.close(true);
      await this.open();
      this.reopened++;
      this.logger.info({ db: this.dbName }, 'mongo connection opened anew');
    })()
      .catch((err) => this.logger.warn({ db: this.dbName, err }, 'mongo connection could not be opened anew; trying again'))
      .finally(() => {
        this.reopening = undefined;
        this.lastHeartbeat = Date.now(); // the next attempt after another silence, not at once
      });
  }

  async isReady(): Promise<boolean> {
    if (this.connection.readyState !== 1 || !this.connection.db) return false;
    try {
      await withTimeout(this.connection.db.command({ ping: 1 }), 1500, 'mongo ping');
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    this.closing = true;
    clearInterval(this.watchdog);
    await this.reopening;
    await this.connection.close();
  }
}

/**
 * Documents by `_id`, in one command however many are asked for: `findOne` for one, `_id: {$in}`
 * for more (the local FerretDB reads both by primary key). In the order the store returns them;
 * ids not found are left out.
 */
export async function findByIds<T extends Document>(collection: Collection<T>, ids: readonly unknown[], options: FindOptions = {}): Promise<WithId<T>[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1) {
    const doc = await collection.findOne({ _id: ids[0] } as Filter<T>, options);
    return doc ? [doc] : [];
  }
  return collection.find({ _id: { $in: ids } } as Filter<T>, options).toArray();
}

/** One page of a list (spec 6.5: `{ items, total, page, pageSize }`), counted and read in parallel. */
export async function findPage<T>(
  model: import('mongoose').Model<T>,
  filter: Record<string, unknown>,
  opts: { page: number; pageSize: number; sort: Record<string, 1 | -1> },
): Promise<{ docs: T[]; total: number; page: number; pageSize: number }> {
  const [total, docs] = await Promise.all([
    model.countDocuments(filter as never),
    model
      .find(filter as never)
      .sort(opts.sort)
      .skip((opts.page - 1) * opts.pageSize)
      .limit(opts.pageSize)
      .lean<T[]>(),
  ]);
  return { docs, total, page: opts.page, pageSize: opts.pageSize };
}

/** One page (spec 6.5) of a list already in memory, in its order. */
export function slicePage<T>(all: readonly T[], page: number, pageSize: number, length = all.length): { docs: T[]; total: number; page: number; pageSize: number } {
  // `length`: page through the first `length` items only, without copying them first.
  return { docs: all.slice(Math.min((page - 1) * pageSize, length), Math.min(page * pageSize, length)), total: length, page, pageSize };
}
