// Demo data for Salatiga, loaded through the public API (the gateway) like any agency would, and
// printed access details. Loading is skipped when the demo is already there (a second npm start).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import { businessDate, businessYear, nipAppointedOn } from '@asn/contracts';
import { signDevToken } from '@asn/service-kit';
import { samplePdf, samplePng } from '@asn/testing/files';

export const DEMO_OPDS = ['DLH', 'DPMPTSP', 'DINKES', 'DISDIKBUD', 'BKPSDM'] as const;
const FIRST = ['Agus', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hesti', 'Indra', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Oktaviani', 'Putri', 'Rahmat', 'Sri', 'Tri', 'Wahyu', 'Yuni', 'Bayu', 'Dian', 'Rina'];
const LAST = ['Santoso', 'Wijaya', 'Lestari', 'Pratama', 'Saputra', 'Wulandari', 'Nugroho', 'Hidayat', 'Kurniawan', 'Rahayu', 'Setiawan', 'Susanti', 'Purnomo', 'Handayani', 'Prasetyo', 'Maharani'];
const EDUCATION = ['S1', 'S1', 'S1', 'S2', 'D3', 'D4', 'SMA', 'S2', 'S1', 'D3'];
const GRADES = ['II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a'];
const POSITIONS = [
  { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' },
  { code: 'JS-KABID', title: 'Kepala Bidang', kind: 'structural' },
  { code: 'JP-PENGADM', title: 'Pengadministrasi Umum', kind: 'executive' },
  { code: 'JF-ANKEB', title: 'Analis Kebijakan', kind: 'functional' },
] as const;
const EMPLOYEES_PER_OPD = 60;

/** A valid NIP (spec 8.2): birth date (8) + appointment year-month after the 18th birthday (6) + gender (1) + serial 001–999 (3). */
function demoNip(i: number): string {
  const birthYear = 1965 + (i % 35);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const appointed = Math.min(birthYear + 23 + (i % 5), 2020); // never in the future
  return `${birthYear}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${appointed}${String(1 + (i % 12)).padStart(2, '0')}${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, '0')}`;
}

export const demoEmployees = () =>
  DEMO_OPDS.flatMap((opd, o) =>
    Array.from({ length: EMPLOYEES_PER_OPD }, (_, k) => {
      const i = o * EMPLOYEES_PER_OPD + k;
      return {
        nip: demoNip(i),
        name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
        opd,
        position: POSITIONS[i % POSITIONS.length]!,
        grade: GRADES[i % GRADES.length]!,
        education: EDUCATION[i % EDUCATION.length]!,
      };
    }),
  );

/** The development secret: JWT_SECRET when set, else one generated once and kept with the local data. */
export function devSecret(root: string, variable: 'JWT_SECRET' | 'SERVICE_TOKEN_SECRETS' = 'JWT_SECRET'): string {
  if (process.env[variable]) return process.env[variable];
  const file = join(root, '.local', variable === 'JWT_SECRET' ? 'jwt-secret' : 'service-token-secret');
  if (!existsSync(file)) {
    mkdirSync(join(root, '.local'), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

class Api {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, okStatuses = [200, 201]): Promise<{ status: number; body: T }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    let res: Response;
    for (;;) {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      if (res.status !== 429) break;
      await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1))); // a polite client waits
    }
    const json = (await res.json().catch(() => null)) as T;
    if (!okStatuses.includes(res.status)) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return { status: res.status, body: json };
  }

  /** A multipart form (text fields and one file), as a browser's form sends it. */
  async form<T = any>(path: string, fields: Record<string, string | number>, file: { field: string; name: string; type: string; content: Buffer }): Promise<{ status: number; body: T }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
    form.append(file.field, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
    const res = await fetch(`${this.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form });
    const json = (await res.json().catch(() => null)) as T;
    if (res.status !== 201) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(json)}`);
    return { status: res.status, body: json };
  }

  /** Retries while a service has not yet learned an employee from the personnel events. */
  async eventually<T>(fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        if (Date.now() > deadline || !/EMPLOYEE_NOT_FOUND|SESSION_NOT_COMPLETED/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }
}

