import { Type } from '@sinclair/typebox';
import { Id, IsoDate, Nip, OpdCode, PARTNER_KINDS, PLACEMENT_KINDS, StringEnum } from '../common';

export const PartnerRegistered = Type.Object({
  partnerId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: StringEnum(PARTNER_KINDS),
  city: Type.String({ minLength: 1, maxLength: 100 }),
});

export const AgreementSigned = Type.Object({
  agreementId: Id,
  partnerId: Id,
  number: Type.String({ minLength: 1, maxLength: 64 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  scope: Type.String({ maxLength: 2000 }),
  startsOn: IsoDate,
  endsOn: IsoDate,
});

export const AgreementEnded = Type.Object({ agreementId: Id, partnerId: Id, number: Type.String({ maxLength: 64 }), endedOn: IsoDate });

export const PlacementStarted = Type.Object({
  placementId: Id,
  agreementId: Id,
  partnerId: Id,
  nip: Nip,
  opd: OpdCode,
  kind: StringEnum(PLACEMENT_KINDS),
  startsOn: IsoDate,
  endsOn: IsoDate,
  jp: Type.Integer({ minimum: 0 }),
});

export const PlacementCompleted = Type.Object({
  placementId: Id,
  agreementId: Id,
  partnerId: Id,
  nip: Nip,
  opd: OpdCode,
  kind: StringEnum(PLACEMENT_KINDS),
  jp: Type.Integer({ minimum: 0 }),
  completedOn: IsoDate,
});
