import { Type } from '@sinclair/typebox';
import { IDEA_CATEGORIES, IDEA_STATUSES, Id, IsoDate, Nip, OpdCode, StringEnum } from '../common';

export const IdeaSubmitted = Type.Object({
  ideaId: Id,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  category: StringEnum(IDEA_CATEGORIES),
  proposerNip: Nip,
  opd: OpdCode,
  submittedOn: IsoDate,
});

export const IdeaStatusChanged = Type.Object({
  ideaId: Id,
  opd: OpdCode,
  proposerNip: Nip,
  from: StringEnum(IDEA_STATUSES),
  to: StringEnum(IDEA_STATUSES),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  by: Type.String({ maxLength: 200, description: 'subject (user) who made the move' }),
  on: IsoDate,
});

export const InitiativeLaunched = Type.Object({
  ideaId: Id,
  opd: OpdCode,
  title: Type.String({ maxLength: 200 }),
  category: StringEnum(IDEA_CATEGORIES),
  launchedOn: IsoDate,
});

export const ParticipationRecorded = Type.Object({
  ideaId: Id,
  participationId: Id,
  opd: OpdCode,
  citizens: Type.Integer({ minimum: 1 }),
  activity: Type.String({ minLength: 1, maxLength: 500 }),
  on: IsoDate,
});

export const ImpactReported = Type.Object({
  ideaId: Id,
  opd: OpdCode,
  indicator: Type.String({ minLength: 1, maxLength: 200 }),
  value: Type.Number(),
  unit: Type.String({ minLength: 1, maxLength: 50 }),
  on: IsoDate,
});
