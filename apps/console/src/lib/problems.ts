import type { Lang } from './i18n';

/**
 * What each problem+json `code` of the API means to the person who saw it, and what to do:
 * Bahasa Indonesia and English. A test keeps this list equal to the codes the platform raises.
 */
export const PROBLEM_MESSAGES: Record<string, Record<Lang, string>> = {
  VALIDATION_FAILED: { id: 'Isian belum benar. Periksa kembali kolom yang ditandai.', en: 'Some fields are not valid. Check the marked fields.' },
  BAD_REQUEST: { id: 'Permintaan tidak dapat diproses. Periksa kembali isian Anda.', en: 'The request could not be processed. Check what you entered.' },
  UNAUTHENTICATED: { id: 'Anda belum masuk. Silakan masuk kembali.', en: 'You are not signed in. Please sign in again.' },
  TOKEN_INVALID: { id: 'Sesi Anda tidak sah. Silakan masuk kembali.', en: 'Your session is not valid. Please sign in again.' },
  TOKEN_EXPIRED: { id: 'Sesi Anda sudah berakhir. Silakan masuk kembali.', en: 'Your session has ended. Please sign in again.' },
  FORBIDDEN: { id: 'Peran Anda tidak diizinkan melakukan ini.', en: 'Your role may not do this.' },
  FORBIDDEN_OPD: { id: 'Anda hanya dapat mengakses data OPD Anda sendiri.', en: 'You can only reach your own OPD’s data.' },
  ROUTE_NOT_FOUND: { id: 'Alamat yang diminta tidak ada.', en: 'The requested address does not exist.' },
  RATE_LIMITED: { id: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.', en: 'Too many requests. Wait a moment and try again.' },
  UPSTREAM_UNAVAILABLE: { id: 'Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.', en: 'A service is unavailable right now. Try again shortly.' },
  UPSTREAM_ERROR: { id: 'Layanan mengalami gangguan. Coba lagi; bila berulang, hubungi BKPSDM.', en: 'A service failed. Try again; if it keeps happening, contact BKPSDM.' },
  STREAM_LIMIT: { id: 'Terlalu banyak tampilan langsung terbuka. Tutup tab lain lalu coba lagi.', en: 'Too many live views are open. Close another tab and try again.' },
  IDEMPOTENCY_KEY_IN_USE: { id: 'Permintaan yang sama sedang diproses. Tunggu sebentar.', en: 'The same request is being processed. Wait a moment.' },
  IDEMPOTENCY_KEY_REUSED: { id: 'Permintaan ini sudah dikirim dengan isi berbeda. Muat ulang halaman.', en: 'This request was already sent with other content. Reload the page.' },
  IDEMPOTENCY_KEY_INVALID: { id: 'Kunci permintaan tidak sah. Muat ulang halaman.', en: 'The request key is not valid. Reload the page.' },
  CONCURRENT_MODIFICATION: { id: 'Data baru saja diubah orang lain. Muat ulang lalu coba lagi.', en: 'Someone else just changed this. Reload and try again.' },
  NIP_INVALID: { id: 'NIP tidak sah: 18 digit berisi tanggal lahir, TMT CPNS, jenis kelamin dan nomor urut.', en: 'The NIP is not valid: 18 digits of birth date, appointment month, gender and serial.' },
  NIP_TAKEN: { id: 'NIP ini sudah terdaftar.', en: 'This NIP is already registered.' },
  OPD_INVALID: { id: 'Kode OPD tidak dikenal.', en: 'Unknown OPD code.' },
  YEAR_INVALID: { id: 'Tahun tidak sah.', en: 'The year is not valid.' },
  EMPLOYEE_RETIRED: { id: 'Pegawai sudah pensiun.', en: 'The employee has retired.' },
  EMPLOYEE_NOT_ACTIVE: { id: 'Pegawai tidak aktif.', en: 'The employee is not active.' },
  POSITION_CODE_INVALID: { id: 'Kode jabatan tidak sah.', en: 'The position code is not valid.' },
  PROGRAM_CODE_TAKEN: { id: 'Kode program sudah dipakai.', en: 'The programme code is taken.' },
  SESSION_FULL: { id: 'Kuota sesi sudah penuh. Pilih sesi lain.', en: 'The session is full. Choose another session.' },
  SESSION_NOT_COMPLETED: { id: 'Pelatihan belum selesai, umpan balik belum dapat diisi.', en: 'The training is not completed yet, so feedback cannot be given.' },
  ALREADY_ENROLLED: { id: 'Pegawai sudah terdaftar di sesi ini.', en: 'The employee is already enrolled in this session.' },
  ALREADY_COMPLETED: { id: 'Penyelesaian sudah dicatat.', en: 'The completion is already recorded.' },
  ENROLLMENT_CANCELLED: { id: 'Pendaftaran sudah dibatalkan.', en: 'The enrolment was cancelled.' },
  ENROLLMENT_CHANGED: { id: 'Pendaftaran baru saja berubah. Muat ulang lalu coba lagi.', en: 'The enrolment just changed. Reload and try again.' },
  CERTIFICATE_NUMBER_INVALID: { id: 'Nomor sertifikat tidak sah.', en: 'Not a certificate number.' },
  CERTIFICATE_FILE_MISSING: { id: 'Lampirkan berkas sertifikat.', en: 'Attach the certificate file.' },
  CERTIFICATE_FILE_TOO_LARGE: { id: 'Berkas sertifikat terlalu besar.', en: 'The certificate file is too large.' },
  CERTIFICATE_FILE_TYPE: { id: 'Berkas sertifikat harus PDF, PNG atau JPEG.', en: 'The certificate file must be PDF, PNG or JPEG.' },
  CERTIFICATE_FILE_INVALID: { id: 'Berkas sertifikat rusak atau tidak dapat dibaca.', en: 'The certificate file is damaged or unreadable.' },
  EXTERNAL_LEARNING_DUPLICATE: { id: 'Pembelajaran ini sudah dilaporkan.', en: 'This learning was already reported.' },
  EXTERNAL_LEARNING_DECIDED: { id: 'Laporan ini sudah diverifikasi atau ditolak.', en: 'This report was already verified or rejected.' },
  FEEDBACK_EXISTS: { id: 'Umpan balik untuk pelatihan ini sudah diisi.', en: 'Feedback for this training was already given.' },
  APPRAISAL_EXISTS: { id: 'Penilaian kinerja tahun ini sudah dicatat.', en: 'This year’s appraisal is already recorded.' },
  ASSESSOR_NOT_FOUND: { id: 'Penilai tidak ditemukan.', en: 'Assessor not found.' },
  ASSESSOR_NOT_ACTIVE: { id: 'Penilai tidak aktif.', en: 'The assessor is not active.' },
  PLAN_YEAR_TOO_FAR: { id: 'Rencana hanya dapat disusun untuk tahun depan atau sebelumnya.', en: 'A plan can be drafted for next year or earlier only.' },
  IDEA_NOT_LAUNCHED: { id: 'Ide belum diluncurkan.', en: 'The idea has not been launched.' },
  TRANSITION_NOT_ALLOWED: { id: 'Perubahan status ini tidak diizinkan.', en: 'This status change is not allowed.' },
  AGREEMENT_NOT_ACTIVE: { id: 'Perjanjian kerja sama tidak berlaku pada tanggal ini.', en: 'The agreement is not in force on that date.' },
  AGREEMENT_NUMBER_TAKEN: { id: 'Nomor perjanjian sudah dipakai.', en: 'The agreement number is taken.' },
  PLACEMENT_COMPLETED: { id: 'Penempatan sudah selesai.', en: 'The placement is already completed.' },
  DEGREE_PLACEMENT_OPEN: { id: 'Pegawai masih menjalani tugas belajar lain.', en: 'The employee already has an open degree placement.' },
  DEGREE_HOLDER: { id: 'Pegawai sudah memiliki jenjang pendidikan ini.', en: 'The employee already holds this degree.' },
};

/** Every aggregate's `<STEM>_NOT_FOUND` and `<STEM>_ID_INVALID` (the repositories' codes), by its noun. */
export const AGGREGATE_NOUNS: Record<string, Record<Lang, string>> = {
  AGREEMENT: { id: 'Perjanjian kerja sama', en: 'Agreement' },
  APPRAISAL: { id: 'Penilaian kinerja', en: 'Appraisal' },
  ASSESSMENT: { id: 'Asesmen kompetensi', en: 'Competency assessment' },
  BEHAVIOR_ASSESSMENT: { id: 'Penilaian perilaku', en: 'Behaviour assessment' },
  COMPLETION: { id: 'Penyelesaian pelatihan', en: 'Completion' },
  CERTIFICATE: { id: 'Sertifikat', en: 'Certificate' },
  COUNTER: { id: 'Penomoran', en: 'Counter' },
  DEGREE_HOLDER: { id: 'Data pendidikan', en: 'Degree record' },
  DISCIPLINE_RECORD: { id: 'Catatan disiplin', en: 'Discipline record' },
  EMPLOYEE: { id: 'Pegawai', en: 'Employee' },
  ENROLLMENT: { id: 'Pendaftaran', en: 'Enrolment' },
  EXTERNAL_LEARNING: { id: 'Laporan pembelajaran mandiri', en: 'Self-directed learning report' },
  FEEDBACK: { id: 'Umpan balik', en: 'Feedback' },
  FOLLOW_UP: { id: 'Tindak lanjut', en: 'Follow-up' },
  IDEA: { id: 'Ide inovasi', en: 'Idea' },
  IMPACT: { id: 'Laporan dampak', en: 'Impact report' },
  PARTICIPATION: { id: 'Partisipasi warga', en: 'Citizen participation' },
  PARTNER: { id: 'Mitra', en: 'Partner' },
  PLACEMENT: { id: 'Penempatan', en: 'Placement' },
  POSITION_STANDARD: { id: 'Standar kompetensi jabatan', en: 'Position standard' },
  PROGRAM: { id: 'Program pelatihan', en: 'Training programme' },
  SESSION: { id: 'Sesi pelatihan', en: 'Training session' },
};

/** fastify's own codes made platform codes (service-kit's codeFromFastify) and the catch-all. */
const GENERIC: Record<string, Record<Lang, string>> = {
  INTERNAL: { id: 'Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi BKPSDM.', en: 'The server failed. Try again; if it keeps happening, contact BKPSDM.' },
  BODY_TOO_LARGE: { id: 'Data yang dikirim terlalu besar.', en: 'What was sent is too large.' },
  INVALID_MEDIA_TYPE: { id: 'Jenis data yang dikirim tidak didukung.', en: 'The content type sent is not supported.' },
  EMPTY_JSON_BODY: { id: 'Data yang dikirim kosong.', en: 'Nothing was sent.' },
  INVALID_JSON_BODY: { id: 'Data yang dikirim rusak.', en: 'What was sent is malformed.' },
};

/** The message for a problem code in the language, or the server's own detail when the code is new. */
export function problemMessage(lang: Lang, code: string, detail?: string): string {
  const known = PROBLEM_MESSAGES[code] ?? GENERIC[code];
  if (known) return known[lang];
  const aggregate = /^(.+)_(NOT_FOUND|ID_INVALID)$/.exec(code);
  const noun = aggregate ? AGGREGATE_NOUNS[aggregate[1]!] : undefined;
  if (noun) {
    if (aggregate![2] === 'NOT_FOUND') return lang === 'id' ? `${noun.id} tidak ditemukan.` : `${noun.en} not found.`;
    return lang === 'id' ? `Nomor ${noun.id.toLowerCase()} tidak sah.` : `The ${noun.en.toLowerCase()} id is not valid.`;
  }
  return detail ?? (lang === 'id' ? 'Terjadi kesalahan yang tidak terduga.' : 'An unexpected error occurred.');
}

/** Whether the code has a message of its own (the test of this list). */
export const hasProblemMessage = (code: string) => problemMessage('id', code, '\u0000') !== '\u0000';
