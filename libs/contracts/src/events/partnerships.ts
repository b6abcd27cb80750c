import { Type } from '@sinclair/typebox';
import { Id, IsoDate, Nip, OpdCode, PARTNER_KINDS, PLACEMENT_KINDS, StringEnum } from '../common';

export const PartnerRegistered = Type.Object({
  partnerId: Id,
  name: Type.String({ minLength: 1 }),
  kind: StringEnum(PARTNER_KINDS),
  city: Type.String({ minLength: 1 }),
});

export const AgreementSigned = Type.Object({
  agreementId: Id,
  partnerId: Id,
  number: Type.String({ minLength: 1 }),
  title: Type.String({ minLength: 1 }),
  scope: Type.String(),
  startsOn: IsoDate,
  endsOn: IsoDate,
});

export const AgreementEnded = Type.Object({ agreementId: Id, partnerId: Id, number: Type.String(), endedOn: IsoDate });

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
