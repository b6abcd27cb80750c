import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, freePortRange } from '../src/servers';
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
