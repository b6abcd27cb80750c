import { Type } from '@sinclair/typebox';
import { CompetencyLevel, CompetencyType, EDUCATION_LEVELS, EMPLOYEE_STATUSES, IsoDate, Nip, OpdCode, Position, StringEnum } from '../common';
import { PageQuery } from './common';

const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Grade = Type.String({ pattern: '^(I|II|III|IV)/[a-e]$', description: 'PNS grade (golongan/ruang), e.g. III/a' });
const Education = StringEnum(EDUCATION_LEVELS);
const CompetencyCode = Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9._-]+$' });

export const RegisterEmployeeBody = Type.Object(
  {
    nip: Nip, name: Name, opd: OpdCode, position: Position, grade: Grade, education: Education,
    /** Spec 8.3: the date the employee joined the city (default today, WIB; not in the future). */
    startsOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const UpdateEmployeeBody = Type.Object(
  {
    name: Type.Optional(Name),
    position: Type.Optional(Position),
    grade: Type.Optional(Grade),
    education: Type.Optional(Education),
    /** Transfer to another OPD (admin only at the gateway). */
    opd: Type.Optional(OpdCode),
    /** Spec 8.3: the date a transfer takes effect (default today, WIB; not in the future). */
    effectiveOn: Type.Optional(IsoDate),
    /** `retired` retires the employee. */
    status: Type.Optional(Type.Literal('retired')),
    retiredOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ListEmployeesQuery = Type.Object({
  opd: Type.Optional(OpdCode),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  status: Type.Optional(StringEnum(EMPLOYEE_STATUSES)),
  ...PageQuery,
});

export const StandardCompetency = Type.Object({ code: CompetencyCode, type: CompetencyType, requiredLevel: CompetencyLevel }, { additionalProperties: false });

export const SetPositionStandardBody = Type.Object({ competencies: Type.Array(StandardCompetency, { maxItems: 100 }) }, { additionalProperties: false });

export const PositionCode = Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9._-]+$' });

export const RecordAssessmentBody = Type.Object(
  { code: CompetencyCode, type: CompetencyType, level: CompetencyLevel, assessedOn: IsoDate, method: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
