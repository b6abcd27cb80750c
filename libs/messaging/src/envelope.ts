import { randomUUID } from 'node:crypto';
import type { IHeaders, Message } from 'kafkajs';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  CloudEventEnvelope,
  EVENT_DEFINITIONS,
  check,
  eventNameOf,
  eventType,
  type CloudEvent,
  type EventData,
  type EventName,
  type ValidationIssue,
} from '@asn/contracts';
import { currentCorrelationId, traceCarrier } from '@asn/service-kit';

export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(issues.length ? `${message}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}` : message);
  }
}

/** Builds a spec 3.1 envelope; the correlation id is the current request's unless given. */
export function createEvent<N extends EventName>(name: N, subject: string, data: EventData<N>, opts: { correlationId?: string; time?: Date } = {}): CloudEvent<EventData<N>> {
  const def = EVENT_DEFINITIONS[name];
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `asn/${def.service}`,
    type: eventType(name),
    subject,
    time: (opts.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    correlationid: opts.correlationId ?? currentCorrelationId() ?? randomUUID(),
    data,
    // The span that caused it: consumers continue its trace (CloudEvents distributed-tracing extension).
    ...traceCarrier(),
  };
}

/** Checks the envelope and the data against the contracts; throws InvalidEventError. */
export function validateEvent(event: unknown): asserts event is CloudEvent {
  const envelopeIssues = check(CloudEventEnvelope, event);
  if (envelopeIssues.length) throw new InvalidEventError('invalid CloudEvents envelope', envelopeIssues);
  const e = event as CloudEvent;
  const name = eventNameOf(e.type);
  if (!name) throw new InvalidEventError(`unknown event type ${e.type}`);
  const dataIssues = check(EVENT_DEFINITIONS[name].schema, e.data);
  if (dataIssues.length) throw new InvalidEventError(`invalid data of ${e.type}`, dataIssues.map((i) => ({ ...i, path: `/data${i.path === '/' ? '' : i.path}` })));
}

/** Kafka key: the employee's NIP for events about one employee, otherwise the aggregate id (spec 3.1). */
export function keyOf(event: CloudEvent): string {
  const name = eventNameOf(event.type);
  const nip = (event.data as { nip?: unknown }).nip;
  if (name && EVENT_DEFINITIONS[name].key === 'nip' && typeof nip === 'string') return nip;
  return event.subject;
}

export function toMessage(event: CloudEvent): Message {
  return {
    key: keyOf(event),
    value: JSON.stringify(event),
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, 'ce-type': event.type, 'ce-id': event.id, 'x-correlation-id': event.correlationid },
  };
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const v = headers?.[name];
  if (v === undefined) return undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return first === undefined ? undefined : Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}

/** Parses and validates a message value. */
export function parseEvent(value: Buffer | null): CloudEvent {
  if (!value) throw new InvalidEventError('empty message value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch {
    throw new InvalidEventError('message value is not JSON');
  }
  validateEvent(parsed);
  return parsed;
}
