import { Type } from '@sinclair/typebox';
import { businessDate } from './business-time';

/** YYYY-MM-DD that is a real calendar date (2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * What is wrong with a NIP (spec 8.2), naming the part, or undefined when it is valid. 18 digits:
 * birth date `YYYYMMDD` (a real date, year ≥ 1940) + appointment month `YYYYMM` (CPNS TMT: a real
 * month, not before the 18th birthday, not after `today`'s month) + gender (`1` male, `2` female)
 * + serial `001`–`999`.
 */
export function nipProblem(value: string, today: string = businessDate(new Date())): string | undefined {
  if (!/^\d{18}$/.test(value)) return 'a NIP is exactly 18 digits';
  const birth = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (!isCalendarDate(birth)) return `birth date ${value.slice(0, 8)} (digits 1–8) is not a real date`;
  if (birth < '1940-01-01') return `birth date ${value.slice(0, 8)} (digits 1–8) is before 1940`;
  const appointed = value.slice(8, 14);
  const month = Number(appointed.slice(4, 6));
  if (month < 1 || month > 12) return `appointment month ${appointed} (digits 9–14) is not a real month`;
  const eighteenth = `${Number(value.slice(0, 4)) + 18}${value.slice(4, 6)}`;
  if (appointed < eighteenth) return `appointment month ${appointed} (digits 9–14) is before the 18th birthday (${eighteenth})`;
  if (appointed > today.slice(0, 7).replace('-', '')) return `appointment month ${appointed} (digits 9–14) is in the future`;
  if (value[14] !== '1' && value[14] !== '2') return `gender digit ${value[14]} (digit 15) is neither 1 (male) nor 2 (female)`;
  if (value.slice(15) === '000') return 'serial 000 (digits 16–18) is not 001–999';
  return undefined;
}

export const isValidNip = (value: string): boolean => nipProblem(value) === undefined;

/** The first day of a NIP's appointment month (CPNS TMT): when a civil servant joined, for imports. */
export const nipAppointedOn = (nip: string): string => `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`;

export const Nip = Type.String({ format: 'nip', pattern: '^[0-9]{18}$', description: '18-digit NIP (spec 8.2): birth date YYYYMMDD, appointment month YYYYMM, gender 1/2, serial 001–999' });
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
/** A certificate's number (spec 8.10: SLTG/<year>/<six digits>), and the form it takes in a URL (SLTG-2026-000123). */
export const CERTIFICATE_NUMBER = /^SLTG\/\d{4}\/\d{6}$/;
export const certificateNumber = (year: number | string, serial: number): string => `SLTG/${year}/${String(serial).padStart(6, '0')}`;
export const certificateCode = (number: string): string => number.replaceAll('/', '-');
export const certificateNumberOfCode = (code: string): string => code.replaceAll('-', '/');

export const IDEA_CATEGORIES = ['environment', 'public-service', 'digital', 'economy', 'other'] as const;
export const IDEA_STATUSES = ['submitted', 'under-review', 'approved', 'rejected', 'needs-revision', 'launched', 'completed'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
/** The idea lifecycle of spec 2 (Innovation): every move not listed here is refused (innovation enforces it, the console offers it). */
export const IDEA_MOVES: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  submitted: ['under-review'],
  'under-review': ['approved', 'rejected', 'needs-revision'],
  'needs-revision': ['submitted'],
  approved: ['launched'],
  launched: ['completed'],
  rejected: [],
  completed: [],
};
export const APPRAISAL_RATINGS = ['very-good', 'good', 'fair', 'poor', 'very-poor'] as const;
/** Learning an employee did outside city programmes (issue #15, item 10). */
export const EXTERNAL_LEARNING_KINDS = ['webinar', 'mooc', 'seminar', 'workshop', 'conference', 'course', 'other'] as const;
export type ExternalLearningKind = (typeof EXTERNAL_LEARNING_KINDS)[number];
export const EXTERNAL_LEARNING_STATUSES = ['reported', 'verified', 'rejected'] as const;
/** A certificate file of external learning: PDF, PNG or JPEG, at most 5 MB (issue #15, item 10). */
export const CERTIFICATE_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const CERTIFICATE_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const DISCIPLINE_LEVELS = ['light', 'moderate', 'severe'] as const;

export const Position = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 32 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: StringEnum(POSITION_KINDS),
});
