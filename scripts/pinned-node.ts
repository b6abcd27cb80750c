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
