import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

const loose = { versionKey: false, strict: false } as const;

const FactSchema = new Schema({ _id: String, name: { type: String, index: true }, nip: { type: String, index: true }, opd: { type: String, index: true }, programId: { type: String, index: true }, positionCode: String, year: Number }, { ...loose, collection: 'facts' });
const EmployeeSchema = new Schema({ _id: String, opd: { type: String, index: true }, status: String, positionCode: { type: String, index: true } }, { ...loose, collection: 'employees' });
const metricSchema = (collection: string) => {
  const s = new Schema({ _id: String, year: { type: Number, index: true } }, { ...loose, collection });
  s.plugin(outboxPlugin);
  return s;
};
const EmployeeMetricsSchema = metricSchema('employee_metrics');
EmployeeMetricsSchema.index({ opd: 1, year: 1 });
EmployeeMetricsSchema.index({ nip: 1 });

export function analyticsModels(connection: Connection) {
  return {
    Fact: connection.model('Fact', FactSchema),
    Employee: connection.model('Employee', EmployeeSchema),
    EmployeeMetrics: connection.model('EmployeeMetrics', EmployeeMetricsSchema),
    ProgramMetrics: connection.model('ProgramMetrics', metricSchema('program_metrics')),
    OpdMetrics: connection.model('OpdMetrics', metricSchema('opd_metrics')),
    /** Ledger of emitted `analytics.program.flagged` (once per programme per year); kept across rebuilds. */
    ProgramFlag: connection.model('ProgramFlag', metricSchema('program_flags')),
  };
}
export type AnalyticsModels = ReturnType<typeof analyticsModels>;

/** Read models a rebuild drops and replays (the flag ledger stays). */
export const READ_MODEL_COLLECTIONS = ['facts', 'employees', 'employee_metrics', 'program_metrics', 'opd_metrics'];
