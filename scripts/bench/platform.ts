// The platform as the benchmark runs it: the six services and the gateway as processes on the
// pinned Node, on their own ports, topics (prefix) and databases, so a benchmark never touches the
// data of `npm start` and a dataset of one scale stays in place for the next run (resumable).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceTokenSigner } from '@asn/service-kit';
import { consoleAppsEnv } from '@asn/testing/platform';
import { serviceNodeFlags } from '../pinned-node';

export const BENCH_APPS = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'gateway'] as const;
export type BenchApp = (typeof BENCH_APPS)[number];
export type BenchService = Exclude<BenchApp, 'gateway'>;
/** What the benchmark may run: the platform, and the local OpenID Provider where the console is measured. */
type RunnableApp = BenchApp | 'identity';

const root = join(import.meta.dirname, '..', '..');
/** Where the benchmark builds the apps it runs. */
const BUILT_APPS = join(root, 'tmp', 'bench', 'apps');

/**
 * Extra V8 options of a probe's apps (breakdown.ts, heap.ts), for comparing settings in alternating
 * runs: HEAP_MB=N caps every service but analytics at N MB instead of HEAP_LIMIT_MB
 * (scripts/pinned-node.ts; N=4096 for V8's own sizing), HEAP_MB=gateway=N,learning=M only those;
 * SEMI_MB=N sets every app's semi-spaces; V8_FLAGS=gateway=--a=1+--b,analytics=--c any V8 options of
 * those apps (`+` between options).
 */
export function probeNodeFlags(env: NodeJS.ProcessEnv = process.env): (app: string) => string[] {
  const spec = env.HEAP_MB ?? '';
  const perApp = new Map(spec.split(',').filter((p) => p.includes('=')).map((p) => p.split('=') as [string, string]));
  return (app) => {
    const mb = perApp.size > 0 ? perApp.get(app) : spec && app !== 'analytics' ? spec : undefined;
    const extra = (env.V8_FLAGS ?? '').split(',').find((p) => p.startsWith(`${app}=`))?.slice(app.length + 1).split('+') ?? [];
    return [...(mb ? [`--max-old-space-size=${mb}`] : []), ...(env.SEMI_MB ? [`--max-semi-space-size=${env.SEMI_MB}`] : []), ...extra];
  };
}

