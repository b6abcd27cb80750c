import { IP_ASN_TABLE, scoreIpAsn, type IpAsn } from './ip-asn';
import type { Fact } from './facts';

export const JP_TARGET = 20;

export interface EmployeeState {
  _id: string; // NIP
  name: string;
  opd: string;
  status: 'active' | 'retired';
  education: string;
  positionCode: string;
  positionKind: string;
  /** Every OPD the employee has belonged to (a transfer changes two OPDs' metrics). */
  opds: string[];
  /**
   * Spec 8.3: dated membership, in order. In `opd` from `from` (absent: since ever, as events
   * before 8.3 say) up to the day before `to` (absent: still).
   */
  spells: { opd: string; from?: string; to?: string }[];
  /** Every position the employee has held (a standard change concerns their holders). */
  positions: string[];
}

/** The employee as the personnel events say, applied in their Kafka order (the facts' order). */
export function foldEmployee(nip: string, facts: Fact[]): EmployeeState | null {
  let state: EmployeeState | null = null;
  for (const f of facts.filter((x) => x.name.startsWith('personnel.employee.'))) {
    const d = f.data;
    if (f.name === 'personnel.employee.registered') {
      state = {
        _id: nip, name: d.name, opd: d.opd, status: d.status ?? 'active', education: d.education, positionCode: d.position.code, positionKind: d.position.kind,
        opds: [d.opd], positions: [d.position.code], spells: [{ opd: d.opd, ...(d.startsOn ? { from: d.startsOn } : {}) }],
      };
    } else if (state) {
      if (f.name === 'personnel.employee.updated') {
        if (d.changes.name) state.name = d.changes.name;
        if (d.changes.education) state.education = d.changes.education;
        if (d.changes.position) {
          state.positionCode = d.changes.position.code;
          state.positionKind = d.changes.position.kind;
          if (!state.positions.includes(state.positionCode)) state.positions.push(state.positionCode);
        }
      } else if (f.name === 'personnel.employee.transferred') {
        state.opd = d.toOpd;
        if (!state.opds.includes(d.toOpd)) state.opds.push(d.toOpd);
        if (d.effectiveOn) {
          state.spells.at(-1)!.to = d.effectiveOn;
          state.spells.push({ opd: d.toOpd, from: d.effectiveOn });
        } else {
          // A transfer published before spec 8.3 has no date: the whole membership moves, as it did.
          state.spells = [{ opd: d.toOpd, ...(state.spells[0]?.from ? { from: state.spells[0].from } : {}) }];
        }
      } else if (f.name === 'personnel.employee.retired') {
        state.status = 'retired';
        const last = state.spells.at(-1);
        if (last && !last.to) last.to = d.effectiveOn ?? d.retiredOn;
      }
    }
  }
  return state;
}

/** Whether the employee was a member of the OPD on that date (spec 8.3). */
export function memberOn(state: EmployeeState, opd: string, date: string): boolean {
  if (!state.spells) return state.opd === opd && state.status === 'active'; // a state stored before 8.3
  return state.spells.some((s) => s.opd === opd && (!s.from || s.from <= date) && (!s.to || date < s.to));
}

export type StandardCompetencies = { code: string; type: string; requiredLevel: number }[];

export interface Gap {
  code: string;
  type: string;
  requiredLevel: number;
  currentLevel: number;
  gap: number;
}

export interface EmployeeMetrics {
  nip: string;
  opd: string;
  year: number;
  /** `external`: verified learning outside city programmes (issue #15, item 10). */
  jp: { total: number; target: number; compliant: boolean; training: number; placement: number; external: number };
  gaps: Gap[];
  ipAsn: IpAsn;
}

