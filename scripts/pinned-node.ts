// The one Node.js version the project runs on (.nvmrc). The orchestration scripts refuse to run
// on another, so nothing is measured or tested on a runtime that is not the deployed one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PINNED_NODE = readFileSync(join(import.meta.dirname, '..', '.nvmrc'), 'utf8').trim();

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
