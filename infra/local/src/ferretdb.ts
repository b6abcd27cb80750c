import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { DATA_DIR, LOCAL_INFRA_DIR } from './paths';
import { isAlive, portOpen, readPid, spawnDaemon, stopDaemon, waitFor } from './process';

const FERRET_DIR = join(LOCAL_INFRA_DIR, 'ferretdb');
const BINARY = join(FERRET_DIR, 'bin', 'ferretdb-local');

export interface LocalMongoOptions {
  port?: number;
  /** Name of the instance: its data, log and pid file live under .data/<name>. */
  name?: string;
  readyTimeoutMs?: number;
}

function resolveOptions(opts: LocalMongoOptions) {
  const name = opts.name ?? 'ferretdb';
  const dir = join(DATA_DIR, name);
  return { port: opts.port ?? 27017, dir, pidFile: join(dir, 'ferretdb.pid'), logFile: join(dir, 'ferretdb.log') };
}

/**
 * Patches to FerretDB 1.24's SQLite backend, applied to a copy of the module (a `replace` in a
 * generated go.mod; the module cache stays untouched). Bump PATCH_LEVEL when they change.
 * 1. It looked documents up by `_id` with `_ferretdb_sqlite_json->'$._id'` but created the `_id`
 *    index on `_ferretdb_sqlite_json->"_id"`; SQLite uses an expression index only for the identical
 *    expression, so every find, update and delete by `_id` read the whole table (5.8 ms at 1,000
 *    documents, 19 ms at 10,000). Both expressions extract the same value: use the index's.
 * 2. It pushed a filter down to SQL only when the filter was a lone `_id` equality, so every other
 *    query (an OPD's roster, an employee's enrolments, the conditional writes `{ _id, status }`)
 *    read and decoded the whole collection in Go. `patches/sqlite_pushdown.go` narrows the SQL query
 *    by every top-level equality or `$in` on strings and booleans, with the expression the indexes
 *    are built on. Every handler applies the full filter to what the query returns, and the
 *    narrowing keeps array-valued fields, so no result changes.
 * 3. FerretDB v1 is not atomic per document (an update reads, modifies in Go, writes back).
 *    `patches/serialize_writes.go` locks each document a write names by `_id` (or the whole
 *    collection for other filters) inside FerretDB's connection loop. It used to be a proxy in
 *    front of FerretDB that ran one write per collection at a time.
 */
const PATCH_LEVEL = '5';
/** Our own files added to the copy (`patches/<source>` → `<into>`), built with `-tags asn_patched`. */
const ADDED_FILES = [
  { source: 'sqlite_pushdown.go', into: 'internal/backends/sqlite/asn_pushdown.go' },
  { source: 'serialize_writes.go', into: 'internal/clientconn/asn_serialize.go' },
  { source: 'sqlite_writes.go', into: 'internal/util/fsql/asn_writes.go' },
];
/** FerretDB's own pushdown (a lone `_id` equality), in Query and, with `extra`, in Explain. */
const ID_ONLY_PUSHDOWN = (extra: string[]) =>
  [
    'if params.Filter.Len() == 1 {',
    '\t\tv, _ := params.Filter.Get("_id")',
    '\t\tswitch v.(type) {',
    '\t\tcase string, types.ObjectID:',
    ...extra,
    '\t\t\twhereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)',
    '\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}',
    '\t\t}',
    '\t}',
  ].join('\n');
const PATCHES = [
  { file: 'internal/backends/sqlite/metadata/metadata.go', from: `IDColumn = DefaultColumn + "->'$._id'"`, to: 'IDColumn = DefaultColumn + `->"_id"`', count: 1 },
  { file: 'internal/backends/sqlite/collection.go', from: ID_ONLY_PUSHDOWN([]), to: 'whereClause, args = asnPushdownWhere(params.Filter) // patched', count: 1 },
  {
    file: 'internal/backends/sqlite/collection.go',
    from: ID_ONLY_PUSHDOWN(['\t\t\tfilterPushdown = true']),
    to: 'whereClause, args = asnPushdownWhere(params.Filter) // patched\n\tfilterPushdown = whereClause != ""',
    count: 1,
  },
  {
    file: 'internal/clientconn/conn.go',
    from: 'resMsg, err = c.handleOpMsg(connCtx, msg, command)',
    to: 'resMsg, err = asnSerialized(command, msg, func() (*wire.OpMsg, error) { return c.handleOpMsg(connCtx, msg, command) }) // patched',
    count: 1,
  },
  // An update kept each statement's query (and its SQLite connection) open until the whole command
  // ended, so one with more statements than the pool's 100 connections, or a few such commands at
  // once, waited for a connection forever. Each statement now closes its own.
  { file: 'internal/handler/msg_update.go', from: '\t\tcloser := iterator.NewMultiCloser()\n\t\tdefer closer.Close()\n', to: '\t\tcloser := iterator.NewMultiCloser()\n', count: 1 },
  {
    file: 'internal/handler/msg_update.go',
    from: 'result, err := common.UpdateDocument(ctx, c, "update", iter, &u)\n',
    to: 'result, err := common.UpdateDocument(ctx, c, "update", iter, &u)\n\t\tcloser.Close() // patched\n',
    count: 1,
  },
  // Writes to one SQLite database queue on a Go mutex instead of SQLite's busy handler, which
  // sleeps and retries with no order and starved some writers for seconds (patches/sqlite_writes.go).
  {
    file: 'internal/util/fsql/db.go',
    from: 'func (db *DB) InTransaction(ctx context.Context, f func(*Tx) error) (err error) {\n',
    to: 'func (db *DB) InTransaction(ctx context.Context, f func(*Tx) error) (err error) {\n\tdefer db.AsnLockWrites()() // patched\n',
    count: 1,
  },
  {
    file: 'internal/backends/sqlite/collection.go',
    from: 'res, err := db.ExecContext(ctx, q, args...)\n',
    to: 'unlock := db.AsnLockWrites() // patched\n\tres, err := db.ExecContext(ctx, q, args...)\n\tunlock()\n',
    count: 1,
  },
];

