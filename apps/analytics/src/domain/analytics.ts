import type { Collection } from 'mongodb';
import { Id, Nip, OpdCode, Year, type CloudEvent } from '@asn/contracts';
import { createEvent, updateWithEvents, type ConsumedEvent } from '@asn/messaging';
import { assertValid, conflict, notFound } from '@asn/service-kit';
import { employeeMetrics, foldEmployee, opdMetrics, programMetrics, JP_TARGET, type EmployeeMetrics, type EmployeeState, type Gap, type ProgramMetrics, type StandardCompetencies } from './compute';
import { bulkWriteChunked, eachLimited } from './batching';
import { FactLog } from './fact-log';
import { programFact, toFact, type Fact } from './facts';
import type { AnalyticsModels } from './models';
import { WriteThroughCache } from './write-through-cache';

const PERSONNEL_STATE = new Set(['personnel.employee.registered', 'personnel.employee.updated', 'personnel.employee.transferred', 'personnel.employee.retired']);
const EMPLOYEE_FACTS = new Set([...PERSONNEL_STATE, 'personnel.competency.assessed', 'learning.training.completed', 'partnerships.placement.completed', 'evaluation.appraisal.recorded', 'evaluation.discipline.recorded']);
const PROGRAM_FACTS = new Set(['learning.training.completed', 'evaluation.feedback.submitted', 'evaluation.behavior.assessed']);
const OPD_FACTS = new Set(['innovation.idea.submitted', 'innovation.idea.status-changed', 'innovation.initiative.launched', 'innovation.participation.recorded', 'partnerships.placement.started', 'partnerships.placement.completed']);

type Native = Collection<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- string _ids throughout
type CatalogueProgram = { id: string; code: string; title: string; competencies: { code: string }[] };
const key = (a: string | number, b: string | number) => `${a}:${b}`;
const splitKey = (k: string) => [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))] as const;
/** The opd_members document that lists OPD years waiting to be recomputed. */
const DIRTY = '~dirty';
/** The key of the whole programme catalogue in its cache. */
const CATALOGUE = 'all';
const STORED_METRIC_PROJECTION = { _outbox: 0, _outboxPending: 0, _outboxVersion: 0, _id: 0 };
type MetricModel = 'EmployeeMetrics' | 'ProgramMetrics' | 'OpdMetrics';
type FactCollection = 'EmployeeFacts' | 'ProgramFacts' | 'OpdFacts';
/** A stored metric document: its content and the hash of that content (what decides a rewrite). */
type StoredMetric = { hash: string; doc: Record<string, unknown> };
type OpdMembership = { nips: string[]; years: number[] };

function groupBy(facts: Fact[], pick: (f: Fact) => string | undefined): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = pick(f);
    if (k === undefined) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(f);
  }
  return groups;
}

/**
 * Competency metrics from the event streams. Each event becomes a fact, appended once (by event id)
 * to the fact list of the employee, programme or OPD it concerns; after each batch what it touched
 * is recomputed from those lists, so a redelivered, replayed or rebuilt history gives the same
 * numbers. A metric document that changed is written with its `analytics.*` event (outbox): one
 * event per entity per batch, however many events the batch had. All access is by _id.
 */
