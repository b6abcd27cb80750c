import { outboxQueries } from '@asn/messaging';
import type { QueryCatalogue } from '@asn/service-kit';

/** Every query personnel runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'employees', equals: ['_id'], use: 'one employee by NIP (every authorisation decision reads it)' },
  { collection: 'employees', equals: ['_id', 'rev'], use: 'change an employee as read (optimistic concurrency)' },
  { collection: 'employees', equals: ['opd'], use: 'an OPD\'s roster, read into memory when its version changed', index: { opd: 1, name: 1 } },
  { collection: 'roster_versions', equals: ['_id'], use: 'the version of an OPD\'s roster' },
  { collection: 'roster_versions', use: 'every roster\'s version, for the city-wide list', unindexed: 'one small document per OPD (about 30)' },
  { collection: 'position_standards', equals: ['_id'], use: 'a position\'s competency standard' },
  { collection: 'assessments', equals: ['_id'], use: 'one assessment' },
  { collection: 'assessments', equals: ['nip'], sort: ['assessedOn', 'createdAt'], use: 'an employee\'s assessments', index: { nip: 1, assessedOn: 1, createdAt: 1 } },
  ...outboxQueries('employees', 'position_standards', 'assessments'),
];
