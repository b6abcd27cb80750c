import type { Collection } from 'mongodb';

/**
 * Statements per bulk command: FerretDB v1 keeps each statement's read open until the whole command
 * ends, and a command of more statements than its SQLite pool has connections (100) never ends.
 */
export const BULK_CHUNK = 50;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- string _ids throughout
export async function bulkWriteChunked(col: Collection<any>, ops: object[], ordered: boolean): Promise<void> {
  for (let i = 0; i < ops.length; i += BULK_CHUNK) await col.bulkWrite(ops.slice(i, i + BULK_CHUNK) as never, { ordered });
}

/** Runs fn over items, at most `limit` at a time. */
export async function eachLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))));
  return out;
}
