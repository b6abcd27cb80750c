import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

export { SpanKind, type Context, type Span };

/** The W3C trace context of a request or an event: gRPC metadata, Kafka headers, the CloudEvents distributed-tracing extension. */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

let provider: TracerProvider | undefined;
let exported = false;
let started = false;

/** Whether spans leave the process (an OTLP endpoint is set): finer spans (store commands) are made only then. */
export const tracingExported = (): boolean => exported;

/**
 * OpenTelemetry tracing for this process (once): spans live in AsyncLocalStorage, travel as W3C
 * `traceparent`, and are exported over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set. Without an endpoint spans get ids but record
 * nothing, so logs carry `trace_id` and an incoming trace goes on to the next hop, at little cost.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): { exporting: boolean } {
  const exporting = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (provider || started) return { exporting };
  started = true;
  // The specification's switch: no SDK at all (no spans, no trace context, no trace ids in logs).
  if (env.OTEL_SDK_DISABLED === 'true') return { exporting: false };
  exported = exporting;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? serviceName }),
    // The exporter reads its endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* variables.
    spanProcessors: exporting ? [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: 1000 })] : [],
    // Not exporting: spans keep their ids (logs, the next hop) but record nothing, which costs less
    // than recording spans nobody reads (BENCHMARKS.md, tracing).
    ...(exporting ? {} : { sampler: new AlwaysOffSampler() }),
  });
  trace.setGlobalTracerProvider(provider);
  return { exporting };
}

/** Sends the spans still buffered (a graceful stop). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

const tracer = () => trace.getTracer('@asn/platform');

/**
 * Runs `fn` in a new span (a child of `parent`, or of the active span), ending it when `fn`
 * settles; a thrown error marks the span failed and is rethrown.
 */
export async function inSpan<T>(name: string, opts: { kind?: SpanKind; attributes?: Attributes; parent?: Context }, fn: (span: Span) => Promise<T> | T): Promise<T> {
  const parent = opts.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (err) {
    span.recordException(err as Error);
    markFailed(span, (err as Error)?.message);
    throw err;
  } finally {
    span.end();
  }
}

/** Marks a span failed (it then shows as an error in a trace viewer). */
export function markFailed(span: Span, message?: string): void {
  span.setStatus({ code: SpanStatusCode.ERROR, ...(message ? { message } : {}) });
}

/** Starts a span the caller ends (an HTTP request: started in one hook, ended in another). */
export function startSpan(name: string, opts: { kind?: SpanKind; attributes?: Attributes; parent?: Context }): { span: Span; context: Context } {
  const parent = opts.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `fn` with `ctx` as the active trace context. */
export const withTraceContext = <T>(ctx: Context, fn: () => T): T => context.with(ctx, fn);

/** The active trace context as W3C headers (empty when there is none). */
export function traceCarrier(ctx: Context = context.active()): TraceCarrier {
  const carrier: TraceCarrier = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The trace context a carrier names (the root context when it names none). */
export function contextOf(carrier: TraceCarrier | undefined): Context {
  return carrier?.traceparent ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}

/** The active span's ids, for log lines. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && trace.isSpanContextValid(ctx) ? { trace_id: ctx.traceId, span_id: ctx.spanId } : undefined;
}
