import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What follows a unit of work (HTTP request, gRPC call, consumed event) through async calls. */
export interface RequestContext {
  correlationId: string;
  /** Authenticated subject, where known (e.g. the gateway passes it to services). */
  actor?: string;
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
