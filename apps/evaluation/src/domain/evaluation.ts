import { randomUUID } from 'node:crypto';
import { EvaluationApi, Nip, type EventData, addDays, businessDate } from '@asn/contracts';
import { createEvent, publicView, updateWithEvents, withEvents, type OutboxNotify } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, conflict, isDuplicateKey, slicePage, validationFailed, VersionedCache } from '@asn/service-kit';
import type { CompletionDoc, EvaluationModels, FollowUpDoc } from '../persistence/models';


/** How old an OPD's due list may get before it is reloaded behind its readers (see VersionedCache). */
const DUE_LISTS_MAX_AGE_MS = 10 * 60_000;
/** The cache key of the city's open follow-ups (its version is the sum of the OPDs'); each OPD's is its code. */
const CITY = '*';
/** What orders the due list: due date, then id (Mongo's string order, by code point). */
type DueKey = Pick<FollowUpDoc, '_id' | 'dueOn'>;
const byDue = (a: DueKey, b: DueKey) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** Training feedback (L1), behaviour follow-ups (L3), appraisals (SKP) and discipline records. */
/** The completion of a session by an employee (the same value as learning's enrolment id, so earlier documents are found too). */
const completionKey = (sessionId: string, nip: string) => `${sessionId}:${nip}`;

