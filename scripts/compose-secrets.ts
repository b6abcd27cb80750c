// `npm run compose:secrets`: writes .env beside docker-compose.yml with a random value for every
// secret the compose file requires (it has no defaults), keeping any already set there. Docker
// Compose reads .env by itself; keep the file out of version control (it is in .gitignore).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const required = [...new Set([...compose.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!))].sort();
const file = join(root, '.env');
const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
const have = new Set([...existing.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
const added = required.filter((name) => !have.has(name));
const lines = added.map((name) => `${name}=${randomBytes(name === 'MONGO_REPLICA_KEY' ? 96 : 32).toString(name === 'MONGO_REPLICA_KEY' ? 'base64' : 'hex')}`);
if (lines.length) writeFileSync(file, `${existing.trimEnd()}${existing.trim() ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
console.log(added.length ? `[compose:secrets] wrote ${added.length} secrets to .env: ${added.join(', ')}` : '[compose:secrets] .env already has every secret docker-compose.yml needs');
