import { describe, expect, it } from 'vitest';
import type { EventData, EventName } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { employeeMetrics, foldEmployee, memberOn, opdMetrics, programMetrics, type EmployeeMetrics } from '../src/domain/compute';
import { keptFact, programFact, toFact, type Fact } from '../src/domain/facts';
import { scoreIpAsn, type IpAsnInput } from '../src/domain/ip-asn';

/*
 * The metrics' rules, table by table, with every expected value written from the spec (sections 5,
 * 5.1 and 8), never taken from the code under test. Facts are made the way analytics makes them:
 * an event through `toFact` and the list it is kept in.
 */

const Y = 2026;
const NIP = '198507142010011003';
let seq = 0;
const id = (prefix: string) => `${prefix}-${++seq}`;
const employeeFact = <N extends EventName>(name: N, data: EventData<N>): Fact => keptFact(toFact(createEvent(name, NIP, data))!, 'employee');
const opdFact = <N extends EventName>(name: N, data: EventData<N>): Fact => keptFact(toFact(createEvent(name, NIP, data))!, 'opd');
const programFactOf = <N extends EventName>(name: N, data: EventData<N>): Fact => programFact(toFact(createEvent(name, NIP, data))!);

const registered = (over: Partial<EventData<'personnel.employee.registered'>> = {}) =>
  employeeFact('personnel.employee.registered', { nip: NIP, name: 'Ratna Dewi', opd: 'DLH', position: { code: 'JF-PLH', title: 'Pengendali Dampak Lingkungan', kind: 'functional' }, grade: 'III/a', education: 'S1', status: 'active', startsOn: '2015-03-01', ...over });
const completed = (attendedJp: number, completedOn: string, opts: { passed?: boolean; category?: 'leadership' | 'functional' | 'technical' | 'seminar'; programId?: string; pre?: number; post?: number } = {}) =>
  employeeFact('learning.training.completed', {
    enrollmentId: id('E'), sessionId: id('S'), programId: opts.programId ?? 'P1', programCode: 'P1', category: opts.category ?? 'technical', competencies: [], nip: NIP, opd: 'DLH',
    attendedJp, preTestScore: opts.pre ?? 50, postTestScore: opts.post ?? 80, passed: opts.passed ?? true, completedOn,
  });
const placementCompleted = (jp: number, completedOn: string, kind: 'internship' | 'degree' | 'short-course' = 'internship') =>
  employeeFact('partnerships.placement.completed', { placementId: id('PL'), agreementId: 'A1', partnerId: 'UKSW', nip: NIP, opd: 'DLH', kind, jp, completedOn });
const externalVerified = (jp: number, completedOn: string) =>
  employeeFact('learning.external-learning.verified', { externalLearningId: id('X'), nip: NIP, opd: 'DLH', kind: 'webinar', jp, completedOn, verifiedOn: completedOn });
const assessed = (code: string, level: number, assessedOn: string) =>
  employeeFact('personnel.competency.assessed', { assessmentId: id('AS'), nip: NIP, opd: 'DLH', code, type: 'technical', level, assessedOn, method: 'uji kompetensi' });

const employeeOf = (facts: Fact[]) => foldEmployee(NIP, facts)!;
const metricsOf = (facts: Fact[], year = Y) => employeeMetrics(employeeOf(facts), facts, undefined, year);

