import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityUser } from '@asn/contracts';

export const STATE_FILE = join(import.meta.dirname, '..', '..', '..', 'tmp', 'console-e2e-state', 'platform.json');

/** A user of the local OpenID Provider (its users file, in the contracts). */
export type E2eUser = IdentityUser;

export interface E2eState {
  gatewayUrl: string;
  jwtSecret: string;
  users: Record<'admin' | 'agency' | 'analyst' | 'employee', E2eUser>;
  /** What the demo loader printed when the setup ran it (demo.spec.ts checks it loaded, not found it present). */
  demoLoad: string;
  /** The apps' process ids (the degraded test stops one, after every other test). */
  pids: Record<string, number>;
}

/** What the global setup booted (written before any test runs). */
export const e2eState = (): E2eState => JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
