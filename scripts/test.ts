// `npm test`: finds or starts the infrastructure the tests need (KAFKA_BROKERS / MONGO_URL, else
// testcontainers where a Docker engine answers, else the local servers) and says which; runs lint,
// type checks and every project's tests through Nx, prints one closing line with the totals, and
// stops what it started, also on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeTestServers, provideTestServers, type TestServers } from '@asn/testing/infra';
import { assertPinnedNode } from './pinned-node';
import { ensureChromium } from './chromium';
import { ensureKustomize } from './k8s/kustomize';
import { ensureSchemathesis } from './schemathesis';
import { buildApps } from './bench/platform';
import { PLATFORM_SERVICES, TEST_BUNDLES_ENV } from '@asn/testing/platform';
import { readTestReports } from './test-report';

assertPinnedNode('test');

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'tmp', 'test-results');
// Not under a folder named apps/: the benchmark counts a process as one of its own apps by `apps/<app>/main.js`.
const bundlesDir = join(root, 'tmp', 'test-bundles');
let child: ChildProcess | undefined;
let servers: TestServers | undefined;

async function stopInfra(): Promise<void> {
  const stopping = servers;
  servers = undefined;
  await stopping?.stop();
}

let interruptedOnce = false;
function interrupted(signal: NodeJS.Signals) {
  // Ctrl-C reaches npm, tsx and this script at once: act on the first signal only.
  if (interruptedOnce) return;
  interruptedOnce = true;
  console.error(`\n[test] ${signal}: stopping`);
  child?.kill('SIGTERM');
  void stopInfra().finally(() => process.exit(130));
}
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const t0 = Date.now();
let code = 1;
try {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  // The fuzzer (platform-e2e's fuzz.test.ts) comes from PyPI; kustomize (scripts' kubernetes.test.ts) from the Go proxy.
  if (!process.env.ASN_TEST_TARGETS || process.env.ASN_TEST_TARGETS.includes('test')) {
    ensureSchemathesis();
    ensureKustomize();
    ensureChromium(); // console-e2e's browser
    // The apps as they ship, built once for the run: the tests' platforms start them instead of
    // their sources through tsx (libs/testing/src/platform.ts, defaultAppArgs).
    buildApps([...PLATFORM_SERVICES, 'gateway', 'identity'], bundlesDir);
  }
  servers = await provideTestServers();
  console.log(`[test] ${describeTestServers(servers)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const env = { ...process.env, KAFKA_BROKERS: servers.kafkaBrokers, MONGO_URL: servers.mongoUrl, [TEST_BUNDLES_ENV]: bundlesDir, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  const targets = process.env.ASN_TEST_TARGETS ?? 'lint,typecheck,build,test';
  // `npm run fuzz`: only the fuzz test, with more examples per operation.
  const projects = process.env.FUZZ_EXAMPLES ? ['-p', 'platform-e2e'] : [];
  code = await run(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', ...targets.split(','), ...projects, '--outputStyle=stream', '--parallel=2', '--skipNxCache'], env);
} catch (err) {
  console.error('[test]', err instanceof Error ? err.message : err);
  code = 1;
} finally {
  await stopInfra();
}
const t = readTestReports(resultsDir, root);
if (t.files === 0 && code === 0) {
  console.error('[test] no test ran');
  code = 1;
}
console.log(`\n[test] ${t.files} test files in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
if (t.failures.length) console.log(`Failed:\n${t.failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`Tests: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
process.exit(code !== 0 ? code : t.failed > 0 ? 1 : 0);
