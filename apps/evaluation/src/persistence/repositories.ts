import type { CloudEvent } from '@asn/contracts';
import type { OutboxNotify } from '@asn/messaging';
import { Repository, type AggregateNames } from '@asn/persistence';
import { conflict, VersionedCache, type AppError } from '@asn/service-kit';
import type { Collection, Document } from 'mongodb';
import type { Model } from 'mongoose';
import type { AppraisalDoc, BehaviorAssessmentDoc, CompletionDoc, DisciplineDoc, EvaluationModels, FeedbackDoc, FollowUpDoc } from './models';

/**
 * How old an OPD's due list may get before it is reloaded behind its readers (see VersionedCache):
 * the net for a writer that died between its write and the bump and was not started again (one that
 * is, bumps every list at its start: `startOpenLists`). Each reload reads every open follow-up of
 * the OPD; at ten minutes the reloads of a city of 400,000 open follow-ups doubled the due route's
 * p95 whenever they fell in (issue #13).
 */
const DUE_LISTS_MAX_AGE_MS = 60 * 60_000;
/** The cache key of the city's open follow-ups (its version is the sum of the OPDs'); each OPD's is its code. */
const CITY = '*';
/** What orders the due list: due date, then id (Mongo's string order, by code point). */
export type DueKey = Pick<FollowUpDoc, '_id' | 'dueOn'>;
/**
 * An OPD's (or the city's) open follow-ups as of one version: their keys in due order, and the
 * documents of the pages read so far. An open follow-up changes only through writes that bump its
 * OPD's version (scheduled, moved, cancelled, closed), so a document read under a version serves
 * every later read of that version; the next version starts with none.
 */
export interface OpenList {
  keys: DueKey[];
  docs: Map<string, FollowUpDoc>;
}
/** Documents kept per open list: the first fifty pages of twenty. */
const DOCS_KEPT_PER_LIST = 1_000;
const byDue = (a: DueKey, b: DueKey) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** How many employees' records one instance keeps in memory (about 40 documents each at city scale). */
const EMPLOYEE_RECORDS_KEPT = 1_000;

/** An employee's evaluation records: what the 360° profile shows. */
export interface EmployeeRecordDocs {
  feedback: FeedbackDoc[];
  behaviorAssessments: BehaviorAssessmentDoc[];
  followUps: FollowUpDoc[];
  appraisals: AppraisalDoc[];
  discipline: DisciplineDoc[];
}

/**
 * An employee's records read together and kept in memory by NIP, the most recently read employees
 * only: at city scale a profile's five queries read about 40 documents, and the store's time per
 * document bounded the profile (issue #13). Every write of a record bumps the employee's version
 * after it (see VersionedCache), so a read costs one lookup by `_id` while nothing changed.
 */
export class EmployeeRecords {
  private readonly cache: VersionedCache<EmployeeRecordDocs>;

  constructor(versions: () => Collection<Document>, load: (nip: string) => Promise<EmployeeRecordDocs>) {
    this.cache = new VersionedCache(versions, load, { maxEntries: EMPLOYEE_RECORDS_KEPT });
  }

  of(nip: string): Promise<EmployeeRecordDocs> {
    return this.cache.get(nip);
  }

  /** Call after every write of a record of the employee. */
  changed(nip: string): Promise<void> {
    return this.cache.bump(nip);
  }

  /** Runs a write of a record of the employee, then bumps their version (see VersionedCache.bumpAfter). */
  changing<R>(nip: string, write: () => Promise<R>): Promise<R> {
    return this.cache.bumpAfter(nip, write);
  }
}

/** A repository of records about one employee each: every write tells EmployeeRecords. */
class EmployeeRecordRepository<Doc extends { _id: string; nip: string }> extends Repository<Doc> {
  constructor(model: Model<Doc>, notify: OutboxNotify, names: AggregateNames, protected readonly records: EmployeeRecords) {
    super(model, notify, names);
  }

  protected recordWithEvents(doc: Doc, events: CloudEvent[], onDuplicate?: () => AppError): Promise<Doc> {
    return this.records.changing(doc.nip, () => this.insertWithEvents(doc, events, onDuplicate));
  }
}

