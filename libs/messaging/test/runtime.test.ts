import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaDataDir, startKafka, startMongo, stopKafka, stopMongo, DATA_DIR } from '@asn/local-infra';
import { eventually, freePort, freePortRange } from '@asn/testing';

const repoRoot = join(__dirname, '..', '..', '..');
const fixture = join(__dirname, 'fixtures', 'kit-app.ts');

interface Running {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startFixture(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn', SERVICE_TOKEN_SECRETS: 'kit-app-service-token-secret-0123456789', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.on('data', (d) => stdout.push(String(d)));
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout, stderr, exit };
}

const ready = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, boolean> } };
};

describe('a service built on the kit', () => {
  // Its own broker and Mongo-compatible server, so the test can take them away without
  // disturbing the other test files that share the main ones.
  const names = { kafka: `kafka-kit-${process.pid}`, mongo: `ferret-kit-${process.pid}` };
  const running: Running[] = [];

  afterAll(async () => {
    for (const r of running) r.child.kill('SIGKILL');
    await stopKafka({ name: names.kafka });
    await stopMongo({ name: names.mongo });
    rmSync(kafkaDataDir({ name: names.kafka }), { recursive: true, force: true });
    rmSync(join(DATA_DIR, names.mongo), { recursive: true, force: true });
  });

  it('is ready only once Mongo and Kafka connect, not ready when Kafka goes away, and drains in-flight requests on SIGTERM', async () => {
    const [httpPort, kafkaPort, mongoPort] = [await freePort(), await freePortRange(2), await freePort()]; // Kafka: client and controller ports
    const app = startFixture({ PORT: String(httpPort), KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`, MONGO_URL: `mongodb://127.0.0.1:${mongoPort}` });
    running.push(app);

    // Live at once, not ready: neither server runs yet.
    await eventually(async () => expect((await fetch(`http://127.0.0.1:${httpPort}/health/live`)).status).toBe(200), 30_000, 200);
    expect(await ready(httpPort)).toMatchObject({ status: 503, body: { status: 'unavailable', checks: { mongo: false } } });

    await startMongo({ name: names.mongo, port: mongoPort });
    await eventually(async () => expect((await ready(httpPort)).body.checks).toMatchObject({ mongo: true, kafka: false }), 30_000, 250);
    expect((await ready(httpPort)).status).toBe(503);

    await startKafka({ name: names.kafka, port: kafkaPort });
    await eventually(async () => expect(await ready(httpPort)).toMatchObject({ status: 200, body: { status: 'ok' } }), 30_000, 250);

    // Kafka goes away: readiness follows.
    await stopKafka({ name: names.kafka });
    await eventually(async () => expect(await ready(httpPort)).toMatchObject({ status: 503, body: { checks: { kafka: false, mongo: true } } }), 15_000, 250);

    // SIGTERM while a request is in flight: the request is answered, then the process exits 0.
    const inFlight = fetch(`http://127.0.0.1:${httpPort}/slow?ms=1500`);
    await eventually(() => expect(app.stdout.join('')).toContain('SLOW STARTED 1500'), 10_000, 20);
    app.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ waited: 1500 });
    const exited = await app.exit;
    expect(exited, app.stdout.join('') + app.stderr.join('')).toEqual({ code: 0, signal: null });
    await expect(fetch(`http://127.0.0.1:${httpPort}/health/live`)).rejects.toThrow();
  });

  it('refuses to start on bad configuration, naming the variable', async () => {
    const app = startFixture({ PORT: 'abc' });
    running.push(app);
    const { code } = await app.exit;
    expect(code).toBe(78);
    const stderr = app.stderr.join('');
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('"abc"');
    expect(app.stdout.join('')).not.toContain('LISTENING');
  });

  it('has no default for the service-token secret: a service without one does not start (issue #14)', async () => {
    for (const secrets of ['', 'too-short']) {
      const app = startFixture({ SERVICE_TOKEN_SECRETS: secrets });
      running.push(app);
      expect((await app.exit).code).toBe(78);
      expect(app.stderr.join('')).toContain('SERVICE_TOKEN_SECRETS');
      expect(app.stdout.join('')).not.toContain('LISTENING');
    }
  });

  it('names every bad variable at once', async () => {
    const app = startFixture({ PORT: '70000', KAFKA_BROKERS: 'not a broker list', LOG_LEVEL: 'loud' });
    running.push(app);
    expect((await app.exit).code).toBe(78);
    const stderr = app.stderr.join('');
    for (const v of ['PORT', 'KAFKA_BROKERS', 'LOG_LEVEL']) expect(stderr).toContain(v);
  });
});