describe('IP ASN, version 2019.1 (spec 5.1)', () => {
  /** An executive S1 employee with a `good` appraisal for Y and nothing else: 15 + 0 + 25 + 5. */
  const input = (over: Partial<IpAsnInput> = {}): IpAsnInput => ({ education: 'S1', positionKind: 'executive', completions: [], placements: [], appraisals: new Map([[Y, 'good']]), discipline: [], ...over });
  const technical = (attendedJp: number, year = Y) => ({ category: 'technical', attendedJp, year });

  it('qualification: S3 25, S2 20, S1 and D4 15, D3 10, D1 and D2 5, SMA and below 1', () => {
    const rows: [string, number][] = [['S3', 25], ['S2', 20], ['S1', 15], ['D4', 15], ['D3', 10], ['D2', 5], ['D1', 5], ['SMA', 1], ['SMP', 1], ['SD', 1]];
    for (const [education, points] of rows) {
      const r = scoreIpAsn(input({ education }), Y);
      expect({ education, points: r.dimensions.qualification, source: r.sources.qualification }).toEqual({ education, points, source: 'data' });
    }
    // No known education is a gap in the data (spec 8.5), not a qualification.
    expect(scoreIpAsn(input({ education: undefined }), Y)).toMatchObject({ dimensions: { qualification: 0 }, sources: { qualification: 'missing' }, complete: false });
  });

  it('competency: track training ever (by position kind), technical ≥ 20 JP in Y, a seminar or internship/short course in Y; at most 40', () => {
    const rows: [string, Partial<IpAsnInput>, number][] = [
      ['structural, a leadership programme years ago', { positionKind: 'structural', completions: [{ category: 'leadership', attendedJp: 40, year: 2019 }] }, 15],
      ['structural, a functional programme only', { positionKind: 'structural', completions: [{ category: 'functional', attendedJp: 40, year: 2019 }] }, 0],
      ['functional, a functional programme years ago', { positionKind: 'functional', completions: [{ category: 'functional', attendedJp: 30, year: 2020 }] }, 15],
      ['functional, a leadership programme only', { positionKind: 'functional', completions: [{ category: 'leadership', attendedJp: 30, year: 2020 }] }, 0],
      ['executive, an 8 JP technical programme years ago', { completions: [technical(8, 2021)] }, 15],
      ['executive, technical 20 JP in Y (track and technical)', { completions: [technical(20)] }, 30],
      ['functional, technical 12 + 8 JP in Y', { positionKind: 'functional', completions: [technical(12), technical(8)] }, 15],
      ['functional, technical 19 JP in Y', { positionKind: 'functional', completions: [technical(19)] }, 0],
      ['functional, technical 20 JP in Y−1', { positionKind: 'functional', completions: [technical(20, Y - 1)] }, 0],
      ['functional, a seminar in Y', { positionKind: 'functional', completions: [{ category: 'seminar', attendedJp: 4, year: Y }] }, 10],
      ['functional, a seminar in Y−1', { positionKind: 'functional', completions: [{ category: 'seminar', attendedJp: 4, year: Y - 1 }] }, 0],
      ['functional, an internship in Y', { positionKind: 'functional', placements: [{ kind: 'internship', year: Y }] }, 10],
      ['functional, a short course in Y', { positionKind: 'functional', placements: [{ kind: 'short-course', year: Y }] }, 10],
      ['functional, a degree placement in Y', { positionKind: 'functional', placements: [{ kind: 'degree', year: Y }] }, 0],
      ['functional, an internship in Y−1', { positionKind: 'functional', placements: [{ kind: 'internship', year: Y - 1 }] }, 0],
      ['executive, technical 20 JP and a seminar in Y', { completions: [technical(20), { category: 'seminar', attendedJp: 4, year: Y }] }, 40],
      ['executive, everything twice over', { completions: [technical(20), technical(30), { category: 'seminar', attendedJp: 4, year: Y }], placements: [{ kind: 'internship', year: Y }] }, 40],
      // A year's index is the year's: what is completed later does not change it (spec 8.3's principle).
      ['structural, a leadership programme only after Y', { positionKind: 'structural', completions: [{ category: 'leadership', attendedJp: 40, year: Y + 1 }] }, 0],
    ];
    for (const [label, over, points] of rows) expect({ label, points: scoreIpAsn(input(over), Y).dimensions.competency }).toEqual({ label, points });
  });

  it('performance: the appraisal of Y, else of Y−1 (very-good 30, good 25, fair 20, poor 15, very-poor 5); none is 0 and missing', () => {
    const rows: [string, [number, string][], number, 'data' | 'missing'][] = [
      ['very-good in Y', [[Y, 'very-good']], 30, 'data'],
      ['good in Y', [[Y, 'good']], 25, 'data'],
      ['fair in Y', [[Y, 'fair']], 20, 'data'],
      ['poor in Y', [[Y, 'poor']], 15, 'data'],
      ['very-poor in Y', [[Y, 'very-poor']], 5, 'data'],
      ['none in Y, fair in Y−1', [[Y - 1, 'fair']], 20, 'data'],
      ['poor in Y, very-good in Y−1', [[Y, 'poor'], [Y - 1, 'very-good']], 15, 'data'],
      ['only in Y−2', [[Y - 2, 'very-good']], 0, 'missing'],
      ['none', [], 0, 'missing'],
    ];
    for (const [label, appraisals, points, source] of rows) {
      const r = scoreIpAsn(input({ appraisals: new Map(appraisals) }), Y);
      expect({ label, points: r.dimensions.performance, source: r.sources.performance, complete: r.complete }).toEqual({ label, points, source, complete: source === 'data' });
    }
  });

  it('discipline: no record in Y 5, light 3, moderate 1, severe 0, the worst of Y', () => {
    const rows: [string, { level: string; year: number }[], number][] = [
      ['no record', [], 5],
      ['light in Y', [{ level: 'light', year: Y }], 3],
      ['moderate in Y', [{ level: 'moderate', year: Y }], 1],
      ['severe in Y', [{ level: 'severe', year: Y }], 0],
      ['light and severe in Y', [{ level: 'light', year: Y }, { level: 'severe', year: Y }], 0],
      ['moderate and light in Y', [{ level: 'moderate', year: Y }, { level: 'light', year: Y }], 1],
      ['severe in Y−1 only', [{ level: 'severe', year: Y - 1 }], 5],
    ];
    for (const [label, discipline, points] of rows) {
      const r = scoreIpAsn(input({ discipline }), Y);
      expect({ label, points: r.dimensions.discipline, source: r.sources.discipline }).toEqual({ label, points, source: 'data' });
    }
  });

  it('sums the dimensions and names the category at every boundary: 91 very-high, 81 high, 71 medium, 61 low, ≤ 60 very-low', () => {
    const C30 = { completions: [technical(20)] }; // executive: track 15 + technical 15
    const C40 = { completions: [technical(20), { category: 'seminar', attendedJp: 4, year: Y }] };
    const rows: [number, Partial<IpAsnInput>, string][] = [
      [100, { education: 'S3', ...C40, appraisals: new Map([[Y, 'very-good']]) }, 'very-high'],
      [91, { education: 'S3', ...C40, discipline: [{ level: 'moderate', year: Y }] }, 'very-high'],
      [90, { education: 'S2', ...C40 }, 'high'],
      [81, { education: 'S3', ...C30, discipline: [{ level: 'moderate', year: Y }] }, 'high'],
      [80, { education: 'S3', ...C30, appraisals: new Map([[Y, 'fair']]) }, 'medium'],
      [71, { education: 'S3', ...C40, appraisals: new Map([[Y, 'very-poor']]), discipline: [{ level: 'moderate', year: Y }] }, 'medium'],
      [70, { education: 'S3', ...C40, appraisals: new Map([[Y, 'very-poor']]), discipline: [{ level: 'severe', year: Y }] }, 'low'],
      [61, { education: 'S3', ...C30, appraisals: new Map([[Y, 'very-poor']]), discipline: [{ level: 'moderate', year: Y }] }, 'low'],
      [60, { education: 'S3', ...C30, appraisals: new Map([[Y, 'very-poor']]), discipline: [{ level: 'severe', year: Y }] }, 'very-low'],
      [5, { education: undefined, positionKind: undefined, appraisals: new Map() }, 'very-low'],
    ];
    for (const [score, over, category] of rows) {
      const r = scoreIpAsn(input(over), Y);
      expect({ score: r.score, category: r.category, version: r.version }).toEqual({ score, category, version: '2019.1' });
      const { qualification, competency, performance, discipline } = r.dimensions;
      expect(qualification + competency + performance + discipline).toBe(score);
    }
  });
});

