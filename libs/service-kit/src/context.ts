import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';

/** What follows a unit of work (HTTP request, gRPC call, consumed event) through async calls. */
export interface RequestContext {
  correlationId: string;
  /** Authenticated subject, where known (e.g. the gateway passes it to services). */
  actor?: string;
  /**
   * The write's idempotency key as the gateway stores it (spec 8.7), where the client gave one:
   * what the write creates gets ids derived from it, so the same write run again (after the
   * gateway or a service died between the store's commit and the answer) meets what the first
   * run created instead of creating it twice.
   */
  requestKey?: string;
  /** How many ids `newAggregateId` derived in this unit of work. */
  idsIssued?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithContext = <T>(ctx: RequestContext, fn: () => T): T => storage.run(ctx, fn);
export const currentContext = (): RequestContext | undefined => storage.getStore();
export const currentCorrelationId = (): string | undefined => storage.getStore()?.correlationId;

const SAFE_ID = /^[A-Za-z0-9._:\-]{1,128}$/;
/** A caller's correlation id when it is a sane token, else a new one (ids end up in logs and headers). */
export const acceptCorrelationId = (incoming: unknown): string =>
  typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();

export const CORRELATION_HEADER = 'x-correlation-id';

export const REQUEST_KEY_HEADER = 'x-request-key';
/** A request key as the gateway makes it (a SHA-256 in hex). */
export const REQUEST_KEY = /^[0-9a-f]{64}$/;

/**
 * The id of an aggregate a command creates: random, or, within a write that carries a request
 * key, derived from the key and how many ids the write created before (a UUID of version 4's
 * shape), so running the write again yields the same ids in the same order.
 */
export function newAggregateId(): string {
  const ctx = storage.getStore();
  if (!ctx?.requestKey) return randomUUID();
  const n = ctx.idsIssued ?? 0;
  ctx.idsIssued = n + 1;
  const h = createHash('sha256').update(`${ctx.requestKey}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The request key of the write being served, if it carries one. */
export const currentRequestKey = (): string | undefined => storage.getStore()?.requestKey;

/**
 * Whether a stored document was last written by the write being served, in an earlier run of it
 * (the repository stamps what a keyed write creates or changes with `_requestKey`): the domain
 * answers it instead of a conflict.
 */
export const writtenByThisRequest = (doc: object | null | undefined): boolean => {
  const key = currentRequestKey();
  return key !== undefined && (doc as { _requestKey?: unknown } | null | undefined)?._requestKey === key;
};
