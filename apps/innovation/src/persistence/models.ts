import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';
import type { IdeaStatus } from '../domain/lifecycle';

const IdeaSchema = new Schema(
  {
    _id: String,
    title: String,
    problem: String,
    proposal: String,
    category: { type: String },
    proposerNip: { type: String },
    opd: { type: String },
    status: { type: String },
    history: [{ _id: false, from: String, to: String, by: String, at: String, note: String }],
    submittedOn: String,
    launchedOn: String,
    createdAt: String,
  },
  { versionKey: false, collection: 'ideas' },
);
IdeaSchema.plugin(outboxPlugin);
// Queries and the indexes serving them: src/persistence/queries.ts (newest first, by each filter).
IdeaSchema.index({ createdAt: -1, _id: 1 });

const ParticipationSchema = new Schema(
  { _id: String, ideaId: String, opd: String, citizens: Number, activity: String, on: String, createdAt: String },
  { versionKey: false, collection: 'participations' },
);
ParticipationSchema.plugin(outboxPlugin);

const ImpactSchema = new Schema(
  { _id: String, ideaId: String, opd: String, indicator: String, value: Number, unit: String, on: String, createdAt: String },
  { versionKey: false, collection: 'impacts' },
);
ImpactSchema.plugin(outboxPlugin);

export interface Transition {
  from: IdeaStatus;
  to: IdeaStatus;
  by: string;
  at: string;
  note?: string;
}

export interface IdeaDoc {
  _id: string;
  title: string;
  problem: string;
  proposal: string;
  category: 'environment' | 'public-service' | 'digital' | 'economy' | 'other';
  proposerNip: string;
  opd: string;
  status: IdeaStatus;
  history: Transition[];
  submittedOn: string;
  launchedOn?: string;
  createdAt: string;
}

export interface ParticipationDoc {
  _id: string;
  ideaId: string;
  opd: string;
  citizens: number;
  activity: string;
  on: string;
  createdAt: string;
}

export interface ImpactDoc {
  _id: string;
  ideaId: string;
  opd: string;
  indicator: string;
  value: number;
  unit: string;
  on: string;
  createdAt: string;
}

/** The version of the idea register, bumped after every write of an idea or participation record. */
const VersionSchema = new Schema({ _id: String, seq: Number }, { versionKey: false, collection: 'versions' });

export function innovationModels(connection: Connection) {
  return {
    Idea: connection.model<IdeaDoc>('Idea', IdeaSchema),
    Participation: connection.model<ParticipationDoc>('Participation', ParticipationSchema),
    Impact: connection.model<ImpactDoc>('Impact', ImpactSchema),
    Version: connection.model<{ _id: string; seq: number }>('Version', VersionSchema),
  };
}
export type InnovationModels = ReturnType<typeof innovationModels>;
