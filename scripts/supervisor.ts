// `npm start`'s process manager: every app it starts is restarted when it dies, with a growing
// delay while it keeps dying (a service that cannot start must not spin), and each restart is
// logged and counted (in the log and in .local/processes.json, which `npm start` keeps current).
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

export interface Backoff {
  /** Delay before the first restart. */
  initialMs: number;
  /** The delay doubles with each crash in a row, up to this. */
  maxMs: number;
  /** A process that ran this long before it died starts again from `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

/** What the supervisor knows of one process, as `.local/processes.json` shows it. */
export interface ProcessStatus {
  name: string;
  pid: number | undefined;
  /** Restarts since `npm start` began. */
  restarts: number;
  /** How the last run ended, if one did. */
  lastExit?: { code: number | null; signal: string | null; at: string };
}

interface Supervised {
  start: () => ChildProcess;
  child: ChildProcess;
  startedAt: number;
  crashesInARow: number;
  restarts: number;
  lastExit?: ProcessStatus['lastExit'];
  timer?: NodeJS.Timeout;
}

export interface SupervisorEvents {
  /** A process died while the supervisor was not stopping; it starts again after `delayMs`. */
  restarting: [name: string, exit: { code: number | null; signal: string | null }, restart: { count: number; delayMs: number }];
  /** A process was started again. */
  restarted: [name: string, child: ChildProcess];
  /** The statuses changed (a start, an exit, a restart). */
  changed: [statuses: ProcessStatus[]];
}

export class Supervisor extends EventEmitter<SupervisorEvents> {
  private readonly processes = new Map<string, Supervised>();
  private stopping = false;

  constructor(
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
    /** The clock that says how long a process ran (a test sets it). */
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  /** Starts a process and keeps it running. */
  add(name: string, start: () => ChildProcess): ChildProcess {
    const entry: Supervised = { start, child: start(), startedAt: this.now(), crashesInARow: 0, restarts: 0 };
    this.processes.set(name, entry);
    this.watch(name, entry);
    this.emit('changed', this.statuses());
    return entry.child;
  }

  /** The process running now under this name. */
  child(name: string): ChildProcess | undefined {
    return this.processes.get(name)?.child;
  }

  statuses(): ProcessStatus[] {
    return [...this.processes].map(([name, p]) => ({ name, pid: p.child.exitCode === null && p.child.signalCode === null ? p.child.pid : undefined, restarts: p.restarts, ...(p.lastExit ? { lastExit: p.lastExit } : {}) }));
  }

  private watch(name: string, entry: Supervised): void {
    entry.child.once('exit', (code, signal) => {
      entry.lastExit = { code, signal, at: new Date().toISOString() };
      if (this.stopping) return void this.emit('changed', this.statuses());
      const ranMs = this.now() - entry.startedAt;
      entry.crashesInARow = ranMs >= this.backoff.resetAfterMs ? 1 : entry.crashesInARow + 1;
      const delayMs = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** (entry.crashesInARow - 1));
      entry.restarts++;
      this.emit('restarting', name, { code, signal }, { count: entry.restarts, delayMs });
      this.emit('changed', this.statuses());
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (this.stopping) return;
        entry.child = entry.start();
        entry.startedAt = this.now();
        this.watch(name, entry);
        this.emit('restarted', name, entry.child);
        this.emit('changed', this.statuses());
      }, delayMs);
    });
  }

  /** Stops every process (SIGTERM, then SIGKILL after `graceMs`) and restarts none. */
  async stopAll(graceMs = 20_000): Promise<void> {
    this.stopping = true;
    const running = () => [...this.processes.values()].filter((p) => p.child.exitCode === null && p.child.signalCode === null);
    for (const p of this.processes.values()) clearTimeout(p.timer);
    const exited = Promise.all(running().map((p) => new Promise<void>((resolve) => p.child.once('exit', () => resolve()))));
    for (const p of running()) p.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const p of running()) p.child.kill('SIGKILL');
  }
}
