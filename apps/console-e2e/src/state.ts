import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATE_FILE = join(import.meta.dirname, '..', '..', '..', 'tmp', 'console-e2e-state', 'platform.json');

export interface E2eUser {
  username: string;
  password: string;
  name: string;
  role: 'admin' | 'agency' | 'analyst' | 'employee';
  opd?: string;
  nip?: string;
}

export interface E2eState {
  gatewayUrl: string;
  jwtSecret: string;
  users: Record<'admin' | 'agency' | 'analyst' | 'employee', E2eUser>;
  /** The apps' process ids (the degraded test stops one, after every other test). */
  pids: Record<string, number>;
}

/** What the global setup booted (written before any test runs). */
export const e2eState = (): E2eState => JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
