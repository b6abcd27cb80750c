import { outboxQueries, parkedQueries } from '@asn/messaging';
import type { QueryCatalogue } from '@asn/service-kit';

/** Every query analytics runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'programs', use: 'the programme catalogue, read into memory once and again after a programme is published', unindexed: 'bounded by the catalogue (150 programmes), read only when it changed' },
  ...['employee_fact_chunks', 'program_fact_chunks', 'opd_fact_chunks'].map((collection) => ({ collection, equals: ['key'], sort: ['seq'], use: 'the facts of an employee, programme year or OPD, chunk by chunk in write order', index: { key: 1, seq: 1 } as const })),
  ...['employee_fact_chunks', 'program_fact_chunks', 'opd_fact_chunks', 'programs', 'standards', 'employees', 'opd_members', 'position_holders', 'employee_metrics', 'program_metrics', 'opd_metrics', 'program_flags', 'analytics_marks'].map((collection) => ({ collection, equals: ['_id'], use: `one ${collection.replace(/_/g, ' ')} document` })),
  ...['employees', 'employee_metrics', 'program_metrics', 'opd_metrics'].map((collection) => ({ collection, equals: ['_id'], residual: ['$or'], use: `one ${collection.replace(/_/g, ' ')} document, replaced unless a later owner wrote it (its epoch)` })),
  { collection: 'opd_metrics', equals: ['year'], sort: ['opd'], use: 'every OPD of a year, for the city overview (about 30 documents)', index: { year: 1, opd: 1 } },
  { collection: 'program_metrics', equals: ['year'], sort: ['programId'], use: 'every programme of a year, for the dashboards (about 150 documents)', index: { year: 1, programId: 1 } },
  { collection: 'analytics_marks', equals: ['_id', 'v'], use: 'a mark settled unless raised again since it was read' },
  { collection: 'analytics_marks', equals: ['p', 'pending'], use: 'the work waiting for the partitions an instance holds', index: { pending: 1, p: 1 } },
  { collection: 'analytics_marks', equals: ['pending'], use: 'the work waiting, when an instance holds every partition', index: { pending: 1, p: 1 } },
  ...outboxQueries('metric_events', 'program_flags'),
  // Batch mode keeps no processed-event ids; its dead letters park like any consumer's (default group).
  ...parkedQueries('analytics'),
];
