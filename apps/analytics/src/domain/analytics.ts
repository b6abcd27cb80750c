import { Id, Nip, OpdCode, Year, type CloudEvent, businessDate, businessYear } from '@asn/contracts';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { createEvent, type ConsumedEvent } from '@asn/messaging';
import { assertValid, conflict, contextOf, counter, EVENT_DELAY_BUCKETS, gauge, histogram, notFound, startSpan, withTraceContext, type TraceCarrier } from '@asn/service-kit';
import { employeeMetrics, foldEmployee, lastRevisionBy, memberOn, opdMetrics, programMetrics, JP_TARGET, type EmployeeMetrics, type EmployeeState, type Gap, type ProgramMetrics, type ProgramRevision, type StandardCompetencies } from './compute';
import { eachLimited } from './batching';
import { keptFact, programFact, toFact, type Fact } from './facts';
import type { AnalyticsStore, CatalogueProgram, FactCollection, Globals, Mark, MarkKind, MetricModel, OpdMembership, StoredMetric } from '../persistence/analytics-store';
import type { FactLists } from '../persistence/fact-lists';
import { WriteThroughCache } from './write-through-cache';
import { Ownership } from './ownership';

const PERSONNEL_STATE = new Set(['personnel.employee.registered', 'personnel.employee.updated', 'personnel.employee.transferred', 'personnel.employee.retired']);
const EMPLOYEE_FACTS = new Set([...PERSONNEL_STATE, 'personnel.competency.assessed', 'learning.training.completed', 'learning.external-learning.verified', 'partnerships.placement.completed', 'evaluation.appraisal.recorded', 'evaluation.discipline.recorded']);
const PROGRAM_FACTS = new Set(['learning.training.completed', 'evaluation.feedback.submitted', 'evaluation.behavior.assessed']);
const OPD_FACTS = new Set(['innovation.idea.submitted', 'innovation.idea.status-changed', 'innovation.initiative.launched', 'innovation.participation.recorded', 'partnerships.placement.started', 'partnerships.placement.completed']);

const key = (a: string | number, b: string | number) => `${a}:${b}`;
/** Needs plans kept as drafted (see AnalyticsDomain.needsPlan). */
const PLANS_KEPT = 8;
/** How long a needs plan is served as drafted while other instances change what it is drafted from. */
const SHARED_PLAN_MS = 5000;
/** Programmes recommended per competency gap (employee metrics and the needs plan). */
export const MAX_RECOMMENDED_PER_GAP = 3;
const splitKey = (k: string) => [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))] as const;
/** Events per metric_events document: one document carries many metric changes. */
export const EVENTS_PER_DOCUMENT = 200;
/** Employees (marked or changed) a full checkpoint computes and writes together: its memory is about one slice's worth. */
const EMPLOYEES_PER_SLICE = 500;
/** The key of the whole programme catalogue in its cache. */
const CATALOGUE = 'all';
/** A metric computed since the last checkpoint: written then if its content differs from the stored one. */
type PendingMetric = StoredMetric & { event?: () => ReturnType<typeof createEvent> };
/** Where a checkpoint can be cut short (tests): after its metric events, after the state. */
export type CheckpointStage = 'events-stored' | 'state-stored';

/** Makes something (a metric event) inside a span of the trace that caused it, so the event continues that trace. */
function causedBy<T>(cause: TraceCarrier | undefined, name: string, make: () => T): T {
  if (!cause) return make();
  const { span, context } = startSpan(name, { parent: contextOf(cause) });
  try {
    return withTraceContext(context, make);
  } finally {
    span.end();
  }
}

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
 * numbers. All access is by _id.
 *
 * A batch changes memory only: queries see its result at once. What it changed is written behind,
 * in bulk, at the next checkpoint (`checkpoint()`, on an interval), and only then are the consumer's
 * offsets committed. So the store's cost follows the number of entities changed per checkpoint, not
 * the number of events, and a crash replays from the last checkpoint onto what it stored (facts are
 * known by event id: nothing is counted twice, nothing lost). A metric whose content changed gets
 * its `analytics.*` event at the checkpoint: one per entity per checkpoint, through an outbox
 * document that carries the checkpoint's events (`metric_events`).
 *
 * Several instances share the work by partition (see Ownership): each keeps and computes the
 * employees it owns. An OPD's or programme's metrics read what many instances store, so they are
 * computed by their owner at its checkpoints, from the store, when a mark says their inputs changed
 * (raised by whichever instance stored those inputs, after storing them). Alone, an instance owns
 * everything and reads all of it from memory.
 */
