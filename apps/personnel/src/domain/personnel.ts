import type { Static } from '@sinclair/typebox';
import { Nip, PersonnelApi, businessDate, type CloudEvent, type EventData } from '@asn/contracts';
import { createEvent } from '@asn/messaging';
import { assertValid, newAggregateId, conflict, escapeRegex, notFound, slicePage, validationFailed } from '@asn/service-kit';
import type { AssessmentDoc, EmployeeDoc, StandardDoc } from '../persistence/models';
import { byNameThenNip, type PersonnelRepositories } from '../persistence/repositories';

type ListInput = Static<typeof PersonnelApi.ListEmployeesQuery>;

const MAX_CONFLICT_RETRIES = 8;

export type Employee = Omit<EmployeeDoc, '_id' | 'rev'>;

export function toEmployee(doc: EmployeeDoc): Employee {
  const { nip, name, opd, position, grade, education, status, retiredOn, startsOn, opdSince, createdAt, updatedAt } = doc;
  return {
    nip, name, opd, position: { code: position.code, title: position.title, kind: position.kind }, grade, education, status,
    ...(retiredOn ? { retiredOn } : {}), ...(startsOn ? { startsOn } : {}), ...(opdSince ? { opdSince } : {}), createdAt, updatedAt,
  };
}

/**
 * The employee registry. Every change is one conditional single-document write that stores the
 * new state together with its events (outbox), then asks the relay to publish.
 */
