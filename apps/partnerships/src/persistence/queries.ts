import { outboxQueries } from '@asn/messaging';
import { DIRECTORY_QUERIES } from '@asn/read-models';
import type { QueryCatalogue } from '@asn/service-kit';

/** Every query partnerships runs, with the index that serves it on MongoDB (checked by its tests). */
export const QUERIES: QueryCatalogue = [
  { collection: 'partners', equals: ['_id'], use: 'one partner' },
  { collection: 'partners', sort: ['name'], use: 'partners, a page', index: { name: 1 } },
  { collection: 'partners', use: 'partners, counted', unindexed: 'a count of the whole collection, which MongoDB answers from its metadata' },
  { collection: 'partners', equals: ['kind'], sort: ['name'], use: 'partners of a kind, a page', index: { kind: 1, name: 1 } },
  { collection: 'partners', equals: ['kind'], use: 'partners of a kind, counted', index: { kind: 1, name: 1 } },
  { collection: 'agreements', equals: ['_id'], use: 'one agreement' },
  { collection: 'agreements', equals: ['_id', 'ended'], use: 'end an agreement once' },
  { collection: 'agreements', equals: ['ended'], ranges: ['endsOn'], use: 'agreements past their end date (the expiry check)', index: { ended: 1, endsOn: 1 } },
  { collection: 'agreements', sort: ['-startsOn', 'number'], use: 'agreements, a page', index: { startsOn: -1, number: 1 } },
  { collection: 'agreements', use: 'agreements, counted', unindexed: 'a count of the whole collection, which MongoDB answers from its metadata' },
  { collection: 'agreements', ranges: ['startsOn'], sort: ['-startsOn', 'number'], use: 'upcoming agreements, a page', index: { startsOn: -1, number: 1 } },
  { collection: 'agreements', ranges: ['startsOn'], use: 'upcoming agreements, counted', index: { startsOn: -1, number: 1 } },
  { collection: 'agreements', ranges: ['endsOn', 'startsOn'], sort: ['-startsOn', 'number'], use: 'active agreements, a page', index: { startsOn: -1, number: 1 } },
  { collection: 'agreements', ranges: ['endsOn', 'startsOn'], use: 'active agreements, counted', index: { startsOn: -1, number: 1 } },
  { collection: 'agreements', ranges: ['endsOn'], sort: ['-startsOn', 'number'], use: 'ended agreements, a page', index: { endsOn: 1 }, sortInMemory: 'the agreements of a city number in the hundreds' },
  { collection: 'agreements', ranges: ['endsOn'], use: 'ended agreements, counted', index: { endsOn: 1 } },
  { collection: 'agreements', equals: ['partnerId'], sort: ['-startsOn', 'number'], use: 'a partner\'s agreements, a page', index: { partnerId: 1, startsOn: -1, number: 1 } },
  { collection: 'placements', equals: ['_id'], use: 'one placement' },
  { collection: 'placements', equals: ['_id', 'status'], use: 'complete a placement once' },
  { collection: 'placements', equals: ['nip'], sort: ['startsOn'], use: 'an employee\'s placements (the profile)', index: { nip: 1, startsOn: 1 } },
  { collection: 'placements', equals: ['opd', 'status'], sort: ['startsOn'], use: 'an OPD\'s open or completed placements', index: { opd: 1, status: 1, startsOn: 1 } },
  { collection: 'degree_holders', equals: ['_id'], use: 'one degree placement per employee' },
  ...outboxQueries('partners', 'agreements', 'placements'),
  ...DIRECTORY_QUERIES('partnerships'),
];
