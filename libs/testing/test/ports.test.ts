import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../src/servers';
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
