import { Type } from '@sinclair/typebox';

/** YYYY-MM-DD that is a real calendar date (2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** NIP: 18 digits whose first 8 are the birth date YYYYMMDD. */
export function isValidNip(value: string): boolean {
  return /^\d{18}$/.test(value) && isCalendarDate(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`);
}

export const Nip = Type.String({ format: 'nip', pattern: '^[0-9]{18}$', description: '18-digit NIP; the first 8 digits are the birth date YYYYMMDD' });
export const OpdCode = Type.String({ pattern: '^[A-Z][A-Z0-9]{1,15}$', description: 'OPD code, upper case, e.g. DLH' });
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const Id = Type.String({ minLength: 1, maxLength: 64 });
export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

/** A closed set of strings as a JSON-Schema `enum` (clear validation messages, exact TS union type). */
export const StringEnum = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const COMPETENCY_TYPES = ['managerial', 'sociocultural', 'technical'] as const;
export const CompetencyType = StringEnum(COMPETENCY_TYPES);
export const CompetencyLevel = Type.Integer({ minimum: 1, maximum: 5 });
export const CompetencyRef = Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }), type: CompetencyType });

export const POSITION_KINDS = ['structural', 'functional', 'executive'] as const;
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const EMPLOYEE_STATUSES = ['active', 'retired'] as const;
export const PROGRAM_CATEGORIES = ['leadership', 'functional', 'technical', 'seminar'] as const;
export const PROGRAM_MODES = ['classical', 'e-learning', 'blended', 'coaching', 'mentoring', 'distance'] as const;
export const PARTNER_KINDS = ['university', 'institute', 'ngo', 'company'] as const;
export const PLACEMENT_KINDS = ['internship', 'degree', 'short-course'] as const;
export const IDEA_CATEGORIES = ['environment', 'public-service', 'digital', 'economy', 'other'] as const;
export const IDEA_STATUSES = ['submitted', 'under-review', 'approved', 'rejected', 'needs-revision', 'launched', 'completed'] as const;
export const APPRAISAL_RATINGS = ['very-good', 'good', 'fair', 'poor', 'very-poor'] as const;
export const DISCIPLINE_LEVELS = ['light', 'moderate', 'severe'] as const;

export const Position = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 32 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: StringEnum(POSITION_KINDS),
});
