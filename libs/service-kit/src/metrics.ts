import { Counter, Gauge, Histogram, collectDefaultMetrics, register, type Registry } from 'prom-client';

let defaultsCollected = false;

/** The process-wide Prometheus registry, with Node's default metrics (heap, event loop lag, GC). */
export function metricsRegistry(): Registry {
  if (!defaultsCollected) {
    collectDefaultMetrics({ register });
    defaultsCollected = true;
  }
  return register;
}

// Metrics are process singletons; tests start several apps in one process, so reuse by name.
export function counter(name: string, help: string, labelNames: string[] = []): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames });
}
export function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  return (register.getSingleMetric(name) as Gauge | undefined) ?? new Gauge({ name, help, labelNames });
}
export function histogram(name: string, help: string, labelNames: string[] = [], buckets?: number[]): Histogram {
  return (register.getSingleMetric(name) as Histogram | undefined) ?? new Histogram({ name, help, labelNames, ...(buckets ? { buckets } : {}) });
}
