import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

const loose = { versionKey: false, strict: false } as const;
const plain = (collection: string) => new Schema({ _id: String }, { ...loose, collection });
/** An append-only fact log (FactLog): one document per fact, read by entity in arrival order. */
const factLog = (collection: string) => {
  const s = plain(collection);
  s.index({ key: 1, seq: 1 });
  return s;
};
const withOutbox = (collection: string) => {
  const s = plain(collection);
  s.plugin(outboxPlugin);
  return s;
};

/*
 * Every read and write here is by _id, except the fact logs, read by `key` through their index.
 */
export function analyticsModels(connection: Connection) {
  return {
    /**
     * Facts per employee (key: NIP), per programme and year (key: 'id:year'; only what the programme
     * metrics read) and per OPD, one document per fact.
     */
    EmployeeFacts: connection.model('EmployeeFacts', factLog('employee_fact_log')),
    ProgramFacts: connection.model('ProgramFacts', factLog('program_fact_log')),
    OpdFacts: connection.model('OpdFacts', factLog('opd_fact_log')),
    /** Catalogue: published programmes and position standards (latest). */
    Program: connection.model('Program', plain('programs')),
    Standard: connection.model('Standard', plain('standards')),
    /** Employees as the personnel events say, and who is active where, who holds which position. */
    Employee: connection.model('Employee', plain('employees')),
    OpdMembers: connection.model('OpdMembers', plain('opd_members')),
    PositionHolders: connection.model('PositionHolders', plain('position_holders')),
    EmployeeMetrics: connection.model('EmployeeMetrics', withOutbox('employee_metrics')),
    ProgramMetrics: connection.model('ProgramMetrics', withOutbox('program_metrics')),
    OpdMetrics: connection.model('OpdMetrics', withOutbox('opd_metrics')),
    /** Ledger of emitted `analytics.program.flagged` (once per programme per year); kept across rebuilds. */
    ProgramFlag: connection.model('ProgramFlag', withOutbox('program_flags')),
  };
}
export type AnalyticsModels = ReturnType<typeof analyticsModels>;

/**
 * The shape of the read models. A start that finds read models of another version rebuilds them
 * from the topics first (2: programme facts per programme and year, trimmed; 3: facts as append-only
 * logs, one document per fact).
 */
export const READ_MODEL_VERSION = 3;

/** Collections of earlier versions, dropped by a rebuild. */
export const RETIRED_COLLECTIONS = ['program_facts', 'employee_facts', 'program_year_facts', 'opd_facts'];

/** Read models a rebuild drops and replays (the flag ledger stays). */
export const READ_MODEL_COLLECTIONS = [
  'employee_fact_log', 'program_fact_log', 'opd_fact_log', 'programs', 'standards', 'employees', 'opd_members', 'position_holders', 'employee_metrics', 'program_metrics', 'opd_metrics',
];
