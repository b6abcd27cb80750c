import { outboxQueries } from '@asn/messaging';
import { DIRECTORY_QUERIES } from '@asn/read-models';
import type { QueryCatalogue } from '@asn/service-kit';

const IDEA_ORDER = ['-createdAt', '_id'];
/** Ideas filtered by one field (and perhaps others, checked on what it found), newest first. */
const ideasBy = (field: string, others: string[] = []): QueryCatalogue => [
  { collection: 'ideas', equals: [field, ...others], sort: IDEA_ORDER, use: `ideas by ${[field, ...others].join(' and ')}, a page`, index: { [field]: 1, createdAt: -1, _id: 1 } },
  { collection: 'ideas', equals: [field, ...others], use: `ideas by ${[field, ...others].join(' and ')}, counted`, index: { [field]: 1, createdAt: -1, _id: 1 } },
];

/** Every query innovation runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'ideas', equals: ['_id'], use: 'one idea' },
  { collection: 'ideas', equals: ['_id', 'status'], use: 'a lifecycle move from the status it was read in' },
  { collection: 'ideas', sort: IDEA_ORDER, use: 'every idea, a page', index: { createdAt: -1, _id: 1 } },
  { collection: 'ideas', use: 'every idea, counted', unindexed: 'a count of the whole collection, which MongoDB answers from its metadata' },
  ...ideasBy('opd'),
  ...ideasBy('opd', ['status']),
  ...ideasBy('status'),
  ...ideasBy('category'),
  ...ideasBy('proposerNip'),
  { collection: 'participations', equals: ['_id'], use: 'one participation record' },
  { collection: 'participations', equals: ['ideaId'], use: 'citizens reached by the ideas of a page (summed per idea)', index: { ideaId: 1 } },
  { collection: 'impacts', equals: ['_id'], use: 'one impact record' },
  ...outboxQueries('ideas', 'participations', 'impacts'),
  ...DIRECTORY_QUERIES('innovation'),
];
