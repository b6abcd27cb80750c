import { Schema, type Connection, type Model } from 'mongoose';
import { TOPICS, type EventData } from '@asn/contracts';
import { conflict, notFound, type QueryCatalogue } from '@asn/service-kit';
import { consumerQueries, type EventHandler } from '@asn/messaging';
import type { EventDrivenService } from '@asn/event-service';

export interface DirectoryEntry {
  _id: string; // NIP
  name: string;
  opd: string;
  status: 'active' | 'retired';
  positionKind?: string;
}

const DirectorySchema = new Schema<DirectoryEntry>(
  { _id: String, name: String, opd: String, status: String, positionKind: String },
  { versionKey: false, collection: 'employee_directory' },
);

/**
 * A service's local read model of employees (NIP, name, OPD, status), built from
 * `asn.personnel.events` by an idempotent consumer, so a service checks "is this an active
 * employee, of which OPD?" without a synchronous call to personnel. Each handler is a `$set`
 * keyed by NIP, so re-running one after a crash changes nothing.
 */
export class EmployeeDirectory {
  readonly model: Model<DirectoryEntry>;

  constructor(connection: Connection) {
    this.model = connection.model<DirectoryEntry>('EmployeeDirectory', DirectorySchema);
  }

  /** Subscribes the service to personnel events (consumer group `<service>.employee-directory`). */
  static attach(service: EventDrivenService): EmployeeDirectory {
    const directory = new EmployeeDirectory(service.connection);
    service.consume({ group: `${service.service}.employee-directory`, topics: [TOPICS.personnel], handlers: directory.handlers() });
    return directory;
  }

  handlers(): Record<string, EventHandler> {
    const set = (nip: string, fields: Partial<DirectoryEntry>, upsert = false) => this.model.updateOne({ _id: nip }, { $set: fields }, { upsert }).then(() => undefined);
    return {
      'personnel.employee.registered': (e) => {
        const d = e.data as EventData<'personnel.employee.registered'>;
        return set(d.nip, { name: d.name, opd: d.opd, status: d.status, positionKind: d.position.kind }, true);
      },
      'personnel.employee.updated': (e) => {
        const d = e.data as EventData<'personnel.employee.updated'>;
        return set(d.nip, { ...(d.changes.name ? { name: d.changes.name } : {}), ...(d.changes.position ? { positionKind: d.changes.position.kind } : {}), opd: d.opd });
      },
      'personnel.employee.transferred': (e) => set((e.data as EventData<'personnel.employee.transferred'>).nip, { opd: (e.data as EventData<'personnel.employee.transferred'>).toOpd }),
      'personnel.employee.retired': (e) => set((e.data as EventData<'personnel.employee.retired'>).nip, { status: 'retired' }),
    };
  }

  async find(nip: string): Promise<DirectoryEntry | null> {
    return this.model.findById(nip).lean<DirectoryEntry>();
  }

  /** The employee if active; EMPLOYEE_NOT_FOUND (404) or EMPLOYEE_NOT_ACTIVE (409) otherwise. */
  async requireActive(nip: string): Promise<DirectoryEntry> {
    const entry = await this.find(nip);
    if (!entry) throw notFound('EMPLOYEE_NOT_FOUND', `No employee with NIP ${nip}`);
    if (entry.status !== 'active') throw conflict('EMPLOYEE_NOT_ACTIVE', `Employee ${nip} is ${entry.status}`);
    return entry;
  }
}

/** The directory's queries, for the query catalogue of a service that attaches it. */
export const DIRECTORY_QUERIES = (service: string): QueryCatalogue => [
  { collection: 'employee_directory', equals: ['_id'], use: 'employee directory: one employee by NIP, and its updates from personnel events' },
  ...consumerQueries(`${service}.employee-directory`),
];
