import { createHash } from 'node:crypto';
import type { Collection } from 'mongodb';
import { AppError, currentContext, isDuplicateKey, type HttpApp } from '@asn/service-kit';

/**
 * Safe retries (spec 8.7): a POST with an `Idempotency-Key` is run once per key and token subject.
 * The same key with the same body within 24 h gets the first response again and changes nothing;
 * with another body, `422 IDEMPOTENCY_KEY_REUSED`; while the first is still running, `409
 * IDEMPOTENCY_KEY_IN_USE`. The record is one document per key in the gateway's store, so every
 * gateway instance sees it. A response of 5xx is not kept: the caller may try again.
 */

const HEADER = 'idempotency-key';
const KEY = /^[\x20-\x7E]{1,100}$/;
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still marked running after this long died with its gateway: the key is free again. */
const ABANDONED_MS = 60_000;

export interface IdempotencyRecord {
  _id: string;
  fingerprint: string;
  state: 'running' | 'done';
  startedAt: Date;
  expiresAt: Date;
  response?: { status: number; contentType: string; body: string };
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyId?: string;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function idempotentPosts(app: HttpApp, records: () => Collection<IdempotencyRecord>): void {
  // After authentication, validation and the rate limit: a refused request never reserves a key.
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || !req.routeOptions.config?.roles) return;
    const key = req.headers[HEADER];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY.test(key)) throw new AppError('IDEMPOTENCY_KEY_INVALID', 400, 'Idempotency-Key must be 1 to 100 printable characters');
    const id = sha256(`${req.principal!.sub}\0${key}`);
    const fingerprint = sha256(`${req.method} ${req.url}\0${JSON.stringify(req.body ?? null)}`);
    const now = new Date();
    const fresh: IdempotencyRecord = { _id: id, fingerprint, state: 'running', startedAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) };
    // The services derive what this write creates from the key and stamp it, so running it again
    // (this gateway or a service died before the answer was kept) answers what the first run made.
    const ctx = currentContext();
    if (ctx) ctx.requestKey = id;
    try {
      await records().insertOne(fresh);
      req.idempotencyId = id;
      return;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const first = await records().findOne({ _id: id });
    const free = !first || first.expiresAt <= now || (first.state === 'running' && now.getTime() - first.startedAt.getTime() > ABANDONED_MS);
    if (free) {
      // Take the key over only as it was read (another request may be taking it too).
      const taken = first ? await records().replaceOne({ _id: id, startedAt: first.startedAt }, fresh) : { matchedCount: 0 };
      if (taken.matchedCount === 1) {
        req.idempotencyId = id;
        return;
      }
      reply.header('retry-after', 1);
      throw new AppError('IDEMPOTENCY_KEY_IN_USE', 409, 'A request with this Idempotency-Key is still running; retry shortly');
    }
    if (first.fingerprint !== fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED', 422, 'This Idempotency-Key was used with another request; use a new key for a new request');
    if (first.state === 'running' || !first.response) {
      reply.header('retry-after', 1);
      throw new AppError('IDEMPOTENCY_KEY_IN_USE', 409, 'A request with this Idempotency-Key is still running; retry shortly');
    }
    reply.header('idempotent-replayed', 'true');
    return reply.status(first.response.status).type(first.response.contentType).send(first.response.body);
  });

  // The first response is kept before it leaves, so a retry that arrives after it sees it.
  app.addHook('onSend', async (req, reply, payload) => {
    const id = req.idempotencyId;
    if (!id) return payload;
    req.idempotencyId = undefined;
    // The answer goes out even when the store cannot keep it (it restarts): the key then stays
    // "running" until abandoned, and a retry after that runs the write again, which meets its own
    // first run in the services (requestKey) instead of doing it twice.
    try {
      if (reply.statusCode >= 500 || typeof payload !== 'string') await records().deleteOne({ _id: id, state: 'running' });
      else await records().updateOne({ _id: id }, { $set: { state: 'done', response: { status: reply.statusCode, contentType: String(reply.getHeader('content-type') ?? 'application/json'), body: payload } } });
    } catch (err) {
      req.log.warn({ err }, 'idempotency record not kept; a retry of this key runs again once it is abandoned');
    }
    return payload;
  });
}
