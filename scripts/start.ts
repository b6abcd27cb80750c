// `npm start`: the local infrastructure, every service and the gateway, demo data for Salatiga,
// then the URLs (and tokens, once the gateway exists). Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_OPS_PORT, GATEWAY_PORT, IDENTITY_PORT, SERVICE_PORTS, type ServiceName } from '@asn/contracts';
import { infraUp, stopStartedInfra, type InfraEndpoints } from '@asn/local-infra';
import { consoleGatewayEnv, ensureConsoleBuilt } from '@asn/testing/platform';
import { demoIdentityUsers } from './console';
import { devSecret, runDemo } from './demo';
import { assertPinnedNode, serviceNodeFlags } from './pinned-node';
import { Supervisor } from './supervisor';

assertPinnedNode('start');

const root = join(import.meta.dirname, '..');
const logDir = join(root, '.local', 'logs');
const ORDER = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'identity', 'gateway'] as const;
// Every app is restarted when it dies (with backoff), the restart logged and counted.
const supervisor = new Supervisor();
let infra: InfraEndpoints | undefined;
let stopping = false;

const healthPort = (app: (typeof ORDER)[number]) => (app === 'gateway' ? Number(process.env.PORT ?? GATEWAY_PORT) : app === 'identity' ? IDENTITY_PORT : SERVICE_PORTS[app as ServiceName].http);

async function stopAll(code: number): Promise<void> {
  // Ctrl-C reaches npm, tsx and this script at once, so the signal may arrive more than once:
  // the first starts the shutdown, the others must not cut it short.
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping...');
  await supervisor.stopAll(20_000);
  const restarted = supervisor.statuses().filter((p) => p.restarts > 0);
  if (restarted.length) console.log(`[start] restarts while running: ${restarted.map((p) => `${p.name} ${p.restarts}`).join(', ')}`);
  if (infra) await stopStartedInfra(infra);
  console.log('[start] stopped');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function waitReady(app: (typeof ORDER)[number], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${healthPort(app)}/health/ready`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${app} was not ready within ${timeoutMs / 1000} s; see .local/logs/${app}.log`);
}

try {
  const t0 = Date.now();
  infra = await infraUp();
  console.log(`[start] Kafka ${infra.kafkaBrokers}${infra.kafkaNodes > 1 ? ` (${infra.kafkaNodes} nodes)` : ''}, MongoDB ${infra.mongoUrl}`);
  mkdirSync(logDir, { recursive: true });
  // The gateway verifies development tokens with JWT_SECRET, and the services the gateway's service
  // tokens with SERVICE_TOKEN_SECRETS: from the environment, or secrets kept with the local data.
  const env = { ...process.env, KAFKA_BROKERS: infra.kafkaBrokers, MONGO_URL: infra.mongoUrl, JWT_SECRET: devSecret(root), SERVICE_TOKEN_SECRETS: devSecret(root, 'SERVICE_TOKEN_SECRETS'), RATE_LIMIT_MAX: process.env.RATE_LIMIT_MAX ?? '20000', RATE_LIMIT_IP_MAX: process.env.RATE_LIMIT_IP_MAX ?? '20000' }; // the demo loader is one busy client
  // The console (served by the gateway) signs in through the local OpenID Provider; API users keep
  // their development tokens.
  const consoleDir = ensureConsoleBuilt(root);
  const identityUsers = demoIdentityUsers(root);
  const appEnv: Partial<Record<(typeof ORDER)[number], Record<string, string>>> = {
    identity: { PORT: String(IDENTITY_PORT), USERS_FILE: identityUsers.file, KEYS_FILE: join(root, '.local', 'identity-keys.json') },
    gateway: consoleGatewayEnv(consoleDir, `http://127.0.0.1:${IDENTITY_PORT}`),
  };
  const apps = ORDER.filter((a) => existsSync(join(root, 'apps', a, 'src', 'main.ts')));
  supervisor.on('restarting', (app, exit, restart) =>
    console.error(`[start] ${app} exited (${exit.signal ?? `code ${exit.code}`}); restart ${restart.count} in ${(restart.delayMs / 1000).toFixed(0)} s; see .local/logs/${app}.log`),
  );
  supervisor.on('restarted', (app, child) => console.error(`[start] ${app} started again (pid ${child.pid})`));
  // What runs, with its pid and restart count, for an operator (and a test) to read.
  supervisor.on('changed', (statuses) => writeFileSync(join(root, '.local', 'processes.json'), `${JSON.stringify(statuses, null, 2)}\n`));
  for (const app of apps) {
    supervisor.add(app, () => {
      // The log file is the child's own stdout/stderr: its logs never depend on this process being alive.
      const log = openSync(join(logDir, `${app}.log`), 'a');
      const child = spawn(process.execPath, [...serviceNodeFlags(app), '--import', 'tsx', join('apps', app, 'src', 'main.ts')], { cwd: root, env: { ...env, ...appEnv[app] }, stdio: ['ignore', log, log] });
      closeSync(log);
      return child;
    });
  }
  await Promise.all(apps.map((a) => waitReady(a)));
  console.log(`[start] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs in .local/logs/)`);
  for (const app of apps) console.log(`  ${app.padEnd(13)} http://127.0.0.1:${healthPort(app)}${app === 'gateway' ? `  (internal: http://127.0.0.1:${Number(process.env.OPS_PORT ?? GATEWAY_OPS_PORT)}/metrics)` : app === 'identity' ? '  (OpenID Provider of the console)' : `  gRPC 127.0.0.1:${SERVICE_PORTS[app as ServiceName].grpc}`}`);
  await runDemo({ gatewayUrl: `http://127.0.0.1:${healthPort('gateway')}`, root });
  console.log(`\nConsole   http://127.0.0.1:${healthPort('gateway')}/  (sign in as one of these; passwords kept in .local/identity-users.json)`);
  for (const u of identityUsers.users) console.log(`  ${u.username.padEnd(8)} ${u.password}   ${u.role}${u.opd ? ` ${u.opd}` : ''}${u.nip ? ` ${u.nip}` : ''} (${u.name})`);
  console.log('\nPress Ctrl-C to stop everything.');
} catch (err) {
  console.error('[start]', err instanceof Error ? err.message : err);
  await stopAll(1);
}
