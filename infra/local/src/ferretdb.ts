import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
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

/** Builds the embedded-FerretDB program from the Go module proxy once (pure Go SQLite, no CGO). */
export function ensureFerretBinary(): void {
  const sources = readdirSync(FERRET_DIR).filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum');
  const binaryTime = existsSync(BINARY) ? statSync(BINARY).mtimeMs : 0;
  if (binaryTime > 0 && sources.every((f) => statSync(join(FERRET_DIR, f)).mtimeMs <= binaryTime)) return;
  console.error('[local-infra] building FerretDB (Go module) for the local Mongo-compatible server (first run only)...');
  execFileSync('go', ['build', '-o', BINARY, '.'], {
    cwd: FERRET_DIR,
    env: { ...process.env, CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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

/** Starts FerretDB with its SQLite backend (or reuses the server on the port); returns when it answers ping. */
export async function startMongo(opts: LocalMongoOptions = {}): Promise<{ url: string; started: boolean }> {
  const r = resolveOptions(opts);
  const url = `mongodb://127.0.0.1:${r.port}`;
  if ((await portOpen('127.0.0.1', r.port)) && (await mongoAnswers(url))) return { url, started: false };

  const pid = readPid(r.pidFile);
  if (pid === undefined || !isAlive(pid)) {
    ensureFerretBinary();
    mkdirSync(join(r.dir, 'db'), { recursive: true });
    spawnDaemon(BINARY, ['-listen', `127.0.0.1:${r.port}`, '-data', join(r.dir, 'db')], {
      cwd: r.dir,
      logFile: r.logFile,
      pidFile: r.pidFile,
    });
    await waitFor(`FerretDB on ${url}`, () => mongoAnswers(url), opts.readyTimeoutMs ?? 60_000, r.logFile);
    return { url, started: true };
  }
  await waitFor(`FerretDB on ${url}`, () => mongoAnswers(url), opts.readyTimeoutMs ?? 60_000, r.logFile);
  return { url, started: false };
}

export async function stopMongo(opts: LocalMongoOptions = {}): Promise<'stopped' | 'not-running'> {
  return stopDaemon(resolveOptions(opts).pidFile, 15_000);
}
