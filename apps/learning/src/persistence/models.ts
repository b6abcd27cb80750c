import { Schema, type Connection } from 'mongoose';
import type { ExternalLearningKind } from '@asn/contracts';
import { outboxPlugin } from '@asn/messaging';

const CompetencyRef = { _id: false, code: String, type: { type: String } };

const ProgramSchema = new Schema(
  {
    _id: String,
    code: { type: String, required: true, unique: true },
    title: String,
    category: { type: String },
    mode: String,
    jp: Number,
    competencies: [CompetencyRef],
    partnerId: String,
    createdAt: String,
  },
  { versionKey: false, collection: 'programs' },
);
ProgramSchema.plugin(outboxPlugin);

const SessionSchema = new Schema(
  {
    _id: String,
    programId: { type: String },
    startsOn: String,
    endsOn: String,
    capacity: Number,
    /** Seats left; decremented only while positive, in the same write that records the holder. */
    seatsLeft: Number,
    /** NIPs holding a seat: one seat per employee per session, checked in that same write. */
    holders: [String],
    location: String,
    createdAt: String,
  },
  { versionKey: false, collection: 'sessions' },
);
SessionSchema.plugin(outboxPlugin);
SessionSchema.index({ programId: 1, startsOn: 1, _id: 1 });

const EnrollmentSchema = new Schema(
  {
    _id: String,
    sessionId: { type: String },
    programId: { type: String },
    nip: { type: String },
    opd: String,
    status: String, // enrolled | cancelled | completed
    cancelledReason: String,
    completion: { type: Schema.Types.Mixed },
    certificate: { type: Schema.Types.Mixed },
    createdAt: String,
    updatedAt: String,
  },
  { versionKey: false, collection: 'enrollments' },
);
EnrollmentSchema.index({ 'certificate.id': 1 });
EnrollmentSchema.index({ 'certificate.number': 1 });
EnrollmentSchema.index({ sessionId: 1, nip: 1 });
EnrollmentSchema.index({ sessionId: 1, opd: 1, nip: 1 });
// Queries and the indexes serving them: src/persistence/queries.ts.
EnrollmentSchema.index({ nip: 1, createdAt: 1 });
EnrollmentSchema.plugin(outboxPlugin);

/** Learning outside city programmes, with its certificate file in GridFS under the same id (issue #15, item 10). */
const ExternalLearningSchema = new Schema(
  {
    _id: String,
    nip: String,
    opd: String,
    title: String,
    kind: String,
    provider: String,
    jp: Number,
    completedOn: String,
    status: String, // reported | verified | rejected
    certificate: { type: Schema.Types.Mixed },
    reportedAt: String,
    decidedAt: String,
    decidedBy: String,
    reason: String,
  },
  { versionKey: false, collection: 'external_learning' },
);
// Queries and the indexes serving them: src/persistence/queries.ts.
ExternalLearningSchema.index({ nip: 1, reportedAt: -1, _id: -1 });
ExternalLearningSchema.index({ opd: 1, reportedAt: -1, _id: -1 });
ExternalLearningSchema.index({ opd: 1, status: 1, reportedAt: -1, _id: -1 });
ExternalLearningSchema.index({ status: 1, reportedAt: -1, _id: -1 });
ExternalLearningSchema.index({ reportedAt: -1, _id: -1 });
ExternalLearningSchema.index({ nip: 1, 'certificate.sha256': 1 });
ExternalLearningSchema.plugin(outboxPlugin);

/** The GridFS bucket of the certificate files: `<bucket>.files` and `<bucket>.chunks`. */
export const CERTIFICATE_FILES_BUCKET = 'external_learning_files';

const CounterSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'counters' });
/**
 * One version per employee's enrolments (see EnrollmentRepository), bumped after each change: apart
 * from the counters, whose writes (certificate numbers) the local store serialises per collection.
 */
const EmployeeVersionSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'employee_versions' });

export interface ProgramDoc {
  _id: string;
  code: string;
  title: string;
  category: 'leadership' | 'functional' | 'technical' | 'seminar';
  mode: 'classical' | 'e-learning' | 'blended' | 'coaching' | 'mentoring' | 'distance';
  jp: number;
  competencies: { code: string; type: 'managerial' | 'sociocultural' | 'technical' }[];
  partnerId?: string;
  createdAt: string;
  /** Revisions so far and the date of the last (spec 8.6); absent until the first. */
  revision?: number;
  lastRevisedOn?: string;
}

export interface SessionDoc {
  _id: string;
  programId: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  seatsLeft: number;
  holders: string[];
  location?: string;
  createdAt: string;
}

export interface Completion {
  attendedJp: number;
  preTestScore: number;
  postTestScore: number;
  passed: boolean;
  completedOn: string;
}

export interface Certificate {
  id: string;
  number: string;
  issuedOn: string;
}

export interface EnrollmentDoc {
  _id: string;
  sessionId: string;
  programId: string;
  nip: string;
  opd: string;
  status: 'enrolled' | 'cancelled' | 'completed';
  cancelledReason?: string;
  completion?: Completion;
  certificate?: Certificate;
  createdAt: string;
  updatedAt: string;
}

export interface ExternalLearningDoc {
  _id: string;
  nip: string;
  /** The employee's OPD when it was reported. */
  opd: string;
  title: string;
  kind: ExternalLearningKind;
  provider: string;
  jp: number;
  completedOn: string;
  status: 'reported' | 'verified' | 'rejected';
  certificate: { fileName: string; contentType: string; size: number; sha256: string };
  reportedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  reason?: string;
}

export function learningModels(connection: Connection) {
  return {
    Program: connection.model<ProgramDoc>('Program', ProgramSchema),
    Session: connection.model<SessionDoc>('Session', SessionSchema),
    Enrollment: connection.model<EnrollmentDoc>('Enrollment', EnrollmentSchema),
    ExternalLearning: connection.model<ExternalLearningDoc>('ExternalLearning', ExternalLearningSchema),
    Counter: connection.model<{ _id: string; seq: number }>('Counter', CounterSchema),
    EmployeeVersion: connection.model<{ _id: string; seq: number }>('EmployeeVersion', EmployeeVersionSchema),
  };
}

export type LearningModels = ReturnType<typeof learningModels>;