describe('JP per employee (spec 5, 8.4; issue #15: verified external learning)', () => {
  it('sums passed completions, completed placements and verified external learning of the calendar year; 20 is compliant, 19 is not', () => {
    const rows: [string, Fact[], { total: number; training: number; placement: number; external: number; compliant: boolean }][] = [
      ['nothing', [], { total: 0, training: 0, placement: 0, external: 0, compliant: false }],
      ['12 + 8 JP passed', [completed(12, `${Y}-02-03`), completed(8, `${Y}-05-06`)], { total: 20, training: 20, placement: 0, external: 0, compliant: true }],
      ['19 JP passed', [completed(19, `${Y}-02-03`)], { total: 19, training: 19, placement: 0, external: 0, compliant: false }],
      ['24 JP failed: recorded, 0 JP', [completed(24, `${Y}-02-03`, { passed: false })], { total: 0, training: 0, placement: 0, external: 0, compliant: false }],
      ['a placement of 16 JP and 4 JP of verified webinar', [placementCompleted(16, `${Y}-08-01`), externalVerified(4, `${Y}-09-01`)], { total: 20, training: 0, placement: 16, external: 4, compliant: true }],
      ['completed on 31 December of Y−1 and 1 January of Y+1: another year each', [completed(24, `${Y - 1}-12-31`), completed(24, `${Y + 1}-01-01`)], { total: 0, training: 0, placement: 0, external: 0, compliant: false }],
      ['all three kinds', [completed(10, `${Y}-01-01`), placementCompleted(6, `${Y}-12-31`), externalVerified(8, `${Y}-06-30`)], { total: 24, training: 10, placement: 6, external: 8, compliant: true }],
    ];
    for (const [label, facts, jp] of rows) expect({ label, jp: metricsOf([registered(), ...facts]).jp }).toEqual({ label, jp: { ...jp, target: 20 } });
  });

  it('gives each year its own figures', () => {
    const facts = [registered(), completed(20, `${Y - 1}-07-01`), completed(6, `${Y}-07-01`)];
    expect([metricsOf(facts, Y - 1).jp.total, metricsOf(facts, Y).jp.total]).toEqual([20, 6]);
  });
});

