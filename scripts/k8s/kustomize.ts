// kustomize renders deploy/k8s's overlays. It comes from the Go module proxy (sigs.k8s.io/kustomize,
// pinned below), built once into tmp/tools by `npm test` and `npm run k8s` before anything uses it:
// nothing is downloaded while the tests run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const KUSTOMIZE_MODULE = 'sigs.k8s.io/kustomize/kustomize/v5';
export const KUSTOMIZE_VERSION = 'v5.7.1';
const TOOLS_DIR = join(import.meta.dirname, '..', '..', 'tmp', 'tools');
export const KUSTOMIZE_BIN = join(TOOLS_DIR, `kustomize-${KUSTOMIZE_VERSION}`);

export function ensureKustomize(log: (line: string) => void = console.log): string {
  if (existsSync(KUSTOMIZE_BIN)) return KUSTOMIZE_BIN;
  if (spawnSync('go', ['version']).status !== 0) throw new Error(`rendering the Kubernetes manifests needs Go (to build ${KUSTOMIZE_MODULE}@${KUSTOMIZE_VERSION} from the module proxy)`);
  log(`[k8s] building kustomize ${KUSTOMIZE_VERSION} from the Go module proxy into tmp/tools (once, about 20 s)`);
  const gobin = join(TOOLS_DIR, `build-${process.pid}`);
  mkdirSync(gobin, { recursive: true });
  const r = spawnSync('go', ['install', `${KUSTOMIZE_MODULE}@${KUSTOMIZE_VERSION}`], { env: { ...process.env, GOBIN: gobin }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`go install ${KUSTOMIZE_MODULE}@${KUSTOMIZE_VERSION} exited ${r.status}`);
  renameSync(join(gobin, 'kustomize'), KUSTOMIZE_BIN);
  return KUSTOMIZE_BIN;
}

/** The overlay's objects as kustomize renders them (multi-document YAML). */
export function renderOverlay(dir: string): string {
  if (!existsSync(KUSTOMIZE_BIN)) throw new Error(`kustomize is not installed: run npm run k8s -- render (or npm test), which builds ${KUSTOMIZE_BIN}`);
  return execFileSync(KUSTOMIZE_BIN, ['build', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
