import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectDefaultMetrics, Registry } from 'prom-client';

/*
 * The alert rules and the Grafana dashboard (deploy/monitoring, issue #17) use only metrics the
 * services export, with labels those metrics have: a renamed metric or label would silence an
 * alert without anyone noticing. The exported metrics are read from their registrations in the
 * code (`counter('name', help, [labels])`, `gauge`, `histogram`), which every process registers
 * whether or not it has counted anything yet.
 */
const root = join(__dirname, '..', '..', '..');
/** Labels the scrape adds (job/instance, the app's name as `service`) and histograms' `le`. */
const SCRAPE_LABELS = ['service', 'job', 'instance', 'le'];
const PROMQL_WORDS = new Set(['sum', 'max', 'min', 'avg', 'count', 'by', 'without', 'rate', 'irate', 'increase', 'deriv', 'delta', 'histogram_quantile', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'topk', 'bottomk', 'abs', 'clamp_min', 'clamp_max', 'humanizePercentage']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test' || name === 'generated') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Node's default metrics (resident memory, heap, event-loop lag, GC), which the service kit has
 * prom-client collect in every process (metricsRegistry), with their labels: read from prom-client.
 */
function defaultMetrics(): Map<string, string[]> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const defaults = new Map<string, string[]>();
  for (const metric of registry.getMetricsAsArray() as unknown as { name: string; labelNames?: string[]; constructor: { name: string } }[]) {
    const labels = metric.labelNames ?? [];
    if (metric.constructor.name === 'Histogram') for (const suffix of ['_bucket', '_sum', '_count']) defaults.set(`${metric.name}${suffix}`, [...labels, 'le']);
    else defaults.set(metric.name, labels);
  }
  return defaults;
}

/** Every metric the services register, as Prometheus exposes it, with its labels. */
function exportedMetrics(): Map<string, string[]> {
  const kitCollectsDefaults = /collectDefaultMetrics\(\{ register \}\)/.test(readFileSync(join(root, 'libs/service-kit/src/metrics.ts'), 'utf8'));
  const exported = new Map<string, string[]>(kitCollectsDefaults ? defaultMetrics() : []);
  const registration = /\b(counter|gauge|histogram)\(\s*'([a-zA-Z_:][a-zA-Z0-9_:]*)',\s*'[^']*'(?:,\s*\[([^\]]*)\])?/g;
  for (const file of [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))]) {
    for (const [, kind, name, labelList] of readFileSync(file, 'utf8').matchAll(registration)) {
      const labels = (labelList ?? '').split(',').map((l) => l.trim().replace(/'/g, '')).filter(Boolean);
      if (kind === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) exported.set(`${name}${suffix}`, [...labels, 'le']);
      else exported.set(name!, labels);
    }
  }
  return exported;
}

/** What a PromQL expression uses that the services do not export: unknown metrics, unknown labels. */
function unknownInExpression(expr: string, exported: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const metrics: string[] = [];
  for (const m of withoutStrings.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{([^}]*)\})?/g)) {
    const [, name, , matchers] = m;
    if (PROMQL_WORDS.has(name!) || /^\d/.test(name!)) continue;
    // Label names inside by (...) / without (...) are checked below; a metric name has an underscore.
    const before = withoutStrings.slice(0, m.index).trimEnd();
    if (/\b(by|without|on|ignoring)\s*\([^)]*$/.test(before) || !name!.includes('_')) continue;
    if (/^\s*\[?\d+[smhd]\]?$/.test(name!)) continue;
    metrics.push(name!);
    if (!exported.has(name!)) problems.push(`metric ${name} is not exported`);
    for (const matcher of (matchers ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const label = matcher.split(/[=!~]/)[0]!.trim();
      if (exported.has(name!) && ![...exported.get(name!)!, ...SCRAPE_LABELS].includes(label)) problems.push(`${name} has no label ${label}`);
    }
  }
  const known = new Set([...metrics.flatMap((n) => exported.get(n) ?? []), ...SCRAPE_LABELS]);
  for (const [, list] of withoutStrings.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)) {
    for (const label of list!.split(',').map((l) => l.trim()).filter(Boolean)) if (!known.has(label)) problems.push(`no metric of "${expr}" has the label ${label}`);
  }
  return problems;
}

describe('monitoring (deploy/monitoring)', () => {
  const exported = exportedMetrics();

  it('finds the metrics the services register, and tells an unknown metric or label', () => {
    expect(exported.get('kafka_consumer_lag')).toEqual(['group', 'topic', 'partition']);
    expect(exported.has('http_request_duration_seconds_bucket')).toBe(true);
    expect(unknownInExpression('sum by (group) (kafka_consumer_lag) > 1000', exported)).toEqual([]);
    expect(unknownInExpression('sum by (group) (kafka_consumer_lagg) > 1000', exported)).toEqual(['metric kafka_consumer_lagg is not exported', 'no metric of "sum by (group) (kafka_consumer_lagg) > 1000" has the label group']);
    expect(unknownInExpression('rate(kafka_events_consumed_total{result="x"}[5m])', exported)).toEqual(['kafka_events_consumed_total has no label result']);
    // Node's defaults, as prom-client names them.
    expect(exported.has('process_resident_memory_bytes')).toBe(true);
    expect(exported.get('nodejs_heap_space_size_used_bytes')).toEqual(['space']);
    expect(unknownInExpression('max by (service) (process_resident_memory_byte)', exported)).toEqual(['metric process_resident_memory_byte is not exported']);
  });

  it('has alert rules for consumer lag, dead letters, outbox age, 5xx rate and p99 latency, on exported metrics only', () => {
    const rules = (parse(readFileSync(join(root, 'deploy/monitoring/alerts.yml'), 'utf8')) as { groups: { name: string; rules: { alert: string; expr: string; for: string; labels: { severity: string }; annotations: { summary: string; description: string } }[] }[] }).groups.flatMap((g) => g.rules);
    for (const rule of rules) {
      expect(rule.alert, JSON.stringify(rule)).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(['warning', 'critical']).toContain(rule.labels.severity);
      expect(rule.for).toMatch(/^\d+[smh]$/);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
      expect(unknownInExpression(rule.expr, exported), rule.alert).toEqual([]);
    }
    const uses = (metric: string) => rules.some((r) => r.expr.includes(metric));
    expect({ lag: uses('kafka_consumer_lag'), deadLetters: uses('dead-lettered'), outboxAge: uses('outbox_oldest_event_age_seconds'), errors: uses('status=~"5..'), p99: uses('histogram_quantile(0.99') }).toEqual({ lag: true, deadLetters: true, outboxAge: true, errors: true, p99: true });
  });

  it('has a Grafana dashboard whose every panel queries exported metrics', () => {
    const dashboard = JSON.parse(readFileSync(join(root, 'deploy/monitoring/grafana-dashboard.json'), 'utf8')) as { uid: string; title: string; panels: { id: number; title: string; targets: { expr: string }[] }[] };
    expect(dashboard.uid).toBe('asn-operations');
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
    // Each process's memory, what the benchmark's memory target is about (BENCHMARKS.md).
    expect(dashboard.panels.some((p) => p.targets.some((t) => t.expr.includes('process_resident_memory_bytes')))).toBe(true);
    for (const panel of dashboard.panels) {
      expect(panel.targets.length, panel.title).toBeGreaterThan(0);
      for (const t of panel.targets) expect(unknownInExpression(t.expr, exported), `${panel.title}: ${t.expr}`).toEqual([]);
    }
  });
});
