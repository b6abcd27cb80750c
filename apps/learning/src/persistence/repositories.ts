import { LRUCache } from 'lru-cache';
import { GridFSBucket, type Db, type ObjectId } from 'mongodb';
import type { OutboxNotify } from '@asn/messaging';
import { Repository } from '@asn/persistence';
import { Id, type CloudEvent } from '@asn/contracts';
import { assertValid, conflict, VersionedCache } from '@asn/service-kit';
import { CERTIFICATE_FILES_BUCKET, type EnrollmentDoc, type ExternalLearningDoc, type LearningModels, type ProgramDoc, type SessionDoc } from './models';

/** The counter every programme write bumps (after the write): the version of the catalogue. */
const CATALOGUE = 'catalogue';
/** The version key of a programme's schedule (in the counters collection). */
const scheduleKey = (programId: string) => `schedule:${programId}`;
/** How many employees' enrolments one instance keeps in memory (about 20 documents each at city scale). */
const EMPLOYEES_KEPT = 1_000;
/** Sessions kept as scheduled per instance (about 300 bytes each: the city schedules some 400 a year). */
const SCHEDULED_SESSIONS_KEPT = 20_000;
/**
 * How long the seats of a session read for a list are answered from memory. Reading them decodes
 * the session's holders (a NIP per seat taken), most of a page's store time at city scale. This
 * instance's own seat writes drop the entry at once (a list after an enrolment shows it); another
 * instance's show within this. An enrolment never decides on these: its seat update does.
 */
const SEATS_FRESH_MS = 5_000;
/** Mongo orders strings by code point; so does this (localeCompare would not). */
const byCode = (a: ProgramDoc, b: ProgramDoc) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Programmes, and the catalogue (some hundred programmes) served from memory: listing it is one
 * read by _id (the catalogue version) instead of reading every programme twice (count and page).
 */
export class ProgramRepository extends Repository<ProgramDoc> {
  private readonly catalogueCache: VersionedCache<ProgramDoc[]>;
  /** Each catalogue read, by id (one map per version loaded). */
  private readonly catalogueById = new WeakMap<ProgramDoc[], Map<string, ProgramDoc>>();

  constructor(models: LearningModels, notify: OutboxNotify, readModelMaxLagMs: number) {
    super(models.Program, notify, { code: 'PROGRAM', label: 'programme' });
    this.catalogueCache = new VersionedCache<ProgramDoc[]>(
      () => models.Counter.collection,
      async () => (await this.findMany({})).sort(byCode),
      { maxLagMs: readModelMaxLagMs },
    );
  }

  async publish(doc: ProgramDoc, events: CloudEvent[]): Promise<ProgramDoc> {
    const stored = await this.insertWithEvents(doc, events, () => conflict('PROGRAM_CODE_TAKEN', `Programme code ${doc.code} is already used`));
    await this.catalogueCache.bump(CATALOGUE);
    return stored;
  }

  /** Numbers a revision after the one it was decided on: answers false when another came first. */
  async revise(program: ProgramDoc, revision: number, revisedOn: string, events: CloudEvent[]): Promise<boolean> {
    const revised = await this.updateWithEvents(program._id, { revision: program.revision ?? { $exists: false } }, { $set: { revision, lastRevisedOn: revisedOn } }, events);
    if (revised) await this.catalogueCache.bump(CATALOGUE);
    return revised;
  }

  /** Every programme, by code. */
  catalogue(): Promise<ProgramDoc[]> {
    return this.catalogueCache.get(CATALOGUE);
  }

  /**
   * One programme from the catalogue (PROGRAM_ID_INVALID, PROGRAM_NOT_FOUND as `get`). One that the
   * catalogue does not hold yet (published by another instance within the read models' lag) is read
   * from the store, so a session can be scheduled as soon as its programme exists. Shared: not to
   * be changed by the caller.
   */
  async fromCatalogue(id: unknown): Promise<ProgramDoc> {
    assertValid(Id, id, { '/': 'PROGRAM_ID_INVALID' });
    const all = await this.catalogue();
    let byId = this.catalogueById.get(all);
    if (!byId) this.catalogueById.set(all, (byId = new Map(all.map((p) => [p._id, p]))));
    return byId.get(id) ?? this.get(id);
  }
}

