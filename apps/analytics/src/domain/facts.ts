import { eventNameOf, type CloudEvent, type EventName } from '@asn/contracts';

/**
 * An event as analytics keeps it. The same event always gives the same fact (no delivery details
 * in it), so a redelivered or replayed event is recognised as already known. Facts are kept in
 * arrival order per entity; for one employee that is Kafka's order of the employee's events.
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
  /** The event's time (the stored lists leave it out: no metric reads it). */
  time?: string;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * One copy of each string facts repeat (event names, dates, OPD codes, programme ids, categories,
 * ratings...): parsed from each event or stored chunk, every fact held copies of its own, about
 * 20 MB of a rebuild's live heap at city scale. Bounded: emptied when full (a string then gets a
 * new first copy; nothing depends on identity).
 */
const interned = new Map<string, string>();
const INTERNED_MAX = 100_000;
function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED_MAX) interned.clear();
  interned.set(s, s);
  return s;
}

/** The fact with its repeated strings (see intern) shared; the event id stays its own. Changes it in place. */
export function internFact(f: Fact): Fact {
  f.name = intern(f.name) as EventName;
  if (f.opd !== undefined) f.opd = intern(f.opd);
  if (f.programId !== undefined) f.programId = intern(f.programId);
  if (f.date !== undefined) f.date = intern(f.date);
  for (const k in f.data) if (typeof f.data[k] === 'string') f.data[k] = intern(f.data[k]);
  return f;
}

/** Which data field dates each event (for the calendar year of spec 5). */
const DATE_FIELD: Partial<Record<EventName, string>> = {
  'personnel.competency.assessed': 'assessedOn',
  'learning.training.completed': 'completedOn',
  'learning.external-learning.verified': 'completedOn',
  'partnerships.placement.started': 'startsOn',
  'partnerships.placement.completed': 'completedOn',
  'innovation.idea.submitted': 'submittedOn',
  'innovation.idea.status-changed': 'on',
  'innovation.initiative.launched': 'launchedOn',
  'innovation.participation.recorded': 'on',
  'evaluation.feedback.submitted': 'submittedOn',
  'evaluation.behavior.assessed': 'assessedOn',
  'evaluation.discipline.recorded': 'decidedOn',
  'learning.program.revised': 'revisedOn',
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
  'learning.program.revised',
  'learning.training.completed',
  'learning.external-learning.verified',
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

/** The data fields programme metrics read (compute.ts programMetrics). */
const PROGRAM_DATA = ['relevance', 'satisfaction', 'preTestScore', 'postTestScore', 'score'] as const;

/** A fact as the programme-year lists keep it: what programMetrics reads, nothing else. */
export function programFact(f: Fact): Fact {
  const data = Object.fromEntries(PROGRAM_DATA.filter((k) => f.data[k] !== undefined).map((k) => [k, f.data[k]]));
  // The date: flagging counts feedback since the programme's last revision (spec 8.6).
  return internFact({ _id: f._id, name: f.name, ...(f.programId ? { programId: f.programId } : {}), ...(f.date ? { date: f.date } : {}), ...(f.year !== undefined ? { year: f.year } : {}), data });
}

/**
 * The data fields the employee and OPD metrics read (compute.ts: foldEmployee, employeeMetrics,
 * opdMetrics). A city's history is kept in memory between checkpoints: the rest of each event
 * (identifiers, titles, competency lists...) would more than double it.
 */
const KEPT_DATA = new Set([
  'name', 'opd', 'status', 'education', 'position', 'changes', 'toOpd', // personnel.employee.*
  'startsOn', 'effectiveOn', 'retiredOn', // dated membership (spec 8.3)
  'attendedJp', 'category', 'passed', 'preTestScore', 'postTestScore', // learning.training.completed
  'code', 'level', // personnel.competency.assessed
  'placementId', 'kind', 'jp', // partnerships.placement.*, learning.external-learning.verified
  'year', 'rating', // evaluation.appraisal.recorded, evaluation.discipline.recorded
  'to', 'citizens', // innovation.*
]);

/**
 * A fact as the employee and OPD lists keep it: what the metrics read, nothing else (the list's key
 * already says whose it is; OPD metrics filter on `opd`).
 */
export function keptFact(f: Fact, list: 'employee' | 'opd'): Fact {
  return internFact({
    _id: f._id,
    name: f.name,
    ...(list === 'opd' && f.opd ? { opd: f.opd } : {}),
    ...(f.date ? { date: f.date } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    data: Object.fromEntries(Object.entries(f.data).filter(([k]) => KEPT_DATA.has(k))),
  });
}

export function toFact(event: CloudEvent): Fact | null {
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
    time: event.time,
    data,
  };
}

