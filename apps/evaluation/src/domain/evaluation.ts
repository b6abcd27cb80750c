import { randomUUID } from 'node:crypto';
import { EvaluationApi, Nip, type EventData, addDays, businessDate } from '@asn/contracts';
import { createEvent, publicView } from '@asn/messaging';
import { type EmployeeDirectory } from '@asn/read-models';
import { assertValid, newAggregateId, conflict, slicePage, validationFailed } from '@asn/service-kit';
import type { AppraisalDoc, CompletionDoc, DisciplineDoc, FeedbackDoc } from '../persistence/models';
import type { EvaluationRepositories } from '../persistence/repositories';

/** Training feedback (L1), behaviour follow-ups (L3), appraisals (SKP) and discipline records. */
/** The completion of a session by an employee (the same value as learning's enrolment id, so earlier documents are found too). */
const completionKey = (sessionId: string, nip: string) => `${sessionId}:${nip}`;

export class EvaluationDomain {
  constructor(
    private readonly store: EvaluationRepositories,
    private readonly directory: EmployeeDirectory,
    private readonly followUpDays: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return businessDate(this.clock());
  }

  /**
   * At the start: makes every instance read each OPD's open follow-ups again (what an instance that
   * died mid-write left unannounced is seen), and loads them here, one OPD after another, so that the
   * first agencies to ask do not all wait for their OPD's list at once (started off the request path).
   */
  startDueLists(signal?: AbortSignal): Promise<void> {
    return this.store.followUps.startOpenLists(signal);
  }

  /** Spec 8.6: an employee's open follow-ups follow a transfer, so the new OPD assesses them. */
  async onEmployeeTransferred(data: EventData<'personnel.employee.transferred'>): Promise<void> {
    await this.store.followUps.moveOpen(data.nip, data.fromOpd, data.toOpd);
  }

  /** Spec 8.6: a retiree's open follow-ups are cancelled (nobody assesses a retired employee's work). */
  async onEmployeeRetired(data: EventData<'personnel.employee.retired'>): Promise<void> {
    await this.store.followUps.cancelOpen(data.nip, data.opd, data.retiredOn);
  }

  async onTrainingCompleted(data: EventData<'learning.training.completed'>): Promise<void> {
    // Keyed by what feedback asks for (session and NIP: one feedback per employee per session), so
    // that question is a lookup by _id, which every store serves from its index.
    const completion: CompletionDoc = { _id: completionKey(data.sessionId, data.nip), nip: data.nip, opd: data.opd, sessionId: data.sessionId, programId: data.programId, completedOn: data.completedOn };
    await this.store.completions.record(completion);
    await this.store.followUps.schedule({ _id: data.enrollmentId, nip: data.nip, opd: data.opd, programId: data.programId, completedOn: data.completedOn, dueOn: addDays(data.completedOn, this.followUpDays), status: 'open' });
    // The employee may have moved or retired since the completion (its event names the OPD of then):
    // the follow-up goes where the employee is now, as a transfer or retirement handled later would.
    const now = await this.directory.find(data.nip);
    if (now?.status === 'retired') await this.onEmployeeRetired({ nip: data.nip, opd: data.opd, retiredOn: this.today() });
    else if (now && now.opd !== data.opd) await this.onEmployeeTransferred({ nip: data.nip, fromOpd: data.opd, toOpd: now.opd, opd: now.opd });
  }

