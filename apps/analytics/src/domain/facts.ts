import { eventNameOf, type CloudEvent, type EventName } from '@asn/contracts';
import type { MessageMeta } from '@asn/messaging';

/**
 * An event as analytics keeps it: the fact, keyed by event id (so a redelivered or replayed event
 * is the same fact), with the fields the metrics are queried by.
 */
export interface Fact {
  _id: string;
  name: EventName;
  nip?: string;
  opd?: string;
  programId?: string;
  positionCode?: string;
  /** The business date the metric year comes from (completion, appraisal year, decision...). */
  date?: string;
  year?: number;
  topic: string;
  partition: number;
  offset: number;
  time: string;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Which data field dates each event (for the calendar year of spec 5). */
const DATE_FIELD: Partial<Record<EventName, string>> = {
  'personnel.competency.assessed': 'assessedOn',
  'learning.training.completed': 'completedOn',
  'partnerships.placement.started': 'startsOn',
  'partnerships.placement.completed': 'completedOn',
  'innovation.idea.submitted': 'submittedOn',
  'innovation.idea.status-changed': 'on',
  'innovation.initiative.launched': 'launchedOn',
  'innovation.participation.recorded': 'on',
  'evaluation.feedback.submitted': 'submittedOn',
  'evaluation.behavior.assessed': 'assessedOn',
  'evaluation.discipline.recorded': 'decidedOn',
};

/** The events the metrics use; the others (sessions, certificates, partners...) are not kept. */
export const USED_EVENTS = new Set<EventName>([
  'personnel.employee.registered',
  'personnel.employee.updated',
  'personnel.employee.transferred',
  'personnel.employee.retired',
  'personnel.position-standard.set',
  'personnel.competency.assessed',
  'learning.program.published',
  'learning.training.completed',
  'partnerships.placement.started',
  'partnerships.placement.completed',
  'innovation.idea.submitted',
  'innovation.idea.status-changed',
  'innovation.initiative.launched',
  'innovation.participation.recorded',
  'evaluation.feedback.submitted',
  'evaluation.behavior.assessed',
  'evaluation.appraisal.recorded',
  'evaluation.discipline.recorded',
]);

export function toFact(event: CloudEvent, meta: MessageMeta): Fact | null {
  const name = eventNameOf(event.type);
  if (!name || !USED_EVENTS.has(name)) return null;
  const data = event.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const dateField = DATE_FIELD[name];
  const date: string | undefined = dateField ? data[dateField] : undefined;
  const year = name === 'evaluation.appraisal.recorded' ? Number(data.year) : date ? Number(date.slice(0, 4)) : undefined;
  return {
    _id: event.id,
    name,
    ...(typeof data.nip === 'string' ? { nip: data.nip } : {}),
    ...(typeof data.opd === 'string' ? { opd: data.opd } : {}),
    ...(typeof data.programId === 'string' ? { programId: data.programId } : {}),
    ...(name === 'personnel.position-standard.set' ? { positionCode: data.positionCode } : {}),
    ...(date ? { date } : {}),
    ...(year !== undefined ? { year } : {}),
    topic: meta.topic,
    partition: meta.partition,
    offset: Number(meta.offset),
    time: event.time,
    data,
  };
}

/** Kafka order within one key (one partition), then event time across topics. */
export const byOrder = (a: Fact, b: Fact) => (a.topic === b.topic && a.partition === b.partition ? a.offset - b.offset : a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
