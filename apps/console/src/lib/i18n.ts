import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'id' | 'en';
export const LANGS: Lang[] = ['id', 'en'];

/** Bahasa Indonesia first; every key has its English twin (a test keeps them equal). */
const id = {
  appName: 'Konsol ASN Kota Salatiga',
  skipToContent: 'Langsung ke isi',
  signIn: 'Masuk',
  signInWithSso: 'Masuk dengan akun Pemkot Salatiga',
  signInIntro: 'Pantau pengembangan kompetensi ASN: JP menuju 20 JP per tahun, kesenjangan kompetensi, indeks profesionalitas (IP ASN) dan efektivitas pelatihan.',
  signInUnavailable: 'Masuk belum dikonfigurasi pada gateway ini (JWKS_URL dan JWT_ISSUER).',
  signingIn: 'Sedang masuk…',
  signOut: 'Keluar',
  loading: 'Memuat…',
  language: 'Bahasa',
  role_admin: 'Admin BKPSDM',
  role_agency: 'Operator OPD',
  role_analyst: 'Analis',
  role_employee: 'Pegawai',
  navDashboard: 'Dasbor OPD',
  navProfile: 'Profil saya',
  year: 'Tahun',
  opdDashboardTitle: 'Dasbor OPD {opd}',
  activeEmployees: 'Pegawai aktif',
  jpCompliantShare: 'Mencapai 20 JP',
  averageJp: 'Rata-rata JP',
  averageIpAsn: 'Rata-rata IP ASN',
  ipAsnIncompleteNote: '{n} pegawai belum lengkap datanya dan tidak dihitung',
  citizensReached: 'Warga terjangkau',
  activePlacements: 'Penempatan aktif',
  jpDistribution: 'Sebaran JP pegawai',
  jpBucket: '{from}–{to} JP',
  jpBucketLast: '≥ {from} JP',
  employees: 'Pegawai',
  ipAsnCategories: 'Kategori IP ASN',
  ipAsnDimensions: 'Rata-rata dimensi IP ASN',
  dim_qualification: 'Kualifikasi',
  dim_competency: 'Kompetensi',
  dim_performance: 'Kinerja',
  dim_discipline: 'Disiplin',
  cat_very_high: 'Sangat tinggi',
  cat_high: 'Tinggi',
  cat_medium: 'Sedang',
  cat_low: 'Rendah',
  cat_very_low: 'Sangat rendah',
  topGaps: 'Kesenjangan kompetensi terbanyak',
  competency: 'Kompetensi',
  averageGap: 'Rata-rata selisih level',
  noGaps: 'Tidak ada kesenjangan kompetensi.',
  ideasFunnel: 'Corong ide inovasi',
  ideasSubmitted: 'Diajukan',
  ideasApproved: 'Disetujui',
  ideasLaunched: 'Diluncurkan',
  savePng: 'Simpan PNG',
  chartDataTable: 'Data grafik',
  profileTitle: 'Profil pegawai',
  jpProgress: 'Progres JP {year}',
  jpOfTarget: '{total} dari {target} JP',
  jpTraining: 'Pelatihan',
  jpPlacement: 'Penempatan',
  jpExternal: 'Pembelajaran mandiri',
  ipAsnTitle: 'Indeks Profesionalitas (IP ASN)',
  ipAsnScore: 'Nilai {score} · {category}',
  source: 'Sumber',
  dimension: 'Dimensi',
  points: 'Nilai',
  source_data: 'Data tercatat',
  source_missing: 'Belum ada data',
  gapsTitle: 'Kesenjangan kompetensi',
  requiredLevel: 'Level dibutuhkan',
  currentLevel: 'Level saat ini',
  recommended: 'Program yang disarankan',
  historyTitle: 'Riwayat pelatihan',
  program: 'Program',
  dates: 'Tanggal',
  status: 'Status',
  result: 'Hasil',
  passed: 'Lulus',
  failed: 'Tidak lulus',
  certificate: 'Sertifikat',
  download: 'Unduh',
  noHistory: 'Belum ada riwayat pelatihan.',
  nip: 'NIP',
  opd: 'OPD',
  position: 'Jabatan',
  degraded: 'Sebagian data tidak tersedia saat ini: {parts}. Coba muat ulang beberapa saat lagi.',
  part_personnel: 'data kepegawaian',
  part_learning: 'riwayat pelatihan',
  part_partnerships: 'penempatan',
  part_innovation: 'ide inovasi',
  part_evaluation: 'evaluasi',
  part_analytics: 'metrik JP dan IP ASN',
  notFoundTitle: 'Halaman tidak ditemukan',
  certificateValid: 'Sertifikat sah',
  certificateValidHelp: 'Sertifikat ini diterbitkan oleh BKPSDM Kota Salatiga. Cocokkan data di bawah dengan sertifikat yang Anda pegang.',
  certificateUnknown: 'Sertifikat tidak ditemukan',
  certificateNumberInvalid: 'Nomor sertifikat tidak sah',
  certificateUnknownHelp: 'Nomor {number} tidak pernah diterbitkan oleh BKPSDM Kota Salatiga. Sertifikat ini tidak sah atau nomornya telah diubah.',
  certificateNumber: 'Nomor sertifikat',
  completedOn: 'Selesai pada',
  issuedOn: 'Diterbitkan',
  holder: 'Pemegang',
  backHome: 'Kembali ke beranda',
  retry: 'Coba lagi',
  errorTitle: 'Terjadi masalah',
};
export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  appName: 'Salatiga ASN Console',
  skipToContent: 'Skip to content',
  signIn: 'Sign in',
  signInWithSso: 'Sign in with your Salatiga account',
  signInIntro: "Follow civil servants' competency development: JP toward 20 JP a year, competency gaps, the professionalism index (IP ASN) and training effectiveness.",
  signInUnavailable: 'Sign-in is not configured on this gateway (JWKS_URL and JWT_ISSUER).',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  loading: 'Loading…',
  language: 'Language',
  role_admin: 'BKPSDM admin',
  role_agency: 'OPD officer',
  role_analyst: 'Analyst',
  role_employee: 'Employee',
  navDashboard: 'OPD dashboard',
  navProfile: 'My profile',
  year: 'Year',
  opdDashboardTitle: 'OPD dashboard {opd}',
  activeEmployees: 'Active employees',
  jpCompliantShare: 'Reaching 20 JP',
  averageJp: 'Average JP',
  averageIpAsn: 'Average IP ASN',
  ipAsnIncompleteNote: '{n} employees have incomplete data and are left out',
  citizensReached: 'Citizens reached',
  activePlacements: 'Active placements',
  jpDistribution: 'Employees by JP',
  jpBucket: '{from}–{to} JP',
  jpBucketLast: '≥ {from} JP',
  employees: 'Employees',
  ipAsnCategories: 'IP ASN categories',
  ipAsnDimensions: 'Average IP ASN dimensions',
  dim_qualification: 'Qualification',
  dim_competency: 'Competency',
  dim_performance: 'Performance',
  dim_discipline: 'Discipline',
  cat_very_high: 'Very high',
  cat_high: 'High',
  cat_medium: 'Medium',
  cat_low: 'Low',
  cat_very_low: 'Very low',
  topGaps: 'Most common competency gaps',
  competency: 'Competency',
  averageGap: 'Average shortfall in levels',
  noGaps: 'No competency gaps.',
  ideasFunnel: 'Innovation ideas funnel',
  ideasSubmitted: 'Submitted',
  ideasApproved: 'Approved',
  ideasLaunched: 'Launched',
  savePng: 'Save PNG',
  chartDataTable: 'Chart data',
  profileTitle: 'Employee profile',
  jpProgress: 'JP progress {year}',
  jpOfTarget: '{total} of {target} JP',
  jpTraining: 'Training',
  jpPlacement: 'Placement',
  jpExternal: 'Self-directed learning',
  ipAsnTitle: 'Professionalism index (IP ASN)',
  ipAsnScore: 'Score {score} · {category}',
  source: 'Source',
  dimension: 'Dimension',
  points: 'Points',
  source_data: 'Recorded data',
  source_missing: 'No data yet',
  gapsTitle: 'Competency gaps',
  requiredLevel: 'Required level',
  currentLevel: 'Current level',
  recommended: 'Recommended programmes',
  historyTitle: 'Training history',
  program: 'Programme',
  dates: 'Dates',
  status: 'Status',
  result: 'Result',
  passed: 'Passed',
  failed: 'Not passed',
  certificate: 'Certificate',
  download: 'Download',
  noHistory: 'No training yet.',
  nip: 'NIP',
  opd: 'OPD',
  position: 'Position',
  degraded: 'Some data is not available right now: {parts}. Try again in a moment.',
  part_personnel: 'personnel records',
  part_learning: 'training history',
  part_partnerships: 'placements',
  part_innovation: 'innovation ideas',
  part_evaluation: 'evaluations',
  part_analytics: 'JP and IP ASN metrics',
  notFoundTitle: 'Page not found',
  certificateValid: 'Valid certificate',
  certificateValidHelp: 'This certificate was issued by BKPSDM Kota Salatiga. Compare the details below with the certificate you hold.',
  certificateUnknown: 'Certificate not found',
  certificateNumberInvalid: 'Not a certificate number',
  certificateUnknownHelp: 'Number {number} was never issued by BKPSDM Kota Salatiga. The certificate is not genuine or its number was altered.',
  certificateNumber: 'Certificate number',
  completedOn: 'Completed on',
  issuedOn: 'Issued',
  holder: 'Holder',
  backHome: 'Back to the start',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { id, en };

/** A message with its `{placeholders}` filled. */
export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** Business dates are WIB calendar dates (spec 8.1): `2026-11-28` → `28 Nov 2026`. */
export function formatDate(lang: Lang, value: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(instant);
}

/** Numbers in the language's format: `1.234,5` in Indonesian. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The current calendar year in WIB. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(now));
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  number(value: number, digits?: number): string;
  percent(share: number): string;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  return {
    lang,
    setLang,
    t: (key, values) => translate(lang, key, values),
    date: (value) => formatDate(lang, value),
    number: (value, digits) => formatNumber(lang, value, digits),
    percent: (share) => formatPercent(lang, share),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('id', () => undefined));
export const useI18n = () => useContext(I18nContext);