/** Completed trainings, from learning's events: who may give feedback on which session. */
export class CompletionRepository extends Repository<CompletionDoc> {
  /** Idempotent: a redelivered completion sets the same values. */
  record(doc: CompletionDoc) {
    return this.upsertPlain(doc._id, { $set: doc });
  }
}

/**
 * Behaviour follow-ups, and the open ones of each OPD (and of the city) as ids in due order, in
 * memory: an OPD collects one follow-up per completion over the years, and counting and sorting
 * them in the store on every page read all of them twice. A page reads the version, then its own
 * follow-ups by id. Every change here bumps its OPD's version after the write (one write; a writer
 * that dies in between is caught up within ten minutes). The city's version is the sum of the
 * OPDs' (one read of about 30 small documents), so a change anywhere reloads it.
 */
export class FollowUpRepository extends Repository<FollowUpDoc> {
  private readonly openLists: VersionedCache<OpenList>;

  constructor(models: EvaluationModels, notify: OutboxNotify, private readonly records: EmployeeRecords, readModelMaxLagMs: number) {
    super(models.FollowUp, notify, { code: 'FOLLOW_UP', label: 'follow-up' });
    this.openLists = new VersionedCache<OpenList>(
      () => models.DueVersion.collection,
      async (key) => ({ keys: (await this.findMany({ ...(key === CITY ? {} : { opd: key }), status: 'open' }, { projection: { dueOn: 1 } })).sort(byDue), docs: new Map() }),
      // The safety net (a writer that died between its write and the bump) at ten minutes, not one:
      // reloading the city's 100,000 open follow-ups each minute kept the store busy (issue #13).
      { maxAgeMs: DUE_LISTS_MAX_AGE_MS, derivedKeys: [CITY], maxLagMs: readModelMaxLagMs },
    );
  }

  /**
   * At an instance's start: a new version of every OPD's open list, for the lists other instances
   * hold (a write of an instance that died before its bump is seen once it is started again), then
   * each loaded, one OPD after another (started off the request path).
   */
  async startOpenLists(signal?: AbortSignal): Promise<void> {
    const opds = [...(await this.openLists.versionsOfAll()).keys()];
    for (const opd of opds) await this.openLists.bump(opd);
    await this.openLists.warm(opds, signal);
  }

  /** The open follow-ups of an OPD, or of the city, in due order. */
  async openOf(opd: string | undefined): Promise<OpenList> {
    if (opd) return this.openLists.get(opd);
    let sum = 0;
    for (const seq of (await this.openLists.versionsOfAll()).values()) sum += seq;
    return this.openLists.getAt(CITY, sum);
  }

  /** Schedules the follow-up of a completion once (keyed by its enrolment): answers whether it is new. */
  async schedule(doc: FollowUpDoc): Promise<boolean> {
    const { _id, ...fields } = doc;
    const created = await this.upsertPlain(_id, { $setOnInsert: fields });
    if (created) await Promise.all([this.openLists.bump(doc.opd), this.records.changed(doc.nip)]);
    return created;
  }

  /** An employee's open follow-ups move with them to their new OPD. */
  async moveOpen(nip: string, fromOpd: string, toOpd: string): Promise<void> {
    if ((await this.updateAll({ nip, status: 'open' }, { $set: { opd: toOpd } })) > 0) await Promise.all([this.openLists.bump(fromOpd), this.openLists.bump(toOpd), this.records.changed(nip)]);
  }

  /** An employee's open follow-ups are cancelled on a date. */
  async cancelOpen(nip: string, opd: string, cancelledOn: string): Promise<void> {
    if ((await this.updateAll({ nip, status: 'open' }, { $set: { status: 'cancelled', cancelledOn } })) > 0) await Promise.all([this.openLists.bump(opd), this.records.changed(nip)]);
  }

  /** The employee's open follow-up of a programme due first, if any. */
  async firstOpen(nip: string, programId: string): Promise<FollowUpDoc | null> {
    return (await this.findMany({ nip, programId, status: 'open' }, { sort: { dueOn: 1 }, limit: 1 }))[0] ?? null;
  }

  /** Closes an open follow-up with its assessment and event: answers false when it was closed meanwhile. */
  async close(followUp: FollowUpDoc, assessment: NonNullable<FollowUpDoc['assessment']>, events: CloudEvent[]): Promise<boolean> {
    const closed = await this.updateWithEvents(followUp._id, { status: 'open' }, { $set: { status: 'done', assessment } }, events);
    if (closed) await Promise.all([this.openLists.bump(followUp.opd), this.records.changed(followUp.nip)]);
    return closed;
  }

