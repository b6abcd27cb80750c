// The steady write load of the resilience suite and the ledger it keeps: what the platform
// acknowledged, written down by the suite itself, so the metrics can be checked against it.
import { businessDate, businessYear } from '@asn/contracts';
import { GatewayClient, Unanswered, type Answer } from './client';

export const CHAOS_OPDS = ['CHAOSA', 'CHAOSB', 'CHAOSC'] as const;
/** The programme every story trains in (spec 2: jp 1–500; a completion's attendedJp ≤ jp). */
const PROGRAM_JP = 12;
/** JP a completed short course credits (spec 5: placement jp counts in the year of completion). */
const PLACEMENT_JP = 8;

export interface EmployeeEntry {
  opd: string;
  /** Sum of attendedJp of acknowledged completions (spec 5: passed ones count). */
  trainingJp: number;
  /** Sum of jp of acknowledged placement completions. */
  placementJp: number;
  enrolments: number;
  placements: number;
}

/** What the platform acknowledged (a 2xx). */
export class Ledger {
  readonly employees = new Map<string, EmployeeEntry>();
  completions = 0;
  feedback = 0;
  /** Acknowledged writes, in order, with when they were acknowledged. */
  readonly acknowledged: { at: number; what: string }[] = [];
  /** Writes that got no final answer within their budget (not counted anywhere else). */
  unanswered = 0;

  ack(what: string): void {
    this.acknowledged.push({ at: Date.now(), what });
  }

  writesBetween(from: number, to: number): number {
    return this.acknowledged.filter((w) => w.at >= from && w.at < to).length;
  }
}

export interface Fixture {
  programId: string;
  sessionId: string;
  agreementId: string;
}

export const today = () => businessDate(new Date());
export const thisYear = () => businessYear(new Date());

