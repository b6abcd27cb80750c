import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deleteTopicsAt, dropDatabasesAt, freePort, TEST_SERVICE_TOKEN_SECRET, type TestNamespace } from './servers';
import { API_AUDIENCE } from '@asn/contracts';
import { holdsSocket, listeningSockets } from '@asn/local-infra';

/** The newest modification time under a folder (sources of the console). */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Builds the console (Vite) when its build is missing or older than its sources; returns its folder. */
export function ensureConsoleBuilt(root: string): string {
  const app = join(root, 'apps', 'console');
  const dist = join(app, 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newest(join(app, 'src')), newest(join(app, 'public')), statSync(join(app, 'index.html')).mtimeMs, statSync(join(app, 'vite.config.ts')).mtimeMs);
  if (built < sources) {
    console.log('[console] building the console (vite build)...');
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(app, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the console did not build (vite build failed; see above)');
  }
  return dist;
}

/** The gateway's settings that make it serve the console's build and accept the provider's tokens. */
export function consoleGatewayEnv(consoleDir: string, issuer: string): Record<string, string> {
  return { CONSOLE_DIR: consoleDir, JWKS_URL: `${issuer}/jwks`, JWT_ISSUER: issuer, JWT_AUDIENCE: API_AUDIENCE };
}

/**
 * The console's way in on a platform whose gateway answers at `gatewayUrl`: the local OpenID
 * Provider at `issuer` with these users, the gateway serving the console, and certificates' QR
 * codes pointing at the console's verification page there.
 */
export function consoleAppsEnv(o: { issuer: string; gatewayUrl: string; usersFile: string; keysFile: string; consoleDir: string; accessTokenTtlSeconds?: number }) {
  return {
    identity: { ISSUER: o.issuer, CONSOLE_ORIGINS: o.gatewayUrl, USERS_FILE: o.usersFile, KEYS_FILE: o.keysFile, ...(o.accessTokenTtlSeconds ? { ACCESS_TOKEN_TTL_SECONDS: String(o.accessTokenTtlSeconds) } : {}) },
    learning: { CERT_VERIFY_BASE_URL: o.gatewayUrl },
    gateway: consoleGatewayEnv(o.consoleDir, o.issuer),
  };
}

export const PLATFORM_SERVICES = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics'] as const;
export type PlatformApp = (typeof PLATFORM_SERVICES)[number] | 'gateway' | 'identity';

const root = join(import.meta.dirname, '..', '..', '..');

export interface RunningPlatform {
  gatewayUrl: string;
  ports: Record<PlatformApp, { http: number; grpc?: number; ops?: number }>;
  env: Record<string, string>;
  /** Stops one app (SIGTERM, then SIGKILL), e.g. to see the gateway degrade. */
  stopApp(app: PlatformApp): Promise<void>;
  /** Kills one app with SIGKILL, as a crash would: no shutdown hook runs. */
  crashApp(app: PlatformApp): Promise<void>;
  startApp(app: PlatformApp): Promise<void>;
  /** The process id of each running app (a test in another process may stop one, as a crash would). */
  pids(): Partial<Record<PlatformApp, number>>;
  stop(): Promise<void>;
  /** Stops every app, then drops every app's database and the namespace's topics (a test file's afterAll). */
  destroy(): Promise<void>;
}

export interface PlatformOptions {
  /** The servers the apps use. */
  infra: { kafkaBrokers: string; mongoUrl: string };
  apps?: PlatformApp[];
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Where the apps' logs go (default tmp/platform-logs/<namespace>). */
  logDir?: string;
  /**
   * The console's way in (the browser tests): the local OpenID Provider with these users, and the
   * gateway serving the console's build from `consoleDir` and accepting the provider's tokens.
   */
  console?: { usersFile: string; keysFile: string; consoleDir: string; accessTokenTtlSeconds?: number };
  /** Node's arguments for an app (e.g. its built bundle with V8 options); by default defaultAppArgs. */
  appArgs?: (app: PlatformApp) => string[];
}

/** Where `npm test` put the apps' bundles for this run (scripts/test.ts); unset when vitest runs on its own. */
export const TEST_BUNDLES_ENV = 'ASN_TEST_BUNDLES';

/**
 * How an app starts by default: its bundle as it ships (scripts/build-app.ts) where `npm test` built
 * them for this run, else its sources through tsx, always current when a test runs alone. A whole
 * platform started from the bundles used about 10.6 s of CPU against 17 s through tsx: tsx's loader
 * translates each module at start. Stack traces then name the bundle's lines (main.js.map beside it).
 */
function defaultAppArgs(app: PlatformApp): string[] {
  const dir = process.env[TEST_BUNDLES_ENV];
  const bundle = dir ? join(dir, app, 'main.js') : undefined;
  return bundle && existsSync(bundle) ? [bundle] : ['--import', 'tsx', join('apps', app, 'src', 'main.ts')];
}

/**
 * Boots apps as real processes (their bundles or `tsx apps/<app>/src/main.ts`, see defaultAppArgs; or `appArgs`) on free ports, on the namespace's
 * topics and databases, and waits until each reports ready. Logs go to tmp/platform-logs/.
 */
export async function launchPlatform(ns: TestNamespace, opts: PlatformOptions): Promise<RunningPlatform> {
  const apps = opts.apps ?? [...PLATFORM_SERVICES, ...(opts.console ? (['identity'] as const) : []), 'gateway'];
  const { kafkaBrokers, mongoUrl } = opts.infra;
  const ports = {} as RunningPlatform['ports'];
  for (const app of [...PLATFORM_SERVICES, 'gateway'] as PlatformApp[]) ports[app] = { http: await freePort(), ...(app === 'gateway' ? { ops: await freePort() } : { grpc: await freePort() }) };
  // The local OpenID Provider only where the console is wanted (the browser tests).
  if (opts.console) ports.identity = { http: await freePort() };
  const issuer = opts.console ? `http://127.0.0.1:${ports.identity.http}` : '';
  const appEnv: Partial<Record<PlatformApp, Record<string, string>>> = opts.console ? consoleAppsEnv({ ...opts.console, issuer, gatewayUrl: `http://127.0.0.1:${ports.gateway.http}` }) : {};
  const env: Record<string, string> = {
    KAFKA_BROKERS: kafkaBrokers,
    MONGO_URL: mongoUrl,
    KAFKA_TOPIC_PREFIX: ns.topicPrefix,
    HOST: '127.0.0.1',
    SERVICE_TOKEN_SECRETS: TEST_SERVICE_TOKEN_SECRET,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
    ...Object.fromEntries(PLATFORM_SERVICES.map((s) => [`${s.toUpperCase()}_GRPC_URL`, `127.0.0.1:${ports[s].grpc}`])),
    ...opts.env,
  };
  const logDir = opts.logDir ?? join(root, 'tmp', 'platform-logs', ns.id);
  mkdirSync(logDir, { recursive: true });
  const children = new Map<PlatformApp, ChildProcess>();

  const startApp = async (app: PlatformApp) => {
    const childEnv = { ...process.env, ...env, ...appEnv[app], PORT: String(ports[app].http), ...(ports[app].grpc ? { GRPC_PORT: String(ports[app].grpc) } : {}), ...(ports[app].ops ? { OPS_PORT: String(ports[app].ops) } : {}), MONGO_DB: ns.db(app) };
    const child = spawn(process.execPath, opts.appArgs?.(app) ?? defaultAppArgs(app), { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(join(logDir, `${app}.log`), { flags: 'a' });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    children.set(app, child);
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 90_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode}; see ${logDir}/${app}.log`);
      try {
        // Ready, and the answer came from this child: another test's app that took the port first
        // answers too, while this one dies of EADDRINUSE (a fresh clone lost learning that way).
        if ((await fetch(`http://127.0.0.1:${ports[app].http}/health/ready`)).ok && listensOn(child.pid, ports[app].http)) return;
      } catch {
        /* not yet listening */
      }
      if (Date.now() > deadline) throw new Error(`${app} not ready in time; see ${logDir}/${app}.log`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const stopApp = async (app: PlatformApp) => {
    const child = children.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const crashApp = async (app: PlatformApp) => {
    const child = children.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };

  const stop = async () => {
    await Promise.all([...children.keys()].map(stopApp));
  };

  /** Starts an app; when another process took one of its ports meanwhile, again on new ports. */
  const bootApp = async (app: PlatformApp) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startApp(app);
      } catch (err) {
        const log = await readFile(join(logDir, `${app}.log`), 'utf8').catch(() => '');
        if (attempt >= 3 || !log.includes('EADDRINUSE')) throw err;
        ports[app] = { http: await freePort(), ...(app === 'gateway' ? { ops: await freePort() } : app === 'identity' ? {} : { grpc: await freePort() }) };
        if (app !== 'gateway' && app !== 'identity') env[`${app.toUpperCase()}_GRPC_URL`] = `127.0.0.1:${ports[app].grpc}`; // the gateway starts after
      }
    }
  };

  try {
    await Promise.all(apps.filter((a) => a !== 'gateway').map(bootApp));
    if (apps.includes('gateway')) await bootApp('gateway');
  } catch (err) {
    await Promise.all([...children.keys()].map(stopApp));
    throw err;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway.http}`,
    ports,
    env,
    stopApp,
    crashApp,
    startApp,
    pids: () => Object.fromEntries([...children].filter(([, c]) => c.exitCode === null && c.pid !== undefined).map(([app, c]) => [app, c.pid!])),
    stop,
    destroy: async () => {
      await stop();
      await dropDatabasesAt(mongoUrl, [...PLATFORM_SERVICES, 'gateway'].map((app) => ns.db(app)));
      await deleteTopicsAt(kafkaBrokers, ns.id);
    },
  };
}

/**
 * Whether process `pid` holds the listening TCP socket of 127.0.0.1:`port` (Linux: /proc/net/tcp
 * names the socket's inode, the process's fds link to it). Elsewhere it answers true: the check
 * then rests on readiness alone, as before.
 */
export function listensOn(pid: number | undefined, port: number): boolean {
  if (process.platform !== 'linux') return true;
  if (pid === undefined) return false;
  return holdsSocket(pid, listeningSockets(port));
}
