import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose from 'mongoose';
import { beforeEach } from 'vitest';
import type { Db, IndexDescriptionInfo } from 'mongodb';
import { describeShape, entryShape, indexGap, shapeOf, type QueryCatalogue, type QueryShape } from '@asn/service-kit';

/** Methods whose first argument is a filter, and where their options (with `sort`) are. */
const FILTER_METHODS: Record<string, number | undefined> = {
  find: 1, findOne: 1, countDocuments: 1, distinct: undefined, updateOne: 2, updateMany: 2, replaceOne: 2, deleteOne: 1, deleteMany: 1,
  findOneAndUpdate: 2, findOneAndReplace: 2, findOneAndDelete: 1,
};

/** Queries a test body runs itself (to check what the service stored) are not the service's. */
const testCode = new AsyncLocalStorage<true>();


/** Runs `fn`, a test's own look into the store outside a test body (e.g. in beforeAll), without recording its queries. */
export function outsideService<T>(fn: () => Promise<T>): Promise<T> {
  return testCode.run(true, fn);
}

export interface QueryRecorder {
  shapes(): QueryShape[];
  stop(): void;
}

/**
 * Records the shape of every query the service runs in this process (mongoose's debug hook sees
 * every collection call, models' and native alike), for `catalogueProblems`. Call it at the top of
 * a test file, before the service starts. What a test body queries itself, to check what the
 * service stored, is not recorded: each test runs marked (AsyncLocalStorage), while the service's
 * gRPC handlers, consumers and relay run in contexts the service created when it started.
 */
export function recordQueries(): QueryRecorder {
  beforeEach(() => testCode.enterWith(true));
  const seen = new Map<string, QueryShape>();
  const add = (collection: string, filter: unknown, options: unknown) => {
    const shape = shapeOf(collection, (filter ?? {}) as Record<string, unknown>, ((options as { sort?: Record<string, unknown> } | undefined)?.sort ?? {}) as Record<string, unknown>);
    seen.set(describeShape(shape), shape);
  };
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (testCode.getStore()) return;
    if (method === 'bulkWrite') {
      for (const op of (args[0] ?? []) as Record<string, { filter?: unknown }>[]) {
        const [kind, spec] = Object.entries(op)[0] ?? [];
        if (kind && kind !== 'insertOne' && spec) add(collection, spec.filter, undefined);
      }
      return;
    }
    if (method === 'aggregate') {
      const stages = (args[0] ?? []) as Record<string, unknown>[];
      add(collection, stages.find((st) => st.$match)?.$match, { sort: stages.find((st) => st.$sort)?.$sort });
      return;
    }
    if (method in FILTER_METHODS) {
      const at = FILTER_METHODS[method];
      add(collection, args[0], at === undefined ? undefined : args[at]);
    }
  });
  return { shapes: () => [...seen.values()], stop: () => mongoose.set('debug', false) };
}

/**
 * Every recorded query is in the catalogue, every catalogue entry is served by an index the store
 * really has (or says why it needs none), and every index the store has serves a listed query.
 * Returns the problems, one line each.
 */
export async function catalogueProblems(recorded: QueryShape[], catalogue: QueryCatalogue, db: Db): Promise<string[]> {
  const problems: string[] = [];
  const entries = catalogue.map((e) => ({ entry: e, shape: entryShape(e) }));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (const r of recorded) {
    const found = entries.some(({ shape: s }) => s.collection === r.collection && same(s.equals, r.equals) && same(s.ranges, r.ranges) && same(s.residual, r.residual) && (r.sort.length === 0 || same(s.sort, r.sort)));
    if (!found) problems.push(`not in the catalogue: ${describeShape(r)}`);
  }
  // What the store really has, read once per collection.
  const indexes = new Map<string, IndexDescriptionInfo[]>();
  for (const collection of new Set(entries.map((e) => e.shape.collection))) indexes.set(collection, await db.collection(collection).indexes().catch(() => []));
  const keyOf = (i: IndexDescriptionInfo) => JSON.stringify(i.key);
  for (const { entry, shape } of entries) {
    if (entry.unindexed) continue;
    const index = entry.index ?? (shape.equals.includes('_id') ? { _id: 1 as const } : undefined);
    if (!index) {
      problems.push(`${describeShape(shape)} (${entry.use}) names no index and no reason to go without one`);
      continue;
    }
    const declared = indexes.get(shape.collection)!;
    const wanted = JSON.stringify(index);
    if (!declared.some((i) => keyOf(i) === wanted)) problems.push(`${describeShape(shape)} (${entry.use}): the store has no index ${wanted} (it has ${declared.map(keyOf).join(', ') || 'none'})`);
    const gap = indexGap(shape, index, Boolean(entry.sortInMemory));
    if (gap) problems.push(`${describeShape(shape)} (${entry.use}): ${wanted} does not serve it: ${gap}`);
  }
  // The other way round: an index that no listed query uses costs every write and serves nothing.
  const named = new Set(entries.flatMap(({ entry, shape }) => (entry.index ? [`${shape.collection} ${JSON.stringify(entry.index)}`] : [])));
  for (const [collection, all] of indexes) {
    // Unique indexes state a rule (a programme code, an agreement number), whether or not a query uses them.
    for (const index of all) {
      const k = keyOf(index);
      if (k !== '{"_id":1}' && !index.unique && !named.has(`${collection} ${k}`)) problems.push(`${collection}: the index ${k} serves no listed query`);
    }
  }
  return problems;
}
