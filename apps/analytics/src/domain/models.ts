import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

const loose = { versionKey: false, strict: false } as const;
const plain = (collection: string) => new Schema({ _id: String }, { ...loose, collection });
const withOutbox = (collection: string) => {
  const s = plain(collection);
  s.plugin(outboxPlugin);
  return s;
};

/*
 * Every read and write here is by _id: that is what every Mongo-compatible server serves from an
 * index (FerretDB's SQLite backend pushes down only `{ _id: value }` filters; anything else scans).
 */
export function analyticsModels(connection: Connection) {
  return {
    /**
     * Facts per employee { _id: NIP, facts: [...] }, per programme and year { _id: 'id:year' } (only
     * what the programme metrics read: a programme collects thousands of facts over the years, and
     * every batch rewrites the documents it touches), and per OPD.
     */
    EmployeeFacts: connection.model('EmployeeFacts', plain('employee_facts')),
    ProgramFacts: connection.model('ProgramFacts', plain('program_year_facts')),
    OpdFacts: connection.model('OpdFacts', plain('opd_facts')),
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
 * from the topics first (2: programme facts per programme and year, trimmed).
 */
export const READ_MODEL_VERSION = 2;

/** Collections of earlier versions, dropped by a rebuild. */
export const RETIRED_COLLECTIONS = ['program_facts'];

/** Read models a rebuild drops and replays (the flag ledger stays). */
export const READ_MODEL_COLLECTIONS = [
  'employee_facts', 'program_year_facts', 'opd_facts', 'programs', 'standards', 'employees', 'opd_members', 'position_holders', 'employee_metrics', 'program_metrics', 'opd_metrics',
];
