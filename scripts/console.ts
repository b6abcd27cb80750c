// The console's part of `npm start` and of the browser tests: its build, and the local OpenID
// Provider's users (the demo's people, one per role, each with a password kept in .local/).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityUser, IdentityUsersFile } from '@asn/contracts';
import { demoEmployees } from './demo';

/** The newest modification time under a folder (sources of the console). */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Builds the console (Vite) when its build is missing or older than its sources; returns its folder. */
export function ensureConsoleBuilt(root: string): string {
  const app = join(root, 'apps', 'console');
  const dist = join(app, 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newest(join(app, 'src')), newest(join(app, 'public')), statSync(join(app, 'index.html')).mtimeMs, statSync(join(app, 'vite.config.ts')).mtimeMs);
  if (built < sources) {
    console.log('[console] building the console (vite build)...');
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(app, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the console did not build (vite build failed; see above)');
  }
  return dist;
}

/** The demo's people for the local OpenID Provider: made once with random passwords, then kept. */
export function demoIdentityUsers(root: string): { file: string; users: IdentityUser[] } {
  const file = join(root, '.local', 'identity-users.json');
  if (!existsSync(file)) {
    const password = () => randomBytes(9).toString('base64url');
    const sample = demoEmployees()[0]!;
    const users: IdentityUser[] = [
      { username: 'admin', password: password(), name: 'Rina Kusumawati', role: 'admin' },
      { username: 'dlh', password: password(), name: 'Sri Wahyuni', role: 'agency', opd: 'DLH' },
      { username: 'analis', password: password(), name: 'Dimas Prasetyo', role: 'analyst' },
      { username: 'pegawai', password: password(), name: sample.name, role: 'employee', nip: sample.nip },
    ];
    mkdirSync(join(root, '.local'), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  }
  return { file, users: (JSON.parse(readFileSync(file, 'utf8')) as IdentityUsersFile).users };
}