/**
 * Sessions, and each programme's schedule (its sessions without their seats) in memory, reloaded
 * when a session is scheduled: what a session is never changes after it is scheduled, only its
 * seats do, and a session of 100 seats carries 100 NIPs that a list does not show. So a page reads
 * the version and the seats of its own sessions, however many sessions the programme collected.
 */
export class SessionRepository extends Repository<SessionDoc> {
  private readonly schedules: VersionedCache<SessionDoc[]>;
  /** Sessions as scheduled, by id, the least recently read leaving first (see asScheduled). */
  private readonly scheduledById = new LRUCache<string, SessionDoc>({ max: SCHEDULED_SESSIONS_KEPT });
  /** Seats left as read at `readAt`, or when this instance last changed them (see SEATS_FRESH_MS). */
  private readonly seatsRead = new LRUCache<string, { seatsLeft: number; readAt: number } | { changedAt: number }>({ max: SCHEDULED_SESSIONS_KEPT });

  constructor(models: LearningModels, notify: OutboxNotify, readModelMaxLagMs: number) {
    super(models.Session, notify, { code: 'SESSION', label: 'session' });
    this.schedules = new VersionedCache<SessionDoc[]>(
      () => models.Counter.collection,
      async (key) => this.findMany({ programId: key.slice(scheduleKey('').length) }, { projection: { holders: 0, seatsLeft: 0 }, sort: { startsOn: 1, _id: 1 } }),
      { maxLagMs: readModelMaxLagMs },
    );
  }

  async schedule(doc: SessionDoc, events: CloudEvent[]): Promise<SessionDoc> {
    const stored = await this.insertWithEvents(doc, events);
    await this.schedules.bump(scheduleKey(doc.programId));
    return stored;
  }

  /** A programme's sessions by start date, without their seats. */
  scheduleOf(programId: string): Promise<SessionDoc[]> {
    return this.schedules.get(scheduleKey(programId));
  }

  /** The seats left of some sessions, for a list: at most SEATS_FRESH_MS old. */
  async seatsLeft(ids: string[]): Promise<Map<string, number>> {
    const readAt = performance.now();
    const seats = new Map<string, number>();
    const missing: string[] = [];
    for (const id of ids) {
      const known = this.seatsRead.get(id);
      if (known && 'seatsLeft' in known && readAt - known.readAt < SEATS_FRESH_MS) seats.set(id, known.seatsLeft);
      else missing.push(id);
    }
    if (missing.length === 0) return seats;
    for (const s of await this.findMany({ _id: { $in: missing } }, { projection: { seatsLeft: 1 } })) {
      seats.set(s._id, s.seatsLeft);
      const known = this.seatsRead.get(s._id);
      // A read that began before this instance's last change of the seats may predate it: not kept.
      if (known && 'changedAt' in known && known.changedAt >= readAt) continue;
      this.keepSeats(s._id, { seatsLeft: s.seatsLeft, readAt });
    }
    return seats;
  }

  private keepSeats(id: string, entry: { seatsLeft: number; readAt: number } | { changedAt: number }): void {
    this.seatsRead.set(id, entry);
  }

  /**
   * Sessions as scheduled (without seats), from memory: what a session is never changes after it
   * is scheduled, so one read per session and instance serves every later history (a past session
   * holds a NIP per seat taken; reading two dozen of them was most of a profile's store time).
   */
  async asScheduled(ids: string[]): Promise<Map<string, SessionDoc>> {
    const found = new Map<string, SessionDoc>();
    const missing: string[] = [];
    for (const id of ids) {
      const known = this.scheduledById.get(id);
      if (known) found.set(id, known);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const s of await this.findMany({ _id: { $in: missing } }, { projection: { holders: 0, seatsLeft: 0 } })) found.set(s._id, this.keepScheduled(s));
    }
    return found;
  }

  /** One session as scheduled (SESSION_ID_INVALID, SESSION_NOT_FOUND as `get`), from memory once read. */
  async scheduled(id: unknown): Promise<SessionDoc> {
    const known = typeof id === 'string' ? this.scheduledById.get(id) : undefined;
    if (known) return known;
    const { holders: _holders, seatsLeft: _seats, ...scheduled } = await this.get(id);
    return this.keepScheduled(scheduled as SessionDoc);
  }

  private keepScheduled(s: SessionDoc): SessionDoc {
    this.scheduledById.set(s._id, s);
    return s;
  }

  /**
   * Takes a seat for the NIP in one atomic conditional update (seats left and not yet a holder), so
   * capacity is never exceeded and an employee holds at most one seat: answers whether it did.
   */
  async takeSeat(sessionId: string, nip: string): Promise<boolean> {
    const res = await this.collection.updateOne({ _id: sessionId, seatsLeft: { $gt: 0 }, holders: { $ne: nip } }, { $inc: { seatsLeft: -1 }, $push: { holders: nip } });
    if (res.matchedCount === 1) this.keepSeats(sessionId, { changedAt: performance.now() });
    return res.matchedCount === 1;
  }

  /** Gives the seat back, only if this NIP still holds one. */
  async giveSeatBack(sessionId: string, nip: string): Promise<void> {
    const res = await this.collection.updateOne({ _id: sessionId, holders: nip }, { $inc: { seatsLeft: 1 }, $pull: { holders: nip } });
    if (res.matchedCount === 1) this.keepSeats(sessionId, { changedAt: performance.now() });
  }
}

