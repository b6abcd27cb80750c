// Installs Debian's Chromium when it is missing: Playwright's own browser download cannot work on
// these machines, so the console's browser tests drive /usr/bin/chromium (CHROMIUM_PATH to use another).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH ${CHROMIUM_PATH} does not exist`);
  const root = process.getuid?.() === 0;
  if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) throw new Error('the browser tests need Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH');
  console.log('[test] installing Debian\'s chromium for the browser tests (once, about a minute)');
  const apt = (args: string[]) => spawnSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt(['install', '-y', '--no-install-recommends', 'chromium']).status !== 0) {
    // A fresh machine may not have the package lists yet.
    if (apt(['update']).status !== 0 || apt(['install', '-y', '--no-install-recommends', 'chromium']).status !== 0) throw new Error('could not install chromium with apt-get');
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium was installed but ${CHROMIUM_PATH} is missing`);
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
