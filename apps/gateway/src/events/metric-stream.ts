import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { CloudEvent } from '@asn/contracts';
import { CONSUMER_MAX_WAIT_MS, parseEvent } from '@asn/messaging';
import { gauge, type ManagedResource } from '@asn/service-kit';

export interface MetricMessage {
  id: string;
  event: string;
  data: string;
}

type Subscriber = (m: MetricMessage) => void;

/**
 * One Kafka consumer of `asn.analytics.metrics` for the whole gateway, fanned out to every SSE
 * client. Each gateway instance has its own group (every instance serves its own clients) and
 * starts at the end of the topic: a stream is live, not a replay. Connecting happens in the
 * background with retries, so the gateway is ready without Kafka; `joined` reports the stream.
 */
export class MetricStream implements ManagedResource {
  readonly name = 'metric-stream';
  private consumer: Consumer | undefined;
  private readonly subscribers = new Set<Subscriber>();
  private stopped = false;
  joined = false;
  private readonly clients = gauge('gateway_sse_clients', 'Connected Server-Sent Events clients');

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    void this.connect();
  }

  private async connect(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        // As the services' consumers: the gateway's stop waits for the fetch in flight.
        const consumer = this.kafka.consumer({ groupId: `gateway-sse-${randomUUID()}`, allowAutoTopicCreation: false, maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS });
        consumer.on(consumer.events.GROUP_JOIN, () => {
          this.joined = true;
        });
        consumer.on(consumer.events.CRASH, () => {
          this.joined = false;
        });
        this.consumer = consumer;
        await consumer.connect();
        await consumer.subscribe({ topic: this.topic, fromBeginning: false });
        await consumer.run({
          eachMessage: async ({ message }) => {
            // Only events that keep the contracts reach a client: the id (a UUID) and the type
            // (asn.<...>.v<n>) become SSE fields, where a CR or LF would start a forged event.
            let event: CloudEvent;
            try {
              event = parseEvent(message.value);
            } catch (err) {
              this.logger.warn({ offset: message.offset, reason: err instanceof Error ? err.message : String(err) }, 'metric message does not keep the contracts; not streamed');
              return;
            }
            this.broadcast({ id: event.id, event: event.type, data: JSON.stringify(event) });
          },
        });
        return;
      } catch (err) {
        this.logger.warn({ err, attempt }, 'metric stream could not connect; retrying');
        await this.consumer?.disconnect().catch(() => undefined);
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))));
      }
    }
  }

  private broadcast(m: MetricMessage): void {
    for (const s of this.subscribers) s(m);
  }

  /** Open streams per token subject. */
  private readonly perSubject = new Map<string, number>();
  private admitted = 0;

  /**
   * A place for one more client of `subject`, or undefined when the subject already has `perSubject`
   * streams open or the gateway has `total`. The returned function gives the place back.
   */
  admit(subject: string, limits: { perSubject: number; total: number }): (() => void) | undefined {
    const mine = this.perSubject.get(subject) ?? 0;
    if (mine >= limits.perSubject || this.admitted >= limits.total) return undefined;
    this.perSubject.set(subject, mine + 1);
    this.admitted++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.admitted--;
      const left = (this.perSubject.get(subject) ?? 1) - 1;
      if (left > 0) this.perSubject.set(subject, left);
      else this.perSubject.delete(subject);
    };
  }

  subscribe(fn: Subscriber): () => void {
    this.subscribers.add(fn);
    this.clients.set(this.subscribers.size);
    return () => {
      this.subscribers.delete(fn);
      this.clients.set(this.subscribers.size);
    };
  }

  /** Always ready: the stream is reported, not required, for the gateway to serve. */
  isReady(): boolean {
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer?.disconnect().catch(() => undefined);
  }
}

export interface ClientStreamOptions {
  heartbeatMs: number;
  /** Events waiting for a client that reads too slowly; beyond, it is disconnected. */
  maxQueued: number;
  /** When the client's token expires (ms since epoch): the stream ends then. */
  expiresAt?: number;
}

/** The last event of a stream the gateway ends, saying why (the client may reconnect with a new token). */
export type ClosingReason = 'too-slow' | 'token-expired';
const closing = (reason: ClosingReason, message: string) => ({ event: 'closing', data: JSON.stringify({ reason, message }) });

/**
 * An async iterable of one client's events: metric messages as they come, and a heartbeat every
 * `heartbeatMs` so proxies keep the connection open and dead clients are noticed. It ends with a
 * `closing` event when the client falls `maxQueued` events behind or its token expires.
 */
export async function* clientStream(stream: MetricStream, opts: ClientStreamOptions, signal: AbortSignal): AsyncGenerator<{ id?: string; event: string; data: string; retry?: number }> {
  const queue: MetricMessage[] = [];
  let overflowed = false;
  let expired = false;
  let wake: (() => void) | undefined;
  const unsubscribe = stream.subscribe((m) => {
    if (queue.length >= opts.maxQueued) overflowed = true;
    else queue.push(m);
    wake?.();
  });
  const heartbeat = setInterval(() => wake?.(), opts.heartbeatMs);
  const expiry = opts.expiresAt === undefined ? undefined : setTimeout(() => ((expired = true), wake?.()), Math.max(0, opts.expiresAt - Date.now()));
  signal.addEventListener('abort', () => wake?.());
  try {
    yield { event: 'ready', data: JSON.stringify({ heartbeatMs: opts.heartbeatMs }), retry: 3000 };
    while (!signal.aborted) {
      if (expired) return yield closing('token-expired', 'The token has expired; reconnect with a new one');
      if (overflowed) return yield closing('too-slow', `More than ${opts.maxQueued} events were waiting for this client; reconnect to resume live`);
      if (queue.length === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (queue.length === 0 && !signal.aborted && !expired && !overflowed) {
          yield { event: 'heartbeat', data: new Date().toISOString() };
          continue;
        }
      }
      while (queue.length && !expired && !overflowed) yield queue.shift()!;
    }
  } finally {
    clearInterval(heartbeat);
    clearTimeout(expiry);
    unsubscribe();
  }
}