function must<T>(answer: Answer<T>, what: string, ok: number[] = [200, 201]): T {
  if (!ok.includes(answer.status)) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The programme, a session big enough for every story, and an active agreement to place employees under. */
export async function createFixture(api: GatewayClient, runId: string): Promise<Fixture> {
  const program = must(await api.post<{ id: string }>('/v1/programs', { code: `CHAOS-${runId}`.toUpperCase().slice(0, 30), title: 'Ketahanan Layanan (uji ketahanan)', category: 'technical', mode: 'classical', jp: PROGRAM_JP, competencies: [{ code: 'K-ARSIP', type: 'technical' }] }), 'programme');
  const session = must(await api.post<{ id: string }>(`/v1/programs/${program.id}/sessions`, { startsOn: today(), endsOn: today(), capacity: 10_000, location: 'Gedung BKPSDM Kota Salatiga' }), 'session');
  const partner = must(await api.post<{ id: string }>('/v1/partners', { name: `Universitas Uji ${runId}`, kind: 'university', city: 'Salatiga' }), 'partner');
  const year = thisYear();
  const agreement = must(await api.post<{ id: string }>(`/v1/partners/${partner.id}/agreements`, { number: `PKS/CHAOS/${runId}`, title: 'Uji ketahanan', scope: 'Kursus singkat', startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` }), 'agreement');
  return { programId: program.id, sessionId: session.id, agreementId: agreement.id };
}

/** A valid NIP (spec 8.2) for the k-th employee of a run: birth date, appointment month, gender, serial. */
export function chaosNip(k: number, salt: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + ((salt * 7919 + k) % 9000) * 86_400_000);
  const y = birth.getUTCFullYear();
  const serial = 1 + (Math.floor((salt * 7919 + k) / 9000) % 999);
  return `${y}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}${y + 20}01${1 + (k % 2)}${String(serial).padStart(3, '0')}`;
}

const NOT_YET = ['EMPLOYEE_NOT_FOUND', 'SESSION_NOT_COMPLETED', 'ENROLLMENT_NOT_FOUND'];

/**
 * One employee's year: registered, enrolled, trained (a passed completion), their feedback, and
 * every other one a completed short course. Each step is acknowledged before the next starts,
 * and written into the ledger only then.
 */
async function story(api: GatewayClient, ledger: Ledger, fixture: Fixture, k: number, salt: number): Promise<void> {
  const nip = chaosNip(k, salt);
  const opd = CHAOS_OPDS[k % CHAOS_OPDS.length]!;
  // Each write must be answered 201, also when it ran twice because a process died before its
  // first answer was kept: the platform answers the first run's result (spec 8.7), never a conflict.
  must(await api.post('/v1/employees', { nip, name: `Pegawai Uji ${k}`, opd, position: { code: 'JP-PENGADM', title: 'Pengadministrasi Umum', kind: 'executive' }, grade: 'III/a', education: 'S1' }), `register ${nip}`, [201]);
  const entry: EmployeeEntry = { opd, trainingJp: 0, placementJp: 0, enrolments: 0, placements: 0 };
  ledger.employees.set(nip, entry);
  ledger.ack('registration');

  const enrolment = must(await api.post<{ id: string }>(`/v1/sessions/${fixture.sessionId}/enrollments`, { nip }, { retryWhile: NOT_YET }), `enrol ${nip}`);
  entry.enrolments++;
  ledger.ack('enrolment');

  const attendedJp = 1 + (k % PROGRAM_JP);
  must(await api.post(`/v1/enrollments/${enrolment.id}/completion`, { attendedJp, preTestScore: 50 + (k % 30), postTestScore: 70 + (k % 30), passed: true, completedOn: today() }), `complete ${nip}`, [201]);
  entry.trainingJp += attendedJp;
  ledger.completions++;
  ledger.ack('completion');

  must(await api.post('/v1/feedback', { nip, sessionId: fixture.sessionId, relevance: 3 + (k % 3), satisfaction: 3 + (k % 3) }, { retryWhile: NOT_YET }), `feedback ${nip}`, [201]);
  ledger.feedback++;
  ledger.ack('feedback');

  if (k % 2 === 0) {
    const placement = must(await api.post<{ id: string }>(`/v1/agreements/${fixture.agreementId}/placements`, { nip, kind: 'short-course', startsOn: today(), endsOn: today(), jp: PLACEMENT_JP }, { retryWhile: NOT_YET }), `place ${nip}`);
    entry.placements++;
    ledger.ack('placement');
    must(await api.post(`/v1/placements/${placement.id}/completion`, { completedOn: today() }), `complete placement ${nip}`, [201]);
    entry.placementJp += PLACEMENT_JP;
    ledger.ack('placement completion');
  }
}

/** Stories run by `workers` loops until stopped; a failed story is reported, never retried as a new one. */
export class WriteLoad {
  private running = false;
  private loops: Promise<void>[] = [];
  private next: number;
  readonly failures: string[] = [];

  constructor(
    private readonly api: GatewayClient,
    private readonly ledger: Ledger,
    private readonly fixture: Fixture,
    private readonly salt: number,
    private readonly workers = 3,
    /** The first story's number (each story is a new employee). */
    firstStory = 0,
    /** Pause of each worker between stories: a steady load rather than as fast as the platform goes. */
    private readonly paceMs = 0,
  ) {
    this.next = firstStory;
  }

  /** The number the next story would have. */
  get nextStory(): number {
    return this.next;
  }

  start(): void {
    this.running = true;
    this.loops = Array.from({ length: this.workers }, () => this.loop());
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const k = this.next++;
      try {
        await story(this.api, this.ledger, this.fixture, k, this.salt);
      } catch (err) {
        if (err instanceof Unanswered) this.ledger.unanswered++;
        this.failures.push(`story ${k}: ${(err as Error).message}`);
      }
      if (this.paceMs > 0 && this.running) await new Promise((r) => setTimeout(r, this.paceMs));
    }
  }

  /** Lets the stories under way finish (each step retried within its budget), then returns. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}