/**
 * Requests the loader keeps in flight: one at a time it spent ~90 s waiting on round trips (each
 * write goes through the gateway, a service, the store and its outbox); each step still finishes
 * before the next starts (employees before their enrolments, completions before feedback).
 */
const IN_FLIGHT = 8;

/** Runs `fn` over the items, IN_FLIGHT at a time; results in the items' order. */
function eachInFlight<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limit = pLimit(IN_FLIGHT);
  return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}

const year = businessYear(new Date()); // spec 8.1: WIB
const date = (m: number, d: number, y = year) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const today = businessDate(new Date());
const notAfterToday = (d: string) => (d > today ? today : d);

/** Loads the demo through the gateway; returns false when it was already there. */
export async function loadDemo(gatewayUrl: string, secret: string): Promise<boolean> {
  const api = new Api(gatewayUrl, await signDevToken(secret, { role: 'admin', sub: 'bkpsdm-demo' }));
  const employees = demoEmployees();
  const existing = await api.call<{ total: number }>('GET', `/v1/employees?opd=BKPSDM&pageSize=1`);
  if (existing.body.total >= EMPLOYEES_PER_OPD) return false;

  // Joined on their appointment (spec 8.3: counted in an OPD's figures from then).
  await eachInFlight(employees, (e) => api.call('POST', '/v1/employees', { ...e, startsOn: nipAppointedOn(e.nip) }, [201, 409]));
  await api.call('PUT', '/v1/positions/JF-PLH/standard', { competencies: [{ code: 'K-AMDAL', type: 'technical', requiredLevel: 3 }, { code: 'M-INTEGRITAS', type: 'managerial', requiredLevel: 3 }, { code: 'S-PEREKAT', type: 'sociocultural', requiredLevel: 2 }] });
  await api.call('PUT', '/v1/positions/JS-KABID/standard', { competencies: [{ code: 'M-KEPEMIMPINAN', type: 'managerial', requiredLevel: 4 }, { code: 'M-INTEGRITAS', type: 'managerial', requiredLevel: 4 }] });
  await api.call('PUT', '/v1/positions/JP-PENGADM/standard', { competencies: [{ code: 'K-ARSIP', type: 'technical', requiredLevel: 2 }] });
  await api.call('PUT', '/v1/positions/JF-ANKEB/standard', { competencies: [{ code: 'K-KEBIJAKAN', type: 'technical', requiredLevel: 3 }, { code: 'M-INTEGRITAS', type: 'managerial', requiredLevel: 3 }] });
  await eachInFlight(employees, async (e, i) => {
    if (i % 3 !== 0) return;
    const code = e.position.code === 'JF-PLH' ? 'K-AMDAL' : e.position.code === 'JS-KABID' ? 'M-KEPEMIMPINAN' : e.position.code === 'JF-ANKEB' ? 'K-KEBIJAKAN' : 'K-ARSIP';
    await api.eventually(() => api.call('POST', `/v1/employees/${e.nip}/assessments`, { code, type: code.startsWith('M-') ? 'managerial' : 'technical', level: 1 + (i % 4), assessedOn: notAfterToday(date(1, 20)), method: 'uji kompetensi' }));
  });

  const programs = [
    { code: 'PKA-2026', title: 'Pelatihan Kepemimpinan Administrator', category: 'leadership', mode: 'blended', jp: 40, competencies: [{ code: 'M-KEPEMIMPINAN', type: 'managerial' }, { code: 'M-INTEGRITAS', type: 'managerial' }] },
    { code: 'FUNG-PLH', title: 'Diklat Fungsional Pengendali Dampak Lingkungan', category: 'functional', mode: 'classical', jp: 30, competencies: [{ code: 'K-AMDAL', type: 'technical' }] },
    { code: 'TEK-AMDAL', title: 'Penyusunan Dokumen AMDAL', category: 'technical', mode: 'blended', jp: 24, competencies: [{ code: 'K-AMDAL', type: 'technical' }] },
    { code: 'TEK-ARSIP', title: 'Pengelolaan Arsip Digital', category: 'technical', mode: 'e-learning', jp: 20, competencies: [{ code: 'K-ARSIP', type: 'technical' }] },
    { code: 'TEK-KEBIJAKAN', title: 'Analisis Kebijakan Publik', category: 'technical', mode: 'classical', jp: 24, competencies: [{ code: 'K-KEBIJAKAN', type: 'technical' }] },
    { code: 'SEM-HIJAU', title: 'Seminar Salatiga Hijau dan Perubahan Iklim', category: 'seminar', mode: 'classical', jp: 8, competencies: [{ code: 'S-PEREKAT', type: 'sociocultural' }] },
  ];
  const programIds: Record<string, string> = {};
  await eachInFlight(programs, async (p) => (programIds[p.code] = (await api.call('POST', '/v1/programs', p)).body.id));
  const sessions: Record<string, string> = {};
  await eachInFlight(programs, async (p) => (sessions[p.code] = (await api.call('POST', `/v1/programs/${programIds[p.code]}/sessions`, { startsOn: notAfterToday(date(3, 2)), endsOn: notAfterToday(date(3, 6)), capacity: 80, location: 'Gedung BKPSDM Kota Salatiga' })).body.id));

  // Enrolments and completions: each employee in the programme that fits their position.
  const fit = (e: (typeof employees)[number]) => (e.position.code === 'JF-PLH' ? 'TEK-AMDAL' : e.position.code === 'JS-KABID' ? 'PKA-2026' : e.position.code === 'JF-ANKEB' ? 'TEK-KEBIJAKAN' : 'TEK-ARSIP');
  // In the employees' order, whatever order the answers came in (the feedback below alternates on it).
  const completed = (
    await eachInFlight(employees, async (e, i) => {
      if (i % 2 !== 0) return undefined;
      const code = fit(e);
      const enrollment = await api.eventually(() => api.call('POST', `/v1/sessions/${sessions[code]}/enrollments`, { nip: e.nip }, [201, 409]));
      if (enrollment.status !== 201 || i % 4 !== 0) return undefined;
      const jp = programs.find((p) => p.code === code)!.jp;
      await api.call('POST', `/v1/enrollments/${enrollment.body.id}/completion`, { attendedJp: jp - (i % 3), preTestScore: 50 + (i % 20), postTestScore: 70 + (i % 25), passed: i % 12 !== 0, completedOn: notAfterToday(date(3, 6)) });
      return { nip: e.nip, code };
    })
  ).filter((c) => c !== undefined);
  await eachInFlight(employees, async (e, i) => {
    if (i % 5 !== 1) return;
    const enrollment = await api.eventually(() => api.call('POST', `/v1/sessions/${sessions['SEM-HIJAU']}/enrollments`, { nip: e.nip }, [201, 409]));
    if (enrollment.status === 201) await api.call('POST', `/v1/enrollments/${enrollment.body.id}/completion`, { attendedJp: 8, preTestScore: 60, postTestScore: 75, passed: true, completedOn: notAfterToday(date(3, 6)) });
  });
  // Feedback (Kirkpatrick L1) from those who completed; the archive training is rated poorly.
  const employeeApi = async (nip: string) => new Api(gatewayUrl, await signDevToken(secret, { role: 'employee', nip }));
  await eachInFlight(completed, async (c, i) => {
    const relevance = c.code === 'TEK-ARSIP' ? 2 : 4 + (i % 2);
    const employee = await employeeApi(c.nip);
    await employee.eventually(() => employee.call('POST', '/v1/feedback', { nip: c.nip, sessionId: sessions[c.code], relevance, satisfaction: Math.min(5, relevance + 1), comment: relevance < 3 ? 'Kurang sesuai tugas sehari-hari' : 'Bermanfaat' }, [201, 409]));
  });

  // A university partner, an agreement, internships and degree study.
  const uksw = (await api.call('POST', '/v1/partners', { name: 'Universitas Kristen Satya Wacana', kind: 'university', city: 'Salatiga' })).body.id;
  await api.call('POST', '/v1/partners', { name: 'Institut Teknologi Bandung', kind: 'university', city: 'Bandung' });
  const agreement = (await api.call('POST', `/v1/partners/${uksw}/agreements`, { number: `PKS/UKSW-PEMKOT/${year}/001`, title: 'Pengembangan Kompetensi ASN Kota Salatiga', scope: 'Magang, tugas belajar dan kursus singkat bagi ASN', startsOn: date(1, 1), endsOn: date(12, 31, year + 2) })).body.id;
  await eachInFlight(employees, async (e, i) => {
    if (i % 10 !== 3) return;
    const kind = i % 20 === 3 ? 'internship' : 'short-course';
    const placement = await api.eventually(() => api.call('POST', `/v1/agreements/${agreement}/placements`, { nip: e.nip, kind, startsOn: notAfterToday(date(4, 1)), endsOn: date(5, 31), jp: kind === 'internship' ? 40 : 16 }));
    if (i % 30 === 3) await api.call('POST', `/v1/placements/${placement.body.id}/completion`, { completedOn: notAfterToday(date(5, 31)) });
  });
  await api.eventually(() => api.call('POST', `/v1/agreements/${agreement}/placements`, { nip: employees[5]!.nip, kind: 'degree', startsOn: notAfterToday(date(2, 1)), endsOn: date(8, 31, year + 2), jp: 0 }));

  // "Salatiga Hijau": from an employee of DLH to a launched initiative with citizens taking part.
  const proposer = employees.find((e) => e.opd === 'DLH')!;
  const idea = (await (await employeeApi(proposer.nip)).eventually(async () =>
    (await employeeApi(proposer.nip)).call('POST', '/v1/ideas', { title: 'Salatiga Hijau', problem: 'Ruang terbuka hijau di pusat kota berkurang, suhu dan banjir genangan meningkat.', proposal: 'Gerakan menanam pohon bersama warga di setiap kelurahan, dengan taman kota yang dirawat bersama.', category: 'environment', proposerNip: proposer.nip }),
  )).body;
  for (const to of ['under-review', 'approved', 'launched']) await api.call('POST', `/v1/ideas/${idea.id}/transitions`, { to, note: to === 'approved' ? 'Disetujui Tim Inovasi Daerah' : '' });
  await api.call('POST', `/v1/ideas/${idea.id}/participation`, { citizens: 350, activity: 'Penanaman 1.000 pohon di Kelurahan Kutowinangun', on: today });
  await api.call('POST', `/v1/ideas/${idea.id}/participation`, { citizens: 120, activity: 'Kerja bakti Taman Kota Salatiga', on: today });
  const other = employees.find((e) => e.opd === 'DPMPTSP')!;
  await (await employeeApi(other.nip)).eventually(async () =>
    (await employeeApi(other.nip)).call('POST', '/v1/ideas', { title: 'Perizinan daring satu pintu', problem: 'Pemohon izin harus datang berkali-kali ke kantor.', proposal: 'Semua izin diajukan dan dipantau secara daring.', category: 'public-service', proposerNip: other.nip }),
  );

  // Learning outside city programmes (issue #15): reported by employees with their certificates;
  // BKPSDM verified most, rejected one with its reason, and two wait for a decision.
  const external = [
    { title: 'Webinar Nasional Pengelolaan Sampah Berbasis Masyarakat', kind: 'webinar', provider: 'Kementerian Lingkungan Hidup', jp: 4 },
    { title: 'Kursus Daring Analisis Data untuk Kebijakan Publik', kind: 'mooc', provider: 'LAN RI (Learning Management System ASN)', jp: 20 },
    { title: 'Seminar Pelayanan Publik Inklusif', kind: 'seminar', provider: 'Ombudsman RI Perwakilan Jawa Tengah', jp: 6 },
    { title: 'Workshop Penyusunan SKP Berbasis Kinerja', kind: 'workshop', provider: 'BKN Kantor Regional I Yogyakarta', jp: 8 },
  ] as const;
  await eachInFlight([0, 1, 2, 3, 4, 5, 6, 7], async (k) => {
    const e = employees[7 + k * 37]!;
    const item = external[k % external.length]!;
    const completedOn = notAfterToday(date(2 + (k % 8), 10 + k));
    const file = k % 3 === 2
      ? { field: 'certificate', name: 'sertifikat.png', type: 'image/png', content: samplePng(120, 80, [30 + k * 20, 90, 160]) }
      : { field: 'certificate', name: `sertifikat-${item.kind}.pdf`, type: 'application/pdf', content: await samplePdf(['SERTIFIKAT', item.title, `diberikan kepada ${e.name}`, `NIP ${e.nip}`, `${item.jp} JP, ${completedOn}`, item.provider]) };
    const employeeClient = await employeeApi(e.nip);
    const reported = await employeeClient.eventually(() => employeeClient.form(`/v1/employees/${e.nip}/external-learning`, { ...item, completedOn }, file));
    if (k < 5) await api.call('POST', `/v1/external-learning/${reported.body.id}/verification`, { decision: 'verified' });
    else if (k === 5) await api.call('POST', `/v1/external-learning/${reported.body.id}/verification`, { decision: 'rejected', reason: 'Nama pada sertifikat tidak sesuai dengan nama pegawai' });
  });

  // Appraisals (SKP) for last year and a few discipline records.
  const ratings = ['very-good', 'good', 'good', 'fair', 'good', 'very-good', 'poor'];
  await eachInFlight(employees, async (e, i) => {
    await api.eventually(() => api.call('POST', '/v1/appraisals', { nip: e.nip, year: year - 1, rating: ratings[i % ratings.length] }, [201, 409]));
    if (i % 37 === 0) await api.eventually(() => api.call('POST', '/v1/discipline-records', { nip: e.nip, level: i % 2 ? 'moderate' : 'light', decidedOn: notAfterToday(date(2, 15)) }));
  });
  return true;
}

