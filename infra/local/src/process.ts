import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';

/** True when a process with this pid exists (signal 0 checks without killing). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Starts a long-running server detached from this process group, output appended to logFile. */
export function spawnDaemon(command: string, args: string[], opts: { cwd: string; logFile: string; pidFile: string; env?: NodeJS.ProcessEnv }): number {
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const out = openSync(opts.logFile, 'a');
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  child.unref();
  writeFileSync(opts.pidFile, String(child.pid));
  return child.pid;
}

/**
 * SIGTERM, then SIGKILL after graceMs; removes the pid file (also a stale one left by a crash).
 * `crash` sends SIGKILL straight away, as a power cut or the OOM killer would (the resilience suite).
 */
export async function stopDaemon(pidFile: string, graceMs = 20_000, opts: { crash?: boolean } = {}): Promise<'stopped' | 'not-running'> {
  const pid = readPid(pidFile);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return 'not-running';
  }
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal); // the daemon leads its own process group
    } catch {
      try {
        process.kill(pid, signal);
      } catch {
        /* already gone */
      }
    }
  };
  signalGroup(opts.crash ? 'SIGKILL' : 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    signalGroup('SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  rmSync(pidFile, { force: true });
  return 'stopped';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves true when something accepts TCP connections on host:port. */
export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Waits until `check()` answers true. With `pid`, gives up as soon as that process has exited
 * (a server that failed to start does not come up later: waiting out the timeout only hides why).
 */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, logFile?: string, pid?: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (pid !== undefined && !isAlive(pid)) throw new Error(`${what}: its process ${pid} exited before it was ready${logTail(logFile)}`);
    await sleep(250);
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms${logTail(logFile)}`);
}

function logTail(logFile: string | undefined): string {
  return logFile && existsSync(logFile) ? `\n--- last lines of ${logFile} ---\n${readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')}` : '';
}

/**
 * The sockets listening on TCP `port`, on any address, as the fd link names them ("socket:[inode]"):
 * Linux's /proc/net/tcp and tcp6 name each socket's inode. Empty elsewhere.
 */
export function listeningSockets(port: number): Set<string> {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const sockets = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(hexPort) && f[3] === '0A') sockets.add(`socket:[${f[9]}]`); // 0A: LISTEN
    }
  }
  return sockets;
}

/** Whether process `pid` holds one of these sockets (its fds link to them); false when it is gone or not ours to read. */
export function holdsSocket(pid: number | string, sockets: Set<string>): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return sockets.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false;
  }
}

/**
 * The process listening on `port` (any address), as "pid command line", or undefined when nothing
 * listens (or elsewhere than Linux). A server restarted on its own port needs that port back.
 */
export function portHolder(port: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const sockets = listeningSockets(port);
  if (sockets.size === 0) return undefined;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (!holdsSocket(pid, sockets)) continue;
    try {
      return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 200)}`;
    } catch {
      /* gone meanwhile */
    }
  }
  return 'a process this user cannot see';
}

/**
 * Waits until nothing listens on these ports any more (a killed server's sockets close as it
 * exits), or throws naming who holds one: a server restarted on its own port fails to bind
 * otherwise, and its log only says "Address already in use".
 */
export async function waitForPortsReleased(ports: number[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const held = ports.map((port) => ({ port, holder: portHolder(port) })).filter((p) => p.holder !== undefined);
    if (held.length === 0) return;
    if (Date.now() >= deadline) throw new Error(`port(s) still in use after ${timeoutMs} ms: ${held.map((p) => `127.0.0.1:${p.port} by ${p.holder}`).join('; ')}`);
    await sleep(100);
  }
}