export class EvaluationDomain {
  constructor(
    private readonly models: EvaluationModels,
    private readonly directory: EmployeeDirectory,
    private readonly notify: OutboxNotify,
    private readonly followUpDays: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  /**
   * The open follow-ups of each OPD (and of the city), as ids in due order, in memory: an OPD
   * collects one follow-up per completion over the years, and counting and sorting them in the
   * store on every page read all of them twice. A page reads the version, then its own follow-ups
   * by id. Every change bumps its OPD's version after the write (one write; a writer that dies in
   * between is caught up within ten minutes). The city's version is the sum of the OPDs'
   * (one read of about 30 small documents), so a change anywhere reloads it.
   */
  private readonly openFollowUps = new VersionedCache<DueKey[]>(
    () => this.models.DueVersion.collection,
    async (key) => (await this.models.FollowUp.find({ ...(key === CITY ? {} : { opd: key }), status: 'open' }, { dueOn: 1 }).lean<DueKey[]>()).sort(byDue),
    // The safety net (a writer that died between its write and the bump) at ten minutes, not one:
    // reloading the city's 100,000 open follow-ups each minute kept the store busy (issue #13).
    DUE_LISTS_MAX_AGE_MS,
  );

  /**
   * Loads every OPD's open follow-ups, one OPD after another, so that the first agencies to ask
   * after a start do not all wait for their OPD's list at once (started off the request path).
   */
  async warmDueLists(signal?: AbortSignal): Promise<void> {
    await this.openFollowUps.warm([...(await this.openFollowUps.versionsOfAll()).keys()], signal);
  }

  private async openFollowUpsOf(opd: string | undefined): Promise<DueKey[]> {
    if (opd) return this.openFollowUps.get(opd);
    let sum = 0;
    for (const seq of (await this.openFollowUps.versionsOfAll()).values()) sum += seq;
    return this.openFollowUps.getAt(CITY, sum);
  }

  /** Spec 8.6: an employee's open follow-ups follow a transfer, so the new OPD assesses them. */
  async onEmployeeTransferred(data: EventData<'personnel.employee.transferred'>): Promise<void> {
    const res = await this.models.FollowUp.updateMany({ nip: data.nip, status: 'open' }, { $set: { opd: data.toOpd } });
    if (res.matchedCount > 0) await Promise.all([this.openFollowUps.bump(data.fromOpd), this.openFollowUps.bump(data.toOpd)]);
  }

  /** Spec 8.6: a retiree's open follow-ups are cancelled (nobody assesses a retired employee's work). */
  async onEmployeeRetired(data: EventData<'personnel.employee.retired'>): Promise<void> {
    const res = await this.models.FollowUp.updateMany({ nip: data.nip, status: 'open' }, { $set: { status: 'cancelled', cancelledOn: data.retiredOn } });
    if (res.matchedCount > 0) await this.openFollowUps.bump(data.opd);
  }

  async onTrainingCompleted(data: EventData<'learning.training.completed'>): Promise<void> {
    // Keyed by what feedback asks for (session and NIP: one feedback per employee per session), so
    // that question is a lookup by _id, which every store serves from its index.
    const completion: CompletionDoc = { _id: completionKey(data.sessionId, data.nip), nip: data.nip, opd: data.opd, sessionId: data.sessionId, programId: data.programId, completedOn: data.completedOn };
    await this.models.Completion.updateOne({ _id: completion._id }, { $set: completion }, { upsert: true });
    const followUp = await this.models.FollowUp.updateOne(
      { _id: data.enrollmentId },
      { $setOnInsert: { nip: data.nip, opd: data.opd, programId: data.programId, completedOn: data.completedOn, dueOn: addDays(data.completedOn, this.followUpDays), status: 'open' } },
      { upsert: true },
    );
    if (followUp.upsertedCount > 0) await this.openFollowUps.bump(data.opd);
    // The employee may have moved or retired since the completion (its event names the OPD of then):
    // the follow-up goes where the employee is now, as a transfer or retirement handled later would.
    const now = await this.directory.find(data.nip);
    if (now?.status === 'retired') await this.onEmployeeRetired({ nip: data.nip, opd: data.opd, retiredOn: this.today() });
    else if (now && now.opd !== data.opd) await this.onEmployeeTransferred({ nip: data.nip, fromOpd: data.opd, toOpd: now.opd, opd: now.opd });
  }

  async submitFeedback(input: unknown) {
    assertValid(EvaluationApi.FeedbackBody, input);
    const completion = await this.models.Completion.findById(completionKey(input.sessionId, input.nip)).lean<CompletionDoc>();
    if (!completion) throw conflict('SESSION_NOT_COMPLETED', `Employee ${input.nip} has not completed session ${input.sessionId}`);
    const id = `${input.sessionId}:${input.nip}`; // one feedback per employee per session
    const doc = { _id: id, ...input, opd: completion.opd, programId: completion.programId, submittedOn: this.today() };
    try {
      await this.models.Feedback.collection.insertOne(
        withEvents(doc, [
          createEvent('evaluation.feedback.submitted', id, { feedbackId: id, nip: input.nip, opd: completion.opd, sessionId: input.sessionId, programId: completion.programId, relevance: input.relevance, satisfaction: input.satisfaction, ...(input.comment ? { comment: input.comment } : {}), submittedOn: doc.submittedOn }),
        ]) as never,
      );
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict('FEEDBACK_EXISTS', `Employee ${input.nip} already gave feedback on session ${input.sessionId}`);
      throw err;
    }
    this.notify(this.models.Feedback, id);
    return publicView(doc);
  }

  /**
   * Records a behaviour assessment. It closes the employee's open follow-up for that programme
   * (the earliest due) in the same write as its event; without one it is stored on its own.
   */
  async recordBehaviorAssessment(input: unknown) {
    assertValid(EvaluationApi.BehaviorAssessmentBody, input, { '/nip': 'NIP_INVALID', '/assessorNip': 'NIP_INVALID' });
    if (input.assessorNip === input.nip) throw validationFailed([{ path: '/assessorNip', message: 'an employee does not assess their own behaviour' }]);
    const employee = await this.directory.find(input.nip);
    if (!employee) throw conflict('EMPLOYEE_NOT_FOUND', `No employee with NIP ${input.nip}`);
    // The assessor is a civil servant the platform knows and who still serves (issue #14: any NIP
    // was taken, so an assessment could name an invented or retired assessor).
    const assessor = await this.directory.find(input.assessorNip);
    if (!assessor) throw conflict('ASSESSOR_NOT_FOUND', `No employee with NIP ${input.assessorNip} to assess`);
    if (assessor.status !== 'active') throw conflict('ASSESSOR_NOT_ACTIVE', `The assessor ${input.assessorNip} is ${assessor.status}`);
    const id = randomUUID();
    const assessedOn = this.today();
    const event = createEvent('evaluation.behavior.assessed', id, { assessmentId: id, nip: input.nip, opd: employee.opd, programId: input.programId, assessorNip: input.assessorNip, score: input.score, assessedOn });
    const open = await this.models.FollowUp.find({ nip: input.nip, programId: input.programId, status: 'open' }).sort({ dueOn: 1 }).limit(1).lean<FollowUpDoc[]>();
    const assessment = { id, score: input.score, assessorNip: input.assessorNip, assessedOn };
    let followUpId: string | undefined;
    if (open[0]) {
      const res = await this.models.FollowUp.collection.updateOne({ _id: open[0]._id, status: 'open' } as never, updateWithEvents({ $set: { status: 'done', assessment } }, [event]));
      if (res.matchedCount === 1) {
        followUpId = open[0]._id;
        await this.openFollowUps.bump(open[0].opd);
      }
    }
    if (!followUpId) {
      await this.models.BehaviorAssessment.collection.insertOne(withEvents({ _id: id, nip: input.nip, opd: employee.opd, programId: input.programId, assessorNip: input.assessorNip, score: input.score, assessedOn }, [event]) as never);
    }
    this.notify(followUpId ? this.models.FollowUp : this.models.BehaviorAssessment, followUpId ?? id);
    return { id, nip: input.nip, programId: input.programId, assessorNip: input.assessorNip, score: input.score, assessedOn, ...(followUpId ? { followUpId } : {}) };
  }

  /**
   * Open follow-ups (of an OPD, or of the city) as of a date (default today), earliest due first, a
   * page at a time; each is marked overdue once past its due date.
   */
  async due(query: unknown) {
    const q = { page: 1, pageSize: 20, ...(query as object) } as { opd?: string; asOf?: string; include?: 'upcoming'; page: number; pageSize: number };
    assertValid(EvaluationApi.DueQuery, q);
    const asOf = q.asOf ?? this.today();
    // Due first (the list is in due order): what is due is a prefix of it (spec 8.6).
    const open = await this.openFollowUpsOf(q.opd);
    const firstUpcoming = open.findIndex((k) => k.dueOn > asOf);
    const listed = q.include === 'upcoming' || firstUpcoming < 0 ? open : open.slice(0, firstUpcoming);
    const { docs: keys, ...page } = slicePage(listed, q.page, q.pageSize);
    const byId = new Map((await this.models.FollowUp.find({ _id: { $in: keys.map((k) => k._id) } }).lean<FollowUpDoc[]>()).map((d) => [d._id, d]));
    // One closed since the version was read is left out of this page (the next read counts it out too).
    const docs = keys.map((k) => byId.get(k._id)).filter((d): d is FollowUpDoc => d?.status === 'open');
    return { asOf, items: docs.map((d) => ({ ...publicView(d, ['assessment', 'status']), overdue: asOf > d.dueOn })), ...page };
  }

  async recordAppraisal(input: unknown) {
    assertValid(EvaluationApi.AppraisalBody, input);
    if (input.year > Number(this.today().slice(0, 4))) throw validationFailed([{ path: '/year', message: 'must not be in the future' }]);
    const employee = await this.directory.find(input.nip);
    if (!employee) throw conflict('EMPLOYEE_NOT_FOUND', `No employee with NIP ${input.nip}`);
    const id = `${input.nip}:${input.year}`; // one appraisal per employee per year
    const doc = { _id: id, ...input, opd: employee.opd, recordedAt: this.clock().toISOString() };
    try {
      await this.models.Appraisal.collection.insertOne(withEvents(doc, [createEvent('evaluation.appraisal.recorded', id, { appraisalId: id, nip: input.nip, opd: employee.opd, year: input.year, rating: input.rating })]) as never);
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict('APPRAISAL_EXISTS', `Employee ${input.nip} already has an appraisal for ${input.year}`);
      throw err;
    }
    this.notify(this.models.Appraisal, id);
    return publicView(doc);
  }

  async recordDiscipline(input: unknown) {
    assertValid(EvaluationApi.DisciplineBody, input);
    if (input.decidedOn > this.today()) throw validationFailed([{ path: '/decidedOn', message: 'must not be in the future' }]);
    const employee = await this.directory.find(input.nip);
    if (!employee) throw conflict('EMPLOYEE_NOT_FOUND', `No employee with NIP ${input.nip}`);
    const id = randomUUID();
    const doc = { _id: id, ...input, opd: employee.opd, recordedAt: this.clock().toISOString() };
    await this.models.Discipline.collection.insertOne(withEvents(doc, [createEvent('evaluation.discipline.recorded', id, { recordId: id, nip: input.nip, opd: employee.opd, level: input.level, decidedOn: input.decidedOn })]) as never);
    this.notify(this.models.Discipline, id);
    return publicView(doc);
  }

  async employeeEvaluations(nip: unknown) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const [feedback, standalone, followUps, appraisals, discipline] = await Promise.all([
      this.models.Feedback.find({ nip }).sort({ submittedOn: 1 }).lean(),
      this.models.BehaviorAssessment.find({ nip }).sort({ assessedOn: 1 }).lean(),
      this.models.FollowUp.find({ nip }).sort({ dueOn: 1 }).lean<FollowUpDoc[]>(),
      this.models.Appraisal.find({ nip }).sort({ year: 1 }).lean(),
      this.models.Discipline.find({ nip }).sort({ decidedOn: 1 }).lean(),
    ]);
    const fromFollowUps = followUps.filter((f) => f.assessment).map((f) => ({ id: f.assessment!.id, nip: f.nip, programId: f.programId, assessorNip: f.assessment!.assessorNip, score: f.assessment!.score, assessedOn: f.assessment!.assessedOn }));
    const asOf = this.today();
    return {
      nip,
      feedback: feedback.map((d) => publicView(d as never)),
      behaviorAssessments: [...fromFollowUps, ...standalone.map((d) => publicView(d as never))],
      appraisals: appraisals.map((d) => publicView(d as never)),
      disciplineRecords: discipline.map((d) => publicView(d as never)),
      followUps: followUps.filter((f) => f.status === 'open').map((f) => ({ ...publicView(f, ['assessment', 'status']), overdue: asOf > f.dueOn })),
    };
  }
}
