import { randomUUID } from 'node:crypto';
import { CERTIFICATE_NUMBER, certificateNumber, Id, LearningApi, Nip, OpdCode, businessDate, type CloudEvent } from '@asn/contracts';
import { createEvent, publicView } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, badRequest, writtenByThisRequest, newAggregateId, conflict, escapeRegex, notFound, slicePage, validationFailed } from '@asn/service-kit';
import type { EnrollmentDoc, ProgramDoc, SessionDoc } from '../persistence/models';
import type { LearningRepositories } from '../persistence/repositories';

/** Storage-only fields that never leave the service. */
const INTERNAL = ['holders', 'seatsLeft', 'completion', 'certificate'];
const strip = <T extends { _id: string }>(doc: T) => publicView(doc, INTERNAL);

export const toProgram = (p: ProgramDoc) => strip(p);

export const toSession = (s: SessionDoc) => ({ ...strip(s), enrolled: s.capacity - s.seatsLeft });
/** A session as scheduled: when and where, without its seats (ScheduledSession in learning.proto). */
const toScheduledSession = (s: SessionDoc) => strip(s);
export const toEnrollment = (e: EnrollmentDoc) => strip(e);


/** Programmes, sessions, enrolments, completions and certificates. */
export class LearningDomain {
  constructor(
    private readonly store: LearningRepositories,
    private readonly directory: EmployeeDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  async publishProgram(input: unknown) {
    assertValid(LearningApi.PublishProgramBody, input);
    const id = newAggregateId();
    const doc: ProgramDoc = { _id: id, ...input, competencies: input.competencies.map(({ code, type }) => ({ code, type })), createdAt: this.now() };
    const { _id, createdAt, ...data } = doc;
    void createdAt;
    return toProgram(await this.store.programs.publish(doc, [createEvent('learning.program.published', id, { programId: _id, ...data })]));
  }

  /**
   * Records that a programme was revised (spec 8.6), typically after analytics flagged it: one
   * conditional write of the programme with its `learning.program.revised` event; a concurrent
   * revision makes it read again and number itself after that one.
   */
  async reviseProgram(programId: unknown, input: unknown) {
    assertValid(LearningApi.ReviseProgramBody, input);
    for (let attempt = 0; attempt < 8; attempt++) {
      // From the store: its catalogue entry may lag a revision whose bump has not followed yet.
      const program = await this.store.programs.get(programId);
      const revision = (program.revision ?? 0) + 1;
      const revisedOn = businessDate(this.clock());
      const id = `${program._id}:r${revision}`;
      if (await this.store.programs.revise(program, revision, revisedOn, [createEvent('learning.program.revised', program._id, { programId: program._id, revisionId: id, revision, summary: input.summary, revisedOn })])) {
        return { id, programId: program._id, revision, summary: input.summary, revisedOn };
      }
    }
    throw conflict('CONCURRENT_MODIFICATION', `Programme ${String(programId)} is being revised by another request; try again`);
  }

  /** A programme, from the catalogue in memory (shared: not to be changed). */
  program(id: unknown): Promise<ProgramDoc> {
    return this.store.programs.fromCatalogue(id);
  }

  async listPrograms(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { category?: string; q?: string; page: number; pageSize: number };
    assertValid(LearningApi.ListProgramsQuery, q);
    const title = q.q ? new RegExp(escapeRegex(q.q), 'i') : undefined;
    const matching = (await this.store.programs.catalogue()).filter((p) => (!q.category || p.category === q.category) && (!title || title.test(p.title)));
    const { docs, ...page } = slicePage(matching, q.page, q.pageSize);
    return { items: docs.map(toProgram), ...page };
  }

  async scheduleSession(programId: unknown, input: unknown) {
    assertValid(LearningApi.ScheduleSessionBody, input);
    if (input.endsOn < input.startsOn) throw validationFailed([{ path: '/endsOn', message: 'must not be before startsOn' }]);
    const program = await this.program(programId);
    const id = newAggregateId();
    const doc: SessionDoc = { _id: id, programId: program._id, startsOn: input.startsOn, endsOn: input.endsOn, capacity: input.capacity, seatsLeft: input.capacity, holders: [], ...(input.location ? { location: input.location } : {}), createdAt: this.now() };
    const stored = await this.store.sessions.schedule(doc, [
      createEvent('learning.session.scheduled', id, { sessionId: id, programId: program._id, startsOn: doc.startsOn, endsOn: doc.endsOn, capacity: doc.capacity, ...(doc.location ? { location: doc.location } : {}) }),
    ]);
    return toSession(stored);
  }

  session(id: unknown): Promise<SessionDoc> {
    return this.store.sessions.get(id);
  }

  /** A programme's sessions by start date, a page at a time (a programme collects sessions over the years). */
  async listSessions(programId: unknown, query: unknown = {}) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { page: number; pageSize: number };
    assertValid(LearningApi.ListSessionsQuery, q);
    const program = await this.program(programId);
    const { docs, ...page } = slicePage(await this.store.sessions.scheduleOf(program._id), q.page, q.pageSize);
    const seats = await this.store.sessions.seatsLeft(docs.map((s) => s._id));
    return { items: docs.map((s) => toSession({ ...s, seatsLeft: seats.get(s._id) ?? s.capacity })), ...page };
  }

