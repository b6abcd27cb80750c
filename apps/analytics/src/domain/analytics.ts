import { createEvent, updateWithEvents, type ConsumedEvent } from '@asn/messaging';
import { assertValid, conflict, notFound } from '@asn/service-kit';
import { Id, Nip, OpdCode, Year, type CloudEvent } from '@asn/contracts';
import type { Collection } from 'mongodb';
import { employeeMetrics, foldEmployee, latestStandards, opdMetrics, programMetrics, JP_TARGET, type EmployeeMetrics, type EmployeeState, type Gap, type ProgramMetrics, type Standards } from './compute';
import { toFact, type Fact } from './facts';
import type { AnalyticsModels } from './models';

const PERSONNEL_STATE = new Set(['personnel.employee.registered', 'personnel.employee.updated', 'personnel.employee.transferred', 'personnel.employee.retired']);
const EMPLOYEE_FACTS = new Set([...PERSONNEL_STATE, 'personnel.competency.assessed', 'learning.training.completed', 'partnerships.placement.completed', 'evaluation.appraisal.recorded', 'evaluation.discipline.recorded']);
const PROGRAM_FACTS = new Set(['learning.training.completed', 'evaluation.feedback.submitted', 'evaluation.behavior.assessed']);
const OPD_FACTS = ['innovation.idea.submitted', 'innovation.idea.status-changed', 'innovation.initiative.launched', 'innovation.participation.recorded', 'partnerships.placement.started', 'partnerships.placement.completed'];

type Native = Collection<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- string _ids throughout
const key = (a: string | number, b: string | number) => `${a}:${b}`;

/**
 * Competency metrics from the event streams. Each event is stored once as a fact (keyed by its
 * id); after each batch the employees, programmes and OPDs it touched are recomputed from their
 * facts, so a redelivered, replayed or rebuilt history always gives the same numbers. A metric
 * document that changed is written together with its `analytics.*` event (outbox): one event per
 * entity per batch, however many events the batch had.
 */