export class AnalyticsDomain {
  // What recomputing and the queries read, after its first read (see WriteThroughCache): employees,
  // OPD memberships, the catalogue, position standards and the stored metrics.
  private readonly employees = new WriteThroughCache<EmployeeState>((nip) => this.store.employee(nip), (nip) => this.ownership.owns(nip), (nips) => this.store.employees(nips));
  private readonly memberships = new WriteThroughCache<OpdMembership>((opd) => this.store.opdMembership(opd), () => this.ownership.ownsAll());
  private readonly holders = new WriteThroughCache<string[]>((code) => this.store.positionHolders(code), () => this.ownership.ownsAll());
  /**
   * What the read models are computed from changes with each ingested batch and each checkpoint
   * (which computes the programme-years and OPD-years a batch marked): a plan drafted at one
   * generation is served again until the next.
   */
  private generation = 0;
  /** Needs plans last drafted (at most PLANS_KEPT, the least recently read leaving first: the largest OPD's is about 1 MB). */
  private readonly plans = new LRUCache<string, { generation: number; at: number; plan: Awaited<ReturnType<AnalyticsDomain['draftPlan']>> & { draft: string } }>({ max: PLANS_KEPT });
  // A batch waits while a checkpoint (or the relay's clearing) holds the store's turn: with the
  // consumer's kafka_event_delay_seconds, where the time from a completion to its metric goes.
  private readonly ingestWait = histogram('analytics_ingest_wait_seconds', 'How long a consumed batch waited for a checkpoint or the outbox clearing before it was ingested', [], EVENT_DELAY_BUCKETS);
  private readonly checkpointSeconds = histogram('analytics_checkpoint_seconds', 'How long a checkpoint held ingestion (writing what changed, committing offsets)', ['light'], EVENT_DELAY_BUCKETS);
  private readonly metricsInMemory = gauge('analytics_metrics_in_memory', 'Stored metric documents kept in memory, per model, after the last checkpoint (at most ANALYTICS_METRICS_KEPT)', ['model']);
  private readonly plansDrafted = counter('analytics_needs_plans_drafted_total', 'Needs plans drafted (the others were served as drafted)');
  /** The programme catalogue, read again only after ingest stored a published programme. */
  private readonly programs = new WriteThroughCache<CatalogueProgram[]>(() => this.store.programCatalogue());
  /** Programme years flagged for revision (the program_flags ledger), kept after their first read. */
  private readonly flags = new WriteThroughCache<true>(async (id) => ((await this.store.flagRecorded(id)) ? true : null), (id) => this.ownership.owns(id.split(':')[0]!));
  private readonly standards = new WriteThroughCache<StandardCompetencies>((code) => this.store.standard(code));
  /** Facts per employee, programme year and OPD; recently used lists stay in memory (see FactLists). */
  private readonly facts: Record<FactCollection, FactLists>;
  private readonly stored: Record<MetricModel, WriteThroughCache<StoredMetric>>;
  // What the batches since the last checkpoint changed, written by the next one.
  private readonly pending: Record<MetricModel, Map<string, PendingMetric>> = { EmployeeMetrics: new Map(), ProgramMetrics: new Map(), OpdMetrics: new Map() };
  private readonly unsavedEmployees = new Set<string>();
  /** Unsaved employees the store has never held (inserted: cheaper than a replacement). */
  private readonly newEmployees = new Set<string>();
  /** Members and stored years to add to OPDs, and employees to move between positions' holders, at the next checkpoint. */
  private readonly opdAdditions = new Map<string, { nips: Set<string>; years: Set<number> }>();
  private readonly holderMoves = new Map<string, { add: Set<string>; remove: Set<string> }>();
  /** The catalogue's and standards' versions as last seen (what another instance changed shows as a difference). */
  private seenGlobals: Globals | undefined;
  /**
   * Employees and programme years whose facts changed since their metrics were computed: computed
   * once, at the next checkpoint (a query computes what it asks for meanwhile, without keeping it).
   */
  private readonly dirtyEmployees = new Set<string>();
  /**
   * Employees whose mark this instance raised and has not settled yet: a light checkpoint need not
   * raise it again (dirty employees stay dirty until a full checkpoint, so each light checkpoint of
   * a replay raised the marks of every employee seen since its start again).
   */
  private readonly markedEmployees = new Set<string>();
  private readonly dirtyPrograms = new Set<string>();
  /** OPD years to recompute at the next checkpoint (once, however many batches touched them). */
  private readonly dirtyOpdYears = new Set<string>();
  /** Per employee, the trace context of the last event that changed it, until its metrics are computed. */
  private readonly causes = new Map<string, TraceCarrier>();
  /**
   * A light checkpoint left metrics unwritten: marks in the store list them for a restart or
   * another owner (they stay dirty or pending here until a full checkpoint writes them).
   */
  private staleStored = false;

  constructor(
    private readonly store: AnalyticsStore,
    private readonly clock: () => Date = () => new Date(),
    /** Test hook at each stage of a checkpoint: throwing there is a crash at that point. */
    private readonly onCheckpointStage?: (stage: CheckpointStage) => void | Promise<void>,
    /** Told of every checkpoint that wrote something (`TRACE=checkpoint` logs it). */
    private readonly onCheckpointWritten?: (checkpoint: { documents: number; light: boolean; ms: number }) => void,
    /** The partitions this instance holds (all, until told otherwise by `reassign`). */
    private readonly ownership = new Ownership(),
    /** Employees a full checkpoint computes and writes together (EMPLOYEES_PER_SLICE; tests take small slices). */
    private readonly employeesPerSlice = EMPLOYEES_PER_SLICE,
    /** Stored metric documents kept in memory per model (ANALYTICS_METRICS_KEPT), the least recently used leaving first. */
    private readonly metricsKept = Infinity,
  ) {
    const alone = () => ownership.ownsAll();
    this.facts = {
      EmployeeFacts: store.factLists('EmployeeFacts', 100_000, (nip) => ownership.owns(nip)),
      ProgramFacts: store.factLists('ProgramFacts', 100_000, alone),
      OpdFacts: store.factLists('OpdFacts', 20_000, alone),
    };
    // Here, not as field initialisers: those run before the constructor's parameters are assigned.
    this.stored = { EmployeeMetrics: this.metricCache('EmployeeMetrics'), ProgramMetrics: this.metricCache('ProgramMetrics'), OpdMetrics: this.metricCache('OpdMetrics') };
  }

  private metricCache(model: MetricModel): WriteThroughCache<StoredMetric> {
    // An employee's metrics are its owner's, an OPD's or programme's their owner's: the id starts with the key.
    // Bounded: each value is set only after its write (the unwritten ones are `pending`), so one that leaves is read again.
    return new WriteThroughCache<StoredMetric>((id) => this.store.storedMetric(model, id), (id) => this.ownership.owns(splitKey(id)[0]), (ids) => this.store.storedMetrics(model, ids), this.metricsKept);
  }

  /**
   * The group gave this instance other partitions: what it holds in memory may be another's now,
   * or changed by another, so it starts again from the store (the consumer reads each partition
   * again from its last commit, so nothing unsaved is lost).
   */
  reassign(assignment: () => Promise<{ partitions: number[]; count: number; everything: boolean }>): Promise<void> {
    // Queued at once (before the batches of the new assignment); what it is, is found out in turn.
    return this.serially(async () => {
      const { partitions, count, everything } = await assignment();
      const changed = this.ownership.assign(partitions, count, everything);
      // Before anything of the new assignment is written: from now on this instance's documents win.
      this.ownership.setEpochs(new Map());
      await this.claimEpochs().catch(() => undefined); // else at the next checkpoint, before it writes
      if (!changed) return;
      this.generation++;
      for (const lists of Object.values(this.facts)) lists.clear();
      for (const cache of [this.employees, this.memberships, this.holders, this.programs, this.flags, this.standards, ...Object.values(this.stored)] as WriteThroughCache<unknown>[]) cache.clear();
      for (const m of Object.values(this.pending)) m.clear();
      for (const set of [this.unsavedEmployees, this.newEmployees, this.dirtyEmployees, this.dirtyPrograms, this.dirtyOpdYears, this.markedEmployees]) set.clear();
      this.opdAdditions.clear();
      this.holderMoves.clear();
      this.causes.clear();
      this.plans.clear();
    });
  }