  /**
   * Enrols an active employee. The seat is taken by one atomic conditional update of the session
   * (seats left > 0 and this NIP not yet a holder), so capacity is never exceeded and an employee
   * holds at most one seat, however many requests race. The enrolment document (with its event)
   * follows; if the service dies in between, the same request again completes the enrolment.
   */
  async enroll(sessionId: unknown, input: unknown) {
    assertValid(LearningApi.EnrollBody, input);
    // Without its seats (the seat update checks those): from memory once read, as it never changes.
    const session = await this.store.sessions.scheduled(sessionId);
    const enrollmentId = `${session._id}:${input.nip}`;
    const alreadyEnrolled = () => conflict('ALREADY_ENROLLED', `Employee ${input.nip} is already enrolled in session ${session._id}`);
    // An employee who may not enrol is refused first.
    const employee = await this.directory.requireActive(input.nip);
    // The seat first: its conditional update refuses a holder, so the employee's enrolment is read
    // only when they hold a seat already (or had one), not on every enrolment.
    let existing: EnrollmentDoc | null = null;
    const tookSeat = await this.store.sessions.takeSeat(session._id, input.nip);
    if (!tookSeat) {
      const now = await this.session(session._id);
      if (!now.holders.includes(input.nip)) throw conflict('SESSION_FULL', `Session ${session._id} is full (${now.capacity} seats)`);
      existing = await this.store.enrollments.find(enrollmentId);
      if (existing && existing.status !== 'cancelled') {
        // This very enrolment, run again (its answer was lost when a process died): answer it.
        if (writtenByThisRequest(existing)) return toEnrollment(existing);
        throw alreadyEnrolled();
      }
      // Holder without an active enrolment: a previous attempt died after taking the seat; finish it.
    }

    const now = this.now();
    const doc: EnrollmentDoc = { _id: enrollmentId, sessionId: session._id, programId: session.programId, nip: input.nip, opd: employee.opd, status: 'enrolled', createdAt: now, updatedAt: now };
    const event = createEvent('learning.enrollment.created', enrollmentId, { enrollmentId, sessionId: session._id, programId: session.programId, nip: input.nip, opd: employee.opd });
    if (!existing) {
      try {
        await this.store.enrollments.enroll(doc, [event]);
        return toEnrollment(doc);
      } catch (err) {
        if ((err as { code?: string }).code !== 'ALREADY_ENROLLED') throw err;
        // Enrolled before: a cancelled enrolment is reopened below. An active one: a racing request
        // of the same employee enrolled first (it holds the seat), or one that lost its seat (the
        // seat this request took goes back).
        existing = await this.store.enrollments.find(enrollmentId);
        if (existing?.status !== 'cancelled') {
          if (tookSeat) await this.store.sessions.giveSeatBack(session._id, input.nip);
          throw err;
        }
      }
    }
    // Re-enrolment after a cancellation: reopen the same document (conditional on it still being cancelled).
    if (!(await this.store.enrollments.reopen({ _id: enrollmentId, nip: input.nip }, employee.opd, now, [event]))) throw alreadyEnrolled();
    return toEnrollment(doc);
  }

  enrollment(id: unknown): Promise<EnrollmentDoc> {
    return this.store.enrollments.get(id);
  }

