/**
 * The query catalogue: every query a service runs against its store, with the index that serves it
 * on MongoDB (issue #13: no query may read a whole collection on a request path). Each service
 * declares its catalogue beside its models; its tests record every query the service really ran
 * (`recordQueries` in @asn/testing) and check each against the catalogue, and the catalogue against
 * the indexes the models declare.
 */

/** The shape of a query: which fields it matches how, and how it sorts. Values do not matter. */
export interface QueryShape {
  collection: string;
  /** Fields matched by equality or `$in` (sorted by name). */
  equals: string[];
  /** Fields matched by a range (`$gt`, `$gte`, `$lt`, `$lte`; sorted by name). */
  ranges: string[];
  /** Fields tested otherwise (`$ne`, `$exists`, a regular expression...): checked on what the index found. */
  residual: string[];
  /** Sort keys in order, with direction (`name`, `-createdAt`). */
  sort: string[];
}

export interface CatalogueEntry extends Omit<QueryShape, 'equals' | 'ranges' | 'residual' | 'sort'> {
  equals?: string[];
  ranges?: string[];
  residual?: string[];
  sort?: string[];
  /** What runs it, in a few words. */
  use: string;
  /** The index that serves it (`{ _id: 1 }` needs no declaration). */
  index?: Record<string, 1 | -1>;
  /**
   * Why reading the whole collection (or sorting in memory) is acceptable here: off the request
   * path (start, a cache refill at most once a minute, a rebuild) or bounded by construction.
   */
  unindexed?: string;
  /** Why sorting what the index found in memory is acceptable (a bounded result). */
  sortInMemory?: string;
}

export type QueryCatalogue = CatalogueEntry[];

const OPERATOR_KIND: Record<string, 'equals' | 'ranges' | 'residual'> = {
  $eq: 'equals', $in: 'equals', $gt: 'ranges', $gte: 'ranges', $lt: 'ranges', $lte: 'ranges',
};

/** The shape of a filter and sort as a driver call receives them. */
export function shapeOf(collection: string, filter: Record<string, unknown> = {}, sort: Record<string, unknown> = {}): QueryShape {
  const kinds = { equals: new Set<string>(), ranges: new Set<string>(), residual: new Set<string>() };
  for (const [field, value] of Object.entries(filter)) {
    if (field.startsWith('$')) {
      // $or/$and/$nor: every branch is only checked on what the rest of the filter found.
      kinds.residual.add(field);
      continue;
    }
    if (value instanceof RegExp) kinds.residual.add(field);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      for (const op of Object.keys(value)) kinds[OPERATOR_KIND[op] ?? 'residual'].add(field);
    } else kinds.equals.add(field);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    collection,
    equals: sorted(kinds.equals),
    ranges: sorted(kinds.ranges).filter((f) => !kinds.equals.has(f)),
    residual: sorted(kinds.residual).filter((f) => !kinds.equals.has(f) && !kinds.ranges.has(f)),
    sort: Object.entries(sort).map(([f, d]) => (d === -1 || d === 'desc' || d === 'descending' ? `-${f}` : f)),
  };
}

/** One line per shape, for comparing and for messages. */
export function describeShape(s: Omit<QueryShape, 'collection'> & { collection: string }): string {
  const part = (label: string, xs: string[]) => (xs.length ? ` ${label}(${xs.join(',')})` : '');
  return `${s.collection}:${part('eq', s.equals)}${part('range', s.ranges)}${part('other', s.residual)}${part('sort', s.sort)}` || `${s.collection}: all`;
}

export function entryShape(e: CatalogueEntry): QueryShape {
  return { collection: e.collection, equals: [...(e.equals ?? [])].sort(), ranges: [...(e.ranges ?? [])].sort(), residual: [...(e.residual ?? [])].sort(), sort: e.sort ?? [] };
}

/**
 * Why `index` does not serve the query without reading the whole collection or sorting in memory,
 * or null when it does (MongoDB's rules): the index starts with the query's equality fields (in any
 * order), and then either the sort keys in order (or all reversed) or a range field.
 */
export function indexGap(shape: QueryShape, index: Record<string, 1 | -1>, sortInMemory = false): string | null {
  const keys = Object.entries(index).map(([f, d]) => (d === -1 ? `-${f}` : f));
  const bare = (k: string) => k.replace(/^-/, '');
  const equals = new Set(shape.equals);
  if (keys.length === 0) return 'an empty index';
  let i = 0;
  while (i < keys.length && equals.has(bare(keys[i]!))) i++;
  const flip = (k: string) => (k.startsWith('-') ? k.slice(1) : `-${k}`);
  /** The sort keys are these index keys in order, all in the index's direction or all reversed. */
  const follows = (sort: string[], at: string[]) => sort.every((s, n) => at[n] === s) || sort.every((s, n) => at[n] === flip(s));
  const walksInOrder = shape.sort.length > 0 && follows(shape.sort, keys);
  // No field to look up: only a page walked in the index's order (sort, skip, limit) reads no more than it returns.
  if (i === 0 && !shape.ranges.includes(bare(keys[0]!)) && !walksInOrder) return `the index starts with ${bare(keys[0]!)}, which the query neither matches by equality or range nor sorts by`;
  if (shape.sort.length && !sortInMemory) {
    const rest = keys.slice(i, i + shape.sort.length);
    // A sort on fields fixed by equality, or on _id after the index's keys, needs no sorting either.
    const fixed = shape.sort.filter((s) => !equals.has(bare(s)));
    const tail = fixed.length === 1 && bare(fixed[0]!) === '_id' && rest.length === 0;
    if (!follows(shape.sort, rest) && fixed.length > 0 && !tail && !follows(fixed, rest)) {
      return `the sort (${shape.sort.join(', ')}) does not follow the index after its equality fields`;
    }
  }
  return null;
}
