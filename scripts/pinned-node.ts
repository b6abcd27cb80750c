// The one Node.js version the project runs on (.nvmrc). The orchestration scripts refuse to run
// on another, so nothing is measured or tested on a runtime that is not the deployed one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PINNED_NODE = readFileSync(join(import.meta.dirname, '..', '.nvmrc'), 'utf8').trim();

/**
 * V8 options of every service process: `npm start`, the benchmark, the deployable's `npm start`
 * and the images (Dockerfile CMD; a test keeps them equal). Under steady load V8 grew each
 * service's young generation to 2 x 64 MB (its default on a machine with this much memory), about
 * 100 MB of each service's resident memory; 16 MB semi-spaces cap it at about a quarter of that
 * (BENCHMARKS.md, memory).
 */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=16'];

/**
 * The old space's cap per app, in MB (`--max-old-space-size`). Measured at city scale after a load
 * of every read route (scripts/bench/heap.ts, BENCHMARKS.md): each service's live heap after a full
 * collection was 36–60 MB, yet without a cap V8, sizing its heap for a machine of this much memory,
 * let personnel, learning and evaluation reach 340–380 MB resident in the full benchmark; capped at
 * 192 MB they peaked at 150–215 MB, at no CPU cost measurable in alternating runs. The gateway
 * (live heap 44 MB) peaked at 378–390 MB uncapped; capped, V8 also lowers its heap growing factor
 * (from 4 towards 1.3), and it spent a fifth more CPU per request, so the gateway sets that factor
 * back itself (GATEWAY_HEAP_GROWING_PERCENT in apps/gateway/src/main.ts): capped at 160 MB so, it
 * peaked at 244 MB at the same CPU per request (thirteenth round). Analytics: its live heap peaks
 * during a rebuild of the city, at 130 MB (eighteenth round) since what it keeps of the stored
 * metrics is bounded (ANALYTICS_METRICS_KEPT) and its outbox relay reads 2,000 events a pass; capped
 * at 256 MB its rebuild's resident peak fell from 566–680 MB to about 380 MB at no cost in time.
 * `npm start`, the benchmark and the deployable's `npm start` pass it; the images take it from
 * `NODE_OPTIONS` (docker-compose.yml, the Kubernetes manifests).
 */
export const HEAP_LIMIT_MB: Readonly<Record<string, number>> = { personnel: 192, learning: 192, partnerships: 192, innovation: 192, evaluation: 192, analytics: 256, gateway: 160 };

/** The V8 options of one app's process. */
export function serviceNodeFlags(app: string): string[] {
  const limit = HEAP_LIMIT_MB[app];
  return [...SERVICE_NODE_FLAGS, ...(limit ? [`--max-old-space-size=${limit}`] : [])];
}

export function assertPinnedNode(script: string): void {
  if (process.version === `v${PINNED_NODE}`) return;
  if (process.env.ASN_ALLOW_ANY_NODE === '1') {
    // Only for comparing runtimes (BENCHMARKS.md): the figures of such a run are not the platform's.
    console.error(`[${script}] ASN_ALLOW_ANY_NODE=1: running on ${process.version}, not the pinned ${PINNED_NODE}`);
    return;
  }
  console.error(`[${script}] runs on Node.js ${PINNED_NODE}, this is ${process.version}: start it through npm (\`npm ${script === 'test' ? 'test' : script === 'start' ? 'start' : `run ${script}`}\`), which installs and uses the project's Node.js.`);
  process.exit(1);
}