  /** The partition numbers whose entities this instance owns ('all' when it runs alone). */
  partitionsHeld(): number[] | 'all' {
    return this.ownership.partitions();
  }

  currentYear(): number {
    return businessYear(this.clock()); // spec 8.1: the WIB year
  }

  private exclusive: Promise<unknown> = Promise.resolve();

  /**
   * Runs ingestion, checkpoints and the outbox relay's clearing one at a time: a checkpoint
   * writes what every batch before it changed, and the relay never clears a mark being set.
   */
  serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(fn, fn);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  /** Batch handler of the consumer: append facts, recompute what they touched (in memory). */
  ingest(batch: ConsumedEvent[]): Promise<void> {
    const queued = Date.now();
    return this.serially(() => {
      this.ingestWait.observe((Date.now() - queued) / 1000);
      return this.ingestBatch(batch);
    });
  }

  /** The store is empty (a rebuild dropped the read models): what is not in memory does not exist. */
  startEmpty(): void {
    this.generation++;
    for (const lists of Object.values(this.facts)) lists.startEmpty();
    for (const cache of [this.employees, this.memberships, this.holders, ...Object.values(this.stored)] as WriteThroughCache<unknown>[]) cache.startEmpty();
  }

  private async ingestBatch(batch: ConsumedEvent[]): Promise<void> {
    const facts: Fact[] = [];
    for (const { event, trace } of batch) {
      const fact = toFact(event as CloudEvent);
      if (!fact) continue;
      facts.push(fact);
      // The employee's next metric event continues the trace of the last event that changed it.
      if (fact.nip && trace?.traceparent) this.causes.set(fact.nip, trace);
    }
    if (facts.length === 0) return;
    this.generation++;
    const byNip = groupBy(facts, (f) => (f.nip && EMPLOYEE_FACTS.has(f.name) ? f.nip : undefined));
    const byProgramYear = groupBy(facts, (f) => (f.programId && f.year && PROGRAM_FACTS.has(f.name) ? key(f.programId, f.year) : undefined));
    // An OPD's facts are kept per year (issue #15: no document grows without bound).
    const byOpdYear = groupBy(facts, (f) => (f.opd && f.year && OPD_FACTS.has(f.name) ? key(f.opd, f.year) : undefined));
    const employeeFacts = await this.facts.EmployeeFacts.append(new Map([...byNip].map(([k, list]) => [k, list.map((f) => keptFact(f, 'employee'))])));
    const programFacts = await this.facts.ProgramFacts.append(new Map([...byProgramYear].map(([k, list]) => [k, list.map(programFact)])));
    await this.facts.OpdFacts.append(new Map([...byOpdYear].map(([k, list]) => [k, list.map((f) => keptFact(f, 'opd'))])));

    // The catalogue and the position standards change rarely: written at once.
    const changedPositions: string[] = [];
    for (const f of facts) {
      if (f.name === 'learning.program.published') {
        // $set, not a replacement: a programme's revisions stay.
        await this.store.publishProgram(f.data.programId, { code: f.data.code, title: f.data.title, competencies: f.data.competencies });
        await this.store.bumpGlobals({ catalogue: true });
        this.programs.forget(CATALOGUE);
      } else if (f.name === 'learning.program.revised') {
        await this.recordRevision(f.data.programId, { id: f.data.revisionId, revisedOn: f.data.revisedOn });
      } else if (f.name === 'personnel.position-standard.set') {
        await this.store.setStandard(f.data.positionCode, f.data.competencies);
        await this.store.bumpGlobals({ standard: f.data.positionCode });
        this.standards.set(f.data.positionCode, f.data.competencies);
        changedPositions.push(f.data.positionCode);
      }
    }

    const nips = new Set(byNip.keys());
    // Every holder's metrics change with the standard, whichever instance owns them: marks (kept in
    // the store, so a rebalance or a crash before the next checkpoint does not lose the work).
    for (const code of changedPositions) {
      const holders = await this.holdersOf(code);
      await this.raiseEmployeeMarks(holders);
      for (const nip of holders) if (this.ownership.owns(nip)) nips.add(nip);
    }

    for (const opdYear of byOpdYear.keys()) {
      const [opd] = splitKey(opdYear);
      this.dirtyOpdYears.add(opdYear);
      this.dirtyOpdYears.add(key(opd, this.currentYear())); // active placements
    }
    for (const [opd, years] of await this.refreshEmployees([...nips], employeeFacts)) for (const y of years) this.dirtyOpdYears.add(key(opd, y));
    for (const py of programFacts.keys()) this.dirtyPrograms.add(py);
  }

  /**
   * A programme revision (spec 8.6), stored at once (revisions are rare). Flagging of a year counts
   * the feedback after the last revision up to that year's end, so the years from the revision's
   * on are computed again; earlier years never change (a rebuild computes the same).
   */
  private async recordRevision(programId: string, revision: ProgramRevision): Promise<void> {
    if (!(await this.revisionsOf(programId)).some((r) => r.id === revision.id)) {
      await this.store.addRevision(programId, revision);
      await this.store.bumpGlobals({ catalogue: true });
      this.programs.forget(CATALOGUE);
    }
    for (let y = Number(revision.revisedOn.slice(0, 4)); y <= this.currentYear(); y++) this.dirtyPrograms.add(key(programId, y));
  }

  /** A position's holders: as stored, with what this instance has not stored yet. */
  private async holdersOf(code: string): Promise<string[]> {
    const moves = this.holderMoves.get(code);
    const holders = new Set([...((await this.holders.get(code)) ?? []), ...(moves?.add ?? [])]);
    for (const nip of moves?.remove ?? []) holders.delete(nip);
    return [...holders];
  }

  private raiseEmployeeMarks(nips: string[]): Promise<number> {
    return this.raiseMarks(nips.map((nip) => ({ kind: 'employee', key: nip })));
  }

  /** Marks for their owners: each on the partition of its employee, OPD or programme. */
  private async raiseMarks(marks: { kind: MarkKind; key: string }[]): Promise<number> {
    return marks.length ? this.store.raiseMarks(marks.map((m) => ({ ...m, p: this.ownership.partitionOf(m.kind === 'employee' ? m.key : splitKey(m.key)[0]) }))) : 0;
  }