/** JP, gaps and IP ASN of an employee for a calendar year, from the employee's facts and position standard. */
export function employeeMetrics(state: EmployeeState, facts: Fact[], standard: StandardCompetencies | undefined, year: number): EmployeeMetrics {
  const completions = facts.filter((f) => f.name === 'learning.training.completed');
  const placements = facts.filter((f) => f.name === 'partnerships.placement.completed');
  // Spec 8.4: only a passed completion earns JP; a failed one is recorded with 0 JP.
  const training = completions.filter((f) => f.year === year && f.data.passed).reduce((s, f) => s + f.data.attendedJp, 0);
  const placement = placements.filter((f) => f.year === year).reduce((s, f) => s + f.data.jp, 0);
  // Only verified external learning is an event analytics keeps: reported or rejected earns nothing.
  const external = facts.filter((f) => f.name === 'learning.external-learning.verified' && f.year === year).reduce((s, f) => s + f.data.jp, 0);
  const total = training + placement + external;

  // Latest level per competency (by assessment date, then event order); unassessed counts as 0.
  const latest = new Map<string, number>();
  // Stable sort: same-day assessments stay in arrival order.
  for (const f of facts.filter((x) => x.name === 'personnel.competency.assessed' && (x.year ?? 0) <= year).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))) {
    latest.set(f.data.code, f.data.level);
  }
  const gaps = (standard ?? [])
    .map((c) => ({ code: c.code, type: c.type, requiredLevel: c.requiredLevel, currentLevel: latest.get(c.code) ?? 0, gap: c.requiredLevel - (latest.get(c.code) ?? 0) }))
    .filter((g) => g.gap > 0);

  const ipAsn = scoreIpAsn(
    {
      education: state.education,
      positionKind: state.positionKind,
      completions: completions.filter((f) => f.data.passed).map((f) => ({ category: f.data.category, attendedJp: f.data.attendedJp, year: f.year! })),
      placements: placements.map((f) => ({ kind: f.data.kind, year: f.year! })),
      appraisals: new Map(facts.filter((f) => f.name === 'evaluation.appraisal.recorded').map((f) => [Number(f.data.year), f.data.rating as string])),
      discipline: facts.filter((f) => f.name === 'evaluation.discipline.recorded').map((f) => ({ level: f.data.level, year: f.year! })),
    },
    year,
  );
  return { nip: state._id, opd: state.opd, year, jp: { total, target: JP_TARGET, compliant: total >= JP_TARGET, training, placement, external }, gaps, ipAsn };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const average = (xs: number[]) => (xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length) : null);

export interface ProgramMetrics {
  programId: string;
  year: number;
  completions: number;
  averageRelevance: number | null;
  averageSatisfaction: number | null;
  averageLearningGain: number | null;
  averageBehaviorScore: number | null;
  feedbackCount: number;
  /** The last revision of the programme up to the end of the year (spec 8.6), or null. */
  lastRevisedOn: string | null;
  /** Feedback of the year given after that revision: what flagging counts, and its mean relevance. */
  feedbackSinceRevision: number;
  averageRelevanceSinceRevision: number | null;
  flaggedForRevision: boolean;
}

export const FLAG_MIN_FEEDBACK = 5;
export const FLAG_MAX_RELEVANCE = 3.0;

/** A revision of a programme: `learning.program.revised`. */
export interface ProgramRevision {
  id: string;
  revisedOn: string;
}

/** The last revision dated on or before `date`, if any (revisions in any order). */
export function lastRevisionBy(revisions: ProgramRevision[], date: string): ProgramRevision | undefined {
  return revisions.filter((r) => r.revisedOn <= date).reduce<ProgramRevision | undefined>((last, r) => (!last || r.revisedOn > last.revisedOn || (r.revisedOn === last.revisedOn && r.id > last.id) ? r : last), undefined);
}

/**
 * Kirkpatrick L1–L3 of a programme for a year. Flagged for revision (spec 5, 8.6) when the year's
 * feedback given after the programme's last revision (up to the end of the year) counts at least 5
 * and its exact mean relevance is below 3.0: sums are compared, never the rounded mean shown, so
 * 201 feedbacks summing 602 (2.995) are flagged.
 */
export function programMetrics(programId: string, facts: Fact[], year: number, revisions: ProgramRevision[] = []): ProgramMetrics {
  const inYear = facts.filter((f) => f.programId === programId && f.year === year);
  const completions = inYear.filter((f) => f.name === 'learning.training.completed');
  const feedback = inYear.filter((f) => f.name === 'evaluation.feedback.submitted');
  const behavior = inYear.filter((f) => f.name === 'evaluation.behavior.assessed');
  const averageRelevance = average(feedback.map((f) => f.data.relevance));
  // Feedback on the day of the revision may be about the programme before it: counted from the day after.
  const revision = lastRevisionBy(revisions, `${year}-12-31`);
  const since = revision ? feedback.filter((f) => (f.date ?? '') > revision.revisedOn) : feedback;
  const relevanceSum = since.reduce((s, f) => s + f.data.relevance, 0);
  return {
    programId,
    year,
    completions: completions.length,
    averageRelevance,
    averageSatisfaction: average(feedback.map((f) => f.data.satisfaction)),
    averageLearningGain: average(completions.map((f) => f.data.postTestScore - f.data.preTestScore)),
    averageBehaviorScore: average(behavior.map((f) => f.data.score)),
    feedbackCount: feedback.length,
    lastRevisedOn: revision?.revisedOn ?? null,
    feedbackSinceRevision: since.length,
    averageRelevanceSinceRevision: average(since.map((f) => f.data.relevance)),
    flaggedForRevision: since.length >= FLAG_MIN_FEEDBACK && relevanceSum < FLAG_MAX_RELEVANCE * since.length,
  };
}