describe('competency gaps (spec 5)', () => {
  const standard = [
    { code: 'K-AMDAL', type: 'technical', requiredLevel: 3 },
    { code: 'K-LH', type: 'technical', requiredLevel: 2 },
    { code: 'M-1', type: 'managerial', requiredLevel: 1 },
  ];

  it('required minus the latest assessed level, when positive; unassessed counts as 0', () => {
    const facts = [
      registered(),
      assessed('K-AMDAL', 1, `${Y}-01-10`),
      assessed('K-AMDAL', 2, `${Y}-03-01`),
      assessed('K-AMDAL', 3, `${Y - 1}-05-01`), // arrives last, but is older: not the latest
      assessed('K-LH', 2, `${Y}-02-01`),
      assessed('K-LH', 4, `${Y}-02-02`), // above the standard: no gap, not a negative one
      assessed('M-1', 5, `${Y + 1}-01-05`), // after Y: not in Y's gaps
    ];
    expect(employeeMetrics(employeeOf(facts), facts, standard, Y).gaps).toEqual([
      { code: 'K-AMDAL', type: 'technical', requiredLevel: 3, currentLevel: 2, gap: 1 },
      { code: 'M-1', type: 'managerial', requiredLevel: 1, currentLevel: 0, gap: 1 },
    ]);
    expect(employeeMetrics(employeeOf(facts), facts, standard, Y + 1).gaps.map((g) => g.code)).toEqual(['K-AMDAL']);
  });

  it('has no gaps without a position standard', () => {
    expect(metricsOf([registered(), assessed('K-AMDAL', 1, `${Y}-01-10`)]).gaps).toEqual([]);
  });
});

describe('dated membership (spec 8.3)', () => {
  it('is in an OPD from its start up to the day before the next move, and in none from retirement', () => {
    const state = employeeOf([
      registered({ startsOn: '2015-03-01' }),
      employeeFact('personnel.employee.transferred', { nip: NIP, fromOpd: 'DLH', toOpd: 'DINKES', opd: 'DINKES', effectiveOn: `${Y}-06-01` }),
      employeeFact('personnel.employee.retired', { nip: NIP, opd: 'DINKES', retiredOn: `${Y}-09-30`, effectiveOn: `${Y}-09-30` }),
    ]);
    const rows: [string, string, boolean][] = [
      ['DLH', '2015-02-28', false],
      ['DLH', '2015-03-01', true],
      ['DLH', `${Y - 1}-12-31`, true],
      ['DLH', `${Y}-05-31`, true],
      ['DLH', `${Y}-06-01`, false],
      ['DINKES', `${Y}-06-01`, true],
      ['DINKES', `${Y}-09-29`, true],
      ['DINKES', `${Y}-09-30`, false],
      ['DINKES', `${Y - 1}-12-31`, false],
    ];
    for (const [opd, date, member] of rows) expect({ opd, date, member: memberOn(state, opd, date) }).toEqual({ opd, date, member });
    expect(state).toMatchObject({ opd: 'DINKES', status: 'retired' });
  });
});