  /**
   * Takes in what other instances changed of what every instance reads: the catalogue is read
   * again, and the employees this one owns holding a position whose standard changed are marked
   * for recomputing with the new one (the instance that stored the standard marked the holders it
   * could see; those this one had not stored yet, it could not).
   */
  private async syncGlobals(): Promise<void> {
    const now = await this.store.globals();
    const before = this.seenGlobals;
    this.seenGlobals = now;
    if (!before) return;
    if (now.catalogue !== before.catalogue) {
      this.programs.forget(CATALOGUE);
      this.generation++;
    }
    const changed = Object.keys(now.standards).filter((code) => now.standards[code] !== before.standards[code]);
    if (changed.length === 0) return;
    this.generation++;
    const nips = new Set<string>();
    for (const code of changed) {
      this.standards.forget(code);
      for (const nip of await this.holdersOf(code)) if (this.ownership.owns(nip)) nips.add(nip);
    }
    await this.raiseEmployeeMarks([...nips]);
  }

  /** A programme's revisions, from the catalogue in memory. */
  private async revisionsOf(programId: string): Promise<ProgramRevision[]> {
    return (await this.catalogue()).find((p) => p.id === programId)?.revisions ?? [];
  }

  /** What the next checkpoint has to write (0: the store holds everything ingested). */
  unsavedCount(): number {
    return (
      this.dirtyEmployees.size + this.dirtyPrograms.size + this.dirtyOpdYears.size + this.unsavedEmployees.size + this.opdAdditions.size + this.holderMoves.size +
      Object.values(this.facts).reduce((n, l) => n + l.unsavedCount, 0) + Object.values(this.pending).reduce((n, m) => n + m.size, 0) +
      (this.staleStored ? 1 : 0) // marks wait for a full checkpoint
    );
  }

  /** Facts appended since the last checkpoint. */
  unsavedFacts(): number {
    return Object.values(this.facts).reduce((n, l) => n + l.unsavedFacts, 0);
  }

  /** Facts the next checkpoint writes or lets go: appended since the last one, or held beyond the lists' bounds if more (the checkpointer's bound on memory). */
  factsAwaitingCheckpoint(): number {
    return Object.values(this.facts).reduce((n, l) => n + Math.max(l.unsavedFacts, l.factsBeyondBound), 0);
  }

  /** Metrics that light checkpoints left unwritten (readiness waits for a full one). */
  metricsStale(): boolean {
    return this.staleStored;
  }

  /**
   * Writes everything changed since the last checkpoint, then `commit()`s the consumer offsets of
   * the batches it covered (taken before it starts; batches wait meanwhile). Returns how many
   * documents it wrote. Its steps, in this order so that a crash between any two loses nothing:
   * the metric events of the employees it computed, the facts, employees and their metrics; marks
   * for the OPD and programme years they touched; then the marked OPD and programme years this
   * instance owns, computed from what every instance stored, with their events; the marks settled.
   *
   * A light checkpoint (while catching up) writes the facts and the employees but not the metrics,
   * which a long replay would otherwise rewrite at every checkpoint: it raises marks instead, so
   * the next full checkpoint (here, after a restart, or at another owner) computes them.
   */
  checkpoint(commit: () => Promise<void> = async () => undefined, opts: { light?: boolean } = {}): Promise<number> {
    return this.serially(async () => {
      const t0 = Date.now();
      const written = opts.light ? await this.saveLight() : await this.saveState();
      if (written > 0) this.generation++; // it computed what the batches marked
      await commit();
      this.checkpointSeconds.observe({ light: String(Boolean(opts.light)) }, (Date.now() - t0) / 1000);
      for (const [model, cache] of Object.entries(this.stored)) this.metricsInMemory.set({ model }, cache.size);
      if (written) this.onCheckpointWritten?.({ documents: written, light: Boolean(opts.light), ms: Date.now() - t0 });
      return written;
    });
  }

  private async claimEpochs(): Promise<void> {
    if (!this.ownership.claimed()) this.ownership.setEpochs(await this.store.claimPartitions(this.ownership.heldNumbers(), this.ownership.partitionCount()));
  }

  /** At start: the versions of what every instance reads, and whether marks wait (readiness waits for a full checkpoint then). */
  restore(): Promise<void> {
    return this.serially(async () => {
      this.generation++;
      await this.syncGlobals();
      if ((await this.store.pendingMarks(this.ownership.partitions())).length) this.staleStored = true;
    });
  }

  /**
   * Hands the OPD and programme years the batches touched over to their owners (maybe this
   * instance), as marks. Alone, an instance settles marks only at the end of its own checkpoint:
   * those `raised` earlier in it are still pending and need no second raise.
   */
  private async raiseAggregateMarks(raised?: Set<string>): Promise<number> {
    const again = (kind: MarkKind, k: string) => {
      if (!raised || !this.ownership.ownsAll()) return true;
      const id = `${kind}|${k}`;
      if (raised.has(id)) return false;
      raised.add(id);
      return true;
    };
    const marks = [
      ...[...this.dirtyOpdYears].filter((k) => again('opd', k)).map((k) => ({ kind: 'opd' as const, key: k })),
      ...[...this.dirtyPrograms].filter((k) => again('program', k)).map((k) => ({ kind: 'program' as const, key: k })),
    ];
    this.dirtyOpdYears.clear();
    this.dirtyPrograms.clear();
    return this.raiseMarks(marks);
  }

  /** Facts, employees and the OPD and holder sets; marks for every metric left unwritten. */
  private async saveLight(): Promise<number> {
    await this.claimEpochs();
    const written = await this.saveFacts();
    const employees = new Set([...[...this.pending.EmployeeMetrics.keys()].map((id) => splitKey(id)[0]), ...this.dirtyEmployees].filter((nip) => !this.markedEmployees.has(nip)));
    for (const nip of employees) this.markedEmployees.add(nip);
    for (const id of this.pending.ProgramMetrics.keys()) this.dirtyPrograms.add(id);
    for (const id of this.pending.OpdMetrics.keys()) this.dirtyOpdYears.add(id);
    this.pending.ProgramMetrics.clear();
    this.pending.OpdMetrics.clear();
    const raised = (await this.raiseEmployeeMarks([...employees])) + (await this.raiseAggregateMarks());
    if (raised) this.staleStored = true;
    return written + raised;
  }

