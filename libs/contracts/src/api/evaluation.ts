import { Type } from '@sinclair/typebox';
import { APPRAISAL_RATINGS, DISCIPLINE_LEVELS, Id, IsoDate, Nip, OpdCode, StringEnum, Year } from '../common';
import { PageQuery } from './common';

const Likert = Type.Integer({ minimum: 1, maximum: 5 });

export const FeedbackBody = Type.Object(
  { nip: Nip, sessionId: Id, relevance: Likert, satisfaction: Likert, comment: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

export const BehaviorAssessmentBody = Type.Object({ nip: Nip, programId: Id, assessorNip: Nip, score: Likert }, { additionalProperties: false });

export const AppraisalBody = Type.Object({ nip: Nip, year: Year, rating: StringEnum(APPRAISAL_RATINGS) }, { additionalProperties: false });

export const DisciplineBody = Type.Object({ nip: Nip, level: StringEnum(DISCIPLINE_LEVELS), decidedOn: IsoDate }, { additionalProperties: false });

export const DueQuery = Type.Object({
  opd: Type.Optional(OpdCode),
  asOf: Type.Optional(IsoDate),
  // Spec 8.6: only what is due (dueOn on or before asOf) unless asked for the upcoming too.
  include: Type.Optional(StringEnum(['upcoming'] as const, 'upcoming: also the open follow-ups not yet due')),
  ...PageQuery,
});