export class AnalyticsDomain {
  constructor(
    private readonly models: AnalyticsModels,
    private readonly notify: () => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private col(name: keyof AnalyticsModels): Native {
    return this.models[name].collection as unknown as Native;
  }

  currentYear(): number {
    return this.clock().getUTCFullYear();
  }

  /** Batch handler of the consumer: store facts, recompute what they touched. */
  async ingest(batch: ConsumedEvent[]): Promise<void> {
    const facts = batch.map(({ event, meta }) => toFact(event as CloudEvent, meta)).filter((f): f is Fact => f !== null);
    if (facts.length === 0) return;
    await this.col('Fact').bulkWrite(
      facts.map((f) => ({ updateOne: { filter: { _id: f._id }, update: { $setOnInsert: f }, upsert: true } })),
      { ordered: false },
    );

    const nips = new Set<string>();
    const programYears = new Set<string>();
    const opdYears = new Set<string>();
    const positionCodes = new Set<string>();
    for (const f of facts) {
      if (f.nip && EMPLOYEE_FACTS.has(f.name)) nips.add(f.nip);
      if (f.programId && f.year && PROGRAM_FACTS.has(f.name)) programYears.add(key(f.programId, f.year));
      if (f.opd && f.year && OPD_FACTS.includes(f.name)) opdYears.add(key(f.opd, f.year));
      if (f.name === 'personnel.position-standard.set') positionCodes.add(f.data.positionCode);
      if (f.name === 'partnerships.placement.completed' && f.opd) opdYears.add(key(f.opd, this.currentYear()));
    }
    if (positionCodes.size) {
      const holders = await this.col('Employee').find({ positionCode: { $in: [...positionCodes] } }, { projection: { _id: 1 } }).toArray();
      for (const h of holders) nips.add(String(h._id));
    }

    const touchedYearsByOpd = await this.refreshEmployees([...nips]);
    for (const [opd, years] of touchedYearsByOpd) for (const y of years) opdYears.add(key(opd, y));
    await this.refreshPrograms([...programYears]);
    await this.refreshOpds([...opdYears]);
    this.notify();
  }

  private async standards(): Promise<Standards> {
    return latestStandards((await this.col('Fact').find({ name: 'personnel.position-standard.set' }).toArray()) as unknown as Fact[]);
  }

  private async factsOf(nips: string[]): Promise<Map<string, Fact[]>> {
    const facts = (await this.col('Fact').find({ nip: { $in: nips } }).toArray()) as unknown as Fact[];
    const byNip = new Map<string, Fact[]>(nips.map((n) => [n, []]));
    for (const f of facts) byNip.get(f.nip!)?.push(f);
    return byNip;
  }

  /** Years worth metrics for an employee: those of its dated facts, the year after an appraisal, and the current year. */
  private yearsOf(facts: Fact[]): number[] {
    const years = new Set<number>([this.currentYear()]);
    for (const f of facts) {
      if (f.year) years.add(f.year);
      if (f.name === 'evaluation.appraisal.recorded' && f.year) years.add(f.year + 1); // counts for Y+1 when Y+1 has none
    }
    return [...years].filter((y) => y <= this.currentYear() + 1).sort();
  }

  /** Recomputes employees; returns the (OPD, years) their changes touch. */
  private async refreshEmployees(nips: string[]): Promise<Map<string, Set<number>>> {
    const touched = new Map<string, Set<number>>();
    if (nips.length === 0) return touched;
    const [byNip, standards] = await Promise.all([this.factsOf(nips), this.standards()]);
    const states: EmployeeState[] = [];
    const computed: EmployeeMetrics[] = [];
    for (const [nip, facts] of byNip) {
      const state = foldEmployee(nip, facts);
      if (!state) continue; // events about an employee analytics has not seen registered yet
      states.push(state);
      const years = this.yearsOf(facts);
      for (const year of years) computed.push(employeeMetrics(state, facts, standards, year));
      for (const opd of state.opds) {
        if (!touched.has(opd)) touched.set(opd, new Set());
        for (const y of years) touched.get(opd)!.add(y);
      }
    }
    if (states.length) await this.col('Employee').bulkWrite(states.map((s) => ({ replaceOne: { filter: { _id: s._id }, replacement: s, upsert: true } })), { ordered: false });
    await this.writeMetrics(
      'EmployeeMetrics',
      computed.map((m) => ({ id: key(m.nip, m.year), doc: { ...m }, event: () => createEvent('analytics.employee-metrics.updated', m.nip, { nip: m.nip, opd: m.opd, year: m.year, jp: m.jp, gapCount: m.gaps.length, ipAsn: m.ipAsn }) })),
    );
    return touched;
  }

  private async refreshPrograms(programYears: string[]): Promise<void> {
    if (programYears.length === 0) return;
    const pairs = programYears.map((py) => ({ programId: py.slice(0, py.lastIndexOf(':')), year: Number(py.slice(py.lastIndexOf(':') + 1)) }));
    const facts = (await this.col('Fact').find({ programId: { $in: [...new Set(pairs.map((p) => p.programId))] } }).toArray()) as unknown as Fact[];
    const computed = pairs.map(({ programId, year }) => programMetrics(programId, facts, year));
    await this.writeMetrics(
      'ProgramMetrics',
      computed.map((m) => ({ id: key(m.programId, m.year), doc: { ...m } })),
    );
    for (const m of computed.filter((x) => x.flaggedForRevision)) await this.flagOnce(m);
  }

  /** `analytics.program.flagged` once per programme per year: the ledger's unique _id decides. */
  private async flagOnce(m: ProgramMetrics): Promise<void> {
    const id = key(m.programId, m.year);
    const event = createEvent('analytics.program.flagged', id, { programId: m.programId, year: m.year, feedbackCount: m.feedbackCount, averageRelevance: m.averageRelevance ?? 0 });
    try {
      await this.col('ProgramFlag').insertOne({ _id: id, programId: m.programId, year: m.year, flaggedAt: this.clock().toISOString(), _outbox: [event], _outboxPending: true, _outboxVersion: 1 } as never);
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
    }
  }

  private async refreshOpds(opdYears: string[]): Promise<void> {
    if (opdYears.length === 0) return;
    const wanted = new Set(opdYears);
    const opds = [...new Set(opdYears.map((oy) => oy.slice(0, oy.lastIndexOf(':'))))];
    // Every stored year of a touched OPD too: its membership or a member's metrics may have changed,
    // and leaving one year stale would make the result depend on the order events arrived in.
    for (const doc of await this.col('OpdMetrics').find({ opd: { $in: opds } }, { projection: { opd: 1, year: 1 } }).toArray()) wanted.add(key(doc.opd, doc.year));
    const pairs = [...wanted].map((oy) => ({ opd: oy.slice(0, oy.lastIndexOf(':')), year: Number(oy.slice(oy.lastIndexOf(':') + 1)) }));
    const [employees, opdFacts] = await Promise.all([
      this.col('Employee').find({ opd: { $in: opds }, status: 'active' }).toArray() as unknown as Promise<EmployeeState[]>,
      this.col('Fact').find({ opd: { $in: opds }, name: { $in: OPD_FACTS } }).toArray() as unknown as Promise<Fact[]>,
    ]);
    const computed = [];
    for (const { opd, year } of pairs) {
      const members = employees.filter((e) => e.opd === opd);
      const metrics = await this.employeeMetricsFor(members, year);
      computed.push(opdMetrics(opd, year, metrics, opdFacts));
    }
    await this.writeMetrics(
      'OpdMetrics',
      computed.map((m) => ({ id: key(m.opd, m.year), doc: { ...m }, event: () => createEvent('analytics.opd-metrics.updated', key(m.opd, m.year), m) })),
    );
  }

  /** Stored metrics of these employees for a year; computed from facts where none is stored. */
  private async employeeMetricsFor(states: EmployeeState[], year: number): Promise<EmployeeMetrics[]> {
    if (states.length === 0) return [];
    const stored = (await this.col('EmployeeMetrics').find({ _id: { $in: states.map((s) => key(s._id, year)) } as never }, { projection: { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, hash: 0, _id: 0 } }).toArray()) as unknown as EmployeeMetrics[];
    const have = new Map<string, EmployeeMetrics>(stored.map((m) => [m.nip, m]));
    const missing = states.filter((s) => !have.has(s._id));
    if (missing.length) {
      const [byNip, standards] = await Promise.all([this.factsOf(missing.map((s) => s._id)), this.standards()]);
      for (const s of missing) have.set(s._id, employeeMetrics(s, byNip.get(s._id) ?? [], standards, year));
    }
    return states.map((s) => have.get(s._id)!);
  }

  /** Writes metric documents; those whose content changed get their event in the same write. */
  private async writeMetrics(model: 'EmployeeMetrics' | 'ProgramMetrics' | 'OpdMetrics', items: { id: string; doc: object; event?: () => ReturnType<typeof createEvent> }[]): Promise<void> {
    if (items.length === 0) return;
    const col = this.col(model);
    const existing = new Map((await col.find({ _id: { $in: items.map((i) => i.id) } as never }, { projection: { hash: 1 } }).toArray()).map((d) => [String(d._id), d.hash as string]));
    const ops = items
      .map((i) => ({ ...i, hash: JSON.stringify(i.doc) }))
      .filter((i) => existing.get(i.id) !== i.hash)
      .map((i) => ({ updateOne: { filter: { _id: i.id }, update: i.event ? updateWithEvents({ $set: { ...i.doc, hash: i.hash } }, [i.event()]) : { $set: { ...i.doc, hash: i.hash } }, upsert: true } }));
    if (ops.length) await col.bulkWrite(ops as never, { ordered: true });
  }

  // ---- queries -------------------------------------------------------------------------------

  private async programsCatalogue(): Promise<{ id: string; code: string; title: string; competencies: { code: string }[] }[]> {
    const facts = (await this.col('Fact').find({ name: 'learning.program.published' }).toArray()) as unknown as Fact[];
    return facts.map((f) => ({ id: f.data.programId, code: f.data.code, title: f.data.title, competencies: f.data.competencies })).sort((a, b) => a.code.localeCompare(b.code));
  }

  private withRecommendations(gaps: Gap[], catalogue: Awaited<ReturnType<AnalyticsDomain['programsCatalogue']>>, exclude = new Set<string>()) {
    return gaps.map((g) => ({
      ...g,
      recommendedPrograms: catalogue.filter((p) => !exclude.has(p.id) && p.competencies.some((c) => c.code === g.code)).map(({ id, code, title }) => ({ id, code, title })),
    }));
  }

  private async employeeState(nip: string): Promise<EmployeeState> {
    const state = (await this.col('Employee').findOne({ _id: nip } as never)) as unknown as EmployeeState | null;
    if (!state) throw notFound('EMPLOYEE_NOT_FOUND', `No metrics for NIP ${nip}: analytics has not seen this employee`);
    return state;
  }

  async employee(nip: unknown, year?: number) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    const state = await this.employeeState(nip);
    const [m] = await this.employeeMetricsFor([state], y);
    return { ...m!, nip, opd: state.opd, year: y, gaps: this.withRecommendations(m!.gaps, await this.programsCatalogue()) };
  }