  /** Facts, employees, OPD members and years, position holders changed since the last checkpoint. */
  private async saveFacts(): Promise<number> {
    let written = 0;
    for (const lists of Object.values(this.facts)) written += await lists.save();
    written += await this.replaceEmployees([...this.unsavedEmployees], this.newEmployees);
    this.unsavedEmployees.clear();
    this.newEmployees.clear();
    written += await this.store.addToOpds(new Map([...this.opdAdditions].map(([opd, a]) => [opd, { nips: [...a.nips], years: [...a.years] }])));
    this.opdAdditions.clear();
    written += await this.store.moveHolders(new Map([...this.holderMoves].map(([code, m]) => [code, { add: [...m.add], remove: [...m.remove] }])));
    this.holderMoves.clear();
    return written;
  }

  private async saveState(): Promise<number> {
    await this.claimEpochs();
    await this.syncGlobals();
    const held = this.ownership.partitions();
    // Employees a light checkpoint (here or before a crash) left unwritten, or whose standard changed.
    const employeeMarks = (await this.store.pendingMarks(held)).filter((m) => m.kind === 'employee' && this.ownership.owns(m.key));
    // Marked employees and those the batches changed (after a replay or a rebuild, every employee),
    // in slices: memory then holds one slice's fact lists, metrics and events at a time. Each slice
    // is written whole, and the OPD years it touched marked, before its employees' marks are
    // settled: a crash after a slice leaves the others marked (and the batches uncommitted).
    const marked = new Map(employeeMarks.map((m) => [m.key, m]));
    const nips = [...new Set([...marked.keys(), ...this.dirtyEmployees])];
    let written = 0;
    const employeeEventDocs: string[] = [];
    const raised = new Set<string>();
    for (let i = 0; i === 0 || i < nips.length; i += this.employeesPerSlice) {
      const slice = nips.slice(i, i + this.employeesPerSlice);
      const sliceMarks = slice.flatMap((nip) => marked.get(nip) ?? []);
      // (and with them the OPD years their metrics count in)
      for (const [opd, years] of await this.refreshEmployees(sliceMarks.map((m) => m.key))) for (const y of years) this.dirtyOpdYears.add(key(opd, y));
      await this.computeDirty(slice);
      // Metric events first: a crash after them replays the batches, which find the metrics still
      // unwritten and emit again (at least once); the other order could lose them.
      const employees = await this.writePending(['EmployeeMetrics'], true);
      employeeEventDocs.push(...employees.eventDocs);
      written += employees.written + (await this.raiseAggregateMarks(raised));
      await this.settleEmployeeMarks(sliceMarks);
    }
    // What this instance owns of the marked OPD and programme years, computed from what is stored now.
    const marks = (await this.store.pendingMarks(held)).filter((m) => m.kind !== 'employee' && this.ownership.owns(splitKey(m.key)[0]));
    await this.refreshPrograms(marks.filter((m) => m.kind === 'program').map((m) => m.key));
    await this.refreshOpds(marks.filter((m) => m.kind === 'opd').map((m) => m.key));
    const aggregates = await this.writePending(['ProgramMetrics', 'OpdMetrics'], false);
    written += aggregates.written + (await this.saveFacts());
    await this.store.settleMarks(marks);
    this.staleStored = false;
    await this.onCheckpointStage?.('state-stored');
    this.store.announceMetricEvents([...employeeEventDocs, ...aggregates.eventDocs]);
    return written;
  }

  private async settleEmployeeMarks(marks: Mark[]): Promise<void> {
    await this.store.settleMarks(marks);
    for (const m of marks) this.markedEmployees.delete(m.key);
  }

  /** Writes the pending metrics of these models whose content changed, their events first (and, with `facts`, the facts and employees between the two). */
  private async writePending(models: MetricModel[], facts: boolean): Promise<{ written: number; eventDocs: string[] }> {
    const changes = await this.metricChanges(models);
    const events = changes.flatMap(({ items }) => items.filter((i) => i.event).map((i) => i.event!()));
    const eventDocs = await this.store.storeMetricEvents(events, EVENTS_PER_DOCUMENT);
    if (facts) await this.onCheckpointStage?.('events-stored');
    let written = eventDocs.length + (facts ? await this.saveFacts() : 0);
    for (const { model, items } of changes) {
      written += await this.writeMetrics(model, items);
      for (const i of items) this.stored[model].set(i.id, { hash: i.hash, doc: i.doc });
    }
    for (const model of models) this.pending[model].clear();
    return { written, eventDocs };
  }

  /** The pending metrics whose content differs from what the store holds, per model. */
  private async metricChanges(models: MetricModel[]): Promise<{ model: MetricModel; items: (PendingMetric & { id: string; absent: boolean })[] }[]> {
    const out = [];
    for (const model of models) {
      const items = [...this.pending[model]].map(([id, m]) => ({ id, ...m }));
      const before = await this.stored[model].getMany(items.map((i) => i.id));
      out.push({ model, items: items.map((i, n) => ({ ...i, absent: !before[n] })).filter((i, n) => before[n]?.hash !== i.hash) });
    }
    return out;
  }

  /** Replaces employees whole by _id, in bulk; those known absent are inserted. */
  private async replaceEmployees(nips: string[], absent: Set<string>): Promise<number> {
    const docs: Parameters<AnalyticsStore['writeWhole']>[1] = [];
    for (const nip of nips) {
      const { _id, ...doc } = ((await this.employees.get(nip)) ?? {}) as { _id?: string };
      docs.push({ id: nip, doc, absent: absent.has(nip), epoch: this.ownership.epochOf(nip) });
    }
    return this.store.writeWhole('Employee', docs);
  }

  /** Writes changed metric documents (with the hash of their content). */
  private writeMetrics(model: MetricModel, items: (StoredMetric & { id: string; absent: boolean })[]): Promise<number> {
    return this.store.writeWhole(model, items.map((m) => ({ id: m.id, doc: { ...m.doc, hash: m.hash }, absent: m.absent, epoch: this.ownership.epochOf(splitKey(m.id)[0]) })));
  }

  /**
   * A metric as it is now: computed from the facts if they changed since, else what the last
   * checkpoint computed, else what the store holds. Queries call this outside the one-at-a-time
   * queue, so what it computes is returned, never kept (the checkpoint computes it again).
   */
  private async metricOf(model: MetricModel, id: string): Promise<Record<string, unknown> | undefined> {
    if (model === 'EmployeeMetrics' && this.dirtyEmployees.has(splitKey(id)[0])) {
      const [nip, year] = splitKey(id);
      return (await this.employeeMetricNow(nip, year)) as unknown as Record<string, unknown> | undefined;
    }
    if (model === 'ProgramMetrics' && this.dirtyPrograms.has(id)) {
      const [programId, year] = splitKey(id);
      return programMetrics(programId, await this.factsOf('ProgramFacts', id), year, await this.revisionsOf(programId)) as unknown as Record<string, unknown>;
    }
    return this.pending[model].get(id)?.doc ?? (await this.stored[model].get(id))?.doc;
  }

