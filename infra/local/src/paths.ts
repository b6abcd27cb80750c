import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** infra/local, wherever the repository is cloned. */
export const LOCAL_INFRA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Git-ignored runtime state: data, logs, pid files. */
export const DATA_DIR = process.env.LOCAL_INFRA_DATA_DIR ?? join(LOCAL_INFRA_DIR, '.data');
