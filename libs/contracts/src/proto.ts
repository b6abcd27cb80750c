import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the `.proto` files live: libs/contracts/proto when running from source, ./proto next to
 * main.js in a built app (scripts/build-app.ts copies them).
 */
export const PROTO_DIR = [resolve(here, '..', 'proto'), resolve(here, 'proto')].find((d) => existsSync(join(d, 'common.proto'))) ?? resolve(here, '..', 'proto');

export const protoPath = (file: string): string => join(PROTO_DIR, file);