  /** What an employee's metrics are computed from; null for an employee not registered (yet). */
  private async employeeInputs(nip: string): Promise<{ state: EmployeeState; facts: Fact[]; standard: StandardCompetencies | undefined } | null> {
    const facts = await this.factsOf('EmployeeFacts', nip);
    const state = foldEmployee(nip, facts);
    return state ? { state, facts, standard: await this.standardOf(state.positionCode) } : null;
  }

  private async employeeMetricNow(nip: string, year: number): Promise<EmployeeMetrics | undefined> {
    const inputs = await this.employeeInputs(nip);
    return inputs ? employeeMetrics(inputs.state, inputs.facts, inputs.standard, year) : undefined;
  }

  /** Computes the metrics of these employees whose facts changed (in the queue). */
  private async computeDirty(among: string[]): Promise<void> {
    const nips = among.filter((nip) => this.dirtyEmployees.delete(nip));
    await eachLimited(nips, 16, async (nip) => {
      const cause = this.causes.get(nip);
      this.causes.delete(nip);
      const inputs = await this.employeeInputs(nip);
      if (!inputs) return; // about an employee analytics has not seen registered yet
      for (const year of this.yearsOf(inputs.facts)) {
        const m = employeeMetrics(inputs.state, inputs.facts, inputs.standard, year);
        this.remember('EmployeeMetrics', key(nip, year), { ...m }, () =>
          causedBy(cause, 'compute analytics.employee-metrics.updated', () => createEvent('analytics.employee-metrics.updated', m.nip, { nip: m.nip, opd: m.opd, year: m.year, jp: m.jp, gapCount: m.gaps.length, ipAsn: m.ipAsn })),
        );
      }
    });
  }

  private remember(model: MetricModel, id: string, doc: object, event?: () => ReturnType<typeof createEvent>): void {
    // A digest, not the JSON itself: kept for every metric in memory and in each stored document.
    const hash = createHash('sha1').update(JSON.stringify(doc)).digest('base64url');
    this.pending[model].set(id, { hash, doc: doc as Record<string, unknown>, ...(event ? { event } : {}) });
  }

  private factsOf(collection: FactCollection, id: string): Promise<Fact[]> {
    return this.facts[collection].get(id);
  }