describe('programme effectiveness (spec 5, 8.6)', () => {
  const feedback = (relevance: number, submittedOn = `${Y}-03-01`, satisfaction = 4) =>
    programFactOf('evaluation.feedback.submitted', { feedbackId: id('F'), nip: NIP, opd: 'DLH', sessionId: 'S1', programId: 'P1', relevance, satisfaction, submittedOn });
  const completion = (pre: number, post: number) => programFactOf('learning.training.completed', {
    enrollmentId: id('E'), sessionId: 'S1', programId: 'P1', programCode: 'P1', category: 'technical', competencies: [], nip: NIP, opd: 'DLH', attendedJp: 24, preTestScore: pre, postTestScore: post, passed: true, completedOn: `${Y}-02-01`,
  });
  const behavior = (score: number) => programFactOf('evaluation.behavior.assessed', { assessmentId: id('B'), nip: NIP, opd: 'DLH', programId: 'P1', assessorNip: '197001011995031001', score, assessedOn: `${Y}-05-01` });

  it('averages L1 (relevance, satisfaction), L2 (post − pre) and L3 (behaviour score) over the year', () => {
    const m = programMetrics('P1', [completion(55, 85), completion(60, 70), feedback(4, `${Y}-03-01`, 5), feedback(2, `${Y}-03-02`, 3), behavior(4), behavior(5), feedback(1, `${Y - 1}-12-31`)], Y);
    expect(m).toMatchObject({ completions: 2, averageLearningGain: 20, averageRelevance: 3, averageSatisfaction: 4, averageBehaviorScore: 4.5, feedbackCount: 2 });
  });

  it('flags at 5 or more feedbacks with a mean relevance below 3.0, compared exactly', () => {
    const rows: [string, number[], boolean][] = [
      ['5 feedbacks, mean 2.8', [3, 3, 3, 3, 2], true],
      ['5 feedbacks, mean 3.0', [3, 3, 3, 3, 3], false],
      ['4 feedbacks, mean 1.0', [1, 1, 1, 1], false],
      ['6 feedbacks, mean 2.5', [1, 4, 2, 3, 3, 2], true],
      // 2.995 shows as 3.00 when rounded, but is below 3.0 (spec 8.6: round only for display).
      ['201 feedbacks, mean 2.995', [...Array.from({ length: 200 }, () => 3), 2], true],
    ];
    for (const [label, relevances, flagged] of rows) {
      const m = programMetrics('P1', relevances.map((r) => feedback(r)), Y);
      expect({ label, flagged: m.flaggedForRevision, count: m.feedbackCount }).toEqual({ label, flagged, count: relevances.length });
    }
  });

  it('after a revision, counts only the feedback given since, and flags again at 5 more (spec 8.6)', () => {
    const before = [1, 1, 1, 1, 1].map((r, i) => feedback(r, `${Y}-02-0${i + 1}`));
    const after = [2, 2, 2, 2].map((r, i) => feedback(r, `${Y}-07-0${i + 1}`));
    const revisions = [{ id: 'R1', revisedOn: `${Y}-06-01` }];
    expect(programMetrics('P1', [...before, ...after], Y, revisions)).toMatchObject({ feedbackCount: 9, lastRevisedOn: `${Y}-06-01`, feedbackSinceRevision: 4, averageRelevanceSinceRevision: 2, flaggedForRevision: false });
    expect(programMetrics('P1', [...before, ...after, feedback(2, `${Y}-07-09`)], Y, revisions)).toMatchObject({ feedbackSinceRevision: 5, flaggedForRevision: true });
    // A revision after the year's end is not the year's.
    expect(programMetrics('P1', before, Y, [{ id: 'R2', revisedOn: `${Y + 1}-01-15` }])).toMatchObject({ lastRevisedOn: null, feedbackSinceRevision: 5, flaggedForRevision: true });
  });
});

