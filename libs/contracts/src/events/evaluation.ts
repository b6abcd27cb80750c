import { Type } from '@sinclair/typebox';
import { APPRAISAL_RATINGS, DISCIPLINE_LEVELS, Id, IsoDate, Nip, OpdCode, StringEnum, Year } from '../common';

const Likert = Type.Integer({ minimum: 1, maximum: 5 });

export const FeedbackSubmitted = Type.Object({
  feedbackId: Id,
  nip: Nip,
  opd: OpdCode,
  sessionId: Id,
  programId: Id,
  relevance: Likert,
  satisfaction: Likert,
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
  submittedOn: IsoDate,
});

export const BehaviorAssessed = Type.Object({
  assessmentId: Id,
  nip: Nip,
  opd: OpdCode,
  programId: Id,
  assessorNip: Nip,
  score: Likert,
  assessedOn: IsoDate,
});

export const AppraisalRecorded = Type.Object({ appraisalId: Id, nip: Nip, opd: OpdCode, year: Year, rating: StringEnum(APPRAISAL_RATINGS) });

export const DisciplineRecorded = Type.Object({ recordId: Id, nip: Nip, opd: OpdCode, level: StringEnum(DISCIPLINE_LEVELS), decidedOn: IsoDate });
