import { Schema, type Connection } from 'mongoose';
import { outboxPlugin } from '@asn/messaging';

const PartnerSchema = new Schema({ _id: String, name: String, kind: String, city: String, createdAt: String }, { versionKey: false, collection: 'partners' });
PartnerSchema.plugin(outboxPlugin);
// Queries and the indexes serving them: src/persistence/queries.ts.
PartnerSchema.index({ name: 1 });
PartnerSchema.index({ kind: 1, name: 1 });

const AgreementSchema = new Schema(
  {
    _id: String,
    partnerId: { type: String },
    number: { type: String, required: true, unique: true },
    title: String,
    scope: String,
    startsOn: String,
    endsOn: { type: String, index: true },
    /** Set once, in the same write as the `agreement.ended` event. */
    ended: { type: Boolean, default: false },
    createdAt: String,
  },
  { versionKey: false, collection: 'agreements' },
);
AgreementSchema.plugin(outboxPlugin);
AgreementSchema.index({ ended: 1, endsOn: 1 });
AgreementSchema.index({ startsOn: -1, number: 1 });
AgreementSchema.index({ partnerId: 1, startsOn: -1, number: 1 });

const PlacementSchema = new Schema(
  {
    _id: String,
    agreementId: { type: String },
    partnerId: String,
    nip: { type: String },
    opd: { type: String },
    kind: String,
    startsOn: String,
    endsOn: String,
    jp: Number,
    status: String, // open | completed
    completedOn: String,
    createdAt: String,
  },
  { versionKey: false, collection: 'placements' },
);
PlacementSchema.plugin(outboxPlugin);
PlacementSchema.index({ nip: 1, startsOn: 1 });
PlacementSchema.index({ opd: 1, status: 1, startsOn: 1 });

/** One document per employee with an open degree placement: its unique _id (the NIP) is the rule. */
const DegreeHolderSchema = new Schema({ _id: String, placementId: String }, { versionKey: false, collection: 'degree_holders' });

export interface PartnerDoc {
  _id: string;
  name: string;
  kind: string;
  city: string;
  createdAt: string;
}
export interface AgreementDoc {
  _id: string;
  partnerId: string;
  number: string;
  title: string;
  scope: string;
  startsOn: string;
  endsOn: string;
  ended: boolean;
  createdAt: string;
}
export interface PlacementDoc {
  _id: string;
  agreementId: string;
  partnerId: string;
  nip: string;
  opd: string;
  kind: 'internship' | 'degree' | 'short-course';
  startsOn: string;
  endsOn: string;
  jp: number;
  status: 'open' | 'completed';
  completedOn?: string;
  createdAt: string;
}

export function partnershipsModels(connection: Connection) {
  return {
    Partner: connection.model<PartnerDoc>('Partner', PartnerSchema),
    Agreement: connection.model<AgreementDoc>('Agreement', AgreementSchema),
    Placement: connection.model<PlacementDoc>('Placement', PlacementSchema),
    DegreeHolder: connection.model<{ _id: string; placementId: string }>('DegreeHolder', DegreeHolderSchema),
  };
}
export type PartnershipsModels = ReturnType<typeof partnershipsModels>;