  /**
   * An OPD's idea and placement facts of these years, kept one list per OPD and year. The years an
   * OPD has facts in are among its stored metric years: each fact's year is computed, and stored.
   */
  private async opdFactsOf(opd: string, years: Iterable<number>): Promise<Fact[]> {
    return (await Promise.all([...new Set(years)].sort().map((y) => this.factsOf('OpdFacts', key(opd, y))))).flat();
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

  /**
   * Brings employees up to date (state, memberships) and marks their metrics to compute; returns the
   * OPD years their changes touch.
   */
  private async refreshEmployees(nips: string[], known = new Map<string, Fact[]>()): Promise<Map<string, Set<number>>> {
    const touched = new Map<string, Set<number>>();
    const changed: { nip: string; before: EmployeeState | null; state: EmployeeState }[] = [];
    await eachLimited(nips, 16, async (nip) => {
      const facts = known.get(nip) ?? (await this.factsOf('EmployeeFacts', nip));
      const state = foldEmployee(nip, facts);
      if (!state) {
        this.causes.delete(nip); // no metric event will come of it
        return; // about an employee analytics has not seen registered yet
      }
      this.dirtyEmployees.add(nip);
      const years = this.yearsOf(facts);
      for (const opd of state.opds) {
        if (!touched.has(opd)) touched.set(opd, new Set());
        for (const y of years) touched.get(opd)!.add(y);
      }
      const before = await this.employees.get(nip);
      if (JSON.stringify(before) !== JSON.stringify(state)) changed.push({ nip, before, state });
    });
    // One at a time: employees of one OPD share its membership document.
    for (const { nip, before, state } of changed) {
      this.employees.set(nip, structuredClone(state));
      this.unsavedEmployees.add(nip);
      if (!before) this.newEmployees.add(nip); // null: the store has no such document (read, or known empty)
      // An OPD's members are everyone who ever belonged to it: which of them count in a year is
      // decided by their dated membership (spec 8.3), so a transfer never rewrites earlier years.
      for (const opd of state.opds) if (!before?.opds?.includes(opd)) await this.addToOpd(opd, [nip], []);
      if (before?.positionCode === state.positionCode && before.positions?.length === state.positions.length) continue;
      for (const code of state.positions) {
        const moves = this.holderMoves.get(code) ?? { add: new Set<string>(), remove: new Set<string>() };
        this.holderMoves.set(code, moves);
        const holds = code === state.positionCode;
        moves[holds ? 'add' : 'remove'].add(nip);
        moves[holds ? 'remove' : 'add'].delete(nip);
        if (!this.ownership.ownsAll()) continue; // the holders are read from the store (others change them too)
        const holders = ((await this.holders.get(code)) ?? []).filter((n) => n !== nip);
        this.holders.set(code, holds ? [...holders, nip] : holders);
      }
    }
    return touched;
  }

  /** Adds members and stored years to an OPD at the next checkpoint (sets: several instances add to one OPD). */
  private async addToOpd(opd: string, nips: string[], years: number[]): Promise<void> {
    const additions = this.opdAdditions.get(opd) ?? { nips: new Set<string>(), years: new Set<number>() };
    this.opdAdditions.set(opd, additions);
    for (const n of nips) additions.nips.add(n);
    for (const y of years) additions.years.add(y);
    if (!this.ownership.ownsAll()) return; // read from the store, after the checkpoint wrote them
    const m = (await this.memberships.get(opd)) ?? { nips: [], years: [] };
    this.memberships.set(opd, { nips: [...new Set([...m.nips, ...nips])], years: [...new Set([...m.years, ...years])] });
  }

  private async refreshPrograms(programYears: string[]): Promise<void> {
    const computed = await eachLimited(programYears, 16, async (py) => {
      const [programId, year] = splitKey(py);
      const m = programMetrics(programId, await this.factsOf('ProgramFacts', py), year, await this.revisionsOf(programId));
      // A year a revision made dirty but that has no facts and no document stays without one.
      const empty = m.completions === 0 && m.feedbackCount === 0 && m.averageBehaviorScore === null;
      return empty && !(await this.metricOf('ProgramMetrics', py)) ? null : m;
    });
    for (const m of computed) if (m) this.remember('ProgramMetrics', key(m.programId, m.year), { ...m });
    for (const m of computed) if (m?.flaggedForRevision) await this.flagOnce(m);
  }

  /**
   * `analytics.program.flagged` once per programme per year, and again after each revision (spec
   * 8.6): the ledger's unique _id (programme, year, last revision) decides.
   */
  private async flagOnce(m: ProgramMetrics): Promise<void> {
    const revision = lastRevisionBy(await this.revisionsOf(m.programId), `${m.year}-12-31`);
    const id = revision ? `${key(m.programId, m.year)}:${revision.id}` : key(m.programId, m.year);
    if (await this.flags.get(id)) return;
    const event = createEvent('analytics.program.flagged', id, { programId: m.programId, year: m.year, feedbackCount: m.feedbackSinceRevision, averageRelevance: m.averageRelevanceSinceRevision ?? 0 });
    await this.store.recordFlag(id, { programId: m.programId, year: m.year, flaggedAt: this.clock().toISOString() }, event);
    this.flags.set(id, true); // new or recorded before: either way it is in the ledger
  }

  private async refreshOpds(opdYears: string[]): Promise<void> {
    const byOpd = new Map<string, Set<number>>();
    for (const oy of opdYears) {
      const [opd, year] = splitKey(oy);
      if (!byOpd.has(opd)) byOpd.set(opd, new Set());
      byOpd.get(opd)!.add(year);
    }
    for (const [opd, years] of byOpd) {
      const members = await this.memberships.get(opd);
      // Every stored year of a touched OPD too: its membership or a member's metrics may have changed,
      // and leaving one year stale would make the result depend on the order events arrived in.
      for (const y of (members?.years ?? []) as number[]) years.add(y);
      const states = (await this.employees.getMany(members?.nips ?? [])).filter(Boolean) as EmployeeState[];
      // Every year's facts: active placements of a year count those started in earlier ones.
      const facts = await this.opdFactsOf(opd, years);
      for (const year of [...years].sort()) {
        const m = opdMetrics(opd, year, await this.employeeMetricsFor(this.membersIn(states, opd, year), year), facts);
        this.remember('OpdMetrics', key(m.opd, m.year), { ...m }, () => createEvent('analytics.opd-metrics.updated', key(m.opd, m.year), m));
      }
      const newYears = [...years].filter((y) => !members?.years.includes(y));
      if (newYears.length) await this.addToOpd(opd, [], newYears);
    }
  }

  /** Metrics of these employees for a year, as they are now; computed from facts where none is kept. */
  private async employeeMetricsFor(states: EmployeeState[], year: number): Promise<EmployeeMetrics[]> {
    const stored = await this.stored.EmployeeMetrics.getMany(states.map((s) => key(s._id, year))); // read together: an OPD's members
    return eachLimited(states.map((s, i) => [s, i] as const), 16, async ([s, i]) => {
      const id = key(s._id, year);
      const kept = this.dirtyEmployees.has(s._id) || this.pending.EmployeeMetrics.has(id) ? await this.metricOf('EmployeeMetrics', id) : stored[i]?.doc;
      return (kept as unknown as EmployeeMetrics | undefined) ?? employeeMetrics(s, await this.factsOf('EmployeeFacts', s._id), await this.standardOf(s.positionCode), year);
    });
  }

  // ---- queries -------------------------------------------------------------------------------

  private async catalogue(): Promise<CatalogueProgram[]> {
    return (await this.programs.get(CATALOGUE)) ?? [];
  }

  /**
   * The programmes recommended for each gap: at most MAX_RECOMMENDED_PER_GAP of those covering it
   * (and not excluded), those covering more of the employee's gaps first (fewer trainings for the
   * same gaps), then by code. Every covering programme was listed before: about 65 per employee at
   * city scale, a needs plan of 7 MB for one OPD that nobody could read (issue #13).
   */
  private withRecommendations(gaps: Gap[], catalogue: CatalogueProgram[], exclude = new Set<string>()) {
    const gapCodes = new Set(gaps.map((g) => g.code));
    const covering = catalogue.filter((p) => !exclude.has(p.id) && p.competencies.some((c) => gapCodes.has(c.code)));
    const covers = new Map(covering.map((p) => [p.id, new Set(p.competencies.map((c) => c.code).filter((c) => gapCodes.has(c))).size]));
    // The catalogue is in code order, and sort is stable: ties stay in code order.
    const ranked = [...covering].sort((a, b) => covers.get(b.id)! - covers.get(a.id)!);
    return gaps.map((g) => ({
      ...g,
      recommendedPrograms: ranked
        .filter((p) => p.competencies.some((c) => c.code === g.code))
        .slice(0, MAX_RECOMMENDED_PER_GAP)
        .map(({ id, code, title }) => ({ id, code, title })),
    }));
  }

  private async employeeState(nip: string): Promise<EmployeeState> {
    const state = await this.employees.get(nip);
    if (!state) throw notFound('EMPLOYEE_NOT_FOUND', `No metrics for NIP ${nip}: analytics has not seen this employee`);
    return state;
  }

  /** The year a read asks for: the current one (WIB) when none, else a valid year (YEAR_INVALID). */
  private askedYear(year?: number): number {
    const y = year || this.currentYear();
    assertValid(Year, y, { '/': 'YEAR_INVALID' });
    return y;
  }

  /** An employee's metrics as the API answers them: who and where now, the gaps with their programmes. */
  private answered(m: EmployeeMetrics, state: EmployeeState, year: number, catalogue: CatalogueProgram[]) {
    return { ...m, nip: state._id, opd: state.opd, year, gaps: this.withRecommendations(m.gaps, catalogue) };
  }

  async employee(nip: unknown, year?: number) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const y = this.askedYear(year);
    const state = await this.employeeState(nip);
    const [m] = await this.employeeMetricsFor([state], y);
    return this.answered(m!, state, y, await this.catalogue());
  }

  /** Everyone who ever belonged to the OPD. */
  private async everMembers(opd: string): Promise<EmployeeState[]> {
    const members = await this.memberships.get(opd);
    return (await this.employees.getMany(members?.nips ?? [])).filter(Boolean) as EmployeeState[];
  }

