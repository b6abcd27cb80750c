import { Type, type Static } from '@sinclair/typebox';

/** CloudEvents 1.0 structured-mode JSON: the whole value of every Kafka message (spec 3.1). */
export const CloudEventEnvelope = Type.Object(
  {
    specversion: Type.Literal('1.0'),
    id: Type.String({ format: 'uuid' }),
    source: Type.String({ pattern: '^asn/[a-z-]+$', maxLength: 64, description: 'asn/<service>' }),
    type: Type.String({ pattern: '^asn\\.[a-z-]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$', maxLength: 128 }),
    subject: Type.String({ minLength: 1, maxLength: 200, description: 'aggregate id' }),
    time: Type.String({ format: 'date-time' }),
    datacontenttype: Type.Literal('application/json'),
    correlationid: Type.String({ minLength: 1, maxLength: 128, description: 'id of the request that caused the event' }),
    data: Type.Object({}, { additionalProperties: true }),
    // CloudEvents distributed-tracing extension: the W3C trace context of what caused the event.
    traceparent: Type.Optional(Type.String({ pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$', description: 'W3C traceparent of the span that caused the event' })),
    tracestate: Type.Optional(Type.String({ maxLength: 512, description: 'W3C tracestate' })),
  },
  { $id: 'CloudEventEnvelope' },
);

export type CloudEvent<TData = Record<string, unknown>> = Omit<Static<typeof CloudEventEnvelope>, 'data'> & { data: TData };

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
