// `npm run token -- --role agency --opd DLH [--nip ...] [--sub ...] [--expires 8h]`: a development token
// signed HS256 with JWT_SECRET (or the secret `npm start` keeps in .local/jwt-secret).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signDevToken } from '@asn/service-kit';

const { values } = parseArgs({ options: { role: { type: 'string' }, opd: { type: 'string' }, nip: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string', default: '8h' } } });
const roles = ['admin', 'agency', 'analyst', 'employee'] as const;
const fail = (message: string) => {
  console.error(message);
  process.exit(2);
};
const role = roles.find((r) => r === values.role);
if (!role) fail(`usage: npm run token -- --role ${roles.join('|')} [--opd DLH] [--nip 18digits] [--sub name] [--expires 8h]`);
if (role === 'agency' && !values.opd) fail('--opd is required for an agency token');
if (role === 'employee' && !values.nip) fail('--nip is required for an employee token');

const secretFile = join(import.meta.dirname, '..', '.local', 'jwt-secret');
const secret = process.env.JWT_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : undefined);
if (!secret) fail('Set JWT_SECRET, or run `npm start` once: it keeps a development secret in .local/jwt-secret');

console.log(await signDevToken(secret!, { role: role!, ...(values.opd ? { opd: values.opd } : {}), ...(values.nip ? { nip: values.nip } : {}), ...(values.sub ? { sub: values.sub } : {}) }, values.expires));