  /**
   * Spec 8.3: who counts in an OPD's figures for a year: its members on 31 December of that year,
   * or today for the current year (WIB).
   */
  private membersIn(states: EmployeeState[], opd: string, year: number): EmployeeState[] {
    const today = businessDate(this.clock());
    const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
    return states.filter((s) => memberOn(s, opd, asOf));
  }

  /** The OPD's members today. */
  private async activeMembers(opd: string): Promise<EmployeeState[]> {
    return this.membersIn(await this.everMembers(opd), opd, this.currentYear());
  }

  async opd(opd: unknown, year?: number) {
    assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const y = this.askedYear(year);
    const kept = await this.metricOf('OpdMetrics', key(opd, y));
    if (kept) return kept;
    // Not stored for that year: compute it now (nothing written).
    const stored = ((await this.memberships.get(opd))?.years ?? []) as number[];
    return opdMetrics(opd, y, await this.employeeMetricsFor(this.membersIn(await this.everMembers(opd), opd, y), y), await this.opdFactsOf(opd, [...stored, y].filter((x) => x <= y)));
  }

  /** Every OPD's metrics of a year, by code: those stored, each as `opd()` answers it (memory first). */
  async opds(year?: number) {
    const y = this.askedYear(year);
    const codes = await this.store.opdsWithMetrics(y);
    return { year: y, items: await Promise.all(codes.map((code) => this.opd(code, y))) };
  }

  /** Every active member of an OPD in a year with their JP, gaps and IP ASN, by name (then NIP). */
  async opdEmployees(opd: unknown, year?: number) {
    assertValid(OpdCode, opd, { '/': 'OPD_INVALID' });
    const y = this.askedYear(year);
    const members = this.membersIn(await this.everMembers(opd), opd, y).sort((a, b) => a.name.localeCompare(b.name) || a._id.localeCompare(b._id));
    const [metrics, catalogue] = await Promise.all([this.employeeMetricsFor(members, y), this.catalogue()]);
    return { opd, year: y, items: members.map((s, k) => ({ name: s.name, metrics: this.answered(metrics[k]!, s, y, catalogue) })) };
  }

  /** Every programme's metrics of a year: those stored, each as `program()` answers it (memory first). */
  async programYears(year?: number) {
    const y = this.askedYear(year);
    // The catalogue read once for all (its cache does not share a load in flight: 150 programmes
    // asking at once on a cold start read it 150 times, 2.2 s).
    const [ids, catalogue] = await Promise.all([this.store.programsWithMetrics(y), this.catalogue()]);
    const published = new Map(catalogue.map((p) => [p.id, p]));
    return { year: y, items: await Promise.all(ids.map((id) => this.programOf(id, y, published.get(id)))) };
  }

  async program(programId: unknown, year?: number) {
    assertValid(Id, programId, { '/': 'PROGRAM_ID_INVALID' });
    const y = this.askedYear(year);
    return this.programOf(programId, y, (await this.catalogue()).find((p) => p.id === programId));
  }

  private async programOf(programId: string, y: number, published: CatalogueProgram | undefined) {
    // Computed by each batch that touched the programme's year (memory, or one read by _id).
    const kept = await this.metricOf('ProgramMetrics', key(programId, y));
    if (kept) return this.named(kept as unknown as ProgramMetrics, published);
    const [facts, known] = await Promise.all([this.factsOf('ProgramFacts', key(programId, y)), this.store.programKnown(programId)]);
    if (!known && facts.length === 0) throw notFound('PROGRAM_NOT_FOUND', `No programme ${programId}`);
    return this.named(programMetrics(programId, facts, y, await this.revisionsOf(programId)), published);
  }

  /** A programme's figures with its code and title as published, so a reader needs no second lookup. */
  private named(m: ProgramMetrics, program: CatalogueProgram | undefined): ProgramMetrics & { code?: string; title?: string } {
    return program ? { ...m, code: program.code, title: program.title } : m;
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
    // The same plan again while nothing was ingested or checkpointed since (and on the same day):
    // an OPD of 2,000 people took about 80 ms of CPU to draft, for every reader (issue #13).
    const cacheKey = `${opd}:${p}:${businessDate(this.clock())}`;
    const generation = this.generation;
    const cached = this.plans.get(cacheKey);
    // With other instances changing what it is drafted from, for a few seconds only.
    if (cached?.generation === generation && (this.ownership.ownsAll() || Date.now() - cached.at < SHARED_PLAN_MS)) return cached.plan;
    // Named by what it says, the same across instances and restarts, so a caller holding it may skip
    // the entries: drafted again after a checkpoint that changed nothing of it, it keeps its name.
    const drafted = await this.draftPlan(opd, p);
    const plan = { ...drafted, draft: createHash('sha256').update(JSON.stringify(drafted)).digest('base64url') };
    this.plansDrafted.inc();
    this.plans.set(cacheKey, { generation, at: Date.now(), plan });
    return plan;
  }

  private async draftPlan(opd: string, p: number) {
    const basedOn = p - 1;
    const employees = (await this.activeMembers(opd)).sort((a, b) => a.name.localeCompare(b.name) || a._id.localeCompare(b._id));
    const metrics = await this.employeeMetricsFor(employees, basedOn);
    const catalogue = await this.catalogue();
    // Flagged in the year the plan is based on, unless revised since (spec 8.6: recommended again).
    const endOfBasis = `${basedOn}-12-31`;
    const flags = await eachLimited(catalogue, 16, async (c) => {
      if (c.revisions.some((r) => r.revisedOn > endOfBasis)) return null;
      return (await this.metricOf('ProgramMetrics', key(c.id, basedOn)))?.flaggedForRevision ? c.id : null;
    });
    const flagged = new Set(flags.filter((f): f is string => f !== null));
    const entries = [];
    for (const [i, m] of metrics.entries()) {
      const jpMissing = Math.max(0, JP_TARGET - m.jp.total);
      if (m.gaps.length === 0 && jpMissing === 0) continue;
      const gaps = this.withRecommendations(m.gaps, catalogue, flagged);
      const recommended = new Map(gaps.flatMap((g) => g.recommendedPrograms).map((r) => [r.id, r]));
      entries.push({ nip: m.nip, name: employees[i]!.name, gaps, jpMissing, recommendedPrograms: [...recommended.values()] });
    }
    return { opd, year: p, basedOnYear: basedOn, entries, total: entries.length, jpMissingTotal: entries.reduce((sum, e) => sum + e.jpMissing, 0) };
  }
}
