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
  },
  { $id: 'CloudEventEnvelope' },
);

export type CloudEvent<TData = Record<string, unknown>> = Omit<Static<typeof CloudEventEnvelope>, 'data'> & { data: TData };

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
