import { Type } from '@sinclair/typebox';
import { CERTIFICATE_FILE_TYPES, CompetencyRef, EXTERNAL_LEARNING_KINDS, Id, IsoDate, Nip, OpdCode, PROGRAM_CATEGORIES, PROGRAM_MODES, StringEnum } from '../common';

const Score = Type.Number({ minimum: 0, maximum: 100 });

export const ProgramPublished = Type.Object({
  programId: Id,
  code: Type.String({ minLength: 1, maxLength: 32 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  category: StringEnum(PROGRAM_CATEGORIES),
  mode: StringEnum(PROGRAM_MODES),
  jp: Type.Integer({ minimum: 1, maximum: 500 }),
  competencies: Type.Array(CompetencyRef, { maxItems: 50 }),
  partnerId: Type.Optional(Id),
});

/** Spec 8.6: a programme flagged for revision was revised; analytics counts its feedback afresh. */
export const ProgramRevised = Type.Object({
  programId: Id,
  revisionId: Id,
  revision: Type.Integer({ minimum: 1, description: 'the programme\'s revisions so far, this one included' }),
  summary: Type.String({ minLength: 1, maxLength: 2000 }),
  revisedOn: IsoDate,
});

export const SessionScheduled = Type.Object({
  sessionId: Id,
  programId: Id,
  startsOn: IsoDate,
  endsOn: IsoDate,
  capacity: Type.Integer({ minimum: 1 }),
  location: Type.Optional(Type.String({ maxLength: 200 })),
});

export const EnrollmentCreated = Type.Object({ enrollmentId: Id, sessionId: Id, programId: Id, nip: Nip, opd: OpdCode });

export const EnrollmentCancelled = Type.Object({
  enrollmentId: Id,
  sessionId: Id,
  programId: Id,
  nip: Nip,
  opd: OpdCode,
  reason: Type.Optional(Type.String({ maxLength: 500 })),
});

export const TrainingCompleted = Type.Object({
  enrollmentId: Id,
  sessionId: Id,
  programId: Id,
  programCode: Type.String({ maxLength: 32 }),
  category: StringEnum(PROGRAM_CATEGORIES),
  competencies: Type.Array(CompetencyRef, { maxItems: 50 }),
  nip: Nip,
  opd: OpdCode,
  attendedJp: Type.Integer({ minimum: 0, maximum: 500 }),
  preTestScore: Score,
  postTestScore: Score,
  passed: Type.Boolean(),
  completedOn: IsoDate,
});

export const CertificateIssued = Type.Object({
  certificateId: Id,
  number: Type.String({ pattern: '^SLTG/[0-9]{4}/[0-9]{6}$' }),
  enrollmentId: Id,
  programId: Id,
  nip: Nip,
  opd: OpdCode,
  jp: Type.Integer({ minimum: 0 }),
  issuedOn: IsoDate,
});

/** The certificate file of reported external learning, as stored with the record. */
export const CertificateFile = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 200 }),
  contentType: StringEnum(CERTIFICATE_FILE_TYPES, 'as read from the file itself, not as declared'),
  size: Type.Integer({ minimum: 1 }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});

export const ExternalLearningReported = Type.Object({
  externalLearningId: Id,
  nip: Nip,
  opd: OpdCode,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: StringEnum(EXTERNAL_LEARNING_KINDS),
  provider: Type.String({ minLength: 1, maxLength: 200 }),
  jp: Type.Integer({ minimum: 1, maximum: 200 }),
  completedOn: IsoDate,
  certificate: CertificateFile,
  reportedOn: IsoDate,
});

export const ExternalLearningVerified = Type.Object({
  externalLearningId: Id,
  nip: Nip,
  opd: OpdCode,
  kind: StringEnum(EXTERNAL_LEARNING_KINDS),
  jp: Type.Integer({ minimum: 1, maximum: 200 }),
  completedOn: IsoDate,
  verifiedOn: IsoDate,
});

export const ExternalLearningRejected = Type.Object({
  externalLearningId: Id,
  nip: Nip,
  opd: OpdCode,
  reason: Type.String({ minLength: 1, maxLength: 500 }),
  rejectedOn: IsoDate,
});
