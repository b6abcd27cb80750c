import { outboxQueries } from '@asn/messaging';
import { DIRECTORY_QUERIES } from '@asn/read-models';
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
  { collection: 'enrollments', equals: ['nip'], sort: ['createdAt'], use: 'an employee\'s learning history (kept in memory until one of theirs changes)', index: { nip: 1, createdAt: 1 } },
  { collection: 'enrollments', equals: ['certificate.id'], use: 'a certificate', index: { 'certificate.id': 1 } },
  { collection: 'enrollments', equals: ['sessionId'], sort: ['nip'], use: 'a session\'s enrolments (at most its capacity)', index: { sessionId: 1, nip: 1 } },
  { collection: 'enrollments', equals: ['opd', 'sessionId'], sort: ['nip'], use: 'an OPD\'s enrolments in a session', index: { sessionId: 1, opd: 1, nip: 1 } },
  { collection: 'enrollments', equals: ['certificate.number'], use: 'a certificate by its number (the public verification page)', index: { 'certificate.number': 1 } },
  { collection: 'external_learning', equals: ['_id'], use: 'one external learning record; which certificate files have their record (the hourly sweep)' },
  { collection: 'external_learning', equals: ['_id', 'status'], use: 'verify or reject a record still reported' },
  { collection: 'external_learning', equals: ['certificate.sha256', 'nip'], use: 'the same certificate file reported again by the same employee', index: { nip: 1, 'certificate.sha256': 1 } },
  { collection: 'external_learning', equals: ['nip'], sort: ['-reportedAt', '-_id'], use: 'an employee\'s own records (read at once, at most 2,000)', index: { nip: 1, reportedAt: -1, _id: -1 } },
  { collection: 'external_learning', equals: ['opd'], sort: ['-reportedAt', '-_id'], use: 'an OPD\'s records, a page at a time', index: { opd: 1, reportedAt: -1, _id: -1 } },
  { collection: 'external_learning', equals: ['opd', 'status'], sort: ['-reportedAt', '-_id'], use: 'an OPD\'s records in one state (the agency\'s queue)', index: { opd: 1, status: 1, reportedAt: -1, _id: -1 } },
  { collection: 'external_learning', equals: ['status'], sort: ['-reportedAt', '-_id'], use: 'the records in one state (the admin\'s queue of reported ones)', index: { status: 1, reportedAt: -1, _id: -1 } },
  { collection: 'external_learning', sort: ['-reportedAt', '-_id'], use: 'every record, newest first, a page at a time', index: { reportedAt: -1, _id: -1 } },
  { collection: 'external_learning_files.files', equals: ['_id'], use: 'a certificate file\'s description (GridFS)' },
  { collection: 'external_learning_files.files', use: 'GridFS looks whether the bucket has a file before its first upload, to create its indexes', unindexed: 'findOne with no filter: one document', index: { filename: 1, uploadDate: 1 } },
  { collection: 'external_learning_files.files', ranges: ['uploadDate'], use: 'certificate files older than an hour, to find those without a record (a crash between file and record)', unindexed: 'hourly and at start, off the request path; at most 500 small documents per sweep' },
  { collection: 'external_learning_files.chunks', equals: ['files_id'], sort: ['n'], use: 'a certificate file\'s chunks, in order (GridFS)', index: { files_id: 1, n: 1 } },
  { collection: 'counters', equals: ['_id'], use: 'the next certificate number of a year; the versions of the catalogue and of each schedule' },
  { collection: 'employee_versions', equals: ['_id'], use: 'the version of an employee\'s enrolments' },
  ...outboxQueries('programs', 'sessions', 'enrollments', 'external_learning'),
  ...DIRECTORY_QUERIES('learning'),
];
