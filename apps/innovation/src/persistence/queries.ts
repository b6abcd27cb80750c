import { outboxQueries } from '@asn/messaging';
import { DIRECTORY_QUERIES } from '@asn/read-models';
import type { QueryCatalogue } from '@asn/service-kit';

const IDEA_ORDER = ['-createdAt', '_id'];

/** Every query innovation runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'ideas', equals: ['_id'], use: 'one idea' },
  { collection: 'ideas', equals: ['_id', 'status'], use: 'a lifecycle move from the status it was read in' },
  // Lists by OPD, status, category and proposer are filtered in memory from the register.
  { collection: 'ideas', sort: IDEA_ORDER, use: 'every idea, newest first: the register kept in memory, read again after a change', index: { createdAt: -1, _id: 1 } },
  { collection: 'versions', equals: ['_id'], use: 'the version of the idea register' },
  { collection: 'participations', equals: ['_id'], use: 'one participation record' },
  { collection: 'participations', use: 'citizens reached per initiative, summed over every record: loaded with the register after a change', unindexed: 'a $group over the whole collection, once per change (a few records per launched initiative)' },
  { collection: 'impacts', equals: ['_id'], use: 'one impact record' },
  ...outboxQueries('ideas', 'participations', 'impacts'),
  ...DIRECTORY_QUERIES('innovation'),
];
