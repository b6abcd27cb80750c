// deploy/k8s (issue #17, item 5): every overlay rendered by kustomize (built into tmp/tools before
// the tests run: npm test installs it) and each object validated offline against the Kubernetes and
// Strimzi schemas (kubernetes-models), then checked for what the issue asks: probes, resources,
// disruption budgets, autoscalers, secrets only referenced, network policies that let only the
// gateway reach the services, Strimzi Kafka with replicated topics, MongoDB as a replica set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedFiles, K8S_DIR } from '../k8s/generate';
import { renderOverlay } from '../k8s/kustomize';
import { DEFAULT_TOPIC_PARTITIONS } from '@asn/contracts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: any; data?: Record<string, string> };

const root = join(import.meta.dirname, '..', '..');
const SERVICES = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation', 'analytics'];
const APPS = [...SERVICES, 'gateway'];
// Spec 7: the services' ports.
const GRPC_PORT: Record<string, number> = { personnel: 50051, learning: 50052, partnerships: 50053, innovation: 50054, evaluation: 50055, analytics: 50056 };
// Spec 3.2 and 8.8: the topics; spec 8.9: domain topics and the audit log keep every event, dead letters and the metric stream 30 days.
const DOMAIN_TOPICS = ['personnel', 'learning', 'partnerships', 'innovation', 'evaluation'].map((s) => `asn.${s}.events`);
const KEPT_FOREVER = [...DOMAIN_TOPICS, 'asn.audit.events'];
const THIRTY_DAYS = [...KEPT_FOREVER.map((t) => `${t}.dlq`), 'asn.analytics.metrics', 'asn.analytics.metrics.dlq'];
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** The model class of an object's apiVersion and kind, from kubernetes-models or its Strimzi package. */
async function modelOf(apiVersion: string, kind: string): Promise<(new (o: object) => { validate(): void }) | undefined> {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const path = group === 'kafka.strimzi.io' ? `@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/${version}` : group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  const module = (await import(path).catch(() => ({}))) as Record<string, new (o: object) => { validate(): void }>;
  return module[kind];
}

function render(overlay: string): K8sObject[] {
  return parseAllDocuments(renderOverlay(join(K8S_DIR, 'overlays', overlay))).map((d) => d.toJS() as K8sObject);
}

const matches = (selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values: string[] }[] }, labels: Record<string, string>) =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  (selector.matchExpressions ?? []).every((e) => (e.operator === 'In' ? e.values.includes(labels[e.key]!) : e.operator === 'NotIn' ? !e.values.includes(labels[e.key]!) : e.operator === 'Exists' ? e.key in labels : !(e.key in labels)));

