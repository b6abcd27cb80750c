import { Type } from '@sinclair/typebox';
import { IDEA_CATEGORIES, IDEA_STATUSES, IsoDate, Nip, OpdCode, StringEnum } from '../common';
import { PageQuery } from './common';

export const SubmitIdeaBody = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 200 }),
    problem: Type.String({ minLength: 10, maxLength: 5000 }),
    proposal: Type.String({ minLength: 10, maxLength: 5000 }),
    category: StringEnum(IDEA_CATEGORIES),
    proposerNip: Nip,
  },
  { additionalProperties: false },
);

export const ListIdeasQuery = Type.Object({
  status: Type.Optional(StringEnum(IDEA_STATUSES)),
  opd: Type.Optional(OpdCode),
  category: Type.Optional(StringEnum(IDEA_CATEGORIES)),
  proposerNip: Type.Optional(Nip),
  ...PageQuery,
});

export const TransitionBody = Type.Object({ to: StringEnum(IDEA_STATUSES), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });

export const ParticipationBody = Type.Object(
  { citizens: Type.Integer({ minimum: 1, maximum: 1_000_000 }), activity: Type.String({ minLength: 3, maxLength: 500 }), on: IsoDate },
  { additionalProperties: false },
);

export const ImpactBody = Type.Object(
  { indicator: Type.String({ minLength: 2, maxLength: 200 }), value: Type.Number(), unit: Type.String({ minLength: 1, maxLength: 50 }), on: IsoDate },
  { additionalProperties: false },
);
