import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');

/** Runs `npm start`'s demo loader (scripts/demo.ts) against the gateway; resolves to what it printed. */
export async function loadDemo(gatewayUrl: string, jwtSecret: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', gatewayUrl], { cwd: root, env: { ...process.env, JWT_SECRET: jwtSecret }, timeout: 480_000 });
  return stdout.trim();
}
