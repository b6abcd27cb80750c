import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR, freePort, freePortIn, freePortRange } from '../src/servers';
import { listensOn } from '../src/platform';

describe.runIf(process.platform === 'linux')('listensOn (which process holds a port)', () => {
  it('names the process that listens, not another one that answers nothing there', async () => {
    const mine = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => mine.listen(port, '127.0.0.1', resolve));
    const otherPort = await freePort();
    // Another process listening: as another test's app that took a port first.
    const other = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${otherPort}, '127.0.0.1', () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => other.stdout!.once('data', () => resolve()));
      expect([listensOn(process.pid, port), listensOn(other.pid, port)]).toEqual([true, false]);
      expect([listensOn(process.pid, otherPort), listensOn(other.pid, otherPort)]).toEqual([false, true]);
    } finally {
      other.kill();
      await new Promise((resolve) => mine.close(resolve));
    }
    expect(listensOn(process.pid, port)).toBe(false); // closed
    expect(listensOn(undefined, port)).toBe(false);
  });
});

describe('free ports', () => {
  it('gives servers restarted on their own ports a range no app port comes from', async () => {
    const apps = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    const ranges = await Promise.all(Array.from({ length: 20 }, () => freePortRange(6)));
    // Both below Linux's ephemeral range (32768–60999), where outgoing connections take ports.
    for (const port of apps) expect(port >= 20_000 && port < 32_000).toBe(true);
    for (const first of ranges) expect(first >= 10_000 && first + 5 < 20_000).toBe(true);
  });
});

describe.runIf(process.platform === 'linux')('port claims across processes', () => {
  it('never hands out a port a live process claimed, takes over the claim of one that is gone, and frees its own at exit', async () => {
    // Three ports below both ranges, so no other test's claims meet these.
    const range = { from: 9_990, to: 9_993 };
    const files = [9_990, 9_991, 9_992, 9_995].map((p) => join(CLAIMS_DIR, String(p)));
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    try {
      mkdirSync(CLAIMS_DIR, { recursive: true });
      writeFileSync(files[0]!, String(alive.pid));
      writeFileSync(files[1]!, String(alive.pid));
      writeFileSync(files[2]!, String(gone));
      expect(await freePortIn(range, 1)).toBe(9_992);
      expect(readFileSync(files[2]!, 'utf8')).toBe(String(process.pid));
      expect(await freePortIn(range, 1), 'every port of the range is claimed').toBeUndefined();

      // Another process claims through the same code, and its claim goes when it exits.
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
        const { freePortIn } = await import(${JSON.stringify(join(import.meta.dirname, '..', 'src', 'servers.ts'))});
        const port = await freePortIn({ from: 9_995, to: 9_996 }, 1);
        const { existsSync } = await import('node:fs');
        process.stdout.write(\`\${port} \${existsSync(${JSON.stringify(files[3])})}\`); // a string: console.log colours numbers under FORCE_COLOR
      `], { encoding: 'utf8' });
      expect(child.stdout.trim(), child.stderr).toBe('9995 true');
      expect(existsSync(files[3]!)).toBe(false);
    } finally {
      alive.kill();
      for (const file of files) rmSync(file, { force: true });
    }
  });
});
