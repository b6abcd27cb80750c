import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Supervisor } from '../supervisor';

// Node processes doing one thing: exit at once, exit after a while, or run until killed.
const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
const exitsAtOnce = node('process.exit(3)');
const runs = node('setInterval(() => {}, 1000)');

let supervisor: Supervisor | undefined;
afterEach(() => supervisor?.stopAll(2_000));

/** The next `n` restarts the supervisor announces (a barrier: each is awaited as it happens). */
async function nextRestarts(s: Supervisor, n: number) {
  const seen = [];
  for (let i = 0; i < n; i++) {
    const [name, exit, restart] = await once(s, 'restarting');
    seen.push({ name, exit, restart });
  }
  return seen;
}

describe("npm start's supervisor", () => {
  it('restarts a process that keeps dying, each time later (doubling up to the maximum), and counts it', async () => {
    supervisor = new Supervisor({ initialMs: 50, maxMs: 200, resetAfterMs: 60_000 });
    supervisor.add('analytics', exitsAtOnce);
    const restarts = await nextRestarts(supervisor, 4);
    expect(restarts.map((r) => r.restart)).toEqual([
      { count: 1, delayMs: 50 },
      { count: 2, delayMs: 100 },
      { count: 3, delayMs: 200 },
      { count: 4, delayMs: 200 },
    ]);
    expect(restarts.every((r) => r.name === 'analytics' && r.exit.code === 3)).toBe(true);
    expect(supervisor.statuses()[0]).toMatchObject({ name: 'analytics', restarts: 4, lastExit: { code: 3 } });
  });

  it('starts a killed process again with a new pid, and from the first delay again once it had run a while', async () => {
    let now = 0;
    supervisor = new Supervisor({ initialMs: 50, maxMs: 1_000, resetAfterMs: 60_000 }, () => now);
    const killAndAwaitRestart = async () => {
      const before = supervisor!.child('learning')!;
      if (before.pid === undefined) await once(before, 'spawn');
      const restarted = once(supervisor!, 'restarted');
      process.kill(before.pid!, 'SIGKILL');
      const [restart] = await nextRestarts(supervisor!, 1);
      const [, after] = await restarted;
      expect(after.pid).not.toBe(before.pid);
      return restart!;
    };
    supervisor.add('learning', runs);
    expect(await killAndAwaitRestart()).toMatchObject({ name: 'learning', exit: { code: null, signal: 'SIGKILL' }, restart: { count: 1, delayMs: 50 } });
    expect((await killAndAwaitRestart()).restart).toEqual({ count: 2, delayMs: 100 }); // died again at once: later
    now += 60_000; // this run lasted resetAfterMs
    expect((await killAndAwaitRestart()).restart).toEqual({ count: 3, delayMs: 50 });
    expect(supervisor.statuses()[0]).toMatchObject({ pid: supervisor.child('learning')!.pid, restarts: 3, lastExit: { signal: 'SIGKILL' } });
  });

  it('restarts nothing while stopping everything', async () => {
    supervisor = new Supervisor({ initialMs: 50, maxMs: 200, resetAfterMs: 60_000 });
    const child = supervisor.add('gateway', runs);
    await once(child, 'spawn');
    let restarts = 0;
    supervisor.on('restarting', () => restarts++);
    await supervisor.stopAll(2_000);
    expect(child.signalCode).toBe('SIGTERM');
    expect(restarts).toBe(0);
    expect(supervisor.statuses()).toEqual([expect.objectContaining({ name: 'gateway', pid: undefined, restarts: 0, lastExit: expect.objectContaining({ signal: 'SIGTERM' }) })]);
  });
});