  /**
   * Follow-ups of an open list by id, in the order asked (those not found left out): from the list's
   * documents where it has them, else read (one `$in`) and kept with it. A page read again then
   * costs the version check alone (issue #13: reading a page's twenty documents was most of the
   * store's work on the due route).
   */
  async ofOpenList(list: OpenList, ids: string[]): Promise<FollowUpDoc[]> {
    const missing = ids.filter((id) => !list.docs.has(id));
    const read = new Map(missing.length ? (await this.findMany({ _id: { $in: missing } })).map((d) => [d._id, d]) : []);
    for (const [id, doc] of read) if (list.docs.size < DOCS_KEPT_PER_LIST) list.docs.set(id, doc);
    return ids.map((id) => list.docs.get(id) ?? read.get(id)).filter((d): d is FollowUpDoc => d !== undefined);
  }

  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { dueOn: 1 } });
  }
}

export class FeedbackRepository extends EmployeeRecordRepository<FeedbackDoc> {
  submit(doc: FeedbackDoc, events: CloudEvent[]) {
    return this.recordWithEvents(doc, events, () => conflict('FEEDBACK_EXISTS', `Employee ${doc.nip} already gave feedback on session ${doc.sessionId}`));
  }

  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { submittedOn: 1 } });
  }
}

export class BehaviorAssessmentRepository extends EmployeeRecordRepository<BehaviorAssessmentDoc> {
  record(doc: BehaviorAssessmentDoc, events: CloudEvent[]) {
    return this.recordWithEvents(doc, events);
  }

  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { assessedOn: 1 } });
  }
}

export class AppraisalRepository extends EmployeeRecordRepository<AppraisalDoc> {
  record(doc: AppraisalDoc, events: CloudEvent[]) {
    return this.recordWithEvents(doc, events, () => conflict('APPRAISAL_EXISTS', `Employee ${doc.nip} already has an appraisal for ${doc.year}`));
  }

  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { year: 1 } });
  }
}

export class DisciplineRepository extends EmployeeRecordRepository<DisciplineDoc> {
  record(doc: DisciplineDoc, events: CloudEvent[]) {
    return this.recordWithEvents(doc, events);
  }

  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { decidedOn: 1 } });
  }
}

/** `readModelMaxLagMs`: READ_MODEL_MAX_LAG_MS, for the OPDs' open follow-ups (see VersionedCache). */
export function evaluationRepositories(models: EvaluationModels, notify: OutboxNotify, readModelMaxLagMs: number) {
  // The loader reads through the repositories below (called only after they exist).
  const records: EmployeeRecords = new EmployeeRecords(
    () => models.EmployeeVersion.collection,
    async (nip) => {
      const [feedback, behaviorAssessments, followUps, appraisals, discipline] = await Promise.all([
        repositories.feedback.ofEmployee(nip),
        repositories.behaviorAssessments.ofEmployee(nip),
        repositories.followUps.ofEmployee(nip),
        repositories.appraisals.ofEmployee(nip),
        repositories.discipline.ofEmployee(nip),
      ]);
      return { feedback, behaviorAssessments, followUps, appraisals, discipline };
    },
  );
  const repositories = {
    completions: new CompletionRepository(models.Completion, notify, { code: 'COMPLETION', label: 'completion' }),
    followUps: new FollowUpRepository(models, notify, records, readModelMaxLagMs),
    feedback: new FeedbackRepository(models.Feedback, notify, { code: 'FEEDBACK', label: 'feedback' }, records),
    behaviorAssessments: new BehaviorAssessmentRepository(models.BehaviorAssessment, notify, { code: 'BEHAVIOR_ASSESSMENT', label: 'behaviour assessment' }, records),
    appraisals: new AppraisalRepository(models.Appraisal, notify, { code: 'APPRAISAL', label: 'appraisal' }, records),
    discipline: new DisciplineRepository(models.Discipline, notify, { code: 'DISCIPLINE_RECORD', label: 'discipline record' }, records),
  };
  return { ...repositories, employeeRecords: records };
}
export type EvaluationRepositories = ReturnType<typeof evaluationRepositories>;
