import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { ManagedResource } from './resource';
import { withTimeout } from './resource';
import { markFailed, SpanKind, startSpan, tracingExported, type Span } from './tracing';

/**
 * One database per service (spec 7) on one connection. Readiness pings the server, so a
 * dropped server reads as not ready even before the driver notices.
 */
export class MongoResource implements ManagedResource {
  readonly name = 'mongo';
  readonly connection: Connection;
  private closing = false;

  constructor(
    private readonly url: string,
    readonly dbName: string,
    private readonly logger: Logger,
    /** Log every command with its duration (`TRACE=mongo`). */
    private readonly trace = false,
  ) {
    // autoIndex off: indexes are built explicitly in start() so a unique index exists before the first write.
    this.connection = mongoose.createConnection();
    this.connection.on('disconnected', () => !this.closing && this.logger.warn({ db: dbName }, 'mongo disconnected'));
    this.connection.on('reconnected', () => this.logger.info({ db: dbName }, 'mongo reconnected'));
  }

  async start(): Promise<void> {
    // openUri again after a failed attempt: the runtime retries start() until the server answers.
    if (this.connection.readyState !== 1) {
      // Command events feed the TRACE=mongo log and, when traces are exported, a span per command
      // (a child of the request or event being handled: the driver emits in its async context).
      const spans = tracingExported();
      await this.connection.openUri(this.url, { dbName: this.dbName, serverSelectionTimeoutMS: 5000, autoIndex: false, autoCreate: true, monitorCommands: this.trace || spans });
      if (spans) {
        const client = this.connection.getClient();
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
        const client = this.connection.getClient();
        const log = this.logger.child({ trace: 'mongo' });
        client.on('commandStarted', (e) => log.info({ requestId: e.requestId, command: e.commandName, body: JSON.stringify(e.command).slice(0, 120) }, 'mongo command started'));
        client.on('commandSucceeded', (e) => log.info({ requestId: e.requestId, command: e.commandName, ms: e.duration }, 'mongo command succeeded'));
        client.on('commandFailed', (e) => log.warn({ requestId: e.requestId, command: e.commandName, ms: e.duration, err: e.failure }, 'mongo command failed'));
      }
    }
    await Promise.all(Object.values(this.connection.models).map((m) => m.createIndexes()));
    this.logger.info({ db: this.dbName }, 'mongo connected');
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
    await this.connection.close();
  }
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
export function slicePage<T>(all: T[], page: number, pageSize: number): { docs: T[]; total: number; page: number; pageSize: number } {
  return { docs: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
}