/** Called by scripts/start.ts once the gateway is ready. */
export async function runDemo({ gatewayUrl, root }: { gatewayUrl: string; root: string }): Promise<void> {
  const secret = devSecret(root);
  const t0 = Date.now();
  console.log('[demo] loading demo data for Salatiga through the gateway...');
  const loaded = await loadDemo(gatewayUrl, secret);
  console.log(loaded ? `[demo] loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s` : '[demo] demo data already present; nothing loaded');
  const sample = demoEmployees()[0]!;
  const tokens = {
    admin: await signDevToken(secret, { role: 'admin', sub: 'bkpsdm-admin' }),
    'agency (DLH)': await signDevToken(secret, { role: 'agency', opd: 'DLH' }),
    analyst: await signDevToken(secret, { role: 'analyst' }),
    [`employee (${sample.nip})`]: await signDevToken(secret, { role: 'employee', nip: sample.nip }),
  };
  console.log(`\nGateway   ${gatewayUrl}/v1\nAPI docs  ${gatewayUrl}/docs  (OpenAPI: ${gatewayUrl}/docs/json)\n\nTokens (valid 8 h; more with: npm run token -- --role agency --opd DINKES):`);
  for (const [who, token] of Object.entries(tokens)) console.log(`  ${who}:\n    ${token}`);
  console.log(`\nTry:\n  export TOKEN=${tokens.admin}\n  curl -s -H "Authorization: Bearer $TOKEN" ${gatewayUrl}/v1/metrics/opd/DLH\n  curl -s -H "Authorization: Bearer $TOKEN" ${gatewayUrl}/v1/employees/${sample.nip}/profile\n  curl -s -H "Authorization: Bearer $TOKEN" "${gatewayUrl}/v1/external-learning?status=reported"\n  curl -s -H "Authorization: Bearer $TOKEN" -F title="Webinar Literasi Digital" -F kind=webinar -F provider=Kominfo -F jp=4 -F completedOn=${today} -F certificate=@sertifikat.pdf ${gatewayUrl}/v1/employees/${sample.nip}/external-learning`);
}

// `tsx scripts/demo.ts <gateway URL>`: loads the demo into a platform already running, whose gateway
// verifies tokens with JWT_SECRET (what `npm start` does once its gateway is ready).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const gatewayUrl = process.argv[2];
  if (!gatewayUrl || !process.env.JWT_SECRET) {
    console.error('usage: JWT_SECRET=<the gateway\'s secret> tsx scripts/demo.ts <gateway URL>');
    process.exit(2);
  }
  const loaded = await loadDemo(gatewayUrl, process.env.JWT_SECRET);
  console.log(loaded ? 'demo loaded' : 'demo already present');
}