export class AnalyticsDomain {
  // What recomputing and the queries read, after its first read (see WriteThroughCache): employees,
  // OPD memberships, the catalogue, position standards and the stored metrics.
  private readonly employees = new WriteThroughCache<EmployeeState>((nip) => this.col('Employee').findOne({ _id: nip }) as Promise<EmployeeState | null>);
  private readonly memberships = new WriteThroughCache<OpdMembership>(async (opd) => {
    const doc = await this.col('OpdMembers').findOne({ _id: opd });
    return doc ? { nips: (doc.nips ?? []) as string[], years: (doc.years ?? []) as number[] } : null;
  });
  /** The programme catalogue, read again only after ingest stored a published programme. */
  private readonly programs = new WriteThroughCache<CatalogueProgram[]>(async () =>
    (await this.col('Program').find({}).toArray()).map((d) => ({ id: String(d._id), code: d.code, title: d.title, competencies: d.competencies })).sort((a, b) => a.code.localeCompare(b.code)),
  );
  private readonly standards = new WriteThroughCache<StandardCompetencies>(async (code) => ((await this.col('Standard').findOne({ _id: code }))?.competencies as StandardCompetencies | undefined) ?? null);
  /** Facts per employee, programme year and OPD; recently used lists stay in memory (see FactLog). */
  private readonly facts: Record<FactCollection, FactLog> = {
    EmployeeFacts: new FactLog(() => this.col('EmployeeFacts'), 100_000),
    ProgramFacts: new FactLog(() => this.col('ProgramFacts'), 100_000),
    OpdFacts: new FactLog(() => this.col('OpdFacts'), 20_000),
  };
  private readonly stored: Record<MetricModel, WriteThroughCache<StoredMetric>> = {
    EmployeeMetrics: this.metricCache('EmployeeMetrics'),
    ProgramMetrics: this.metricCache('ProgramMetrics'),
    OpdMetrics: this.metricCache('OpdMetrics'),
  };

