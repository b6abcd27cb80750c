import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

// Aggregates of the personnel service. Each carries its own outbox (single-document atomicity).

const EmployeeSchema = new Schema(
  {
    _id: { type: String }, // the NIP: unique by construction
    nip: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    opd: { type: String, required: true },
    position: { code: String, title: String, kind: String },
    grade: String,
    education: String,
    status: { type: String, required: true },
    retiredOn: String,
    /** Spec 8.3: joined the city; in the current OPD since (absent on employees registered before it). */
    startsOn: String,
    opdSince: String,
    /** Optimistic concurrency: every change is conditional on the revision it read. */
    rev: { type: Number, required: true },
    createdAt: String,
    updatedAt: String,
  },
  { versionKey: false, collection: 'employees' },
);
EmployeeSchema.index({ opd: 1, name: 1 });
EmployeeSchema.plugin(outboxPlugin);

const PositionStandardSchema = new Schema(
  {
    _id: { type: String }, // the position code
    competencies: [{ _id: false, code: String, type: { type: String }, requiredLevel: Number }],
    updatedAt: String,
  },
  { versionKey: false, collection: 'position_standards' },
);
PositionStandardSchema.plugin(outboxPlugin);

const AssessmentSchema = new Schema(
  {
    _id: { type: String },
    nip: { type: String, required: true },
    opd: String,
    code: String,
    type: { type: String },
    level: Number,
    assessedOn: String,
    method: String,
    createdAt: String,
  },
  { versionKey: false, collection: 'assessments' },
);
AssessmentSchema.index({ nip: 1, assessedOn: 1, createdAt: 1 });
AssessmentSchema.plugin(outboxPlugin);

export interface EmployeeDoc {
  _id: string;
  nip: string;
  name: string;
  opd: string;
  position: { code: string; title: string; kind: 'structural' | 'functional' | 'executive' };
  grade: string;
  education: string;
  status: 'active' | 'retired';
  retiredOn?: string;
  /** Spec 8.3: joined the city; in the current OPD since (absent on employees registered before it). */
  startsOn?: string;
  opdSince?: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface StandardDoc {
  _id: string;
  competencies: { code: string; type: string; requiredLevel: number }[];
  updatedAt: string;
}

export interface AssessmentDoc {
  _id: string;
  nip: string;
  opd: string;
  code: string;
  type: string;
  level: number;
  assessedOn: string;
  method: string;
  createdAt: string;
}

/** One counter per OPD, bumped after every write of one of its employees (the roster's version). */
const RosterVersionSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'roster_versions' });

export function personnelModels(connection: Connection) {
  return {
    RosterVersion: connection.model<{ _id: string; seq: number }>('RosterVersion', RosterVersionSchema),
    Employee: connection.model<EmployeeDoc>('Employee', EmployeeSchema),
    PositionStandard: connection.model<StandardDoc>('PositionStandard', PositionStandardSchema),
    Assessment: connection.model<AssessmentDoc>('Assessment', AssessmentSchema),
  };
}

export type PersonnelModels = ReturnType<typeof personnelModels>;
