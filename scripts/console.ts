// The console's part of `npm start`: the local OpenID Provider's users (the demo's people, one per
// role, each with a password kept in .local/). Its build: `ensureConsoleBuilt` in @asn/testing/platform.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityUser, IdentityUsersFile } from '@asn/contracts';
import { demoEmployees } from './demo';

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
