import { consumerQueries, outboxQueries } from '@asn/messaging';
import { DIRECTORY_QUERIES } from '@asn/read-models';
import type { QueryCatalogue } from '@asn/service-kit';

/** An employee's records of one kind, in date order (the profile's evaluations). */
const ofEmployee = (collection: string, date: string): QueryCatalogue[number] => ({ collection, equals: ['nip'], sort: [date], use: `an employee's ${collection.replace('_', ' ')}`, index: { nip: 1, [date]: 1 } });

/** Every query evaluation runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'completions', equals: ['_id'], use: 'a completion by session and NIP (may this employee give feedback?)' },
  { collection: 'follow_ups', equals: ['_id'], use: 'one follow-up (its id is the enrolment\'s)' },
  { collection: 'follow_ups', equals: ['_id', 'status'], use: 'close an open follow-up once' },
  { collection: 'follow_ups', equals: ['opd', 'status'], use: 'an OPD\'s open follow-ups (their ids and due dates, kept in memory until one changes)', index: { status: 1, opd: 1, dueOn: 1, _id: 1 } },
  { collection: 'follow_ups', equals: ['status'], use: 'the city\'s open follow-ups (ids and due dates, kept in memory until one changes)', index: { status: 1, dueOn: 1, _id: 1 } },
  { collection: 'due_versions', equals: ['_id'], use: 'the version of an OPD\'s open follow-ups' },
  { collection: 'due_versions', use: 'every OPD\'s version, summed: the version of the city\'s open follow-ups', unindexed: 'one small document per OPD (about 30)' },
  { collection: 'employee_versions', equals: ['_id'], use: 'the version of an employee\'s records (kept in memory until one changes)' },
  { collection: 'follow_ups', equals: ['nip', 'programId', 'status'], sort: ['dueOn'], use: 'the open follow-up a behaviour assessment closes', index: { nip: 1, dueOn: 1 } },
  ofEmployee('follow_ups', 'dueOn'),
  { collection: 'follow_ups', equals: ['nip', 'status'], use: 'an employee\'s open follow-ups, moved on transfer and cancelled on retirement (spec 8.6)', index: { nip: 1, dueOn: 1 } },
  { collection: 'feedback', equals: ['_id'], use: 'one feedback per employee and session' },
  ofEmployee('feedback', 'submittedOn'),
  ofEmployee('behavior_assessments', 'assessedOn'),
  { collection: 'appraisals', equals: ['_id'], use: 'one appraisal per employee and year' },
  ofEmployee('appraisals', 'year'),
  { collection: 'discipline_records', equals: ['_id'], use: 'one discipline record' },
  ofEmployee('discipline_records', 'decidedOn'),
  ...outboxQueries('follow_ups', 'feedback', 'behavior_assessments', 'appraisals', 'discipline_records'),
  ...consumerQueries('evaluation.learning'),
  ...consumerQueries('evaluation.personnel'),
  ...DIRECTORY_QUERIES('evaluation'),
];