/**
 * Enrolments, and each employee's (their learning history, about 20 at city scale) in memory for
 * the employees read lately, reloaded when one of theirs changes: every write here bumps the
 * employee's version after it (see VersionedCache), so a history costs one lookup by `_id` while
 * nothing changed, where it read all of them (issue #13: the store's time per document bounded the
 * profile).
 */
export class EnrollmentRepository extends Repository<EnrollmentDoc> {
  private readonly byEmployee: VersionedCache<EnrollmentDoc[]>;

  constructor(models: LearningModels, notify: OutboxNotify) {
    super(models.Enrollment, notify, { code: 'ENROLLMENT', label: 'enrolment' });
    this.byEmployee = new VersionedCache<EnrollmentDoc[]>(
      () => models.EmployeeVersion.collection,
      (nip) => this.findMany({ nip }, { sort: { createdAt: 1 } }),
      { maxEntries: EMPLOYEES_KEPT },
    );
  }

  enroll(doc: EnrollmentDoc, events: CloudEvent[]) {
    return this.byEmployee.bumpAfter(doc.nip, () => this.insertWithEvents(doc, events, () => conflict('ALREADY_ENROLLED', `Employee ${doc.nip} is already enrolled in session ${doc.sessionId}`)));
  }

  /** Re-enrolment after a cancellation reopens the same document, if it is still cancelled. */
  reopen(e: Pick<EnrollmentDoc, '_id' | 'nip'>, opd: string, updatedAt: string, events: CloudEvent[]) {
    return this.byEmployee.bumpAfter(e.nip, () => this.updateWithEvents(e._id, { status: 'cancelled' }, { $set: { status: 'enrolled', opd, updatedAt }, $unset: { cancelledReason: '' } }, events));
  }

  /** Cancels an enrolment still enrolled: answers false when it changed meanwhile. */
  cancel(e: Pick<EnrollmentDoc, '_id' | 'nip'>, updatedAt: string, reason: string | undefined, events: CloudEvent[]) {
    return this.byEmployee.bumpAfter(e.nip, () => this.updateWithEvents(e._id, { status: 'enrolled' }, { $set: { status: 'cancelled', updatedAt, ...(reason ? { cancelledReason: reason } : {}) } }, events));
  }

  /** Records the completion (and certificate) of an enrolment still enrolled: answers false when it was completed meanwhile. */
  complete(e: Pick<EnrollmentDoc, '_id' | 'nip'>, set: Pick<EnrollmentDoc, 'completion' | 'certificate' | 'updatedAt'>, events: CloudEvent[]) {
    return this.byEmployee.bumpAfter(e.nip, () => this.updateWithEvents(e._id, { status: 'enrolled' }, { $set: { status: 'completed', ...set } }, events));
  }

  /** An employee's enrolments, oldest first (shared: not to be changed by the caller). */
  ofEmployee(nip: string): Promise<readonly EnrollmentDoc[]> {
    return this.byEmployee.get(nip);
  }

  withCertificate(certificateId: string) {
    return this.findOne({ 'certificate.id': certificateId });
  }

  /** A session's enrolments by NIP (at most its capacity), or one OPD's of them. */
  ofSession(sessionId: string, opd?: string) {
    return this.findMany({ sessionId, ...(opd ? { opd } : {}) }, { sort: { nip: 1 } });
  }

  withCertificateNumber(number: string) {
    return this.findOne({ 'certificate.number': number });
  }
}