describe('deploy/k8s', () => {
  it('holds the generated manifests as `npm run k8s -- generate` writes them from the contracts', () => {
    for (const [file, text] of Object.entries(generatedFiles())) expect(readFileSync(file, 'utf8'), `${file}: run npm run k8s -- generate`).toBe(text);
  });

  for (const overlay of ['local', 'production'] as const) {
    describe(`the ${overlay} overlay`, () => {
      let objects: K8sObject[];
      const all = (kind: string) => objects.filter((o) => o.kind === kind);
      const one = (kind: string, name: string) => {
        const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
        expect(found, `${kind} ${name}`).toBeDefined();
        return found!;
      };
      const podLabels = (o: K8sObject) => o.spec.template.metadata.labels as Record<string, string>;
      beforeAll(() => {
        objects = render(overlay);
      });

      it('renders objects that each validate against the Kubernetes or Strimzi schema, all in one namespace', async () => {
        expect(objects.length).toBeGreaterThan(50);
        for (const o of objects) {
          const Model = await modelOf(o.apiVersion, o.kind);
          expect(Model, `a schema for ${o.apiVersion} ${o.kind}`).toBeDefined();
          expect(() => new Model!(o).validate(), `${o.kind} ${o.metadata.name}`).not.toThrow();
          if (o.kind !== 'Namespace') expect((o.metadata as { namespace?: string }).namespace, `${o.kind} ${o.metadata.name}`).toBe('salatiga-asn');
        }
        // The validation does catch a broken object: a port that is not a number.
        const broken = structuredClone(one('Deployment', 'gateway'));
        broken.spec.template.spec.containers[0].ports[0].containerPort = 'eighty';
        const Deployment = (await modelOf('apps/v1', 'Deployment'))!;
        expect(() => new Deployment(broken).validate()).toThrow(/containerPort/);
        const Kafka = (await modelOf('kafka.strimzi.io/v1beta2', 'Kafka'))!;
        const badKafka = structuredClone(one('Kafka', 'asn-kafka'));
        badKafka.spec.kafka.listeners[0].tls = 'no';
        expect(() => new Kafka(badKafka).validate()).toThrow(/tls/);
      });

      it('runs every app as a Deployment with readiness and liveness probes, resources, a disruption budget, non-root and a read-only root', () => {
        for (const app of APPS) {
          const d = one('Deployment', app);
          const pod = d.spec.template.spec;
          const [container] = pod.containers;
          const portNames = container.ports.map((p: { name: string }) => p.name);
          expect(container.readinessProbe.httpGet.path, app).toBe('/health/ready');
          expect(container.livenessProbe.httpGet.path, app).toBe('/health/live');
          expect(portNames, app).toContain(container.readinessProbe.httpGet.port);
          expect(container.resources.requests.cpu, app).toBeDefined();
          expect(container.resources.requests.memory, app).toBeDefined();
          expect(container.resources.limits.memory, app).toBeDefined();
          expect(pod.securityContext.runAsNonRoot, app).toBe(true);
          expect(container.securityContext.readOnlyRootFilesystem, app).toBe(true);
          if (app !== 'gateway') expect(container.ports.find((p: { name: string }) => p.name === 'grpc').containerPort, app).toBe(GRPC_PORT[app]);
          const budgets = all('PodDisruptionBudget').filter((b) => matches(b.spec.selector, podLabels(d)));
          expect(budgets, `${app}'s PodDisruptionBudget`).toHaveLength(1);
        }
        const mongo = one('StatefulSet', 'mongo');
        expect(all('PodDisruptionBudget').filter((b) => matches(b.spec.selector, podLabels(mongo)))).toHaveLength(1);
        // Analytics instances share the partitions (issue #17, item 4), but two versions never run
        // together (a new one may rebuild the read models): replaced whole, not rolled. More
        // instances than the topics' partitions would stand idle.
        const analytics = one('Deployment', 'analytics');
        expect(analytics.spec.strategy).toEqual({ type: 'Recreate' });
        const hpa = one('HorizontalPodAutoscaler', 'analytics').spec;
        expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);
        expect(hpa.maxReplicas).toBeLessThanOrEqual(DEFAULT_TOPIC_PARTITIONS);
        const replicas = Object.fromEntries(APPS.map((a) => [a, one('Deployment', a).spec.replicas]));
        if (overlay === 'production') {
          for (const s of SERVICES) expect(replicas[s], s).toBeGreaterThanOrEqual(2);
          expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
        }
        else expect(new Set(Object.values(replicas))).toEqual(new Set([1]));
      });

      it('autoscales the gateway and analytics', () => {
        for (const app of ['gateway', 'analytics']) {
          const hpa = one('HorizontalPodAutoscaler', app);
          expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: app });
          expect(hpa.spec.metrics.length).toBeGreaterThan(0);
        }
        expect(one('HorizontalPodAutoscaler', 'gateway').spec.maxReplicas).toBeGreaterThan(one('HorizontalPodAutoscaler', 'gateway').spec.minReplicas);
      });

      it('references secrets and never inlines one: no Secret object, every password, secret or token from a secretKeyRef, each Secret named in the README', () => {
        expect(all('Secret')).toEqual([]);
        const readme = readFileSync(join(root, 'README.md'), 'utf8');
        const referenced = new Set<string>();
        for (const o of objects.filter((x) => x.spec?.template?.spec)) {
          const pod = o.spec.template.spec;
          for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
            for (const e of c.env ?? []) {
              if (/PASSWORD|SECRET|TOKEN/.test(e.name)) expect(e.valueFrom?.secretKeyRef, `${o.metadata.name} ${e.name}`).toBeDefined();
              if (e.valueFrom?.secretKeyRef) referenced.add(e.valueFrom.secretKeyRef.name);
              if (e.name === 'MONGO_URL') expect(e.value, o.metadata.name).toMatch(/^mongodb:\/\/\w+:\$\(MONGO_PASSWORD\)@\$\(MONGO_HOSTS\)\//);
            }
          }
          for (const v of pod.volumes ?? []) if (v.secret) referenced.add(v.secret.secretName);
        }
        // Strimzi's user operator writes each KafkaUser's Secret (named after it); the others are the operator's to create.
        const byStrimzi = new Set(all('KafkaUser').map((u) => u.metadata.name));
        const toCreate = [...referenced].filter((s) => !byStrimzi.has(s)).sort();
        expect(toCreate).toEqual(expect.arrayContaining(['asn-mongo-keyfile', 'asn-mongo-root', 'asn-mongo-users', 'asn-service-tokens']));
        for (const s of toCreate) expect(readme, `the README tells how to create Secret ${s}`).toContain(`\`${s}\``);
        for (const app of APPS) expect(referenced, `${app}'s Kafka password`).toContain(app);
      });

      it('lets only the gateway reach the services’ gRPC ports (NetworkPolicies, deny by default)', () => {
        const policies = all('NetworkPolicy');
        expect(policies.some((p) => Object.keys(p.spec.podSelector).length === 0 && p.spec.policyTypes.includes('Ingress') && !p.spec.ingress?.length)).toBe(true);
        const gatewayLabels = podLabels(one('Deployment', 'gateway'));
        for (const service of SERVICES) {
          const labels = podLabels(one('Deployment', service));
          const admitting = policies.filter((p) => matches(p.spec.podSelector, labels)).flatMap((p) => (p.spec.ingress ?? []) as { from?: object[]; ports?: { port: string | number }[] }[]);
          const toGrpc = admitting.filter((rule) => !rule.ports || rule.ports.some((p) => p.port === 'grpc' || p.port === GRPC_PORT[service]));
          expect(toGrpc.length, service).toBeGreaterThan(0);
          for (const rule of toGrpc) {
            expect(rule.from?.length, `${service}: a rule to gRPC names who may come`).toBeGreaterThan(0);
            for (const peer of rule.from as { podSelector?: Parameters<typeof matches>[0]; namespaceSelector?: object; ipBlock?: object }[]) {
              expect(peer.namespaceSelector ?? peer.ipBlock, service).toBeUndefined();
              expect(matches(peer.podSelector!, gatewayLabels), service).toBe(true);
              for (const other of SERVICES) expect(matches(peer.podSelector!, podLabels(one('Deployment', other))), `${other} → ${service}`).toBe(false);
            }
          }
        }
        // The gateway reaches each service where its Service answers.
        const gatewayEnv = one('Deployment', 'gateway').spec.template.spec.containers[0].env as { name: string; value?: string }[];
        for (const service of SERVICES) {
          const url = gatewayEnv.find((e) => e.name === `${service.toUpperCase()}_GRPC_URL`)!.value!;
          const [host, port] = url.split(':');
          const svc = one('Service', host!);
          expect(svc.spec.ports.map((p: { port: number }) => p.port), url).toContain(Number(port));
          expect(matches({ matchLabels: svc.spec.selector }, podLabels(one('Deployment', service))), url).toBe(true);
        }
      });

      it('runs Kafka through Strimzi in KRaft mode with every topic of the spec and a user per app', () => {
        const brokers = overlay === 'production' ? 3 : 1;
        const kafka = one('Kafka', 'asn-kafka');
        expect(kafka.metadata.annotations).toMatchObject({ 'strimzi.io/kraft': 'enabled', 'strimzi.io/node-pools': 'enabled' });
        const pool = one('KafkaNodePool', 'dual-role');
        expect(pool.spec.replicas).toBe(brokers);
        expect([...pool.spec.roles].sort()).toEqual(['broker', 'controller']);
        expect(kafka.spec.kafka.config['unclean.leader.election.enable']).toBe(false);
        expect(kafka.spec.kafka.config['min.insync.replicas']).toBe(brokers === 3 ? 2 : 1);
        expect(kafka.spec.kafka.listeners[0].authentication.type).toBe('scram-sha-512');
        const topics = new Map(all('KafkaTopic').map((t) => [t.spec.topicName ?? t.metadata.name, t]));
        expect([...topics.keys()].sort()).toEqual([...KEPT_FOREVER, ...THIRTY_DAYS].sort());
        for (const [name, t] of topics) {
          expect(t.metadata.labels!['strimzi.io/cluster'], name).toBe('asn-kafka');
          expect(t.spec.partitions, name).toBe(6);
          expect(t.spec.replicas, name).toBe(brokers);
          expect(t.spec.config['min.insync.replicas'], name).toBe(brokers === 3 ? 2 : 1);
          expect(t.spec.config['retention.ms'], name).toBe(KEPT_FOREVER.includes(name) ? -1 : THIRTY_DAYS_MS);
        }
        // Each app is a SCRAM user that writes only its own topic (and the dead letters of what it reads).
        for (const app of APPS) {
          const user = one('KafkaUser', app);
          expect(user.spec.authentication.type, app).toBe('scram-sha-512');
          const writes = (user.spec.authorization.acls as { resource: { name: string }; operations: string[] }[]).filter((a) => a.operations.includes('Write')).map((a) => a.resource.name);
          const own = app === 'gateway' ? 'asn.audit.events' : app === 'analytics' ? 'asn.analytics.metrics' : `asn.${app}.events`;
          for (const topic of writes) expect(topic === own || (topic.endsWith('.dlq') && DOMAIN_TOPICS.includes(topic.slice(0, -4))), `${app} writes ${topic}`).toBe(true);
          expect(writes, app).toContain(own);
        }
      });

      it('runs MongoDB as a replica set whose members the apps are given, with authentication', () => {
        const mongo = one('StatefulSet', 'mongo');
        const members = overlay === 'production' ? 3 : 1;
        expect(mongo.spec.replicas).toBe(members);
        const args = mongo.spec.template.spec.containers[0].args.join(' ');
        expect(args).toMatch(/--replSet rs0/);
        expect(args).toMatch(/--keyFile/);
        expect(one('Service', mongo.spec.serviceName).spec.clusterIP).toBe('None');
        const platform = all('ConfigMap').find((c) => c.metadata.name.startsWith('asn-platform-'))!;
        expect(platform.data!.MONGO_HOSTS!.split(',')).toEqual(Array.from({ length: members }, (_, i) => `mongo-${i}.mongo:27017`));
        expect(one('Job', 'mongo-replica-set-init').spec.template.spec.containers[0].command.join(' ')).toContain('mongo-init.js');
      });

      it('runs the console on its own image behind its Service, reaching the gateway, with a read-only root (issue #16)', () => {
        const console = one('Deployment', 'console');
        const pod = console.spec.template.spec;
        const [container] = pod.containers;
        // The port nginx listens on in the image (apps/console/nginx.conf.template) is the one declared and probed.
        const listen = Number(/listen (\d+);/.exec(readFileSync(join(root, 'apps', 'console', 'nginx.conf.template'), 'utf8'))![1]);
        expect(container.ports).toEqual([{ name: 'http', containerPort: listen }]);
        expect(container.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
        expect(pod.securityContext.runAsNonRoot).toBe(true);
        expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
        // Where the image's nginx writes: its rendered configuration and temporary files.
        const mounts = new Map((container.volumeMounts as { name: string; mountPath: string }[]).map((m) => [m.mountPath, m.name]));
        for (const path of ['/etc/nginx/conf.d', '/tmp']) expect(pod.volumes.find((v: { name: string }) => v.name === mounts.get(path))?.emptyDir, path).toBeDefined();
        expect(all('PodDisruptionBudget').filter((b) => matches(b.spec.selector, podLabels(console)))).toHaveLength(1);
        const service = one('Service', 'console');
        expect(matches({ matchLabels: service.spec.selector }, podLabels(console))).toBe(true);
        // Its settings: the gateway's Service, at a port that Service has, selecting the gateway's pods.
        const settings = all('ConfigMap').find((c) => c.metadata.name === container.envFrom[0].configMapRef.name)!;
        expect(settings.metadata.name).toMatch(/^asn-console-/);
        const gatewayUrl = new URL(settings.data!.GATEWAY_URL!);
        const gatewayService = one('Service', gatewayUrl.hostname);
        expect(gatewayService.spec.ports.map((p: { port: number }) => p.port)).toContain(Number(gatewayUrl.port || 80));
        expect(matches({ matchLabels: gatewayService.spec.selector }, podLabels(one('Deployment', 'gateway')))).toBe(true);
        // Reachable on its port though every pod is closed by default.
        const admitting = all('NetworkPolicy').filter((p) => matches(p.spec.podSelector, podLabels(console))).flatMap((p) => (p.spec.ingress ?? []) as { ports?: { port: string }[] }[]);
        expect(admitting.some((rule) => rule.ports?.some((p) => p.port === 'http'))).toBe(true);
        expect(container.image).toBe(overlay === 'production' ? 'registry.salatiga.go.id/asn/console:0.1.0' : 'salatiga-asn/console:dev');
        if (overlay === 'production') {
          // One address: the API, its documentation and the console's settings straight to the gateway
          // (one proxy hop, as TRUST_PROXY=1 believes), every other path to the console.
          const ingress = one('Ingress', 'gateway');
          const host: string = ingress.spec.rules[0].host;
          const routes = Object.fromEntries((ingress.spec.rules[0].http.paths as { path: string; pathType: string; backend: { service: { name: string } } }[]).map((p) => [`${p.pathType} ${p.path}`, p.backend.service.name]));
          expect(routes).toEqual({ 'Prefix /v1': 'gateway', 'Prefix /docs': 'gateway', 'Exact /config.json': 'gateway', 'Prefix /': 'console' });
          // The console's pages may call the issuer the gateway trusts; certificates' QR codes open this address.
          const gatewaySettings = all('ConfigMap').find((c) => c.metadata.name.startsWith('asn-gateway-'))!;
          expect(settings.data!.OIDC_ISSUER_ORIGIN).toBe(new URL(gatewaySettings.data!.JWT_ISSUER!).origin);
          const learningEnv = one('Deployment', 'learning').spec.template.spec.containers[0].env as { name: string; value?: string }[];
          expect(learningEnv.find((e) => e.name === 'CERT_VERIFY_BASE_URL')?.value).toBe(`https://${host}`);
        }
      });

      it('pins every app image to a version', () => {
        for (const app of APPS) {
          const image: string = one('Deployment', app).spec.template.spec.containers[0].image;
          expect(image, app).toBe(overlay === 'production' ? `registry.salatiga.go.id/asn/${app}:0.1.0` : `salatiga-asn/${app}:dev`);
        }
      });
    });
  }
});