  async cancel(enrollmentId: unknown, input: unknown) {
    assertValid(LearningApi.CancelEnrollmentBody, input);
    const e = await this.enrollment(enrollmentId);
    if (e.status !== 'enrolled') throw conflict(e.status === 'completed' ? 'ALREADY_COMPLETED' : 'ENROLLMENT_CANCELLED', `Enrolment ${e._id} is ${e.status}`);
    const updatedAt = this.now();
    const cancelled = await this.store.enrollments.cancel(e, updatedAt, input.reason, [
      createEvent('learning.enrollment.cancelled', e._id, { enrollmentId: e._id, sessionId: e.sessionId, programId: e.programId, nip: e.nip, opd: e.opd, ...(input.reason ? { reason: input.reason } : {}) }),
    ]);
    if (!cancelled) throw conflict('ENROLLMENT_CHANGED', `Enrolment ${e._id} changed meanwhile; read it again`);
    await this.store.sessions.giveSeatBack(e.sessionId, e.nip);
    return toEnrollment({ ...e, status: 'cancelled', updatedAt });
  }

  /**
   * Records the completion once. A passed completion also issues a certificate with the next
   * number of its year (SLTG/<year>/<6 digits>); both events are written with the state. A failed
   * one is recorded with no certificate, and earns no JP (spec 8.4: analytics counts passed ones).
   */
  async complete(enrollmentId: unknown, input: unknown) {
    assertValid(LearningApi.CompleteEnrollmentBody, input);
    const e = await this.enrollment(enrollmentId);
    if (e.status === 'completed') {
      // This very completion, run again (its answer was lost when a process died): answer it.
      if (writtenByThisRequest(e) && e.completion) return { enrollmentId: e._id, nip: e.nip, programId: e.programId, ...e.completion, ...(e.certificate ? { certificate: e.certificate } : {}) };
      throw conflict('ALREADY_COMPLETED', `Enrolment ${e._id} is already completed`);
    }
    if (e.status === 'cancelled') throw conflict('ENROLLMENT_CANCELLED', `Enrolment ${e._id} was cancelled`);
    const program = await this.program(e.programId);
    if (input.attendedJp > program.jp) throw validationFailed([{ path: '/attendedJp', message: `must not exceed the programme's ${program.jp} JP` }]);
    // Spec 8.4: between the session's start and today (WIB), so JP cannot be dated into another year.
    if (input.completedOn > businessDate(this.clock())) throw validationFailed([{ path: '/completedOn', message: 'must not be in the future (WIB)' }]);
    const startsOn = (await this.store.sessions.scheduleOf(program._id)).find((s) => s._id === e.sessionId)?.startsOn ?? (await this.session(e.sessionId)).startsOn;
    if (input.completedOn < startsOn) throw validationFailed([{ path: '/completedOn', message: `must not be before the session starts (${startsOn})` }]);

    const completion = { attendedJp: input.attendedJp, preTestScore: input.preTestScore, postTestScore: input.postTestScore, passed: input.passed, completedOn: input.completedOn };
    const events: CloudEvent[] = [
      createEvent('learning.training.completed', e._id, {
        enrollmentId: e._id, sessionId: e.sessionId, programId: program._id, programCode: program.code, category: program.category,
        competencies: program.competencies.map(({ code, type }) => ({ code, type })), nip: e.nip, opd: e.opd, ...completion,
      }),
    ];
    let certificate: { id: string; number: string; issuedOn: string } | undefined;
    if (input.passed) {
      const year = input.completedOn.slice(0, 4);
      const seq = await this.store.counters.nextCertificateNumber(year);
      certificate = { id: randomUUID(), number: certificateNumber(year, seq), issuedOn: input.completedOn };
      events.push(
        createEvent('learning.certificate.issued', certificate.id, { certificateId: certificate.id, number: certificate.number, enrollmentId: e._id, programId: program._id, nip: e.nip, opd: e.opd, jp: input.attendedJp, issuedOn: certificate.issuedOn }),
      );
    }
    const updatedAt = this.now();
    if (!(await this.store.enrollments.complete(e, { completion, ...(certificate ? { certificate } : {}), updatedAt }, events))) throw conflict('ALREADY_COMPLETED', `Enrolment ${e._id} is already completed`);
    return { enrollmentId: e._id, nip: e.nip, programId: program._id, ...completion, ...(certificate ? { certificate } : {}) };
  }

