import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

const loose = { versionKey: false, strict: false } as const;
const plain = (collection: string) => new Schema({ _id: String }, { ...loose, collection });
/** Facts of entities in chunks (FactLists), read by entity in write order. */
const factChunks = (collection: string) => {
  const s = plain(collection);
  s.index({ key: 1, seq: 1 });
  return s;
};
const marks = () => {
  const s = plain('analytics_marks');
  s.index({ pending: 1, p: 1 });
  return s;
};
/** OPD metrics, also listed by year for the city overview. */
const opdMetrics = () => {
  const s = plain('opd_metrics');
  s.index({ year: 1, opd: 1 });
  return s;
};
/** Programme metrics, also listed by year for the dashboards. */
const programMetrics = () => {
  const s = plain('program_metrics');
  s.index({ year: 1, programId: 1 });
  return s;
};
const withOutbox = (collection: string) => {
  const s = plain(collection);
  s.plugin(outboxPlugin);
  return s;
};

/*
 * Every read and write here is by _id, except the fact chunks, read by `key` through their index.
 */
export function analyticsModels(connection: Connection) {
  return {
    /**
     * Facts per employee (key: NIP), per programme and year (key: 'id:year'; only what the programme
     * metrics read) and per OPD: `{ key, seq, facts }`, one chunk per entity per checkpoint (FactLists).
     */
    EmployeeFacts: connection.model('EmployeeFacts', factChunks('employee_fact_chunks')),
    ProgramFacts: connection.model('ProgramFacts', factChunks('program_fact_chunks')),
    OpdFacts: connection.model('OpdFacts', factChunks('opd_fact_chunks')),
    /** Catalogue: published programmes and position standards (latest). */
    Program: connection.model('Program', plain('programs')),
    Standard: connection.model('Standard', plain('standards')),
    /** Employees as the personnel events say, and who is active where, who holds which position. */
    Employee: connection.model('Employee', plain('employees')),
    OpdMembers: connection.model('OpdMembers', plain('opd_members')),
    PositionHolders: connection.model('PositionHolders', plain('position_holders')),
    EmployeeMetrics: connection.model('EmployeeMetrics', plain('employee_metrics')),
    ProgramMetrics: connection.model('ProgramMetrics', programMetrics()),
    OpdMetrics: connection.model('OpdMetrics', opdMetrics()),
    /**
     * Outbox documents, each carrying the `analytics.*` events of metric changes of one checkpoint
     * (up to 200), deleted once published. Kept across rebuilds: what they carry is still to be said.
     */
    MetricEvents: connection.model('MetricEvents', withOutbox('metric_events')),
    /**
     * Work for an entity's owner (analytics-store Mark), found by partition; and the versions of
     * the catalogue and the position standards (one document, `~globals`).
     */
    Marks: connection.model('Marks', marks()),
    /** Ledger of emitted `analytics.program.flagged` (once per programme per year); kept across rebuilds. */
    ProgramFlag: connection.model('ProgramFlag', withOutbox('program_flags')),
  };
}
export type AnalyticsModels = ReturnType<typeof analyticsModels>;

/**
 * The shape of the read models. A start that finds read models of another version rebuilds them
 * from the topics first (2: programme facts per programme and year, trimmed; 3: facts as append-only
 * logs, one document per fact; 4: facts in chunks per entity written at checkpoints, metric
 * events in their own outbox documents).
 */
// 5: only passed completions earn JP (spec 8.4); IP ASN completeness (8.5). 6: OPD facts kept per OPD and year.
// 7: several instances (issue #17): chunks named by writer, marks instead of stale_metrics, members and holders as sets.
// 8: OPD metrics carry the dashboard's distributions (JP, IP ASN categories and dimensions, top gaps; issue #16).
export const READ_MODEL_VERSION = 8;

/** Collections of earlier versions, dropped by a rebuild. */
export const RETIRED_COLLECTIONS = ['stale_metrics', 'program_facts', 'employee_facts', 'program_year_facts', 'opd_facts', 'employee_fact_log', 'program_fact_log', 'opd_fact_log'];

/** Read models a rebuild drops and replays (the flag ledger stays). */
export const READ_MODEL_COLLECTIONS = [
  'employee_fact_chunks', 'program_fact_chunks', 'opd_fact_chunks', 'programs', 'standards', 'employees', 'opd_members', 'position_holders', 'employee_metrics', 'program_metrics', 'opd_metrics', 'analytics_marks',
];
