// The city-scale dataset of the benchmark: Salatiga's civil service over five calendar years,
// generated deterministically from the scale, so that a second run of the seeder asks for exactly
// the same things (and the services refuse the repeats as conflicts, adding nothing).

/** 30 OPDs of the city (upper-case codes as the contracts require). The first are the largest. */
export const CITY_OPDS = [
  'DISDIKBUD', 'DINKES', 'RSUD', 'SETDA', 'DPUPR', 'DLH', 'DPMPTSP', 'BKPSDM', 'BAPPEDA', 'BPKPD',
  'DISHUB', 'DISKOMINFO', 'DINSOS', 'DISNAKER', 'DISPERINDAG', 'DKUKMP', 'DISPORAPAR', 'DPPKB', 'DP3A', 'DUKCAPIL',
  'SATPOLPP', 'BPBD', 'KESBANGPOL', 'INSPEKTORAT', 'SETWAN', 'DISPERKIMTAN', 'KECSIDOREJO', 'KECSIDOMUKTI', 'KECARGOMULYO', 'KECTINGKIR',
] as const;

const FIRST = ['Agus', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hesti', 'Indra', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Oktaviani', 'Putri', 'Rahmat', 'Sri', 'Tri', 'Wahyu', 'Yuni', 'Bayu', 'Dian', 'Rina', 'Slamet', 'Endang', 'Haryanto', 'Ratna'];
const LAST = ['Santoso', 'Wijaya', 'Lestari', 'Pratama', 'Saputra', 'Wulandari', 'Nugroho', 'Hidayat', 'Kurniawan', 'Rahayu', 'Setiawan', 'Susanti', 'Purnomo', 'Handayani', 'Prasetyo', 'Maharani', 'Utomo', 'Permatasari'];
const EDUCATION = ['S1', 'S1', 'S1', 'S2', 'D3', 'D4', 'SMA', 'S2', 'S1', 'D3', 'S3'] as const;
const GRADES = ['II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
const POSITIONS = [
  { code: 'JF-GURU', title: 'Guru Ahli Pertama', kind: 'functional' },
  { code: 'JF-PERAWAT', title: 'Perawat Terampil', kind: 'functional' },
  { code: 'JS-KABID', title: 'Kepala Bidang', kind: 'structural' },
  { code: 'JS-KASUBAG', title: 'Kepala Subbagian', kind: 'structural' },
  { code: 'JP-PENGADM', title: 'Pengadministrasi Umum', kind: 'executive' },
  { code: 'JF-ANKEB', title: 'Analis Kebijakan', kind: 'functional' },
  { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' },
  { code: 'JP-PENGOLAH', title: 'Pengolah Data', kind: 'executive' },
] as const;
const COMPETENCIES = [
  { code: 'M-INTEGRITAS', type: 'managerial' }, { code: 'M-KERJASAMA', type: 'managerial' }, { code: 'M-KEPUTUSAN', type: 'managerial' },
  { code: 'S-PEREKAT', type: 'sociocultural' }, { code: 'T-PELAYANAN', type: 'technical' }, { code: 'T-DIGITAL', type: 'technical' },
  { code: 'T-AMDAL', type: 'technical' }, { code: 'T-PEDAGOGI', type: 'technical' }, { code: 'T-KLINIS', type: 'technical' }, { code: 'T-ANGGARAN', type: 'technical' },
] as const;
const CATEGORIES = ['technical', 'technical', 'functional', 'leadership', 'seminar'] as const;
const MODES = ['classical', 'e-learning', 'blended', 'coaching', 'mentoring', 'distance'] as const;
const RATINGS = ['very-good', 'good', 'good', 'good', 'fair', 'poor'] as const;
const IDEA_CATEGORIES = ['environment', 'public-service', 'digital', 'economy', 'other'] as const;

export const YEARS = 5;

/** Full-city sizes at --scale 1 (issue #13); every count scales linearly, with small floors. */
const FULL = { employees: 5000, programs: 150, sessions: 2000, enrollments: 100_000, assessmentsPerEmployee: 4, placements: 3000, ideas: 500 };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface CityDataset {
  scale: number;
  years: number[];
  employees: { nip: string; name: string; opd: string; position: (typeof POSITIONS)[number]; grade: string; education: string }[];
  standards: { positionCode: string; competencies: { code: string; type: string; requiredLevel: number }[] }[];
  programs: { code: string; title: string; category: string; mode: string; jp: number; competencies: { code: string; type: string }[] }[];
  /** Sessions: programme index, dates, capacity and the seed key kept in `location`. */
  sessions: { program: number; startsOn: string; endsOn: string; capacity: number; location: string }[];
  /** Enrolments: session index and employee index; all are completed (passed 9 in 10). */
  enrollments: { session: number; employee: number; passed: boolean; preTestScore: number; postTestScore: number }[];
  assessments: { employee: number; code: string; type: string; level: number; assessedOn: string }[];
  appraisals: { employee: number; year: number; rating: string }[];
  placements: { employee: number; kind: 'internship' | 'short-course'; startsOn: string; endsOn: string; jp: number }[];
  ideas: { employee: number; title: string; category: string; launch: boolean }[];
}

/** A valid NIP (spec 8.2): birth date + appointment month after the 18th birthday + gender + serial. */
export function cityNip(i: number): string {
  const birthYear = 1966 + (i % 36);
  const birth = `${birthYear}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}`;
  const appointed = `${Math.min(birthYear + 22 + (i % 6), 2024)}${pad(1 + ((i >> 2) % 12), 2)}`;
  return `${birth}${appointed}${1 + (i % 2)}${pad(1 + (Math.floor(i / 2) % 999), 3)}`;
}

export function cityDataset(scale: number, today = new Date()): CityDataset {
  const n = (full: number, floor: number) => Math.max(floor, Math.round(full * scale));
  const currentYear = today.getUTCFullYear();
  const years = Array.from({ length: YEARS }, (_, k) => currentYear - YEARS + 1 + k);
  const todayIso = today.toISOString().slice(0, 10);

  // OPD sizes fall off with rank (education and health are the largest employers of a city).
  const weights = CITY_OPDS.map((_, k) => 1 / (1 + k * 0.25));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const employeeCount = n(FULL.employees, 30);
  const opdOf: string[] = [];
  CITY_OPDS.forEach((opd, k) => {
    const size = Math.max(1, Math.round((employeeCount * weights[k]!) / totalWeight));
    for (let j = 0; j < size && opdOf.length < employeeCount; j++) opdOf.push(opd);
  });
  while (opdOf.length < employeeCount) opdOf.push(CITY_OPDS[0]);
  const seen = new Set<string>();
  const employees = opdOf.map((opd, i) => {
    let nip = cityNip(i);
    for (let k = 1; seen.has(nip); k++) nip = cityNip(i + k * 100_003);
    seen.add(nip);
    return { nip, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`, opd, position: POSITIONS[i % POSITIONS.length]!, grade: GRADES[i % GRADES.length]!, education: EDUCATION[i % EDUCATION.length]! };
  });
  const standards = POSITIONS.map((p, k) => ({
    positionCode: p.code,
    competencies: [COMPETENCIES[k % 3]!, COMPETENCIES[3]!, COMPETENCIES[4 + (k % 6)]!].map((c, j) => ({ code: c.code, type: c.type, requiredLevel: 2 + ((k + j) % 3) })),
  }));

  const programs = Array.from({ length: n(FULL.programs, 4) }, (_, k) => {
    const category = CATEGORIES[k % CATEGORIES.length]!;
    const competencies = [COMPETENCIES[k % COMPETENCIES.length]!, COMPETENCIES[(k * 3 + 1) % COMPETENCIES.length]!].filter((c, j, all) => all.findIndex((x) => x.code === c.code) === j);
    return { code: `BENCH-${pad(k + 1, 4)}`, title: `Pelatihan ${category} ${k + 1}`, category, mode: MODES[k % MODES.length]!, jp: [8, 12, 16, 20, 24, 32, 40][k % 7]!, competencies: competencies.map(({ code, type }) => ({ code, type })) };
  });

  // Sessions spread over the five years, each ending before today.
  const sessionCount = n(FULL.sessions, 6);
  const enrollmentCount = n(FULL.enrollments, 120);
  const perSession = Math.ceil(enrollmentCount / sessionCount);
  const sessions = Array.from({ length: sessionCount }, (_, k) => {
    const year = years[k % YEARS]!;
    const lastDay = year === currentYear ? new Date(Date.UTC(year, today.getUTCMonth(), today.getUTCDate() - 2)) : new Date(Date.UTC(year, 11, 20));
    const span = Math.max(1, Math.floor((lastDay.getTime() - Date.UTC(year, 0, 5)) / 86_400_000));
    const start = new Date(Date.UTC(year, 0, 5) + ((k * 7919) % span) * 86_400_000);
    const end = new Date(Math.min(start.getTime() + 2 * 86_400_000, lastDay.getTime()));
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return { program: k % programs.length, startsOn: iso(start), endsOn: iso(end) <= todayIso ? iso(end) : iso(start), capacity: perSession, location: `BENCH-S${pad(k + 1, 5)}` };
  });
  const enrollments: CityDataset['enrollments'] = [];
  for (let s = 0; s < sessionCount && enrollments.length < enrollmentCount; s++) {
    for (let j = 0; j < perSession && enrollments.length < enrollmentCount; j++) {
      const employee = (s * 37 + j * 101) % employees.length;
      const idx = enrollments.length;
      enrollments.push({ session: s, employee, passed: idx % 10 !== 9, preTestScore: 40 + (idx % 30), postTestScore: 60 + (idx % 40) });
    }
  }
  // One enrolment per employee per session: drop repeats the stride above may produce.
  const unique = new Set<string>();
  const enrollmentsUnique = enrollments.filter((e) => {
    const k = `${e.session}:${e.employee}`;
    if (unique.has(k)) return false;
    unique.add(k);
    return true;
  });

  const assessments: CityDataset['assessments'] = [];
  for (let i = 0; i < employees.length; i++) {
    for (let a = 0; a < FULL.assessmentsPerEmployee; a++) {
      const c = COMPETENCIES[(i + a * 3) % COMPETENCIES.length]!;
      assessments.push({ employee: i, code: c.code, type: c.type, level: 1 + ((i + a) % 5), assessedOn: `${years[a % YEARS]}-02-${pad(1 + (i % 27), 2)}` });
    }
  }
  // SKP appraisals: one per employee per year, the five years (25,000 at --scale 1).
  const appraisals = years.flatMap((year) => employees.map((_, i) => ({ employee: i, year, rating: RATINGS[(i + year) % RATINGS.length]! })));
  const placements = Array.from({ length: n(FULL.placements, 6) }, (_, k) => {
    const year = years[k % YEARS]!;
    const startsOn = `${year}-03-${pad(1 + (k % 27), 2)}`;
    return { employee: (k * 13) % employees.length, kind: (k % 3 === 0 ? 'short-course' : 'internship') as 'internship' | 'short-course', startsOn, endsOn: `${year}-04-${pad(1 + (k % 27), 2)}`, jp: 10 + (k % 20) };
  }).filter((p) => p.endsOn <= todayIso);
  const ideas = Array.from({ length: n(FULL.ideas, 3) }, (_, k) => ({ employee: (k * 17) % employees.length, title: `Gagasan inovasi ${k + 1}`, category: IDEA_CATEGORIES[k % IDEA_CATEGORIES.length]!, launch: k % 4 === 0 }));

  return { scale, years, employees, standards, programs, sessions, enrollments: enrollmentsUnique, assessments, appraisals, placements, ideas };
}

/** Whether enrolment k also gets feedback: 60 % of completions (60,000 at --scale 1). */
export const hasFeedback = (k: number) => k % 5 < 3;

/** Expected number of events the dataset produces on the domain topics (for the progress and report). */
export function expectedEvents(d: CityDataset): number {
  const passed = d.enrollments.filter((e) => e.passed).length;
  const feedback = d.enrollments.filter((_, k) => hasFeedback(k)).length;
  return d.employees.length + d.standards.length + d.programs.length + d.sessions.length + d.enrollments.length * 2 + passed + feedback + d.assessments.length + d.appraisals.length + d.placements.length * 2 + d.ideas.length * 4;
}

/** How many employees the reads sample, spread evenly over the city's list. */
const READ_SAMPLE = 200;

const sampleStep = (d: CityDataset) => Math.max(1, Math.floor(d.employees.length / READ_SAMPLE));

/** The employees whose reads are measured (one, profile, metrics): 200 spread over the city, all of a small one. */
export function readSample(d: CityDataset): CityDataset['employees'] {
  const step = sampleStep(d);
  return d.employees.filter((_, i) => i % step === 0);
}

/**
 * The employees the write and freshness phases enrol: every one the reads do not sample (all of a
 * city smaller than the sample). Each full run adds about four enrolments to each of them, and the
 * city is measured again run after run: had the sampled employees been loaded too, their profiles
 * and histories would have grown run by run past the seeded five years (issue #13, twenty-second round).
 */
export function writeLoad(d: CityDataset): CityDataset['employees'] {
  const step = sampleStep(d);
  return step === 1 ? d.employees : d.employees.filter((_, i) => i % step !== 0);
}

/** What the searches of an OPD by name ask for (parts of the names above), one per OPD in turn. */
export const SEARCH_TERMS = ['dewi', 'santoso', 'tri', 'wijaya'] as const;

/** The path of the i-th search read: an OPD, and a name part. */
export const searchPath = (opd: string, i: number) => `/v1/employees?opd=${opd}&q=${SEARCH_TERMS[i % SEARCH_TERMS.length]}`;