/** CPU seconds so far of each process of the platform: FerretDB, Kafka and each app (by its bundle's name). */
export function cpuSecondsByProcess(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const m = /ferretdb-local|apps\/([a-z]+)\/main\.js|kafka\.Kafka/.exec(cmd);
      if (!m) continue;
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out[m[1] ?? m[0]] = (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** How a built app is started, as it ships: its V8 options (and any extra, e.g. profiling) and its bundle. */
export const builtAppArgs = (app: RunnableApp, extraFlags: string[] = [], dir = BUILT_APPS) => [...serviceNodeFlags(app), ...extraFlags, join(dir, app, 'main.js')];

/**
 * Waits until no app's ready report lists work still `warming` (caches a service loads after its
 * start, e.g. evaluation's due lists: 18 s at `--scale 4` on an idle machine), so that a
 * measurement does not include a warm-up. Returns what was still warming at the timeout.
 */
export async function waitForWarmUps(timeoutSeconds: number, opts: { log?: (msg: string) => void; progress?: boolean } = {}): Promise<string[]> {
  const t0 = Date.now();
  let warming: string[] = [];
  while (Date.now() - t0 < timeoutSeconds * 1000) {
    const reports = await Promise.all(
      BENCH_APPS.map(async (app) => {
        const report = await fetch(`http://127.0.0.1:${benchPorts(app).http}/health/ready`).then((r) => r.json() as Promise<{ warming?: string[] }>, () => ({ warming: ['(no answer)'] }));
        return (report.warming ?? []).map((what) => `${app} ${what}`);
      }),
    );
    warming = reports.flat();
    if (!warming.length) {
      opts.log?.(`every service warm after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return [];
    }
    if (opts.progress) process.stderr.write(`\r[bench] waiting for warm-ups: ${warming.join(', ')}     `);
    await new Promise((r) => setTimeout(r, 250));
  }
  return warming;
}

export const BENCH_SERVICE_TOKEN_SECRET = 'bench-service-token-secret-0123456789abcdef';

/** Ports far from the defaults (spec 7) so a running `npm start` is not disturbed. */
export const benchPorts = (app: RunnableApp): { http: number; grpc?: number; ops?: number } => {
  if (app === 'identity') return { http: 18090 };
  const i = BENCH_APPS.indexOf(app);
  return app === 'gateway' ? { http: 18080, ops: 19080 } : { http: 13001 + i, grpc: 15051 + i };
};

/** Peak resident memory of a process so far (Linux VmHWM), in MB; NaN when it cannot be read. */
export function peakRssMbOf(pid: number | undefined): number {
  try {
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);
  } catch {
    return NaN;
  }
}

export interface BenchPlatform {
  gatewayUrl: string;
  grpcUrl(service: BenchService): string;
  /** Signs the service token a direct gRPC caller (the seeder) sends, as the gateway does. */
  credentials: ServiceTokenSigner;
  pid(app: BenchApp): number | undefined;
  /** Peak resident memory of each process so far (Linux VmHWM), in MB. */
  peakRssMb(): Record<string, number>;
  /** Starts an app held back at the start (`hold`), and waits until it is live. */
  release(app: BenchApp): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds each app as it ships (scripts/build-app.ts: one bundled main.js, what the container images
 * run). Run from the TypeScript sources through tsx instead, each error's stack trace would be
 * mapped back through source maps, which costs the gateway about an eighth of its CPU under load.
 */
export function buildApps(apps: readonly RunnableApp[], dir = BUILT_APPS): void {
  for (const app of apps) {
    // Its own folder: a test building dist/apps/<app> at the same time never sees a half-written bundle.
    const built = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'build-app.ts'), app, dir], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`could not build ${app}: ${built.stderr || built.stdout}`);
  }
}

/**
 * The console's way in (`npm run bench:console -- --scale N`): the local OpenID Provider with these
 * users, and the gateway serving the console's build and accepting the provider's tokens.
 */
export interface BenchConsole {
  usersFile: string;
  keysFile: string;
  consoleDir: string;
}

export async function startBenchPlatform(opts: { namespace: string; kafkaBrokers: string; mongoUrl: string; jwtSecret: string; logDir: string; env?: Record<string, string>; cpuProfileDir?: string; hold?: BenchApp[]; console?: BenchConsole; nodeFlags?: (app: RunnableApp) => string[] }): Promise<BenchPlatform> {
  mkdirSync(opts.logDir, { recursive: true });
  const apps: RunnableApp[] = [...(opts.console ? (['identity'] as const) : []), ...BENCH_APPS];
  buildApps(apps);
  const issuer = `http://127.0.0.1:${benchPorts('identity').http}`;
  const appEnv: Partial<Record<RunnableApp, Record<string, string>>> = opts.console ? consoleAppsEnv({ ...opts.console, issuer, gatewayUrl: `http://127.0.0.1:${benchPorts('gateway').http}` }) : {};
  const children = new Map<RunnableApp, ChildProcess>();
  const grpcUrls = Object.fromEntries(BENCH_APPS.filter((a) => a !== 'gateway').map((a) => [`${a.toUpperCase()}_GRPC_URL`, `127.0.0.1:${benchPorts(a).grpc}`]));
  const launch = (app: RunnableApp) => {
    const ports = benchPorts(app);
    const env = {
      ...process.env,
      KAFKA_BROKERS: opts.kafkaBrokers,
      MONGO_URL: opts.mongoUrl,
      KAFKA_TOPIC_PREFIX: `${opts.namespace}.`,
      MONGO_DB: `${opts.namespace}_${app}`.replace(/[^A-Za-z0-9_]/g, '_'),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PORT: String(ports.http),
      ...(ports.grpc ? { GRPC_PORT: String(ports.grpc) } : {}),
      ...(ports.ops ? { OPS_PORT: String(ports.ops) } : {}),
      ...grpcUrls,
      JWT_SECRET: opts.jwtSecret,
      SERVICE_TOKEN_SECRETS: BENCH_SERVICE_TOKEN_SECRET,
      // One benchmark client stands for a whole city of users: no per-token or per-address limit on it.
      RATE_LIMIT_MAX: '1000000000',
      RATE_LIMIT_IP_MAX: '1000000000',
      ...appEnv[app],
      ...opts.env,
    };
    const log = openSync(join(opts.logDir, `${app}.log`), 'a');
    // --cpu-prof: V8 writes each service's profile when it exits (open them in Chrome DevTools).
    const profiling = opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`, `--cpu-prof-name=${app}.cpuprofile`] : [];
    const child = spawn(process.execPath, builtAppArgs(app, [...profiling, ...(opts.nodeFlags?.(app) ?? [])]), { cwd: root, env, stdio: ['ignore', log, log] });
    closeSync(log);
    children.set(app, child);
  };
  const ready = async (app: RunnableApp, path = '/health/ready') => {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const child = children.get(app)!;
      if (child.exitCode !== null) throw new Error(`${app} exited with code ${child.exitCode}; see ${opts.logDir}/${app}.log`);
      try {
        if ((await fetch(`http://127.0.0.1:${benchPorts(app).http}${path}`)).ok) return;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`${app} not ready within 180 s; see ${opts.logDir}/${app}.log`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const stop = async () => {
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGTERM');
    const deadline = Date.now() + 20_000;
    while ([...children.values()].some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const first = apps.filter((a) => !opts.hold?.includes(a as BenchApp));
  first.forEach(launch);
  try {
    await Promise.all(first.map((app) => ready(app)));
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${benchPorts('gateway').http}`,
    grpcUrl: (service) => `127.0.0.1:${benchPorts(service).grpc}`,
    credentials: new ServiceTokenSigner(BENCH_SERVICE_TOKEN_SECRET, 'gateway'),
    pid: (app) => children.get(app)?.pid,
    peakRssMb: () => Object.fromEntries([...children].map(([app, child]) => [app, peakRssMbOf(child.pid)])),
    release: async (app) => {
      if (children.has(app)) return;
      launch(app);
      // Live, not ready: analytics reports ready only once it has caught up with the history it
      // was held back from, which the caller waits for by its consumer lag.
      await ready(app, '/health/live');
    },
    stop,
  };
}