/** Numbers that must never repeat: one counter document per sequence. */
export class CounterRepository extends Repository<{ _id: string; seq: number }> {
  /** The next number of a year's certificates (SLTG/<year>/...). */
  async nextCertificateNumber(year: string): Promise<number> {
    const counter = await this.collection.findOneAndUpdate({ _id: `certificate-${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' });
    if (!counter?.seq) throw new Error('certificate counter did not answer');
    return counter.seq;
  }
}

/** External learning records, newest first. */
const NEWEST_FIRST = { reportedAt: -1, _id: -1 } as const;

export class ExternalLearningRepository extends Repository<ExternalLearningDoc> {
  report(doc: ExternalLearningDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }

  /** Decides a record still reported: answers false when it was decided meanwhile. */
  decide(id: string, decided: Pick<ExternalLearningDoc, 'status' | 'decidedAt' | 'decidedBy' | 'reason'>, events: CloudEvent[]) {
    return this.updateWithEvents(id, { status: 'reported' }, { $set: decided }, events);
  }

  /** The employee's records of a certificate file (by its hash). */
  withFile(nip: string, sha256: string) {
    return this.findMany({ nip, 'certificate.sha256': sha256 }, { projection: { status: 1 } });
  }

  /** Employees' records, newest first, grouped under load (every profile reads them). */
  private readonly byEmployee = this.groupedFinder('nip', { sort: NEWEST_FIRST });

  /** An employee's records, newest first (few: read at once), at most `limit`. */
  async ofEmployee(nip: string, limit: number) {
    return (await this.byEmployee(nip)).slice(0, limit);
  }

  /** Newest first, a page, by OPD and/or status. */
  list(filter: { opd?: string; status?: ExternalLearningDoc['status'] }, page: { page: number; pageSize: number }) {
    return this.page({ ...(filter.opd ? { opd: filter.opd } : {}), ...(filter.status ? { status: filter.status } : {}) }, { ...page, sort: NEWEST_FIRST });
  }

  /** Which of these ids have a record. */
  async existing(ids: string[]): Promise<Set<string>> {
    return new Set((await this.findMany({ _id: { $in: ids } }, { projection: { _id: 1 } })).map((r) => r._id));
  }
}

/**
 * The certificate files, in GridFS (plain collections, so the same on MongoDB and the embedded
 * server), each under its record's id.
 */
export class CertificateFiles {
  constructor(private readonly db: () => Db) {}

  private bucket(): GridFSBucket {
    return new GridFSBucket(this.db(), { bucketName: CERTIFICATE_FILES_BUCKET });
  }

  async store(id: string, fileName: string, metadata: Record<string, string>, content: Buffer | undefined): Promise<void> {
    const upload = this.bucket().openUploadStreamWithId(fileId(id), fileName, { metadata });
    await new Promise<void>((resolve, reject) => {
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(content);
    });
  }

  async delete(id: string): Promise<void> {
    await this.bucket().delete(fileId(id));
  }

  async read(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket().openDownloadStream(fileId(id))) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Ids of files stored before `before`, at most `limit`. */
  async storedBefore(before: Date, limit: number): Promise<string[]> {
    const files = this.db().collection<{ _id: string; uploadDate: Date }>(`${CERTIFICATE_FILES_BUCKET}.files`);
    return (await files.find({ uploadDate: { $lt: before } }, { projection: { _id: 1 } }).limit(limit).toArray()).map((f) => f._id);
  }
}

// GridFS stores any _id; its TypeScript types name only ObjectId. The files are keyed by their record's string id.
const fileId = (id: string) => id as unknown as ObjectId;

/** `readModelMaxLagMs`: READ_MODEL_MAX_LAG_MS, for the catalogue and the schedules (see VersionedCache). */
export function learningRepositories(models: LearningModels, db: () => Db, notify: OutboxNotify, readModelMaxLagMs: number) {
  return {
    programs: new ProgramRepository(models, notify, readModelMaxLagMs),
    sessions: new SessionRepository(models, notify, readModelMaxLagMs),
    enrollments: new EnrollmentRepository(models, notify),
    counters: new CounterRepository(models.Counter, notify, { code: 'COUNTER', label: 'counter' }),
    externalLearning: new ExternalLearningRepository(models.ExternalLearning, notify, { code: 'EXTERNAL_LEARNING', label: 'external learning record' }),
    certificateFiles: new CertificateFiles(db),
  };
}
export type LearningRepositories = ReturnType<typeof learningRepositories>;
