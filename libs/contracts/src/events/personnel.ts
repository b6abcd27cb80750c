import { Type } from '@sinclair/typebox';
import { CompetencyLevel, CompetencyRef, CompetencyType, EDUCATION_LEVELS, EMPLOYEE_STATUSES, IsoDate, Nip, OpdCode, Position, StringEnum } from '../common';

export const EmployeeRegistered = Type.Object({
  nip: Nip,
  name: Type.String({ minLength: 1 }),
  opd: OpdCode,
  position: Position,
  grade: Type.String({ minLength: 1 }),
  education: StringEnum(EDUCATION_LEVELS),
  status: StringEnum(EMPLOYEE_STATUSES),
});

export const EmployeeUpdated = Type.Object({
  nip: Nip,
  opd: OpdCode,
  /** Only the fields that changed, with their new values. */
  changes: Type.Object({
    name: Type.Optional(Type.String()),
    position: Type.Optional(Position),
    grade: Type.Optional(Type.String()),
    education: Type.Optional(StringEnum(EDUCATION_LEVELS)),
  }),
  previous: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

export const EmployeeTransferred = Type.Object({ nip: Nip, fromOpd: OpdCode, toOpd: OpdCode, opd: OpdCode });

export const EmployeeRetired = Type.Object({ nip: Nip, opd: OpdCode, retiredOn: IsoDate });

export const PositionStandardSet = Type.Object({
  positionCode: Type.String({ minLength: 1 }),
  competencies: Type.Array(Type.Object({ code: Type.String({ minLength: 1 }), type: CompetencyType, requiredLevel: CompetencyLevel })),
});

export const CompetencyAssessed = Type.Object({
  assessmentId: Type.String(),
  nip: Nip,
  opd: OpdCode,
  code: CompetencyRef.properties.code,
  type: CompetencyType,
  level: CompetencyLevel,
  assessedOn: IsoDate,
  method: Type.String({ minLength: 1 }),
});