/** Copies FerretDB's module, patches it, and returns a go.mod that replaces the module with the copy. */
function patchedModFile(): string {
  const module = 'github.com/FerretDB/FerretDB';
  execFileSync('go', ['mod', 'download', module], { cwd: FERRET_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  const original = execFileSync('go', ['list', '-m', '-f', '{{.Dir}}', module], { cwd: FERRET_DIR, encoding: 'utf8' }).trim();
  const copy = join(FERRET_DIR, 'bin', 'ferretdb-patched');
  rmSync(copy, { recursive: true, force: true });
  cpSync(original, copy, { recursive: true });
  for (const patch of PATCHES) {
    const file = join(copy, patch.file);
    const source = readFileSync(file, 'utf8');
    const found = source.split(patch.from).length - 1;
    if (found !== patch.count) throw new Error(`FerretDB patch no longer applies: ${patch.file} has ${found} of ${patch.count} × ${patch.from}`);
    chmodSync(file, 0o644); // the module cache is read-only, and so is its copy
    writeFileSync(file, source.split(patch.from).join(patch.to));
  }
  for (const added of ADDED_FILES) writeFileSync(join(copy, added.into), readFileSync(join(FERRET_DIR, 'patches', added.source)));
  const modFile = join(FERRET_DIR, 'bin', 'go.patched.mod');
  writeFileSync(modFile, `${readFileSync(join(FERRET_DIR, 'go.mod'), 'utf8').trimEnd()}\n\nreplace ${module} => ${copy}\n`);
  writeFileSync(join(FERRET_DIR, 'bin', 'go.patched.sum'), readFileSync(join(FERRET_DIR, 'go.sum')));
  return modFile;
}

/** Builds the embedded-FerretDB program from the Go module proxy once (pure Go SQLite, no CGO). */
export function ensureFerretBinary(): void {
  const sources = readdirSync(FERRET_DIR).filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum');
  const binaryTime = existsSync(BINARY) ? statSync(BINARY).mtimeMs : 0;
  const levelFile = `${BINARY}.patch-level`;
  const patchedAsNow = existsSync(levelFile) && readFileSync(levelFile, 'utf8') === PATCH_LEVEL;
  sources.push(...ADDED_FILES.map((added) => join('patches', added.source)));
  if (binaryTime > 0 && patchedAsNow && sources.every((f) => statSync(join(FERRET_DIR, f)).mtimeMs <= binaryTime)) return;
  console.error('[local-infra] building FerretDB (Go module) for the local Mongo-compatible server (first run only)...');
  execFileSync('go', ['build', '-tags', 'asn_patched', '-modfile', patchedModFile(), '-o', BINARY, '.'], {
    cwd: FERRET_DIR,
    env: { ...process.env, CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(levelFile, PATCH_LEVEL);
}

export async function mongoAnswers(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * Go's collector at its default (GOGC=100) took about a fifth of FerretDB's CPU: a collection each
 * time the heap doubled over a live heap of a few MB. At GOGC=400 the store alone did the same work
 * on 0.26-0.31 ms of CPU per command against 0.34-0.37 ms (16 clients, finds, updates by _id and
 * inserts; BENCHMARKS.md, twenty-fifth round), its peak resident size 37-38 -> 50-52 MB. GOMEMLIMIT
 * makes the collector work harder again before a large sort's heap could reach 1 GiB. Either may be
 * set in the environment instead.
 */
export function goRuntimeEnv(env: NodeJS.ProcessEnv): { GOGC: string; GOMEMLIMIT: string } {
  return { GOGC: env.GOGC ?? '400', GOMEMLIMIT: env.GOMEMLIMIT ?? '1GiB' };
}

/** Starts FerretDB with its SQLite backend (or reuses the server on the port); returns when it answers ping. */
export async function startMongo(opts: LocalMongoOptions = {}): Promise<{ url: string; started: boolean }> {
  const r = resolveOptions(opts);
  const url = `mongodb://127.0.0.1:${r.port}`;
  if ((await portOpen('127.0.0.1', r.port)) && (await mongoAnswers(url))) return { url, started: false };

  const pid = readPid(r.pidFile);
  if (pid === undefined || !isAlive(pid)) {
    ensureFerretBinary();
    mkdirSync(join(r.dir, 'db'), { recursive: true });
    const started = spawnDaemon(BINARY, ['-listen', `127.0.0.1:${r.port}`, '-data', join(r.dir, 'db')], {
      cwd: r.dir,
      logFile: r.logFile,
      pidFile: r.pidFile,
      env: { ...process.env, ...goRuntimeEnv(process.env) },
    });
    await waitFor(`FerretDB on ${url}`, () => mongoAnswers(url), opts.readyTimeoutMs ?? 60_000, r.logFile, started);
    return { url, started: true };
  }
  await waitFor(`FerretDB on ${url}`, () => mongoAnswers(url), opts.readyTimeoutMs ?? 60_000, r.logFile);
  return { url, started: false };
}

/** Stops the server: SIGKILL with `crash` (the resilience suite's power cut), else a clean shutdown. */
export async function stopMongo(opts: LocalMongoOptions = {}, how: { crash?: boolean } = {}): Promise<'stopped' | 'not-running'> {
  return stopDaemon(resolveOptions(opts).pidFile, 15_000, how);
}
