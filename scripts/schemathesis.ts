// Installs schemathesis (PyPI) into tmp/schemathesis, a Python virtual environment, when it is
// missing or its pinned requirements changed: `npm test` and `npm run fuzz` call it first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
export const SCHEMATHESIS_VENV = join(root, 'tmp', 'schemathesis');

export function ensureSchemathesis(): void {
  const requirements = join(root, 'scripts', 'fuzz-requirements.txt');
  const wanted = readFileSync(requirements, 'utf8');
  const stamp = join(SCHEMATHESIS_VENV, 'installed-requirements.txt');
  if (existsSync(join(SCHEMATHESIS_VENV, 'bin', 'schemathesis')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version']).status === 0);
  if (!python) throw new Error('fuzzing needs Python 3 (python3) to install schemathesis from PyPI');
  console.log('[test] installing schemathesis from PyPI into tmp/schemathesis (once, about a minute)');
  rmSync(SCHEMATHESIS_VENV, { recursive: true, force: true });
  for (const [cmd, args] of [
    [python, ['-m', 'venv', SCHEMATHESIS_VENV]],
    [join(SCHEMATHESIS_VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', requirements]],
  ] as const) {
    const r = spawnSync(cmd, [...args], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`could not install schemathesis (${cmd} ${args.join(' ')} exited ${r.status})`);
  }
  writeFileSync(stamp, wanted);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSchemathesis();
