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

/** Buckets for how long after its `time` an event got somewhere (published, received, handled). */
export const EVENT_DELAY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** Seconds from an ISO time to now, never negative (clocks of other hosts may run ahead). */
export function secondsSince(iso: string, now = Date.now()): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.max(0, (now - t) / 1000);
}