  /** A session's enrolments with each employee's name and completion; an OPD's only when `opd` is given. */
  async enrollmentsOf(sessionId: unknown, opd?: string) {
    const session = await this.session(sessionId);
    if (opd !== undefined) assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const enrollments = await this.store.enrollments.ofSession(session._id, opd);
    const names = await Promise.all(enrollments.map((e) => this.directory.find(e.nip)));
    return {
      sessionId: session._id,
      items: enrollments.map((e, k) => ({
        enrollment: toEnrollment(e),
        name: names[k]?.name ?? '',
        ...(e.completion ? { completion: { enrollmentId: e._id, nip: e.nip, programId: e.programId, ...e.completion, ...(e.certificate ? { certificate: e.certificate } : {}) } } : {}),
      })),
    };
  }

  /** Every enrolment of an employee with its programme, session and completion. */
  async history(nip: unknown) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const enrollments = await this.store.enrollments.ofEmployee(nip);
    // Join in code: no $lookup on every Mongo-compatible server. Programmes come from the catalogue
    // in memory, sessions as scheduled (without their seats) from memory too.
    const [programs, sessionById] = await Promise.all([this.store.programs.catalogue(), this.store.sessions.asScheduled([...new Set(enrollments.map((e) => e.sessionId))])]);
    const programById = new Map(programs.map((p) => [p._id, p]));
    return {
      nip,
      items: enrollments.map((e) => ({
        enrollment: toEnrollment(e),
        program: programById.has(e.programId) ? toProgram(programById.get(e.programId)!) : null,
        session: sessionById.has(e.sessionId) ? toScheduledSession(sessionById.get(e.sessionId)!) : null,
        completion: e.completion ? { enrollmentId: e._id, nip: e.nip, programId: e.programId, ...e.completion, ...(e.certificate ? { certificate: e.certificate } : {}) } : null,
      })),
    };
  }

  /** Who holds a certificate: what the gateway checks before anyone has it rendered. */
  async certificateHolder(certificateId: unknown) {
    const e = await this.certifiedEnrollment(certificateId);
    return { certificateId: e.certificate.id, number: e.certificate.number, nip: e.nip };
  }

  private async certifiedEnrollment(certificateId: unknown) {
    assertValid(Id, certificateId, { '/': 'CERTIFICATE_ID_INVALID' });
    const e = await this.store.enrollments.withCertificate(certificateId);
    if (!e?.certificate || !e.completion) throw notFound('CERTIFICATE_NOT_FOUND', `No certificate ${certificateId}`);
    return e as EnrollmentDoc & Required<Pick<EnrollmentDoc, 'certificate' | 'completion'>>;
  }

  async certificate(certificateId: unknown) {
    const e = await this.certifiedEnrollment(certificateId);
    const [program, employee, session] = await Promise.all([this.program(e.programId), this.directory.find(e.nip), this.store.sessions.get(e.sessionId)]);
    return { enrollment: e, certificate: e.certificate, completion: e.completion, program, session, employeeName: employee?.name ?? e.nip };
  }

  /**
   * What anyone holding the certificate (or its QR code) may check: the programme, JP and dates,
   * with the holder's name and NIP masked. An unknown number (a forged or altered one) is
   * CERTIFICATE_NOT_FOUND; a string that is no certificate number at all, CERTIFICATE_NUMBER_INVALID.
   */
  async verifyCertificate(number: unknown) {
    if (typeof number !== 'string' || !CERTIFICATE_NUMBER.test(number)) throw badRequest('CERTIFICATE_NUMBER_INVALID', 'A certificate number looks like SLTG/2026/000123');
    const e = await this.store.enrollments.withCertificateNumber(number);
    if (!e?.certificate || !e.completion) throw notFound('CERTIFICATE_NOT_FOUND', `No certificate numbered ${number}`);
    const [program, employee] = await Promise.all([this.program(e.programId), this.directory.find(e.nip)]);
    return {
      number: e.certificate.number,
      programTitle: program.title,
      programCode: program.code,
      jp: e.completion.attendedJp,
      completedOn: e.completion.completedOn,
      issuedOn: e.certificate.issuedOn,
      holderName: maskName(employee?.name ?? ''),
      holderNip: maskNip(e.nip),
    };
  }
}

/** A name as the public may see it: the first letter of each word (`Agus Santoso` → `A*** S******`). */
export const maskName = (name: string) => name.split(/\s+/).filter(Boolean).map((w) => w[0] + '*'.repeat(Math.max(w.length - 1, 2))).join(' ');

/** A NIP as the public may see it: the birth year only (`1990**************`). */
export const maskNip = (nip: string) => nip.slice(0, 4) + '*'.repeat(Math.max(nip.length - 4, 0));