describe('OPD metrics (spec 5, 8.5)', () => {
  const person = (jpTotal: number, ipAsn: Partial<IpAsnInput>): EmployeeMetrics => ({
    nip: NIP, opd: 'DLH', year: Y, gaps: [],
    jp: { total: jpTotal, target: 20, compliant: jpTotal >= 20, training: jpTotal, placement: 0, external: 0 },
    ipAsn: scoreIpAsn({ education: 'S1', positionKind: 'executive', completions: [], placements: [], appraisals: new Map([[Y, 'good']]), discipline: [], ...ipAsn }, Y),
  });

  it('averages IP ASN over complete indices only and says how many were left out; shares and averages over the active employees', () => {
    const employees = [
      person(24, {}), // 15 + 0 + 25 + 5 = 45, complete
      person(20, { education: 'S2' }), // 20 + 0 + 25 + 5 = 50, complete
      person(10, { appraisals: new Map() }), // no appraisal: incomplete
      person(0, { education: undefined }), // no education: incomplete
    ];
    const ideas = [
      opdFact('innovation.idea.submitted', { ideaId: 'I1', title: 'Salatiga Hijau', category: 'environment', proposerNip: NIP, opd: 'DLH', submittedOn: `${Y}-01-05` }),
      opdFact('innovation.idea.submitted', { ideaId: 'I2', title: 'Bank Sampah', category: 'environment', proposerNip: NIP, opd: 'DLH', submittedOn: `${Y - 1}-12-30` }),
      opdFact('innovation.idea.status-changed', { ideaId: 'I1', opd: 'DLH', proposerNip: NIP, from: 'under-review', to: 'approved', by: 'admin', on: `${Y}-02-01` }),
      opdFact('innovation.initiative.launched', { ideaId: 'I1', opd: 'DLH', title: 'Salatiga Hijau', category: 'environment', launchedOn: `${Y}-03-01` }),
      opdFact('innovation.participation.recorded', { ideaId: 'I1', participationId: 'PA1', opd: 'DLH', citizens: 150, activity: 'Penanaman pohon', on: `${Y}-04-01` }),
      opdFact('innovation.participation.recorded', { ideaId: 'I1', participationId: 'PA2', opd: 'DLH', citizens: 40, activity: 'Kerja bakti', on: `${Y}-05-01` }),
      opdFact('innovation.participation.recorded', { ideaId: 'I1', participationId: 'PA3', opd: 'DINKES', citizens: 999, activity: 'Elsewhere', on: `${Y}-05-01` }),
    ];
    expect(opdMetrics('DLH', Y, employees, ideas)).toEqual({
      opd: 'DLH', year: Y, activeEmployees: 4, jpCompliantShare: 0.5, averageJp: 13.5, averageIpAsn: 47.5, ipAsnIncomplete: 2,
      ideas: { submitted: 1, approved: 1, launched: 1 }, citizensReached: 190, activePlacements: 0,
      // 0 JP; 10; 20 and 24 (the target and above). The two complete indices, 45 and 50, are very low (below 61).
      jpDistribution: [{ from: 0, to: 5, employees: 1 }, { from: 5, to: 10, employees: 0 }, { from: 10, to: 15, employees: 1 }, { from: 15, to: 20, employees: 0 }, { from: 20, employees: 2 }],
      ipAsnCategories: [{ category: 'very-high', employees: 0 }, { category: 'high', employees: 0 }, { category: 'medium', employees: 0 }, { category: 'low', employees: 0 }, { category: 'very-low', employees: 2 }],
      averageIpAsnDimensions: { qualification: 17.5, competency: 0, performance: 25, discipline: 5 },
      topGaps: [],
    });
  });

  it('ranks the competencies most employees fall short of: by employees, then mean gap, then code; ten at most', () => {
    const gap = (code: string, g: number) => ({ code, type: code.startsWith('M-') ? 'managerial' : 'technical', requiredLevel: 4, currentLevel: 4 - g, gap: g, recommendedPrograms: [] });
    const withGaps = (...gaps: ReturnType<typeof gap>[]) => ({ ...person(0, {}), gaps });
    const employees = [withGaps(gap('T-AMDAL', 1), gap('M-LEAD', 2)), withGaps(gap('T-AMDAL', 3), gap('T-GIS', 2)), withGaps(gap('M-LEAD', 1), gap('T-ARSIP', 2)), withGaps(gap('T-GIS', 1))];
    expect(opdMetrics('DLH', Y, employees, []).topGaps).toEqual([
      { code: 'T-AMDAL', type: 'technical', employees: 2, averageGap: 2 }, // 2 people, (1 + 3) / 2
      { code: 'M-LEAD', type: 'managerial', employees: 2, averageGap: 1.5 },
      { code: 'T-GIS', type: 'technical', employees: 2, averageGap: 1.5 }, // ties M-LEAD: by code
      { code: 'T-ARSIP', type: 'technical', employees: 1, averageGap: 2 },
    ]);
    const many = Array.from({ length: 12 }, (_, i) => withGaps(...Array.from({ length: i + 1 }, (_, k) => gap(`T-C${String(k).padStart(2, '0')}`, 1))));
    const top = opdMetrics('DLH', Y, many, []).topGaps;
    expect(top.map((g) => [g.code, g.employees])).toEqual(Array.from({ length: 10 }, (_, k) => [`T-C${String(k).padStart(2, '0')}`, 12 - k]));
  });

  it('is all zeros for an OPD without employees', () => {
    expect(opdMetrics('DLH', Y, [], [])).toMatchObject({ activeEmployees: 0, jpCompliantShare: 0, averageJp: 0, averageIpAsn: 0, ipAsnIncomplete: 0 });
  });
});