export class PersonnelDomain {
  constructor(
    private readonly store: PersonnelRepositories,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async register(input: unknown): Promise<Employee> {
    assertValid(PersonnelApi.RegisterEmployeeBody, input);
    const now = this.clock().toISOString();
    // Spec 8.3: membership is dated; an employee counts in an OPD's figures from startsOn.
    const startsOn = input.startsOn ?? businessDate(this.clock());
    if (startsOn > businessDate(this.clock())) throw validationFailed([{ path: '/startsOn', message: 'must not be in the future (WIB)' }]);
    const data = { ...input, startsOn, status: 'active' as const };
    const doc = { _id: input.nip, ...data, opdSince: startsOn, rev: 1, createdAt: now, updatedAt: now };
    return toEmployee(await this.store.employees.register(doc, [createEvent('personnel.employee.registered', input.nip, data)]));
  }

  async get(nip: unknown): Promise<Employee> {
    return toEmployee(await this.load(nip));
  }

  private async load(nip: unknown): Promise<EmployeeDoc> {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const doc = await this.store.employees.find(nip);
    if (!doc) throw notFound('EMPLOYEE_NOT_FOUND', `No employee with NIP ${nip}`);
    return doc;
  }

  async list(query: unknown): Promise<{ items: Employee[]; total: number; page: number; pageSize: number }> {
    const q = { page: 1, pageSize: 20, ...(query as object) } as ListInput;
    assertValid(PersonnelApi.ListEmployeesQuery, q);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    // An OPD's roster, or (admins, analysts) every OPD's roster merged.
    const employees = q.opd ? await this.store.employees.roster(q.opd) : await this.cityRoster();
    const name = q.q ? new RegExp(escapeRegex(q.q), 'i') : undefined;
    const { docs, ...rest } = slicePage(employees.filter((e) => (!q.status || e.status === q.status) && (!name || name.test(e.name))), page, pageSize);
    return { items: docs.map(toEmployee), ...rest };
  }

  private city: { signature: string; at: number; employees: Promise<EmployeeDoc[]> } | undefined;

  /**
   * Every employee of the city, by name: the OPD rosters merged. One read of the roster versions
   * (one small document per OPD) tells which rosters changed; only those are read again, and the
   * merged list is rebuilt only when one did. Searching the city by name is a case-insensitive
   * substring match, which no index of any Mongo-compatible server answers without reading every
   * name: memory does it for 5,000 employees in about a millisecond.
   */
  private async cityRoster(): Promise<EmployeeDoc[]> {
    const versions = await this.store.employees.rosterVersions();
    const opds = [...versions.keys()].sort();
    const signature = opds.map((opd) => `${opd}:${versions.get(opd)}`).join(',');
    // A minute at most, like each roster (a writer may have died between its write and its bump).
    if (this.city?.signature !== signature || Date.now() - this.city.at > 60_000) {
      const employees = Promise.all(opds.map((opd) => this.store.employees.rosterAt(opd, versions.get(opd)!))).then((rosters) => rosters.flat().sort(byNameThenNip));
      this.city = { signature, at: Date.now(), employees };
      employees.catch(() => {
        if (this.city?.employees === employees) this.city = undefined; // a failed load is not kept
      });
    }
    return this.city.employees;
  }

  /**
   * Name, position, grade, education; `opd` transfers; `status: retired` retires. One request may
   * do several: each part emits its own event, all stored in the same write.
   */
  async update(nip: unknown, input: unknown): Promise<Employee> {
    assertValid(PersonnelApi.UpdateEmployeeBody, input);
    return this.change(nip, (current) => {
      if (current.status === 'retired') throw conflict('EMPLOYEE_RETIRED', `Employee ${current.nip} is retired`);
      const set: Partial<EmployeeDoc> = {};
      const events: CloudEvent[] = [];
      const changes: EventData<'personnel.employee.updated'>['changes'] = {};
      const previous: Record<string, unknown> = {};
      for (const field of ['name', 'grade', 'education'] as const) {
        const value = input[field];
        if (value !== undefined && value !== current[field]) {
          Object.assign(changes, { [field]: value });
          previous[field] = current[field];
        }
      }
      if (input.position && JSON.stringify(input.position) !== JSON.stringify({ code: current.position.code, title: current.position.title, kind: current.position.kind })) {
        changes.position = input.position;
        previous.position = current.position;
      }
      Object.assign(set, changes);
      const opdAfter = input.opd ?? current.opd;
      if (Object.keys(changes).length > 0) {
        events.push(createEvent('personnel.employee.updated', current.nip, { nip: current.nip, opd: opdAfter, changes, previous }));
      }
      // Spec 8.3: a transfer and a retirement take effect on a date, not before the employee joined
      // the OPD they leave (history is never rewritten before it), and not in the future.
      const today = businessDate(this.clock());
      const since = current.opdSince ?? current.startsOn ?? '0000-01-01';
      const dated = (path: string, date: string) => {
        if (date > today) throw validationFailed([{ path, message: 'must not be in the future (WIB)' }]);
        if (date < since) throw validationFailed([{ path, message: `must not be before the employee joined ${current.opd} (${since})` }]);
        return date;
      };
      if (input.opd && input.opd !== current.opd) {
        const effectiveOn = dated('/effectiveOn', input.effectiveOn ?? today);
        set.opd = input.opd;
        set.opdSince = effectiveOn;
        events.push(createEvent('personnel.employee.transferred', current.nip, { nip: current.nip, fromOpd: current.opd, toOpd: input.opd, opd: input.opd, effectiveOn }));
      }
      if (input.status === 'retired') {
        const retiredOn = dated('/retiredOn', input.retiredOn ?? today);
        set.status = 'retired';
        set.retiredOn = retiredOn;
        events.push(createEvent('personnel.employee.retired', current.nip, { nip: current.nip, opd: opdAfter, retiredOn, effectiveOn: retiredOn }));
      }
      return { set, events };
    });
  }

  transfer(nip: unknown, toOpd: unknown, effectiveOn?: string): Promise<Employee> {
    return this.update(nip, { opd: toOpd, ...(effectiveOn ? { effectiveOn } : {}) });
  }

  retire(nip: unknown, retiredOn?: string): Promise<Employee> {
    return this.update(nip, { status: 'retired', ...(retiredOn ? { retiredOn } : {}) });
  }

  /** Read, decide, write conditionally on the revision read; retry when another write came first. */
  private async change(nip: unknown, decide: (current: EmployeeDoc) => { set: Partial<EmployeeDoc>; events: CloudEvent[] }): Promise<Employee> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const current = await this.load(nip);
      const { set, events } = decide(current);
      if (events.length === 0) return toEmployee(current); // nothing changed: no write, no event
      const updatedAt = this.clock().toISOString();
      if (await this.store.employees.change(current, { ...set, updatedAt }, events)) {
        return toEmployee({ ...current, ...set, updatedAt, rev: current.rev + 1 });
      }
    }
    throw conflict('CONCURRENT_MODIFICATION', `Employee ${String(nip)} is being changed by another request; try again`);
  }

  async setPositionStandard(positionCode: unknown, input: unknown): Promise<StandardDoc & { positionCode: string }> {
    assertValid(PersonnelApi.PositionCode, positionCode, { '/': 'POSITION_CODE_INVALID' });
    assertValid(PersonnelApi.SetPositionStandardBody, input);
    const codes = input.competencies.map((c) => c.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) throw validationFailed([{ path: `/competencies/${codes.lastIndexOf(dup)}/code`, message: `competency ${dup} is listed twice` }]);
    const updatedAt = this.clock().toISOString();
    const competencies = input.competencies.map(({ code, type, requiredLevel }) => ({ code, type, requiredLevel }));
    await this.store.standards.set(positionCode, { competencies, updatedAt }, [createEvent('personnel.position-standard.set', positionCode, { positionCode, competencies })]);
    return { _id: positionCode, positionCode, competencies, updatedAt };
  }

  async getPositionStandard(positionCode: unknown): Promise<{ positionCode: string; competencies: StandardDoc['competencies']; updatedAt: string }> {
    assertValid(PersonnelApi.PositionCode, positionCode, { '/': 'POSITION_CODE_INVALID' });
    const doc = await this.store.standards.find(positionCode);
    if (!doc) throw notFound('POSITION_STANDARD_NOT_FOUND', `Position ${positionCode} has no competency standard`);
    return { positionCode: doc._id, competencies: doc.competencies, updatedAt: doc.updatedAt };
  }

  async recordAssessment(nip: unknown, input: unknown): Promise<Omit<AssessmentDoc, '_id'> & { id: string }> {
    assertValid(PersonnelApi.RecordAssessmentBody, input);
    const employee = await this.load(nip);
    if (employee.status === 'retired') throw conflict('EMPLOYEE_RETIRED', `Employee ${employee.nip} is retired`);
    if (input.assessedOn > businessDate(this.clock())) throw validationFailed([{ path: '/assessedOn', message: 'must not be in the future' }]);
    const id = newAggregateId();
    const doc = { _id: id, nip: employee.nip, opd: employee.opd, ...input, createdAt: this.clock().toISOString() };
    const stored = await this.store.assessments.record(doc, [
      createEvent('personnel.competency.assessed', id, { assessmentId: id, nip: employee.nip, opd: employee.opd, code: input.code, type: input.type, level: input.level, assessedOn: input.assessedOn, method: input.method }),
    ]);
    const { _id, ...rest } = stored;
    return { id: _id, ...rest };
  }

  async listAssessments(nip: unknown) {
    assertValid(Nip, nip, { '/': 'NIP_INVALID' });
    const docs = await this.store.assessments.ofEmployee(nip);
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}
