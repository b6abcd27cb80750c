import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

/** Completed trainings, from learning events: who may give feedback on which session. */
const CompletionSchema = new Schema(
  { _id: String, nip: String, opd: String, sessionId: String, programId: String, completedOn: String },
  { versionKey: false, collection: 'completions' },
);

/** Behaviour follow-ups (Kirkpatrick L3), one per completion (its enrolment id). */
const FollowUpSchema = new Schema(
  {
    _id: String,
    nip: String,
    opd: { type: String },
    programId: String,
    completedOn: String,
    dueOn: { type: String },
    status: { type: String }, // open | done | cancelled
    cancelledOn: { type: String },
    assessment: { type: Schema.Types.Mixed },
  },
  { versionKey: false, collection: 'follow_ups' },
);
FollowUpSchema.plugin(outboxPlugin);
// Queries and the indexes serving them: src/persistence/queries.ts.
FollowUpSchema.index({ status: 1, opd: 1, dueOn: 1, _id: 1 });
FollowUpSchema.index({ nip: 1, dueOn: 1 });
FollowUpSchema.index({ status: 1, dueOn: 1, _id: 1 });

const FeedbackSchema = new Schema(
  { _id: String, nip: String, opd: String, sessionId: String, programId: String, relevance: Number, satisfaction: Number, comment: String, submittedOn: String },
  { versionKey: false, collection: 'feedback' },
);
FeedbackSchema.plugin(outboxPlugin);
FeedbackSchema.index({ nip: 1, submittedOn: 1 });

const BehaviorAssessmentSchema = new Schema(
  { _id: String, nip: String, opd: String, programId: String, assessorNip: String, score: Number, assessedOn: String, followUpId: String },
  { versionKey: false, collection: 'behavior_assessments' },
);
BehaviorAssessmentSchema.plugin(outboxPlugin);
BehaviorAssessmentSchema.index({ nip: 1, assessedOn: 1 });

const AppraisalSchema = new Schema({ _id: String, nip: String, opd: String, year: Number, rating: String, recordedAt: String }, { versionKey: false, collection: 'appraisals' });
AppraisalSchema.plugin(outboxPlugin);
AppraisalSchema.index({ nip: 1, year: 1 });

const DisciplineSchema = new Schema({ _id: String, nip: String, opd: String, level: String, decidedOn: String, recordedAt: String }, { versionKey: false, collection: 'discipline_records' });
DisciplineSchema.plugin(outboxPlugin);
DisciplineSchema.index({ nip: 1, decidedOn: 1 });

export interface CompletionDoc {
  _id: string;
  nip: string;
  opd: string;
  sessionId: string;
  programId: string;
  completedOn: string;
}
export interface FollowUpDoc {
  _id: string;
  nip: string;
  opd: string;
  programId: string;
  completedOn: string;
  dueOn: string;
  /** cancelled: the employee retired before it was assessed (spec 8.6). */
  status: 'open' | 'done' | 'cancelled';
  cancelledOn?: string;
  assessment?: { id: string; score: number; assessorNip: string; assessedOn: string };
}

export interface FeedbackDoc {
  _id: string;
  nip: string;
  opd: string;
  sessionId: string;
  programId: string;
  relevance: number;
  satisfaction: number;
  comment?: string;
  submittedOn: string;
}

/** A behaviour assessment without an open follow-up to close (one that closes a follow-up is kept in it). */
export interface BehaviorAssessmentDoc {
  _id: string;
  nip: string;
  opd: string;
  programId: string;
  assessorNip: string;
  score: number;
  assessedOn: string;
}

export interface AppraisalDoc {
  _id: string;
  nip: string;
  opd: string;
  year: number;
  rating: string;
  recordedAt: string;
}

export interface DisciplineDoc {
  _id: string;
  nip: string;
  opd: string;
  level: string;
  decidedOn: string;
  recordedAt: string;
}

/** One version per OPD's open follow-ups, bumped after each change (the city's is their sum). */
const DueVersionSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'due_versions' });

/** One version per employee's records (see EmployeeRecords), bumped after each change. */
const EmployeeVersionSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'employee_versions' });

export function evaluationModels(connection: Connection) {
  return {
    Completion: connection.model<CompletionDoc>('Completion', CompletionSchema),
    FollowUp: connection.model<FollowUpDoc>('FollowUp', FollowUpSchema),
    Feedback: connection.model<FeedbackDoc>('Feedback', FeedbackSchema),
    BehaviorAssessment: connection.model<BehaviorAssessmentDoc>('BehaviorAssessment', BehaviorAssessmentSchema),
    Appraisal: connection.model<AppraisalDoc>('Appraisal', AppraisalSchema),
    Discipline: connection.model<DisciplineDoc>('Discipline', DisciplineSchema),
    DueVersion: connection.model<{ _id: string; seq: number }>('DueVersion', DueVersionSchema),
    EmployeeVersion: connection.model<{ _id: string; seq: number }>('EmployeeVersion', EmployeeVersionSchema),
  };
}
export type EvaluationModels = ReturnType<typeof evaluationModels>;
