import { describe, expect, it } from 'vitest';
import { check, EVENT_DEFINITIONS, TOPICS } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { DEFAULT_READ_MODEL_MAX_LAG_MS } from '@asn/service-kit';
import { groupCaughtUp, eventually, recordQueries, catalogueProblems, outsideService, serviceHarness } from '@asn/testing';
import { createEvaluationService } from '../src/app';
import { EvaluationDomain, firstDueAfter } from '../src/domain/evaluation';
import { evaluationRepositories } from '../src/persistence/repositories';
import { QUERIES } from '../src/persistence/queries';

let now = new Date('2026-03-01T08:00:00Z');
/** Every query the service runs here, checked against its catalogue at the end. */
const queries = recordQueries();

const A = '198703102010011001'; // DLH, completed session S1
const B = '199005052015012002'; // DLH, enrolled elsewhere, did not complete S1
const ASSESSOR = '197505052000031001';
const registered = (nip: string, opd = 'DLH') =>
  createEvent('personnel.employee.registered', nip, { nip, name: `Pegawai ${nip.slice(-3)}`, opd, position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/b', education: 'S1', status: 'active' });
const completed = (nip: string, sessionId: string, enrollmentId: string, completedOn: string) =>
  createEvent('learning.training.completed', enrollmentId, {
    enrollmentId, sessionId, programId: 'P-AMDAL', programCode: 'TEK-AMDAL-01', category: 'technical', competencies: [{ code: 'K-AMDAL', type: 'technical' }],
    nip, opd: 'DLH', attendedJp: 24, preTestScore: 60, postTestScore: 85, passed: true, completedOn,
  });

const evaluation = serviceHarness({
  name: 'evaluation',
  config: { BEHAVIOR_FOLLOW_UP_DAYS: 90 },
  create: (config) => createEvaluationService(config, { clock: () => now }),
  employees: [registered(A), registered(B), registered(ASSESSOR)],
});
const { ns, call, refusal, publish } = evaluation;
const { service, models, directory } = evaluation.running;

describe('evaluation service', () => {
  it('schedules exactly one behaviour follow-up per completion, even when the event is delivered twice', async () => {
    const event = completed(A, 'S1', 'S1:' + A, '2026-02-01');
    await publish(TOPICS.learning, [event, event, completed(B, 'S9', 'S9:' + B, '2026-02-10')]);
    // Both deliveries handled (A and B may sit on different partitions: B's follow-up says nothing of A's duplicate).
    await groupCaughtUp(`${ns.topicPrefix}evaluation.learning`, [ns.topic(TOPICS.learning)]);
    expect(await models.FollowUp.countDocuments({})).toBe(2);
    const followUps = await models.FollowUp.find({ nip: A }).lean();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ _id: 'S1:' + A, dueOn: '2026-05-02', status: 'open', opd: 'DLH', programId: 'P-AMDAL' });
  });

  it('accepts feedback only from an employee who completed the session, once', async () => {
    expect((await refusal('SubmitFeedback', { nip: B, sessionId: 'S1', relevance: 4, satisfaction: 4 })).code).toBe('SESSION_NOT_COMPLETED');
    expect((await refusal('SubmitFeedback', { nip: A, sessionId: 'S1', relevance: 6, satisfaction: 4 })).errors?.[0]?.path).toBe('/relevance');
    const feedback = await call('SubmitFeedback', { nip: A, sessionId: 'S1', relevance: 2, satisfaction: 3, comment: 'Materi kurang sesuai tugas' });
    expect(feedback).toMatchObject({ nip: A, sessionId: 'S1', programId: 'P-AMDAL', relevance: 2 });
    expect((await refusal('SubmitFeedback', { nip: A, sessionId: 'S1', relevance: 5, satisfaction: 5 })).code).toBe('FEEDBACK_EXISTS');
    expect(await models.Feedback.countDocuments({})).toBe(1);
    await eventually(() => expect(evaluation.events.events().filter((e) => e.event.type === 'asn.evaluation.feedback.submitted.v1')).toHaveLength(1));
    const [submitted] = evaluation.events.events().filter((e) => e.event.type === 'asn.evaluation.feedback.submitted.v1');
    expect(submitted!.key).toBe(A);
    expect(check(EVENT_DEFINITIONS['evaluation.feedback.submitted'].schema, submitted!.event.data)).toEqual([]);
  });

  it('lists follow-ups by OPD, only those due unless the upcoming are asked for, and moves them to overdue after their due date (injected clock)', async () => {
    const upcoming = { include: 'upcoming' };
    const before = await call('ListDueBehaviorAssessments', { opd: 'DLH', ...upcoming });
    expect(before.items.map((i: { nip: string; overdue: boolean }) => [i.nip, i.overdue])).toEqual([
      [A, false],
      [B, false],
    ]);
    // Spec 8.6: by default only what is due (dueOn on or before today): nothing on 1 March.
    expect(await call('ListDueBehaviorAssessments', { opd: 'DLH' })).toMatchObject({ items: [], total: 0 });
    now = new Date('2026-05-03T08:00:00Z');
    expect((await call('ListDueBehaviorAssessments', { opd: 'DLH' })).items.map((i: { nip: string; overdue: boolean }) => [i.nip, i.overdue])).toEqual([[A, true]]);
    const after = await call('ListDueBehaviorAssessments', { opd: 'DLH', ...upcoming });
    expect(after).toMatchObject({ asOf: '2026-05-03' });
    expect(after.items.map((i: { nip: string; overdue: boolean }) => [i.nip, i.overdue])).toEqual([
      [A, true],
      [B, false], // due 2026-05-11
    ]);
    // Due on the day itself: listed, not yet overdue.
    expect((await call('ListDueBehaviorAssessments', { opd: 'DLH', asOf: '2026-05-11' })).items.map((i: { nip: string; overdue: boolean }) => [i.nip, i.overdue])).toEqual([
      [A, true],
      [B, false],
    ]);
    expect((await call('ListDueBehaviorAssessments', { opd: 'DINKES' })).items).toEqual([]);
    expect((await call('ListDueBehaviorAssessments', { opd: 'DLH', asOf: '2026-06-01' })).items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    // A page at a time (spec 6.5), earliest due first; the total counts every open one.
    expect(after).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    const second = await call('ListDueBehaviorAssessments', { opd: 'DLH', ...upcoming, page: { page: 2, pageSize: 1 } });
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((i: { nip: string }) => i.nip)).toEqual([B]);
    expect((await refusal('ListDueBehaviorAssessments', { opd: 'DLH', page: { page: 1, pageSize: 500 } })).errors?.[0]?.path).toBe('/pageSize');
  });

  it('closes the follow-up when the behaviour assessment is recorded', async () => {
    const assessed = await call('RecordBehaviorAssessment', { nip: A, programId: 'P-AMDAL', assessorNip: ASSESSOR, score: 4 });
    expect(assessed).toMatchObject({ nip: A, score: 4, followUpId: 'S1:' + A });
    const due = await call('ListDueBehaviorAssessments', { opd: 'DLH', include: 'upcoming' });
    expect(due.items.map((i: { nip: string }) => i.nip)).toEqual([B]);
    expect((await refusal('RecordBehaviorAssessment', { nip: A, programId: 'P-AMDAL', assessorNip: A, score: 4 })).errors?.[0]?.path).toBe('/assessorNip');
    // An assessor the platform does not know is refused, and nothing is stored (issue #14).
    expect(await refusal('RecordBehaviorAssessment', { nip: A, programId: 'P-AMDAL', assessorNip: '198001012005011009', score: 4 })).toMatchObject({ code: 'ASSESSOR_NOT_FOUND', status: 409 });
    await eventually(() => expect(evaluation.events.events().filter((e) => e.event.type === 'asn.evaluation.behavior.assessed.v1' && e.key === A)).toHaveLength(1));
  });

  it('shows a new completion in the due lists it was read from before, the OPD\'s and the city\'s', async () => {
    // Both lists are read (and so kept in memory) first; the new follow-ups must show well within
    // the minute a list may otherwise be kept.
    expect((await call('ListDueBehaviorAssessments', { opd: 'DLH', include: 'upcoming' })).total).toBe(1);
    expect((await call('ListDueBehaviorAssessments', { include: 'upcoming' })).total).toBe(1);
    // An employee of another OPD (a follow-up is filed in the OPD the employee is in, spec 8.6).
    const OTHER = '199202022016022001';
    await publish(TOPICS.personnel, [registered(OTHER, 'DINKES')]);
    await outsideService(() => eventually(async () => expect((await directory.find(OTHER))?.opd).toBe('DINKES'), 20_000, 100));
    const elsewhere = completed(OTHER, 'S20', 'S20:' + OTHER, '2026-01-20');
    (elsewhere.data as { opd: string }).opd = 'DINKES';
    await publish(TOPICS.learning, [completed(B, 'S10', 'S10:' + B, '2026-03-01'), elsewhere]);
    await eventually(async () => expect((await call('ListDueBehaviorAssessments', { include: 'upcoming' })).total).toBe(3), 20_000, 100);
    const city = await call('ListDueBehaviorAssessments', { include: 'upcoming' });
    // Earliest due first across OPDs: S20 (due 2026-04-20), S9 (2026-05-11), S10 (2026-05-30).
    expect(city.items.map((i: { id: string; opd: string }) => [i.id, i.opd])).toEqual([
      ['S20:' + OTHER, 'DINKES'],
      ['S9:' + B, 'DLH'],
      ['S10:' + B, 'DLH'],
    ]);
    expect((await call('ListDueBehaviorAssessments', { opd: 'DLH', include: 'upcoming' })).items.map((i: { id: string }) => i.id)).toEqual(['S9:' + B, 'S10:' + B]);
    expect((await call('ListDueBehaviorAssessments', { opd: 'DINKES', include: 'upcoming' })).total).toBe(1);
  });

  it('moves open follow-ups with a transfer, cancels them at retirement, and files a late completion where the employee is now (spec 8.6)', async () => {
    const upcoming = (opd: string) => call('ListDueBehaviorAssessments', { opd, include: 'upcoming' }).then((d) => d.items.map((i: { id: string }) => i.id));
    const mover = '199303032018031003';
    const leaver = '199404042019042004';
    await publish(TOPICS.personnel, [registered(mover), registered(leaver)]);
    await publish(TOPICS.learning, [completed(mover, 'S30', 'S30:' + mover, '2026-02-10'), completed(leaver, 'S30', 'S30:' + leaver, '2026-02-10')]);
    await eventually(async () => expect(await upcoming('DLH')).toEqual(expect.arrayContaining(['S30:' + mover, 'S30:' + leaver])), 20_000, 100);
    // The city's page is read (its documents kept with the list) before the transfer.
    const cityOpdOf = async (id: string) => (await call('ListDueBehaviorAssessments', { include: 'upcoming', page: { page: 1, pageSize: 100 } })).items.find((i: { id: string }) => i.id === id)?.opd;
    expect(await cityOpdOf('S30:' + mover)).toBe('DLH');
    await publish(TOPICS.personnel, [
      createEvent('personnel.employee.transferred', mover, { nip: mover, fromOpd: 'DLH', toOpd: 'DINKES', opd: 'DINKES' }),
      createEvent('personnel.employee.retired', leaver, { nip: leaver, opd: 'DLH', retiredOn: '2026-04-30' }),
    ]);
    await eventually(async () => expect(await upcoming('DINKES')).toContain('S30:' + mover), 20_000, 100);
    expect(await cityOpdOf('S30:' + mover)).toBe('DINKES'); // not the document kept from before
    await eventually(async () => expect(await upcoming('DLH')).not.toContain('S30:' + leaver), 20_000, 100);
    expect(await upcoming('DLH')).not.toContain('S30:' + mover);
    expect(await models.FollowUp.findById('S30:' + leaver).lean()).toMatchObject({ status: 'cancelled', cancelledOn: '2026-04-30' });
    // A completion that arrives after the transfer still names the old OPD: it is filed in the new one.
    await outsideService(() => eventually(async () => expect((await directory.find(mover))?.opd).toBe('DINKES'), 20_000, 100));
    await publish(TOPICS.learning, [completed(mover, 'S31', 'S31:' + mover, '2026-03-01')]);
    await eventually(async () => expect(await upcoming('DINKES')).toContain('S31:' + mover), 20_000, 100);
    expect(await upcoming('DLH')).not.toContain('S31:' + mover);
  });

  it('records one appraisal per employee per year, and discipline records', async () => {
    const appraisal = await call('RecordAppraisal', { nip: A, year: 2025, rating: 'good' });
    expect(appraisal).toMatchObject({ nip: A, year: 2025, rating: 'good', opd: 'DLH' });
    expect((await refusal('RecordAppraisal', { nip: A, year: 2025, rating: 'very-good' })).code).toBe('APPRAISAL_EXISTS');
    expect((await refusal('RecordAppraisal', { nip: A, year: 2026, rating: 'excellent' })).errors?.[0]?.path).toBe('/rating');
    expect((await refusal('RecordAppraisal', { nip: '197001011990011001', year: 2025, rating: 'good' })).code).toBe('EMPLOYEE_NOT_FOUND');
    await call('RecordDiscipline', { nip: B, level: 'light', decidedOn: '2026-04-01' });
    expect((await refusal('RecordDiscipline', { nip: B, level: 'medium', decidedOn: '2026-04-01' })).errors?.[0]?.path).toBe('/level');
    expect(await models.Appraisal.countDocuments({})).toBe(1);

    const mine = await call('GetEmployeeEvaluations', { nip: A });
    expect(mine).toMatchObject({ nip: A, feedback: [{ relevance: 2 }], behaviorAssessments: [{ score: 4 }], appraisals: [{ year: 2025, rating: 'good' }], disciplineRecords: [], followUps: [] });
    await eventually(() => expect(evaluation.events.events().filter((e) => /appraisal|discipline/.test(e.event.type))).toHaveLength(2));
  });

  it('shows every new record of an employee in the next read of their evaluations, read (and kept in memory) before', async () => {
    const C = '199606062020061006';
    await publish(TOPICS.personnel, [registered(C)]);
    await outsideService(() => eventually(async () => expect((await directory.find(C))?.opd).toBe('DLH'), 20_000, 100));
    const mine = () => call('GetEmployeeEvaluations', { nip: C });
    expect(await mine()).toMatchObject({ feedback: [], behaviorAssessments: [], appraisals: [], disciplineRecords: [], followUps: [] });
    // Learning's completion (consumed): a follow-up opens.
    await publish(TOPICS.learning, [completed(C, 'S40', 'S40:' + C, '2026-02-20')]);
    await eventually(async () => expect((await mine()).followUps.map((f: { id: string }) => f.id)).toEqual(['S40:' + C]), 20_000, 100);
    // Each write through the service shows in the very next read.
    await call('SubmitFeedback', { nip: C, sessionId: 'S40', relevance: 5, satisfaction: 4 });
    expect((await mine()).feedback).toMatchObject([{ sessionId: 'S40', relevance: 5 }]);
    await call('RecordAppraisal', { nip: C, year: 2025, rating: 'very-good' });
    expect((await mine()).appraisals).toMatchObject([{ year: 2025, rating: 'very-good' }]);
    await call('RecordDiscipline', { nip: C, level: 'light', decidedOn: '2026-02-25' });
    expect((await mine()).disciplineRecords).toMatchObject([{ level: 'light', decidedOn: '2026-02-25' }]);
    await call('RecordBehaviorAssessment', { nip: C, programId: 'P-AMDAL', assessorNip: ASSESSOR, score: 3 });
    expect(await mine()).toMatchObject({ behaviorAssessments: [{ score: 3 }], followUps: [] });
    // A transfer moves an open follow-up: its OPD in the profile changes with it.
    await publish(TOPICS.learning, [completed(C, 'S41', 'S41:' + C, '2026-02-27')]);
    await eventually(async () => expect((await mine()).followUps).toMatchObject([{ id: 'S41:' + C, opd: 'DLH' }]), 20_000, 100);
    await publish(TOPICS.personnel, [createEvent('personnel.employee.transferred', C, { nip: C, fromOpd: 'DLH', toOpd: 'DINKES', opd: 'DINKES' })]);
    await eventually(async () => expect((await mine()).followUps).toMatchObject([{ id: 'S41:' + C, opd: 'DINKES' }]), 20_000, 100);
  });

  it('takes the year in WIB: at 00:30 WIB on 1 January the new year may be appraised, the one after not (spec 8.1)', async () => {
    now = new Date('2026-12-31T17:30:00Z'); // in UTC still 2026
    try {
      expect(await call('RecordAppraisal', { nip: B, year: 2027, rating: 'good' })).toMatchObject({ nip: B, year: 2027 });
      expect((await refusal('RecordAppraisal', { nip: B, year: 2028, rating: 'good' })).errors?.[0]).toMatchObject({ path: '/year', message: expect.stringMatching(/future/) });
    } finally {
      now = new Date('2026-03-01T08:00:00Z');
    }
  });

  it('shows a follow-up written by an instance that died before announcing it, once an instance starts (its due lists made new)', async () => {
    const dueIds = async () => ((await call('ListDueBehaviorAssessments', { opd: 'DLH', include: 'upcoming', page: { page: 1, pageSize: 100 } })).items as { id: string }[]).map((f) => f.id);
    const before = await dueIds(); // held in memory now, under DLH's version
    const { _id, ...written } = (await models.FollowUp.findOne({ opd: 'DLH', status: 'open' }).lean())!;
    const orphan = `S-DIED:${String(_id).split(':')[1]}`;
    // The write of an instance that died before its bump: in the store, unannounced.
    await models.FollowUp.collection.insertOne({ ...written, _id: orphan, sessionId: 'S-DIED' } as never);
    expect(await dueIds()).toEqual(before);
    // That instance started again (a second domain over the same store, as its start runs it).
    const restarted = new EvaluationDomain(evaluationRepositories(models, () => undefined, DEFAULT_READ_MODEL_MAX_LAG_MS), directory, 90, () => now);
    await restarted.startDueLists();
    // Seen here within READ_MODEL_MAX_LAG_MS of the restart's bumps.
    await eventually(async () => expect(await dueIds()).toContain(orphan), 5_000, 20);
    await models.FollowUp.collection.deleteOne({ _id: orphan } as never);
    await restarted.startDueLists();
    await eventually(async () => expect(await dueIds()).toEqual(before), 5_000, 20);
  });

  it('reports its due lists under `warming` in its ready report until they are loaded after the start', async () => {
    const report = await service.runtime.readiness();
    expect(report.status).toBe('ok');
    // The harness's store is small: loaded long before this test; 'due-lists' named while loading.
    expect(report.warming).toEqual([]);
    expect(report.checks).toHaveProperty('due-lists', true);
  });

  it('runs only catalogued queries, each served by an index the store has', async () => {
    expect(await catalogueProblems(queries.shapes(), QUERIES, service.connection.db!)).toEqual([]);
  });
});

describe('the due prefix of an open list (spec 8.6: due on its day, upcoming after it)', () => {
  it('ends before the first follow-up due after the day asked, with ties on that day counted as due', () => {
    const keys = ['2026-01-10', '2026-02-01', '2026-02-01', '2026-02-02', '2026-03-15'].map((dueOn, i) => ({ _id: `e${i}`, dueOn }));
    expect(['2025-12-31', '2026-01-10', '2026-02-01', '2026-02-02', '2026-03-14', '2026-03-15', '2027-01-01'].map((asOf) => firstDueAfter(keys, asOf))).toEqual([0, 1, 3, 4, 4, 5, 5]);
    expect(firstDueAfter([], '2026-01-01')).toBe(0);
  });
});
