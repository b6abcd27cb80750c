// Load measurement helpers: autocannon (as a library) for HTTP, a bounded in-flight loop for gRPC,
// and the two references every read is compared with: a bare fastify app serving the same payload,
// and a bare gRPC unary round trip.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import * as grpc from '@grpc/grpc-js';
import { GrpcClient, loadService } from '@asn/service-kit';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Responses with a status other than 2xx. */
  non2xx: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Rate and latency percentiles of the answered requests of one measurement. */
export const summarize = (latencies: number[], seconds: number, errors: number, non2xx: number): LoadResult => {
  const sorted = latencies.sort((a, b) => a - b);
  return { requests: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors, non2xx };
};

/**
 * Closed-loop HTTP load: `connections` clients each send the next request when the previous one
 * answers, for `seconds` after a warm-up. Paths rotate through `paths`.
 */
export async function httpLoad(base: string, paths: string[], opts: { connections: number; seconds: number; warmupSeconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const run = (seconds: number, record: boolean) =>
    new Promise<LoadResult>((resolve, reject) => {
      const latencies: number[] = [];
      let next = 0;
      let non2xx = 0;
      const instance = autocannon(
        {
          url: base,
          connections: opts.connections,
          duration: seconds,
          headers: opts.headers ?? {},
          requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
        },
        (err, result) => {
          if (err) return reject(err);
          resolve(summarize(latencies, result.duration || seconds, result.errors + result.timeouts, non2xx));
        },
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (!record) return;
        latencies.push(responseTime);
        if (statusCode < 200 || statusCode >= 300) non2xx++;
      });
    });
  if (opts.warmupSeconds > 0) await run(opts.warmupSeconds, false);
  return run(opts.seconds, true);
}

/** A bare fastify app answering every GET with this exact payload: the best any route could do. */
export async function bareFastify(payload: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/*', (_req, reply) => reply.type('application/json; charset=utf-8').send(payload));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}

/** Closed-loop gRPC load: `inFlight` calls at a time for `seconds`. */
export async function grpcLoad(call: () => Promise<unknown>, opts: { inFlight: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    let errors = 0;
    const until = Date.now() + seconds * 1000;
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: opts.inFlight }, async () => {
        while (Date.now() < until) {
          const start = performance.now();
          try {
            await call();
            latencies.push(performance.now() - start);
          } catch {
            errors++;
          }
        }
      }),
    );
    return summarize(latencies, (Date.now() - t0) / 1000, errors, 0);
  };
  if (opts.warmupSeconds > 0) await run(opts.warmupSeconds);
  return run(opts.seconds);
}

/** A bare gRPC server of the personnel contract answering GetEmployee from memory. */
export async function bareGrpcRoundTrip(employee: object, opts: { inFlight: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  const server = new grpc.Server();
  // The contract's definition with grpc-js's own untyped handler: the bare round trip, none of the kit's work.
  const getEmployee: grpc.handleUnaryCall<unknown, object> = (_call, callback) => callback(null, employee);
  server.addService(loadService('personnel').service, { GetEmployee: getEmployee });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  const client = new GrpcClient('personnel', `127.0.0.1:${port}`);
  try {
    return await grpcLoad(() => client.rpc.GetEmployee({ nip: '000000000000000000' }), opts);
  } finally {
    client.close();
    server.forceShutdown();
  }
}
