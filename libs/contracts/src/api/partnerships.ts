import { Type } from '@sinclair/typebox';
import { IsoDate, Nip, OpdCode, PARTNER_KINDS, PLACEMENT_KINDS, StringEnum } from '../common';
import { PageQuery } from './common';

export const RegisterPartnerBody = Type.Object(
  { name: Type.String({ minLength: 3, maxLength: 200 }), kind: StringEnum(PARTNER_KINDS), city: Type.String({ minLength: 2, maxLength: 100 }) },
  { additionalProperties: false },
);

export const ListPartnersQuery = Type.Object({ kind: Type.Optional(StringEnum(PARTNER_KINDS)), ...PageQuery });

export const SignAgreementBody = Type.Object(
  {
    number: Type.String({ minLength: 3, maxLength: 64, description: 'MoU/PKS number, unique' }),
    title: Type.String({ minLength: 3, maxLength: 200 }),
    scope: Type.String({ minLength: 1, maxLength: 2000 }),
    startsOn: IsoDate,
    endsOn: IsoDate,
  },
  { additionalProperties: false },
);

export const AGREEMENT_STATUSES = ['upcoming', 'active', 'ended'] as const;
export const ListAgreementsQuery = Type.Object({ partnerId: Type.Optional(Type.String({ minLength: 1 })), status: Type.Optional(StringEnum(AGREEMENT_STATUSES)), ...PageQuery });

export const StartPlacementBody = Type.Object(
  { nip: Nip, kind: StringEnum(PLACEMENT_KINDS), startsOn: IsoDate, endsOn: IsoDate, jp: Type.Integer({ minimum: 0, maximum: 2000, description: 'JP credited on completion' }) },
  { additionalProperties: false },
);

export const CompletePlacementBody = Type.Object({ completedOn: IsoDate }, { additionalProperties: false });

export const ListPlacementsQuery = Type.Object({ nip: Type.Optional(Nip), opd: Type.Optional(OpdCode), status: Type.Optional(StringEnum(['open', 'completed'] as const)) });
