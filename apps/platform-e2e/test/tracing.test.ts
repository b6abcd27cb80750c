import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@asn/contracts';
import { eventually, freePort, readTopic, signDevToken, startPlatform, testNamespace, type RunningPlatform } from '@asn/testing';

/*
 * Issue #17, item 6: the platform booted with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP
 * receiver in this test. One completion written through the gateway must give one trace from the
 * gateway's HTTP request, through gRPC to learning, its store and outbox, Kafka, to analytics
 * consuming it and publishing `analytics.employee-metrics.updated`.
 */
const ns = testNamespace('trace');
const SECRET = 'trace-secret-0123456789-abcdefghijklmn';
const NIP = '199108222016042003';
const CLOCK_START = '2027-01-01T01:00:00Z';
const today = businessDate(new Date(CLOCK_START));

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}
const spans: ReceivedSpan[] = [];
let receiver: Server;
let platform: RunningPlatform;
let admin: string;

const valueOf = (v: { stringValue?: string; intValue?: string | number; boolValue?: boolean }) => v.stringValue ?? v.intValue ?? v.boolValue;

beforeAll(async () => {
  // OTLP/HTTP with JSON bodies (the exporter's encoding): POST /v1/traces.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'));
      for (const rs of body.resourceSpans ?? []) {
        const service = String(valueOf(rs.resource.attributes.find((a: { key: string }) => a.key === 'service.name').value));
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) {
            spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes: Object.fromEntries((s.attributes ?? []).map((a: { key: string; value: object }) => [a.key, valueOf(a.value)])) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
  platform = await startPlatform(ns, { env: { JWT_SECRET: SECRET, ANALYTICS_CHECKPOINT_MS: '300', CLOCK_START, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` } });
  admin = await signDevToken(SECRET, { role: 'admin', sub: 'bkpsdm-admin' });
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function write(path: string, body: unknown): Promise<{ id: string }> {
  return eventually(async () => {
    const res = await fetch(`${platform.gatewayUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as { id: string };
    expect(res.status, `${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
    return json;
  }, 30_000, 300);
}

describe('tracing (OpenTelemetry, OTLP)', () => {
  it('follows a completion in one trace from the gateway through learning and Kafka to the analytics metric event', async () => {
    await write('/v1/employees', { nip: NIP, name: 'Dewi Lestari', opd: 'DLH', position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/b', education: 'S1' });
    const program = await write('/v1/programs', { code: 'TEK-TRACE', title: 'Penelusuran Jejak', category: 'technical', mode: 'classical', jp: 12, competencies: [{ code: 'K-AMDAL', type: 'technical' }] });
    const session = await write(`/v1/programs/${program.id}/sessions`, { startsOn: today, endsOn: today, capacity: 5 });
    const enrollment = await write(`/v1/sessions/${session.id}/enrollments`, { nip: NIP });
    // A caller's own trace context is continued (W3C traceparent on the request).
    const callerTrace = 'aa11bb22cc33dd44ee55ff6600112233';
    const res = await fetch(`${platform.gatewayUrl}/v1/enrollments/${enrollment.id}/completion`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', traceparent: `00-${callerTrace}-0123456789abcdef-01` },
      body: JSON.stringify({ attendedJp: 12, preTestScore: 60, postTestScore: 80, passed: true, completedOn: today }),
    });
    expect(res.status).toBe(201);

    const inTrace = () => spans.filter((s) => s.traceId === callerTrace);
    const request = await eventually(() => {
      const found = inTrace().find((s) => s.service === 'gateway' && s.kind === 2 && s.name === 'POST /v1/enrollments/:id/completion');
      expect(found).toBeDefined();
      return found!;
    }, 30_000, 200);
    expect(request.parentSpanId).toBe('0123456789abcdef');

    // Every hop, in the same trace. Each process exports its spans in batches on its own schedule, so
    // analytics' last span may arrive before learning's: the barrier is every span checked below.
    const find = (service: string, name: string | RegExp) => {
      const found = inTrace().find((s) => s.service === service && (typeof name === 'string' ? s.name === name : name.test(s.name)));
      expect(found, `${service}: ${name}`).toBeDefined();
      return found!;
    };
    // The whole chain is asked again until it is complete (a span in between may come in a later batch).
    const computed = await eventually(() => {
      const byId = new Map(inTrace().map((s) => [s.spanId, s]));
      const grpcClient = find('gateway', 'asn.learning.v1.Learning/CompleteEnrollment');
      const grpcServer = find('learning', 'asn.learning.v1.Learning/CompleteEnrollment');
      const store = find('learning', /^mongodb (insert|update|findAndModify)/);
      const published = find('learning', 'publish asn.learning.training.completed.v1');
      const consumed = find('analytics', 'process asn.learning.training.completed.v1');
      const computed = find('analytics', 'compute analytics.employee-metrics.updated');
      const metricPublished = find('analytics', 'publish asn.analytics.employee-metrics.updated.v1');
      // Parent links: the gRPC hop, the store under the service's call, the event's hops.
      expect(grpcClient.parentSpanId).toBe(request.spanId);
      expect(grpcServer.parentSpanId).toBe(grpcClient.spanId);
      const ancestors = (s: ReceivedSpan): string[] => (s.parentSpanId && byId.has(s.parentSpanId) ? [s.parentSpanId, ...ancestors(byId.get(s.parentSpanId)!)] : s.parentSpanId ? [s.parentSpanId] : []);
      expect(ancestors(store)).toContain(grpcServer.spanId);
      expect(ancestors(published)).toContain(grpcServer.spanId);
      expect(ancestors(consumed)).toContain(grpcServer.spanId);
      expect(consumed.attributes['messaging.consumer.group.name']).toMatch(/analytics$/);
      expect(computed.parentSpanId).toBe(consumed.spanId);
      expect(metricPublished.parentSpanId).toBe(computed.spanId);
      return computed;
    }, 60_000, 250);

    // The metric event itself carries the trace (CloudEvents distributed-tracing extension).
    const metricEvents = (await readTopic(`${ns.topicPrefix}asn.analytics.metrics`, { count: 1, timeoutMs: 30_000 })).map((m) => JSON.parse(m.value ?? '{}') as { type: string; subject: string; traceparent?: string });
    const ours = metricEvents.filter((e) => e.type === 'asn.analytics.employee-metrics.updated.v1' && e.subject === NIP && e.traceparent?.includes(callerTrace));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.at(-1)!.traceparent).toBe(`00-${callerTrace}-${computed.spanId}-01`);
  }, 180_000);

  it('writes trace_id and span_id into the log lines of a traced request', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const log = await readFile(join(import.meta.dirname, '..', '..', '..', 'tmp', 'platform-logs', ns.id, 'gateway.log'), 'utf8');
    const lines = log.split('\n').filter((l) => l.includes('aa11bb22cc33dd44ee55ff6600112233'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ trace_id: 'aa11bb22cc33dd44ee55ff6600112233', span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });
});
