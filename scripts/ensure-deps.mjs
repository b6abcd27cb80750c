// Installs the npm dependencies when they are missing or older than the lockfile, so that
// `npm start` and `npm test` work on a fresh clone, and checks that the project's own Node.js
// (the version in .nvmrc, shipped by the `node-<os>-<cpu>` package of the lockfile) is there.
// Plain Node, any version >= 20: it runs before anything is installed, on whatever Node the
// machine has. Everything after it runs on the pinned Node, because npm puts
// node_modules/.bin (where that package links `node`) first on the scripts' PATH.
// (The local Kafka jars and the FerretDB binary are fetched by infra/local when first needed.)
import { createHash } from 'node:crypto';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.asn-lock-hash');
// The lockfile and the patches npm ci applies (patch-package, on postinstall): a changed patch installs again.
const patchDir = join(root, 'patches');
const digest = createHash('sha256').update(readFileSync(lock));
for (const f of existsSync(patchDir) ? readdirSync(patchDir).sort() : []) digest.update(f).update(readFileSync(join(patchDir, f)));
const hash = digest.digest('hex');
const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  console.error(`[ensure-deps] installing npm dependencies and Node.js ${pinned} (npm ci)...`);
  // --loglevel=error: this npm still runs on the machine's Node, so every package that asks for
  // Node 22+ would print an EBADENGINE warning that does not apply (they run on ${pinned}).
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}

const localNode = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node');
const version = existsSync(localNode) ? execFileSync(localNode, ['--version'], { encoding: 'utf8' }).trim() : process.version;
if (version !== `v${pinned}`) {
  console.error(
    `[ensure-deps] this project runs on Node.js ${pinned}, and the npm registry has no Node.js package for ${process.platform}-${process.arch}.\n` +
      `[ensure-deps] Install Node.js ${pinned} (see .nvmrc, e.g. \`nvm install\`) and run the command again with it.`,
  );
  process.exit(1);
}
