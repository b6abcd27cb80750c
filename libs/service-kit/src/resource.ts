/**
 * Something a service connects at start and releases at shutdown (Mongo, Kafka producer,
 * consumers, outbox relay). The runtime starts resources in order, stops them in reverse,
 * and is ready only when every resource is.
 */
export interface ManagedResource {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Cheap and bounded in time; called by GET /health/ready. */
  isReady(): Promise<boolean> | boolean;
  /**
   * False while work the resource does ahead after its start (a cache it loads) is still running.
   * Reported by GET /health/ready as `warming`, never gating readiness: requests are served
   * meanwhile, only slower (a benchmark waits for it, a load balancer need not).
   */
  isWarm?(): boolean;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