  async opd(opd: unknown, year?: number) {
    assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    const stored = await this.col('OpdMetrics').findOne({ _id: key(opd, y) } as never, { projection: { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, hash: 0, _id: 0 } });
    if (stored) return stored;
    // Not stored yet for that year: compute it now (nothing written).
    const [employees, facts] = await Promise.all([
      this.col('Employee').find({ opd, status: 'active' }).toArray() as unknown as Promise<EmployeeState[]>,
      this.col('Fact').find({ opd, name: { $in: OPD_FACTS } }).toArray() as unknown as Promise<Fact[]>,
    ]);
    return opdMetrics(opd, y, await this.employeeMetricsFor(employees, y), facts);
  }

  async program(programId: unknown, year?: number) {
    assertValid(Id, programId, { '/': 'PROGRAM_ID_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    const facts = (await this.col('Fact').find({ programId }).toArray()) as unknown as Fact[];
    if (!facts.some((f) => f.name === 'learning.program.published') && facts.length === 0) throw notFound('PROGRAM_NOT_FOUND', `No programme ${programId}`);
    return programMetrics(programId, facts, y);
  }

  /**
   * Needs plan draft (AKPK, spec 5.2) of an OPD for plan year P from year P−1: each active employee
   * with a competency gap or a JP shortfall, what to develop, programmes that cover the gaps (not
   * flagged for revision) and the JP still missing toward 20.
   */
  async needsPlan(opd: unknown, planYear?: number) {
    assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const p = planYear || this.currentYear() + 1;
    assertValid(Year, p, { '/': 'YEAR_INVALID' });
    if (p > this.currentYear() + 1) throw conflict('PLAN_YEAR_TOO_FAR', `A plan for ${p} needs the data of ${p - 1}, which has not happened yet`);
    const basedOn = p - 1;
    const employees = ((await this.col('Employee').find({ opd, status: 'active' }).toArray()) as unknown as EmployeeState[]).sort((a, b) => a.name.localeCompare(b.name));
    const metrics = await this.employeeMetricsFor(employees, basedOn);
    const flagged = new Set(((await this.col('ProgramFlag').find({ year: basedOn }).toArray()) as { programId?: string }[]).map((f) => String(f.programId)));
    const catalogue = await this.programsCatalogue();
    const entries = [];
    for (const [i, m] of metrics.entries()) {
      const jpMissing = Math.max(0, JP_TARGET - m.jp.total);
      if (m.gaps.length === 0 && jpMissing === 0) continue;
      const gaps = this.withRecommendations(m.gaps, catalogue, flagged);
      const recommended = new Map(gaps.flatMap((g) => g.recommendedPrograms).map((r) => [r.id, r]));
      entries.push({ nip: m.nip, name: employees[i]!.name, gaps, jpMissing, recommendedPrograms: [...recommended.values()] });
    }
    return { opd, year: p, basedOnYear: basedOn, entries };
  }
}
