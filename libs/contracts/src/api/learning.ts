import { Type } from '@sinclair/typebox';
import { CompetencyRef, EXTERNAL_LEARNING_KINDS, EXTERNAL_LEARNING_STATUSES, Id, IsoDate, Nip, OpdCode, PROGRAM_CATEGORIES, PROGRAM_MODES, StringEnum } from '../common';
import { PageQuery } from './common';

export const ProgramCode = Type.String({ minLength: 2, maxLength: 32, pattern: '^[A-Z0-9][A-Z0-9._-]*$', description: 'upper case, e.g. TEK-AMDAL-01' });

export const PublishProgramBody = Type.Object(
  {
    code: ProgramCode,
    title: Type.String({ minLength: 3, maxLength: 200 }),
    category: StringEnum(PROGRAM_CATEGORIES, 'the IP ASN indicator it counts toward'),
    mode: StringEnum(PROGRAM_MODES),
    jp: Type.Integer({ minimum: 1, maximum: 500, description: '1 JP = 45 minutes' }),
    competencies: Type.Array(CompetencyRef, { minItems: 1, maxItems: 50 }),
    partnerId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** Spec 8.6: what was changed in a programme flagged for revision. */
export const ReviseProgramBody = Type.Object({ summary: Type.String({ minLength: 3, maxLength: 2000, description: 'what was revised' }) }, { additionalProperties: false });

export const ListProgramsQuery = Type.Object({
  category: Type.Optional(StringEnum(PROGRAM_CATEGORIES)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  ...PageQuery,
});

export const ListSessionsQuery = Type.Object({ ...PageQuery });

export const ScheduleSessionBody = Type.Object(
  { startsOn: IsoDate, endsOn: IsoDate, capacity: Type.Integer({ minimum: 1, maximum: 10_000 }), location: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);

export const EnrollBody = Type.Object({ nip: Nip }, { additionalProperties: false });

export const CancelEnrollmentBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

const Score = Type.Number({ minimum: 0, maximum: 100 });

export const CompleteEnrollmentBody = Type.Object(
  { attendedJp: Type.Integer({ minimum: 0, maximum: 500 }), preTestScore: Score, postTestScore: Score, passed: Type.Boolean(), completedOn: IsoDate },
  { additionalProperties: false },
);

/**
 * Learning done outside city programmes, reported by or for an employee (issue #15, item 10). The
 * certificate file travels beside these fields (a multipart part at the gateway, bytes over gRPC).
 */
export const ReportExternalLearningBody = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 200, description: 'what was learnt, as on the certificate' }),
    kind: StringEnum(EXTERNAL_LEARNING_KINDS),
    provider: Type.String({ minLength: 2, maxLength: 200, description: 'who organised it (a ministry, a university, a MOOC platform...)' }),
    jp: Type.Integer({ minimum: 1, maximum: 200, description: 'JP on the certificate (1 JP = 45 minutes)' }),
    completedOn: IsoDate,
  },
  { additionalProperties: false },
);

/** An admin's decision on reported external learning: only verified records earn JP. */
export const DecideExternalLearningBody = Type.Object(
  {
    decision: StringEnum(['verified', 'rejected'] as const),
    reason: Type.Optional(Type.String({ minLength: 3, maxLength: 500, description: 'required when rejected: the employee reads it' })),
  },
  { additionalProperties: false },
);

export const ListExternalLearningQuery = Type.Object({
  nip: Type.Optional(Nip),
  opd: Type.Optional(OpdCode),
  status: Type.Optional(StringEnum(EXTERNAL_LEARNING_STATUSES)),
  ...PageQuery,
});
