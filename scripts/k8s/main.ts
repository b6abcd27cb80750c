// `npm run k8s -- generate`: rewrites deploy/k8s/base's generated manifests from the contracts.
// `npm run k8s -- render local|production`: prints an overlay as kustomize renders it (kubectl apply -f -).
import { join } from 'node:path';
import { K8S_DIR, writeGenerated } from './generate';
import { ensureKustomize, renderOverlay } from './kustomize';

const [command, overlay] = process.argv.slice(2);
if (command === 'generate') {
  for (const file of writeGenerated()) console.log(`wrote ${file}`);
} else if (command === 'render' && (overlay === 'local' || overlay === 'production')) {
  ensureKustomize((line) => console.error(line));
  process.stdout.write(renderOverlay(join(K8S_DIR, 'overlays', overlay)));
} else if (command === 'install') {
  ensureKustomize();
} else {
  console.error('usage: npm run k8s -- generate | render local|production | install');
  process.exit(2);
}
