// Writes the parts of deploy/k8s/base that follow from the contracts (libs/contracts): a Deployment,
// Service and PodDisruptionBudget per app with its ports, and the Kafka topics and users (Strimzi)
// with each service's access (its own topic; what it consumes; its dead letters). The rest of the
// manifests are written by hand. `npm run k8s -- generate` rewrites them; a test keeps the committed
// files equal to what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { HEAP_LIMIT_MB } from '../pinned-node';
import { CONSUMED_TOPICS, DEFAULT_TOPIC_PARTITIONS, dlqTopic, GATEWAY_OPS_PORT, GATEWAY_PORT, retentionMsOf, SERVICE_PORTS, SERVICES, TOPICS, type ServiceName } from '@asn/contracts';

export const K8S_DIR = join(import.meta.dirname, '..', '..', 'deploy', 'k8s');
export const GENERATED = { apps: join(K8S_DIR, 'base', 'apps.generated.yaml'), kafka: join(K8S_DIR, 'base', 'kafka-access.generated.yaml') };

/** The Strimzi `Kafka` resource the topics and users belong to (deploy/k8s/base/kafka.yaml). */
export const KAFKA_CLUSTER = 'asn-kafka';
const PART_OF = { 'app.kubernetes.io/part-of': 'salatiga-asn' };
type App = ServiceName | 'gateway';
const selector = (app: App) => ({ 'app.kubernetes.io/name': app });
const labels = (app: App) => ({ ...selector(app), ...PART_OF, 'app.kubernetes.io/component': app === 'gateway' ? 'gateway' : 'service' });

const secretEnv = (name: string, secret: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });

/** Settings every app takes from secrets: its own MongoDB user, its Kafka user (Strimzi writes that Secret), the service tokens. */
function appEnv(app: App) {
  return [
    { name: 'MONGO_DB', value: app },
    secretEnv('MONGO_PASSWORD', 'asn-mongo-users', `${app}-password`),
    // $(…) is expanded by Kubernetes from the variables before it (MONGO_HOSTS comes from the asn-platform ConfigMap).
    { name: 'MONGO_URL', value: `mongodb://${app}:$(MONGO_PASSWORD)@$(MONGO_HOSTS)/?replicaSet=rs0&authSource=${app}` },
    { name: 'KAFKA_SASL_USERNAME', value: app },
    secretEnv('KAFKA_SASL_PASSWORD', app, 'password'),
    secretEnv('SERVICE_TOKEN_SECRETS', 'asn-service-tokens', 'SERVICE_TOKEN_SECRETS'),
  ];
}

/**
 * Apps replaced rather than rolled: all old pods go before new ones start. Analytics instances of
 * two versions must not share the work: a new version may rebuild the read models (dropping what
 * old pods still write), and they would not even agree on how to share partitions (kafkajs refuses
 * a group whose members name different assigners). New instances starting together rebuild once.
 */
export const REPLACED_WHOLE: ReadonlySet<App> = new Set<App>(['analytics']);

const probe = (path: string, port: string, o: { periodSeconds: number; failureThreshold: number }) => ({ httpGet: { path, port }, timeoutSeconds: 3, ...o });

function deployment(app: App, ports: { name: string; containerPort: number }[], extraEnv: object[], resources: object) {
  const http = ports[0]!.name;
  const metricsPort = app === 'gateway' ? GATEWAY_OPS_PORT : ports[0]!.containerPort;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, labels: labels(app) },
    spec: {
      replicas: 2,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(app) },
      // A new pod is ready before an old one goes: with the gateway's read retries, no read fails.
      // Analytics is replaced whole instead (REPLACED_WHOLE).
      strategy: REPLACED_WHOLE.has(app) ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(app), annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(metricsPort), 'prometheus.io/path': '/metrics' } },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector(app) } }],
          containers: [
            {
              name: app,
              image: `salatiga-asn/${app}`,
              ports,
              envFrom: [{ configMapRef: { name: 'asn-platform' } }, ...(app === 'gateway' ? [{ configMapRef: { name: 'asn-gateway' } }] : [])],
              // The heap cap of npm start and the benchmark (scripts/pinned-node.ts), well inside the memory limit.
              env: [...appEnv(app), ...extraEnv, ...(HEAP_LIMIT_MB[app] ? [{ name: 'NODE_OPTIONS', value: `--max-old-space-size=${HEAP_LIMIT_MB[app]}` }] : [])],
              readinessProbe: probe('/health/ready', http, { periodSeconds: 5, failureThreshold: 2 }),
              livenessProbe: probe('/health/live', http, { periodSeconds: 10, failureThreshold: 3 }),
              startupProbe: probe('/health/live', http, { periodSeconds: 2, failureThreshold: 60 }),
              // Endpoints drop the pod while it still answers: calls in flight finish, then SIGTERM drains the rest.
              lifecycle: { preStop: { sleep: { seconds: 5 } } },
              resources,
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };
}