  constructor(
    private readonly models: AnalyticsModels,
    private readonly notify: (hint: { collection: string; ids: unknown[] }) => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private metricCache(model: MetricModel): WriteThroughCache<StoredMetric> {
    return new WriteThroughCache(async (id) => {
      const found = await this.col(model).findOne({ _id: id }, { projection: STORED_METRIC_PROJECTION });
      if (!found) return null;
      const { hash, ...doc } = found;
      return { hash: String(hash), doc };
    });
  }

  private col(name: keyof AnalyticsModels): Native {
    return this.models[name].collection as unknown as Native;
  }

  currentYear(): number {
    return this.clock().getUTCFullYear();
  }

  private exclusive: Promise<unknown> = Promise.resolve();

  /**
   * Runs ingestion, OPD flushes and the outbox relay's clearing one at a time: a flush never clears
   * a mark a batch just set, and the relay never clears events a batch is adding.
   */
  serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(fn, fn);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  /** Batch handler of the consumer: store facts, recompute what they touched. */
  ingest(batch: ConsumedEvent[]): Promise<void> {
    return this.serially(() => this.ingestBatch(batch));
  }

  private async ingestBatch(batch: ConsumedEvent[]): Promise<void> {
    const facts = batch.map(({ event }) => toFact(event as CloudEvent)).filter((f): f is Fact => f !== null);
    if (facts.length === 0) return;
    const t0 = Date.now();
    const mark = (step: string) => process.env.ANALYTICS_TRACE && console.error(`[ingest] ${new Date().toISOString()} ${facts.length} facts: ${step} at ${Date.now() - t0} ms`);
    mark('start');

    const byNip = groupBy(facts, (f) => (f.nip && EMPLOYEE_FACTS.has(f.name) ? f.nip : undefined));
    const byProgramYear = groupBy(facts, (f) => (f.programId && f.year && PROGRAM_FACTS.has(f.name) ? key(f.programId, f.year) : undefined));
    const byOpd = groupBy(facts, (f) => (f.opd && OPD_FACTS.has(f.name) ? f.opd : undefined));
    const employeeFacts = await this.facts.EmployeeFacts.append(byNip);
    const programFacts = await this.facts.ProgramFacts.append(new Map([...byProgramYear].map(([k, list]) => [k, list.map(programFact)])));
    await this.facts.OpdFacts.append(byOpd);

    mark('facts stored');
    const changedPositions: string[] = [];
    for (const f of facts) {
      if (f.name === 'learning.program.published') {
        await this.col('Program').replaceOne({ _id: f.data.programId }, { code: f.data.code, title: f.data.title, competencies: f.data.competencies }, { upsert: true });
        this.programs.forget(CATALOGUE);
      } else if (f.name === 'personnel.position-standard.set') {
        await this.col('Standard').replaceOne({ _id: f.data.positionCode }, { competencies: f.data.competencies }, { upsert: true });
        this.standards.set(f.data.positionCode, f.data.competencies);
        changedPositions.push(f.data.positionCode);
      }
    }

    const nips = new Set(byNip.keys());
    for (const code of changedPositions) for (const nip of ((await this.col('PositionHolders').findOne({ _id: code }))?.nips ?? []) as string[]) nips.add(nip);

    const opdYears = new Set<string>();
    for (const [opd, list] of byOpd) {
      for (const f of list) if (f.year) opdYears.add(key(opd, f.year));
      opdYears.add(key(opd, this.currentYear())); // active placements
    }
    for (const [opd, years] of await this.refreshEmployees([...nips], employeeFacts)) for (const y of years) opdYears.add(key(opd, y));
    mark(`${nips.size} employees`);
    const programYears = [...byProgramYear.keys()];
    await this.refreshPrograms(programYears, programFacts);
    mark(`${programYears.length} programme years`);
    // OPD metrics summarise many employees: mark them dirty (durably, with this batch) and let
    // flushDirtyOpds() recompute each at most once per interval, however many batches touched it.
    if (opdYears.size) await this.col('OpdMembers').updateOne({ _id: DIRTY }, { $addToSet: { keys: { $each: [...opdYears] } } }, { upsert: true });
    mark(`${opdYears.size} OPD years marked`);
  }

  /** Recomputes the OPD years marked dirty; returns how many. Called on an interval (OpdFlusher). */
  flushDirtyOpds(): Promise<number> {
    return this.serially(() => this.flushDirty());
  }

  private async flushDirty(): Promise<number> {
    const dirty = ((await this.col('OpdMembers').findOne({ _id: DIRTY }))?.keys ?? []) as string[];
    if (dirty.length === 0) return 0;
    const t0 = Date.now();
    await this.refreshOpds(dirty);
    if (process.env.ANALYTICS_TRACE) console.error(`[flush] ${dirty.length} OPD years in ${Date.now() - t0} ms`);
    await this.col('OpdMembers').updateOne({ _id: DIRTY }, { $pullAll: { keys: dirty } } as never);
    return dirty.length;
  }

  /** OPD years still to recompute (readiness waits for none). */
  async dirtyOpdCount(): Promise<number> {
    return (((await this.col('OpdMembers').findOne({ _id: DIRTY }))?.keys ?? []) as string[]).length;
  }

  private factsOf(collection: FactCollection, id: string): Promise<Fact[]> {
    return this.facts[collection].get(id);
  }

  private async standardOf(code: string): Promise<StandardCompetencies | undefined> {
    return (await this.standards.get(code)) ?? undefined;
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

  /** Recomputes employees (state, memberships, metrics); returns the OPD years their changes touch. */
  private async refreshEmployees(nips: string[], known = new Map<string, Fact[]>()): Promise<Map<string, Set<number>>> {
    const touched = new Map<string, Set<number>>();
    const computed: EmployeeMetrics[] = [];
    await eachLimited(nips, 16, async (nip) => {
      const facts = known.get(nip) ?? (await this.factsOf('EmployeeFacts', nip));
      const state = foldEmployee(nip, facts);
      if (!state) return; // about an employee analytics has not seen registered yet
      const standard = await this.standardOf(state.positionCode);
      const years = this.yearsOf(facts);
      for (const year of years) computed.push(employeeMetrics(state, facts, standard, year));
      for (const opd of state.opds) {
        if (!touched.has(opd)) touched.set(opd, new Set());
        for (const y of years) touched.get(opd)!.add(y);
      }
      // State and memberships are written only when they changed (writes are what costs).
      const before = await this.employees.get(nip);
      if (JSON.stringify(before) === JSON.stringify(state)) return;
      await this.col('Employee').replaceOne({ _id: nip }, state, { upsert: true });
      this.employees.set(nip, structuredClone(state));
      for (const opd of state.opds) {
        const member = opd === state.opd && state.status === 'active';
        const was = before?.opd === opd && before?.status === 'active';
        if (member !== was || !before) {
          await this.col('OpdMembers').updateOne({ _id: opd }, (member ? { $addToSet: { nips: nip } } : { $pull: { nips: nip } }) as never, { upsert: true });
          this.memberships.forget(opd);
        }
      }
      for (const code of state.positions) {
        if (before?.positionCode === state.positionCode && before.positions?.length === state.positions.length) break;
        await this.col('PositionHolders').updateOne({ _id: code }, (code === state.positionCode ? { $addToSet: { nips: nip } } : { $pull: { nips: nip } }) as never, { upsert: true });
      }
    });
    await this.writeMetrics(
      'EmployeeMetrics',
      computed.map((m) => ({ id: key(m.nip, m.year), doc: { ...m }, event: () => createEvent('analytics.employee-metrics.updated', m.nip, { nip: m.nip, opd: m.opd, year: m.year, jp: m.jp, gapCount: m.gaps.length, ipAsn: m.ipAsn }) })),
    );
    return touched;
  }

  private async refreshPrograms(programYears: string[], known = new Map<string, Fact[]>()): Promise<void> {
    const computed = await eachLimited(programYears, 16, async (py) => {
      const [programId, year] = splitKey(py);
      return programMetrics(programId, known.get(py) ?? (await this.factsOf('ProgramFacts', py)), year);
    });
    await this.writeMetrics('ProgramMetrics', computed.map((m) => ({ id: key(m.programId, m.year), doc: { ...m } })));
    for (const m of computed.filter((x) => x.flaggedForRevision)) await this.flagOnce(m);
  }

  /** `analytics.program.flagged` once per programme per year: the ledger's unique _id decides. */
  private async flagOnce(m: ProgramMetrics): Promise<void> {
    const id = key(m.programId, m.year);
    const event = createEvent('analytics.program.flagged', id, { programId: m.programId, year: m.year, feedbackCount: m.feedbackCount, averageRelevance: m.averageRelevance ?? 0 });
    try {
      await this.col('ProgramFlag').insertOne({ _id: id, programId: m.programId, year: m.year, flaggedAt: this.clock().toISOString(), _outbox: [event], _outboxPending: true, _outboxVersion: 1 });
      this.notify({ collection: 'program_flags', ids: [id] });
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
    }
  }

  private async refreshOpds(opdYears: string[]): Promise<void> {
    const byOpd = new Map<string, Set<number>>();
    for (const oy of opdYears) {
      const [opd, year] = splitKey(oy);
      if (!byOpd.has(opd)) byOpd.set(opd, new Set());
      byOpd.get(opd)!.add(year);
    }
    const computed = [];
    for (const [opd, years] of byOpd) {
      const members = await this.memberships.get(opd);
      // Every stored year of a touched OPD too: its membership or a member's metrics may have changed,
      // and leaving one year stale would make the result depend on the order events arrived in.
      for (const y of (members?.years ?? []) as number[]) years.add(y);
      const states = (await eachLimited(members?.nips ?? [], 16, (nip) => this.employees.get(nip))).filter(Boolean) as EmployeeState[];
      const facts = await this.factsOf('OpdFacts', opd);
      for (const year of [...years].sort()) computed.push(opdMetrics(opd, year, await this.employeeMetricsFor(states, year), facts));
      if ([...years].some((y) => !members?.years.includes(y))) {
        await this.col('OpdMembers').updateOne({ _id: opd }, { $addToSet: { years: { $each: [...years] } } }, { upsert: true });
        this.memberships.forget(opd);
      }
    }
    await this.writeMetrics(
      'OpdMetrics',
      computed.map((m) => ({ id: key(m.opd, m.year), doc: { ...m }, event: () => createEvent('analytics.opd-metrics.updated', key(m.opd, m.year), m) })),
    );
  }

  /** Stored metrics of these employees for a year; computed from facts where none is stored. */
  private async employeeMetricsFor(states: EmployeeState[], year: number): Promise<EmployeeMetrics[]> {
    return eachLimited(states, 16, async (s) => {
      const stored = await this.stored.EmployeeMetrics.get(key(s._id, year));
      return (stored?.doc as unknown as EmployeeMetrics | undefined) ?? employeeMetrics(s, await this.factsOf('EmployeeFacts', s._id), await this.standardOf(s.positionCode), year);
    });
  }

  /** Writes metric documents; those whose content changed get their event in the same write. */
  private async writeMetrics(model: MetricModel, items: { id: string; doc: object; event?: () => ReturnType<typeof createEvent> }[]): Promise<void> {
    if (items.length === 0) return;
    const col = this.col(model);
    const hashes = await eachLimited(items, 16, async (i) => (await this.stored[model].get(i.id))?.hash ?? null);
    const changed = items.map((i, n) => ({ ...i, hash: JSON.stringify(i.doc), before: hashes[n] })).filter((i) => i.before !== i.hash);
    if (changed.length === 0) return;
    await bulkWriteChunked(
      col,
      changed.map((i) => ({ updateOne: { filter: { _id: i.id }, update: i.event ? updateWithEvents({ $set: { ...i.doc, hash: i.hash } }, [i.event()]) : { $set: { ...i.doc, hash: i.hash } }, upsert: true } })),
      true,
    );
    for (const i of changed) this.stored[model].set(i.id, { hash: i.hash, doc: i.doc as Record<string, unknown> });
    const withEvents = changed.filter((i) => i.event).map((i) => i.id);
    if (withEvents.length) this.notify({ collection: col.collectionName, ids: withEvents });
  }

  // ---- queries -------------------------------------------------------------------------------

  private async catalogue(): Promise<CatalogueProgram[]> {
    return (await this.programs.get(CATALOGUE)) ?? [];
  }

  private withRecommendations(gaps: Gap[], catalogue: CatalogueProgram[], exclude = new Set<string>()) {
    return gaps.map((g) => ({
      ...g,
      recommendedPrograms: catalogue.filter((p) => !exclude.has(p.id) && p.competencies.some((c) => c.code === g.code)).map(({ id, code, title }) => ({ id, code, title })),
    }));
  }

  private async employeeState(nip: string): Promise<EmployeeState> {
    const state = await this.employees.get(nip);
    if (!state) throw notFound('EMPLOYEE_NOT_FOUND', `No metrics for NIP ${nip}: analytics has not seen this employee`);
    return state;
  }

  async employee(nip: unknown, year?: number) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    const state = await this.employeeState(nip);
    const [m] = await this.employeeMetricsFor([state], y);
    return { ...m!, nip, opd: state.opd, year: y, gaps: this.withRecommendations(m!.gaps, await this.catalogue()) };
  }

  private async activeMembers(opd: string): Promise<EmployeeState[]> {
    const members = await this.memberships.get(opd);
    return (await eachLimited(members?.nips ?? [], 16, (nip) => this.employees.get(nip))).filter(Boolean) as EmployeeState[];
  }

  async opd(opd: unknown, year?: number) {
    assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    const stored = await this.stored.OpdMetrics.get(key(opd, y));
    if (stored) return stored.doc;
    // Not stored for that year: compute it now (nothing written).
    return opdMetrics(opd, y, await this.employeeMetricsFor(await this.activeMembers(opd), y), await this.factsOf('OpdFacts', opd));
  }

  async program(programId: unknown, year?: number) {
    assertValid(Id, programId, { '/': 'PROGRAM_ID_INVALID' });
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    // Written after each batch that touched the programme's year: one read by _id.
    const stored = await this.stored.ProgramMetrics.get(key(programId, y));
    if (stored) return stored.doc;
    const [facts, known] = await Promise.all([this.factsOf('ProgramFacts', key(programId, y)), this.col('Program').findOne({ _id: programId })]);
    if (!known && facts.length === 0) throw notFound('PROGRAM_NOT_FOUND', `No programme ${programId}`);
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
    const employees = (await this.activeMembers(opd)).sort((a, b) => a.name.localeCompare(b.name) || a._id.localeCompare(b._id));
    const metrics = await this.employeeMetricsFor(employees, basedOn);
    const catalogue = await this.catalogue();
    const flags = await eachLimited(catalogue, 16, async (c) => ((await this.col('ProgramFlag').findOne({ _id: key(c.id, basedOn) })) ? c.id : null));
    const flagged = new Set(flags.filter((f): f is string => f !== null));
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