  async submitFeedback(input: unknown) {
    assertValid(EvaluationApi.FeedbackBody, input);
    const completion = await this.store.completions.find(completionKey(input.sessionId, input.nip));
    if (!completion) throw conflict('SESSION_NOT_COMPLETED', `Employee ${input.nip} has not completed session ${input.sessionId}`);
    const id = `${input.sessionId}:${input.nip}`; // one feedback per employee per session
    const doc: FeedbackDoc = { _id: id, ...input, opd: completion.opd, programId: completion.programId, submittedOn: this.today() };
    const stored = await this.store.feedback.submit(doc, [
      createEvent('evaluation.feedback.submitted', id, { feedbackId: id, nip: input.nip, opd: completion.opd, sessionId: input.sessionId, programId: completion.programId, relevance: input.relevance, satisfaction: input.satisfaction, ...(input.comment ? { comment: input.comment } : {}), submittedOn: doc.submittedOn }),
    ]);
    return publicView(stored);
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
    const open = await this.store.followUps.firstOpen(input.nip, input.programId);
    const assessment = { id, score: input.score, assessorNip: input.assessorNip, assessedOn };
    const followUpId = open && (await this.store.followUps.close(open, assessment, [event])) ? open._id : undefined;
    if (!followUpId) {
      await this.store.behaviorAssessments.record({ _id: id, nip: input.nip, opd: employee.opd, programId: input.programId, assessorNip: input.assessorNip, score: input.score, assessedOn }, [event]);
    }
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
    const open = await this.store.followUps.openOf(q.opd);
    // Found by halving and paged without copying: an OPD of the city has tens of thousands open.
    const listedCount = q.include === 'upcoming' ? open.keys.length : firstDueAfter(open.keys, asOf);
    const { docs: keys, ...page } = slicePage(open.keys, q.page, q.pageSize, listedCount);
    // One closed since the version was read is left out of this page (the next read counts it out too).
    const docs = (await this.store.followUps.ofOpenList(open, keys.map((k) => k._id))).filter((d) => d.status === 'open');
    return { asOf, items: docs.map((d) => ({ ...publicView(d, ['assessment', 'status']), overdue: asOf > d.dueOn })), ...page };
  }

  async recordAppraisal(input: unknown) {
    assertValid(EvaluationApi.AppraisalBody, input);
    if (input.year > Number(this.today().slice(0, 4))) throw validationFailed([{ path: '/year', message: 'must not be in the future' }]);
    const employee = await this.directory.find(input.nip);
    if (!employee) throw conflict('EMPLOYEE_NOT_FOUND', `No employee with NIP ${input.nip}`);
    const id = `${input.nip}:${input.year}`; // one appraisal per employee per year
    const doc: AppraisalDoc = { _id: id, ...input, opd: employee.opd, recordedAt: this.clock().toISOString() };
    return publicView(await this.store.appraisals.record(doc, [createEvent('evaluation.appraisal.recorded', id, { appraisalId: id, nip: input.nip, opd: employee.opd, year: input.year, rating: input.rating })]));
  }

  async recordDiscipline(input: unknown) {
    assertValid(EvaluationApi.DisciplineBody, input);
    if (input.decidedOn > this.today()) throw validationFailed([{ path: '/decidedOn', message: 'must not be in the future' }]);
    const employee = await this.directory.find(input.nip);
    if (!employee) throw conflict('EMPLOYEE_NOT_FOUND', `No employee with NIP ${input.nip}`);
    const id = newAggregateId();
    const doc: DisciplineDoc = { _id: id, ...input, opd: employee.opd, recordedAt: this.clock().toISOString() };
    return publicView(await this.store.discipline.record(doc, [createEvent('evaluation.discipline.recorded', id, { recordId: id, nip: input.nip, opd: employee.opd, level: input.level, decidedOn: input.decidedOn })]));
  }

  async employeeEvaluations(nip: unknown) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const { feedback, behaviorAssessments: standalone, followUps, appraisals, discipline } = await this.store.employeeRecords.of(nip);
    const fromFollowUps = followUps.filter((f) => f.assessment).map((f) => ({ id: f.assessment!.id, nip: f.nip, programId: f.programId, assessorNip: f.assessment!.assessorNip, score: f.assessment!.score, assessedOn: f.assessment!.assessedOn }));
    const asOf = this.today();
    return {
      nip,
      feedback: feedback.map((d) => publicView(d)),
      behaviorAssessments: [...fromFollowUps, ...standalone.map((d) => publicView(d))],
      appraisals: appraisals.map((d) => publicView(d)),
      disciplineRecords: discipline.map((d) => publicView(d)),
      followUps: followUps.filter((f) => f.status === 'open').map((f) => ({ ...publicView(f, ['assessment', 'status']), overdue: asOf > f.dueOn })),
    };
  }
}

/** The index of the first key due after `asOf` (keys in due order), or their count if none is. */
export function firstDueAfter(keys: readonly { dueOn: string }[], asOf: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]!.dueOn > asOf) high = mid;
    else low = mid + 1;
  }
  return low;
}
