// The console's own image serves it with nginx (apps/console/nginx.conf.template). No Docker engine
// answers here, so its test runs the same configuration on Debian's nginx, unpacked into tmp/tools
// (apt-get download, dpkg -x): nothing installed system-wide, no service started. NGINX_PATH to use another.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './servers';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const UNPACKED = join(ROOT, 'tmp', 'tools', 'nginx-debian');

/** The nginx binary and its distribution's mime.types, unpacked once from Debian's packages. */
export function ensureNginx(): { bin: string; mimeTypes: string } {
  if (process.env.NGINX_PATH) return { bin: process.env.NGINX_PATH, mimeTypes: '/etc/nginx/mime.types' };
  const found = { bin: join(UNPACKED, 'usr', 'sbin', 'nginx'), mimeTypes: join(UNPACKED, 'etc', 'nginx', 'mime.types') };
  if (existsSync(found.bin)) return found;
  const work = mkdtempSync(join(ROOT, 'tmp', 'nginx-download-'));
  try {
    const run = (cmd: string, args: string[]) => {
      const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
    };
    run('apt-get', ['download', 'nginx', 'nginx-common']);
    for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) run('dpkg', ['-x', deb, 'root']);
    mkdirSync(join(ROOT, 'tmp', 'tools'), { recursive: true });
    // Whole or not at all: a concurrent first run finds either nothing or the finished folder.
    if (!existsSync(found.bin)) renameSync(join(work, 'root'), UNPACKED);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return found;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs a server block as the image does: `${NAME}` filled from `vars` (the image's envsubst), the
 * image's port and document root replaced by a free port and `root`, inside an http block like the
 * image's nginx.conf (mime types, temporary files in a folder of its own).
 */
export async function startNginx(opts: { template: string; vars: Record<string, string>; root: string; imagePort?: number; imageRoot?: string }): Promise<RunningNginx> {
  const { bin, mimeTypes } = ensureNginx();
  const port = await freePort();
  const dir = mkdtempSync(join(ROOT, 'tmp', 'nginx-run-'));
  chmodSync(dir, 0o755);
  let server = readFileSync(opts.template, 'utf8');
  for (const [name, value] of Object.entries(opts.vars)) server = server.replaceAll(`\${${name}}`, value);
  const listen = `listen ${opts.imagePort ?? 8080};`;
  const root = `root ${opts.imageRoot ?? '/usr/share/nginx/html'};`;
  if (!server.includes(listen) || !server.includes(root)) throw new Error(`the template no longer has "${listen}" and "${root}"`);
  server = server.replace(listen, `listen 127.0.0.1:${port};`).replace(root, `root ${opts.root};`);
  writeFileSync(join(dir, 'default.conf'), server);
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root (CI), workers would otherwise switch to nobody and could not read the test's files.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${join(dir, 'default.conf')};`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync(bin, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration: ${check.stderr}`);
  const child = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer within 10 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT'); // graceful: workers finish, then the master exits
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
