import { Type } from '@sinclair/typebox';
import { CompetencyLevel, CompetencyRef, CompetencyType, EDUCATION_LEVELS, EMPLOYEE_STATUSES, IsoDate, Nip, OpdCode, Position, StringEnum } from '../common';

export const EmployeeRegistered = Type.Object({
  nip: Nip,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  opd: OpdCode,
  position: Position,
  grade: Type.String({ minLength: 1, maxLength: 16 }),
  education: StringEnum(EDUCATION_LEVELS),
  status: StringEnum(EMPLOYEE_STATUSES),
  /** Spec 8.3: when the employee joined the city (absent in events published before it). */
  startsOn: Type.Optional(IsoDate),
});

export const EmployeeUpdated = Type.Object({
  nip: Nip,
  opd: OpdCode,
  /** Only the fields that changed, with their new values. */
  changes: Type.Object({
    name: Type.Optional(Type.String({ maxLength: 200 })),
    position: Type.Optional(Position),
    grade: Type.Optional(Type.String({ maxLength: 16 })),
    education: Type.Optional(StringEnum(EDUCATION_LEVELS)),
  }),
  previous: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

/** Spec 8.3: `effectiveOn`, the first day in the new OPD (absent in events published before it). */
export const EmployeeTransferred = Type.Object({ nip: Nip, fromOpd: OpdCode, toOpd: OpdCode, opd: OpdCode, effectiveOn: Type.Optional(IsoDate) });

/** Spec 8.3: `effectiveOn` (= `retiredOn`), the first day no longer in service. */
export const EmployeeRetired = Type.Object({ nip: Nip, opd: OpdCode, retiredOn: IsoDate, effectiveOn: Type.Optional(IsoDate) });

export const PositionStandardSet = Type.Object({
  positionCode: Type.String({ minLength: 1, maxLength: 32 }),
  competencies: Type.Array(Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }), type: CompetencyType, requiredLevel: CompetencyLevel }), { maxItems: 100 }),
});

export const CompetencyAssessed = Type.Object({
  assessmentId: Type.String({ maxLength: 64 }),
  nip: Nip,
  opd: OpdCode,
  code: CompetencyRef.properties.code,
  type: CompetencyType,
  level: CompetencyLevel,
  assessedOn: IsoDate,
  method: Type.String({ minLength: 1, maxLength: 100 }),
});
