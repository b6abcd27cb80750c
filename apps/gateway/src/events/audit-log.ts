import type { Collection, Filter } from 'mongodb';
import type { Logger } from 'pino';
import type { Static } from '@sinclair/typebox';
import { EVENT_DEFINITIONS } from '@asn/contracts';
import { createEvent, withEvents, type OutboxFields } from '@asn/messaging';
import { GroupedCalls, isDuplicateKey, type HttpApp } from '@asn/service-kit';

type WriteRecorded = Static<(typeof EVENT_DEFINITIONS)['audit.write.recorded']['schema']>;

export interface AuditEntry extends OutboxFields, WriteRecorded {
  _id: string;
  atDate: Date;
}

export const AUDIT_COLLECTION = 'audit_entries';
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Entries per insert: FerretDB never answers a command of more statements than its pool has connections. */
const INSERTS_PER_COMMAND = 50;

/** What was written: the id the answer names, else the id or NIP the request named. */
function targetOf(payload: unknown, params: unknown, body: unknown): string | undefined {
  const fromAnswer = (() => {
    if (typeof payload !== 'string' || !payload.startsWith('{')) return undefined;
    try {
      const parsed = JSON.parse(payload) as Record<string, unknown>;
      return parsed.id ?? parsed.nip;
    } catch {
      return undefined;
    }
  })();
  const p = (params ?? {}) as Record<string, unknown>;
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const target = fromAnswer ?? p.id ?? p.nip ?? b.nip;
  return typeof target === 'string' && target.length > 0 ? target.slice(0, 200) : undefined;
}

/**
 * The audit log (spec 8.8): every accepted write through the gateway, appended to the gateway's
 * store with its `audit.write.recorded` event in the same document (the outbox relay publishes it
 * on `asn.audit.events`), readable by admins at `GET /v1/audit`. Entries are never updated except
 * by the relay clearing its outbox fields.
 */
export class AuditLog {
  /** Inserts, group-committed (see `store`); each answers its entry's failure, or undefined once stored. */
  private readonly inserts = new GroupedCalls<AuditEntry, unknown>((batch) => this.insertAll(batch), INSERTS_PER_COMMAND);

  constructor(
    private readonly entries: () => Collection<AuditEntry>,
    /** Told each entry once stored (as inserted, with its event): the relay publishes it without reading it back. */
    private readonly handOver: (entry: AuditEntry) => void,
    private readonly logger: Logger,
  ) {}

  /** Records accepted writes as their answers leave (a replayed answer is not a new write). */
  install(app: HttpApp): void {
    app.addHook('onSend', async (req, reply, payload) => {
      if (!WRITES.has(req.method) || !req.principal || reply.statusCode < 200 || reply.statusCode > 299 || reply.getHeader('idempotent-replayed')) return payload;
      const p = req.principal;
      const target = targetOf(payload, req.params, req.body);
      const data: WriteRecorded = {
        actor: { sub: p.sub, role: p.role, ...(p.opd ? { opd: p.opd } : {}), ...(p.nip ? { nip: p.nip } : {}) },
        method: req.method as WriteRecorded['method'],
        route: req.routeOptions.url ?? req.url.split('?')[0]!.slice(0, 200),
        ...(target ? { target } : {}),
        status: reply.statusCode,
        at: new Date().toISOString(),
        correlationId: req.id,
      };
      const event = createEvent('audit.write.recorded', target ?? data.route, data, { correlationId: req.id });
      try {
        const entry = withEvents({ _id: event.id, ...data, atDate: new Date(data.at) }, [event]);
        await this.store(entry);
        this.handOver(entry);
      } catch (err) {
        // The write itself is done upstream; its audit entry is missing, which operators must know.
        this.logger.error({ err, audit: data }, 'audit entry not stored');
      }
      return payload;
    });
  }

  /**
   * Stores an entry before its write's answer leaves (none is lost to a crash), group-committed:
   * entries arriving while an insert is in flight go in together with the next one. Under load that
   * is one command for many entries (an insert each was a fifth of the store's work per enrolment).
   */
  private async store(entry: AuditEntry): Promise<void> {
    const failure = await this.inserts.call(entry);
    if (failure !== undefined) throw failure;
  }

  /** Inserts entries in one command; if it fails, each again on its own to learn which (one the bulk stored is a duplicate key: stored). */
  private async insertAll(batch: AuditEntry[]): Promise<unknown[]> {
    try {
      if (batch.length === 1) await this.entries().insertOne(batch[0]!);
      else await this.entries().insertMany(batch, { ordered: false });
      return batch.map(() => undefined);
    } catch (err) {
      if (batch.length === 1) return [err];
      const failures: unknown[] = [];
      for (const entry of batch)
        failures.push(
          await this.entries()
            .insertOne(entry)
            .then(
              () => undefined,
              (e: unknown) => (isDuplicateKey(e) ? undefined : e),
            ),
        );
      return failures;
    }
  }

  async list(query: { actor?: string; target?: string; from?: string; to?: string; page: number; pageSize: number }) {
    const filter: Filter<AuditEntry> = {};
    if (query.actor) filter['actor.sub'] = query.actor;
    if (query.target) filter.target = query.target;
    if (query.from || query.to) filter.atDate = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lte: new Date(query.to) } : {}) };
    const [docs, total] = await Promise.all([
      this.entries().find(filter).sort({ atDate: -1, _id: -1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).toArray(),
      this.entries().countDocuments(filter),
    ]);
    const items = docs.map(({ _id, actor, method, route, target, status, at, correlationId }) => ({ id: _id, at, actor, method, route, ...(target ? { target } : {}), status, correlationId }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** The indexes the audit queries use (by actor, by target, by time). */
  async createIndexes(): Promise<void> {
    // One at a time: FerretDB 1.24 drops the connection when createIndexes names several indexes
    // that all exist already (a gateway's second start).
    const keys: Record<string, 1 | -1>[] = [{ 'actor.sub': 1, atDate: -1 }, { target: 1, atDate: -1 }, { atDate: -1, _id: -1 }];
    for (const key of keys) await this.entries().createIndex(key);
  }
}
