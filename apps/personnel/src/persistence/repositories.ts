import type { CloudEvent } from '@asn/contracts';
import type { OutboxNotify } from '@asn/messaging';
import { Repository } from '@asn/persistence';
import { conflict, VersionedCache } from '@asn/service-kit';
import type { AssessmentDoc, EmployeeDoc, PersonnelModels, StandardDoc } from './models';

/** Mongo's order for `{ name: 1, _id: 1 }`: strings by code point (localeCompare would differ). */
export const byNameThenNip = (a: EmployeeDoc, b: EmployeeDoc) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/**
 * Employees, and each OPD's roster (a few hundred employees) in memory for listing and searching
 * an OPD: one read of its version instead of reading the OPD twice (count and page). Every
 * employee write here bumps the version of the OPDs it touches after the write. Lookups of one
 * employee (and with them every authorisation decision) always read the store.
 */
export class EmployeeRepository extends Repository<EmployeeDoc> {
  private readonly rosters: VersionedCache<EmployeeDoc[]>;

  constructor(models: PersonnelModels, notify: OutboxNotify, readModelMaxLagMs: number) {
    super(models.Employee, notify, { code: 'EMPLOYEE', label: 'employee' });
    this.rosters = new VersionedCache<EmployeeDoc[]>(
      () => models.RosterVersion.collection,
      async (opd) => (await this.findMany({ opd })).sort(byNameThenNip),
      { maxLagMs: readModelMaxLagMs },
    );
  }

  async register(doc: EmployeeDoc, events: CloudEvent[]): Promise<EmployeeDoc> {
    const stored = await this.insertWithEvents(doc, events, () => conflict('NIP_TAKEN', `NIP ${doc._id} is already registered`));
    await this.rosters.bump(doc.opd);
    return stored;
  }

  /** Writes the changes if the employee is still at the revision they were decided on: answers whether it was. */
  async change(current: EmployeeDoc, set: Partial<EmployeeDoc>, events: CloudEvent[]): Promise<boolean> {
    const written = await this.updateWithEvents(current._id, { rev: current.rev }, { $set: set, $inc: { rev: 1 } }, events);
    if (written) await Promise.all([...new Set([current.opd, set.opd ?? current.opd])].map((opd) => this.rosters.bump(opd)));
    return written;
  }

  /** An OPD's employees by name (from memory while its version holds). */
  roster(opd: string): Promise<EmployeeDoc[]> {
    return this.rosters.get(opd);
  }

  /** Each OPD's roster version: one small document per OPD. */
  rosterVersions(): Promise<Map<string, number>> {
    return this.rosters.versionsOfAll();
  }

  rosterAt(opd: string, version: number): Promise<EmployeeDoc[]> {
    return this.rosters.getAt(opd, version);
  }
}

export class PositionStandardRepository extends Repository<StandardDoc> {
  /** A position's standard replaces the previous one. */
  set(positionCode: string, standard: Pick<StandardDoc, 'competencies' | 'updatedAt'>, events: CloudEvent[]) {
    return this.upsertWithEvents(positionCode, { $set: standard }, events);
  }
}

export class AssessmentRepository extends Repository<AssessmentDoc> {
  record(doc: AssessmentDoc, events: CloudEvent[]) {
    return this.insertWithEvents(doc, events);
  }

  /** An employee's assessments, oldest first. */
  ofEmployee(nip: string) {
    return this.findMany({ nip }, { sort: { assessedOn: 1, createdAt: 1 } });
  }
}

/** `readModelMaxLagMs`: READ_MODEL_MAX_LAG_MS, for the OPDs' rosters (see VersionedCache). */
export function personnelRepositories(models: PersonnelModels, notify: OutboxNotify, readModelMaxLagMs: number) {
  return {
    employees: new EmployeeRepository(models, notify, readModelMaxLagMs),
    standards: new PositionStandardRepository(models.PositionStandard, notify, { code: 'POSITION_STANDARD', label: 'position standard' }),
    assessments: new AssessmentRepository(models.Assessment, notify, { code: 'ASSESSMENT', label: 'assessment' }),
  };
}
export type PersonnelRepositories = ReturnType<typeof personnelRepositories>;