export interface OpdMetrics {
  opd: string;
  year: number;
  activeEmployees: number;
  jpCompliantShare: number;
  averageJp: number;
  /** The average of the complete IP ASN indices (spec 8.5); 0 when none is complete. */
  averageIpAsn: number;
  /** Active employees whose IP ASN is incomplete, left out of `averageIpAsn`. */
  ipAsnIncomplete: number;
  ideas: { submitted: number; approved: number; launched: number };
  citizensReached: number;
  activePlacements: number;
  /** Active employees by JP of the year: [0, 5), [5, 10), [10, 15), [15, 20) and the target and above. */
  jpDistribution: { from: number; to?: number; employees: number }[];
  /** Employees with a complete IP ASN, by category, from the highest category down. */
  ipAsnCategories: { category: string; employees: number }[];
  /** The mean of each dimension over the complete indices (those `averageIpAsn` counts). */
  averageIpAsnDimensions: { qualification: number; competency: number; performance: number; discipline: number };
  /** The competencies most active employees fall short of: by employees, then mean gap, then code; at most 10. */
  topGaps: { code: string; type: string; employees: number; averageGap: number }[];
}

const JP_STEP = 5;
const TOP_GAPS = 10;

/** An OPD's metrics for a year from its active employees' metrics and its idea and placement facts. */
export function opdMetrics(opd: string, year: number, employees: EmployeeMetrics[], opdFacts: Fact[]): OpdMetrics {
  const inYear = opdFacts.filter((f) => f.opd === opd && f.year === year);
  const endOfYear = `${year}-12-31`;
  const completedPlacements = new Map(opdFacts.filter((f) => f.name === 'partnerships.placement.completed').map((f) => [f.data.placementId as string, f.date!]));
  const activePlacements = opdFacts.filter(
    (f) => f.name === 'partnerships.placement.started' && f.opd === opd && f.date! <= endOfYear && !((completedPlacements.get(f.data.placementId) ?? '9999') <= endOfYear),
  ).length;
  const n = employees.length;
  const complete = employees.filter((e) => e.ipAsn.complete);
  return {
    opd,
    year,
    activeEmployees: n,
    jpCompliantShare: n ? round(employees.filter((e) => e.jp.compliant).length / n, 4) : 0,
    averageJp: n ? round(employees.reduce((s, e) => s + e.jp.total, 0) / n) : 0,
    averageIpAsn: complete.length ? round(complete.reduce((s, e) => s + e.ipAsn.score, 0) / complete.length) : 0,
    ipAsnIncomplete: n - complete.length,
    ideas: {
      submitted: inYear.filter((f) => f.name === 'innovation.idea.submitted').length,
      approved: inYear.filter((f) => f.name === 'innovation.idea.status-changed' && f.data.to === 'approved').length,
      launched: inYear.filter((f) => f.name === 'innovation.initiative.launched').length,
    },
    citizensReached: inYear.filter((f) => f.name === 'innovation.participation.recorded').reduce((s, f) => s + f.data.citizens, 0),
    activePlacements,
    ...opdDistributions(employees),
  };
}

/** What the OPD dashboard draws: JP distribution, IP ASN categories and dimensions, the top gaps. */
function opdDistributions(employees: EmployeeMetrics[]): Pick<OpdMetrics, 'jpDistribution' | 'ipAsnCategories' | 'averageIpAsnDimensions' | 'topGaps'> {
  const jpDistribution = Array.from({ length: JP_TARGET / JP_STEP + 1 }, (_, i) => ({ from: i * JP_STEP, ...(i * JP_STEP < JP_TARGET ? { to: (i + 1) * JP_STEP } : {}), employees: 0 }));
  for (const e of employees) jpDistribution[Math.min(Math.floor(e.jp.total / JP_STEP), jpDistribution.length - 1)]!.employees++;
  const complete = employees.filter((e) => e.ipAsn.complete);
  const ipAsnCategories = IP_ASN_TABLE.categories.map(({ category }) => ({ category, employees: complete.filter((e) => e.ipAsn.category === category).length }));
  const mean = (dimension: keyof IpAsn['dimensions']) => (complete.length ? round(complete.reduce((s, e) => s + e.ipAsn.dimensions[dimension], 0) / complete.length) : 0);
  const byCode = new Map<string, { code: string; type: string; employees: number; sum: number }>();
  for (const e of employees) {
    for (const g of e.gaps) {
      const entry = byCode.get(g.code) ?? byCode.set(g.code, { code: g.code, type: g.type, employees: 0, sum: 0 }).get(g.code)!;
      entry.employees++;
      entry.sum += g.gap;
    }
  }
  const topGaps = [...byCode.values()]
    .map((g) => ({ code: g.code, type: g.type, employees: g.employees, averageGap: round(g.sum / g.employees) }))
    .sort((a, b) => b.employees - a.employees || b.averageGap - a.averageGap || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, TOP_GAPS);
  return { jpDistribution, ipAsnCategories, averageIpAsnDimensions: { qualification: mean('qualification'), competency: mean('competency'), performance: mean('performance'), discipline: mean('discipline') }, topGaps };
}