const RESOURCES = {
  service: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
  analytics: { requests: { cpu: '250m', memory: '512Mi' }, limits: { memory: '1536Mi' } },
  gateway: { requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '512Mi' } },
};

const disruptionBudget = (app: App) => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: app, labels: labels(app) },
  spec: { maxUnavailable: 1, selector: { matchLabels: selector(app) } },
});

export function appManifests(): object[] {
  const out: object[] = [];
  for (const service of SERVICES) {
    const { http, grpc } = SERVICE_PORTS[service];
    out.push(deployment(service, [{ name: 'http', containerPort: http }, { name: 'grpc', containerPort: grpc }], [], service === 'analytics' ? RESOURCES.analytics : RESOURCES.service));
    // Headless: the gateway's gRPC client resolves every ready pod and sends calls to them in turn
    // (a ClusterIP would pin each long-lived HTTP/2 connection to one pod).
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: service, labels: labels(service) },
      spec: { clusterIP: 'None', selector: selector(service), ports: [{ name: 'grpc', port: grpc, targetPort: 'grpc' }, { name: 'http', port: http, targetPort: 'http' }] },
    });
    out.push(disruptionBudget(service));
  }
  const upstreams = SERVICES.map((s) => ({ name: `${s.toUpperCase()}_GRPC_URL`, value: `${s}:${SERVICE_PORTS[s].grpc}` }));
  out.push(deployment('gateway', [{ name: 'http', containerPort: GATEWAY_PORT }, { name: 'ops', containerPort: GATEWAY_OPS_PORT }], [{ name: 'OPS_HOST', value: '0.0.0.0' }, ...upstreams], RESOURCES.gateway));
  out.push({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'gateway', labels: labels('gateway') },
    spec: { selector: selector('gateway'), ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'ops', port: GATEWAY_OPS_PORT, targetPort: 'ops' }] },
  });
  out.push(disruptionBudget('gateway'));
  return out;
}

type Acl = { resource: { type: 'topic' | 'group' | 'cluster'; name?: string; patternType?: 'literal' | 'prefix' }; operations: string[] };
const topicAcl = (name: string, patternType: 'literal' | 'prefix', operations: string[]): Acl => ({ resource: { type: 'topic', name, patternType }, operations });
const groupAcl = (name: string): Acl => ({ resource: { type: 'group', name, patternType: 'prefix' }, operations: ['Read', 'Describe', 'Delete'] });

/** What each Kafka user may do: as infra/compose/kafka-start.sh grants on the compose broker. */
export function aclsOf(app: App): Acl[] {
  if (app === 'gateway') {
    return [
      topicAcl(TOPICS.gateway, 'prefix', ['Write', 'Describe', 'Create', 'DescribeConfigs']), // the audit log (spec 8.8)
      topicAcl(TOPICS.analytics, 'literal', ['Read', 'Describe']), // the live metric stream
      groupAcl('gateway-sse-'),
    ];
  }
  const acls = [topicAcl(TOPICS[app], 'prefix', ['Write', 'Describe', 'Create', 'DescribeConfigs'])]; // its own topic and its dead letters
  for (const topic of CONSUMED_TOPICS[app]) {
    acls.push(topicAcl(topic, 'literal', ['Read', 'Describe', 'Create']));
    acls.push(topicAcl(dlqTopic(topic), 'literal', ['Write', 'Describe', 'Create']));
  }
  if (CONSUMED_TOPICS[app].length) acls.push(groupAcl(app));
  if (app === 'analytics') acls.push({ resource: { type: 'cluster' }, operations: ['Describe'] }); // a rebuild lists the groups
  return acls;
}

/** Every topic the platform uses: the domain topics, the metric stream, the audit log, and their dead letters. */
export const PLATFORM_TOPICS = Object.values(TOPICS).flatMap((t) => [t, dlqTopic(t)]);

export function kafkaManifests(): object[] {
  const cluster = { 'strimzi.io/cluster': KAFKA_CLUSTER, ...PART_OF };
  const topics = PLATFORM_TOPICS.map((topic) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: { name: topic, labels: cluster },
    spec: { partitions: DEFAULT_TOPIC_PARTITIONS, replicas: 3, config: { 'retention.ms': retentionMsOf(topic), 'min.insync.replicas': 2 } },
  }));
  const users = [...SERVICES, 'gateway' as const].map((app) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaUser',
    // The user operator writes the password into a Secret of this name (key `password`).
    metadata: { name: app, labels: cluster },
    spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple', acls: aclsOf(app) } },
  }));
  return [...topics, ...users];
}

const HEADER = (what: string) => `# Generated by \`npm run k8s -- generate\` from libs/contracts (${what}); do not edit by hand.\n`;
const documents = (objects: object[]) => objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

export function generatedFiles(): Record<string, string> {
  return {
    [GENERATED.apps]: HEADER('apps, ports') + documents(appManifests()),
    [GENERATED.kafka]: HEADER('topics, who consumes what') + documents(kafkaManifests()),
  };
}

export function writeGenerated(): string[] {
  const files = generatedFiles();
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  return Object.keys(files);
}
