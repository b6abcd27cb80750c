import { DIRECTORY_QUERIES, outboxQueries } from '@asn/messaging';
import type { QueryCatalogue } from '@asn/service-kit';

/** Every query learning runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'programs', use: 'the catalogue, read into memory on start and when another instance changed it (VersionedCache)', unindexed: 'off the request path: at most once per catalogue change, bounded by the catalogue (150 programmes)' },
  { collection: 'programs', equals: ['_id'], use: 'one programme' },
  { collection: 'programs', equals: ['_id', 'revision'], use: 'revise a programme at the revision it was read at (spec 8.6)' },
  { collection: 'programs', equals: ['_id'], residual: ['revision'], use: 'revise a programme never revised (revision absent)' },
  { collection: 'sessions', equals: ['_id'], use: 'one session' },
  { collection: 'sessions', equals: ['_id'], ranges: ['seatsLeft'], residual: ['holders'], use: 'enrolment: take a seat if one is left and the NIP holds none' },
  { collection: 'sessions', equals: ['_id', 'holders'], use: 'cancellation: give the seat back' },
  { collection: 'sessions', equals: ['programId'], sort: ['startsOn', '_id'], use: 'a programme\'s schedule, read into memory when a session was scheduled', index: { programId: 1, startsOn: 1, _id: 1 } },
  { collection: 'enrollments', equals: ['_id'], use: 'one enrolment (its id is session:NIP)' },
  { collection: 'enrollments', equals: ['_id', 'status'], use: 'complete, cancel or reopen an enrolment in the state it was read in' },
  { collection: 'enrollments', equals: ['nip'], sort: ['createdAt'], use: 'an employee\'s learning history', index: { nip: 1, createdAt: 1 } },
  { collection: 'enrollments', equals: ['certificate.id'], use: 'a certificate', index: { 'certificate.id': 1 } },
  { collection: 'counters', equals: ['_id'], use: 'the next certificate number of a year; the versions of the catalogue and of each schedule' },
  ...outboxQueries('programs', 'sessions', 'enrollments'),
  ...DIRECTORY_QUERIES('learning'),
];
