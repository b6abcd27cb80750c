import { CloudEventEnvelope, CLOUDEVENTS_CONTENT_TYPE } from './envelope';
import { EVENT_DEFINITIONS, TOPICS, dlqTopic, eventType, type EventName } from './catalog';

/** Strips TypeBox's symbol keys so the schema is plain JSON. */
const plain = (schema: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(schema));

const messageId = (name: EventName): string => name.replace(/[.-]/g, '_');

/**
 * The AsyncAPI 3.0 document of every topic and event type, generated from the same TypeBox
 * schemas the services validate with, so the published contract cannot drift from the code.
 */
export function buildAsyncApi(version = '1.0.0'): Record<string, unknown> {
  const names = Object.keys(EVENT_DEFINITIONS) as EventName[];
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { CloudEventEnvelope: plain(CloudEventEnvelope) };

  for (const name of names) {
    const d = EVENT_DEFINITIONS[name];
    const id = messageId(name);
    schemas[`${id}_data`] = plain(d.schema);
    messages[id] = {
      name: eventType(name),
      title: eventType(name),
      summary: d.summary,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      headers: {
        type: 'object',
        properties: { 'content-type': { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE } },
      },
      bindings: {
        kafka: {
          key: { type: 'string', description: d.key === 'nip' ? "the employee's NIP" : 'the aggregate id (the envelope subject)' },
          bindingVersion: '0.5.0',
        },
      },
      payload: {
        allOf: [
          { $ref: '#/components/schemas/CloudEventEnvelope' },
          {
            type: 'object',
            required: ['type', 'data'],
            properties: { type: { const: eventType(name) }, data: { $ref: `#/components/schemas/${id}_data` } },
          },
        ],
      },
    };
  }

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const [service, topic] of Object.entries(TOPICS)) {
    const own = names.filter((n) => EVENT_DEFINITIONS[n].service === service);
    const channelId = topic.replace(/\./g, '_');
    channels[channelId] = {
      address: topic,
      description: `Events of the ${service} service.`,
      messages: Object.fromEntries(own.map((n) => [messageId(n), { $ref: `#/components/messages/${messageId(n)}` }])),
      bindings: { kafka: { partitions: 3, bindingVersion: '0.5.0' } },
    };
    channels[`${channelId}_dlq`] = {
      address: dlqTopic(topic),
      description: `Dead letters of ${topic}: events a consumer could not process after its retries; headers x-error-*, x-original-*.`,
      messages: Object.fromEntries(own.map((n) => [messageId(n), { $ref: `#/components/messages/${messageId(n)}` }])),
    };
    operations[`receive_${channelId}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId}` },
      summary: `Subscribe to ${topic}.`,
      messages: own.map((n) => ({ $ref: `#/channels/${channelId}/messages/${messageId(n)}` })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Salatiga ASN Competency Platform events',
      version,
      description:
        'Domain and metric events of the platform. Every message value is a CloudEvents 1.0 structured JSON envelope; the Kafka key is the NIP for events about one employee, else the aggregate id.',
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'Local single-node KRaft broker (npm start).' },
    },
    channels,
    operations,
    components: { schemas, messages },
  };
}
