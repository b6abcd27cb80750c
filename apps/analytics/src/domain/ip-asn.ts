/**
 * IP ASN (Indeks Profesionalitas ASN, PermenPANRB 38/2018, measured per Peraturan BKN 8/2019).
 * The scoring table is data with a version: BKN is revising the weights, and every result names
 * the version it was scored with.
 */
export const IP_ASN_TABLE = {
  version: '2019.1',
  qualification: { S3: 25, S2: 20, S1: 15, D4: 15, D3: 10, D2: 5, D1: 5, SMA: 1, SMP: 1, SD: 1 } as Record<string, number>,
  competency: {
    /** A completed track programme, ever: leadership (structural), functional (functional), technical (executive). */
    trackTraining: 15,
    trackCategory: { structural: 'leadership', functional: 'functional', executive: 'technical' } as Record<string, string>,
    /** Completed technical programmes in the year, at least this many JP. */
    technicalTraining: 15,
    technicalMinJp: 20,
    /** A completed seminar programme, or a completed internship/short-course placement, in the year. */
    seminarOrCourse: 10,
  },
  performance: { 'very-good': 30, good: 25, fair: 20, poor: 15, 'very-poor': 5, none: 0 } as Record<string, number>,
  discipline: { none: 5, light: 3, moderate: 1, severe: 0 } as Record<string, number>,
  categories: [
    { min: 91, category: 'very-high' },
    { min: 81, category: 'high' },
    { min: 71, category: 'medium' },
    { min: 61, category: 'low' },
    { min: 0, category: 'very-low' },
  ],
} as const;

export interface IpAsnInput {
  education?: string;
  positionKind?: string;
  /** Passed completions: category, JP and year. */
  completions: { category: string; attendedJp: number; year: number }[];
  /** Completed placements: kind and year. */
  placements: { kind: string; year: number }[];
  /** Appraisal rating by year. */
  appraisals: Map<number, string>;
  /** Discipline levels by year. */
  discipline: { level: string; year: number }[];
}

type Dimensions<T> = { qualification: T; competency: T; performance: T; discipline: T };

/** Where a dimension's points come from (spec 8.5): the platform's data, or nothing it knows of. */
export type IpAsnSource = 'data' | 'missing';

export interface IpAsn {
  version: string;
  score: number;
  category: string;
  /** False when any dimension is `missing`: such an index is left out of OPD averages (spec 8.5). */
  complete: boolean;
  dimensions: Dimensions<number>;
  sources: Dimensions<IpAsnSource>;
}

const SEVERITY = ['light', 'moderate', 'severe'];

export function scoreIpAsn(input: IpAsnInput, year: number, table = IP_ASN_TABLE): IpAsn {
  const qualification = table.qualification[input.education ?? ''] ?? 0;
  const qualificationKnown = input.education !== undefined && input.education in table.qualification;

  const trackCategory = table.competency.trackCategory[input.positionKind ?? ''];
  const upToYear = input.completions.filter((c) => c.year <= year);
  const track = trackCategory && upToYear.some((c) => c.category === trackCategory) ? table.competency.trackTraining : 0;
  const technicalJp = input.completions.filter((c) => c.year === year && c.category === 'technical').reduce((sum, c) => sum + c.attendedJp, 0);
  const technical = technicalJp >= table.competency.technicalMinJp ? table.competency.technicalTraining : 0;
  const seminar =
    input.completions.some((c) => c.year === year && c.category === 'seminar') || input.placements.some((p) => p.year === year && (p.kind === 'internship' || p.kind === 'short-course'))
      ? table.competency.seminarOrCourse
      : 0;
  const competency = track + technical + seminar;

  // No appraisal (SKP) for Y or Y−1 is not a score of 0 but a gap in the data: 'missing'.
  const rating = input.appraisals.get(year) ?? input.appraisals.get(year - 1) ?? 'none';
  const performance = table.performance[rating] ?? 0;

  const worst = input.discipline.filter((d) => d.year === year).reduce<string>((w, d) => (SEVERITY.indexOf(d.level) > SEVERITY.indexOf(w) ? d.level : w), 'none');
  const discipline = table.discipline[worst] ?? 0;

  const score = qualification + competency + performance + discipline;
  const category = table.categories.find((c) => score >= c.min)!.category;
  // Training and discipline are known from the events: none of them is itself a fact (0 points,
  // or 5 for a clean record). An unknown education or a missing appraisal is not.
  const sources: Dimensions<IpAsnSource> = { qualification: qualificationKnown ? 'data' : 'missing', competency: 'data', performance: rating === 'none' ? 'missing' : 'data', discipline: 'data' };
  const complete = Object.values(sources).every((s) => s === 'data');
  return { version: table.version, score, category, complete, dimensions: { qualification, competency, performance, discipline }, sources };
}
