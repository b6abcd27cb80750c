// Writes libs/contracts/asyncapi/asyncapi.json from the event schemas (`npm run asyncapi`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAsyncApi } from '../src/asyncapi';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'asyncapi', 'asyncapi.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildAsyncApi(), null, 2)}\n`);
console.log(`wrote ${out}`);
