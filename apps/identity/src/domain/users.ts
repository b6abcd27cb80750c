import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { check, Nip, OpdCode } from '@asn/contracts';

/**
 * The local OpenID Provider's people: who may sign in to the console in development, with the
 * claims the gateway authorises on (spec 6.1: `role`, `opd` for an agency, `nip` for an employee).
 */
export const IdentityUser = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{1,62}$' }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.Union([Type.Literal('admin'), Type.Literal('agency'), Type.Literal('analyst'), Type.Literal('employee')]),
    opd: Type.Optional(Type.String()),
    nip: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type IdentityUser = Static<typeof IdentityUser>;
export const UsersFile = Type.Object({ users: Type.Array(IdentityUser, { minItems: 1 }) }, { additionalProperties: false });

export interface Account {
  accountId: string;
  name: string;
  role: IdentityUser['role'];
  opd?: string;
  nip?: string;
}

/** Problems with a users file, each naming the user and the field; empty when it is valid. */
export function usersFileProblems(data: unknown): string[] {
  const problems = check(UsersFile, data).map((e) => `${e.path || '/'}: ${e.message}`);
  if (problems.length) return problems;
  const seen = new Set<string>();
  for (const u of (data as Static<typeof UsersFile>).users) {
    if (seen.has(u.username)) problems.push(`${u.username}: listed twice`);
    seen.add(u.username);
    if (u.role === 'agency' && (!u.opd || check(OpdCode, u.opd).length)) problems.push(`${u.username}: an agency user needs an OPD code (opd)`);
    if (u.role === 'employee' && (!u.nip || check(Nip, u.nip).length)) problems.push(`${u.username}: an employee user needs a valid NIP (nip)`);
    if (u.role !== 'agency' && u.opd !== undefined) problems.push(`${u.username}: only an agency user has an opd`);
    if (u.role !== 'employee' && u.nip !== undefined) problems.push(`${u.username}: only an employee user has a nip`);
  }
  return problems;
}

/** The directory of accounts; passwords are kept only as salted scrypt hashes in memory. */
export class Directory {
  private readonly byName = new Map<string, { account: Account; salt: Buffer; hash: Buffer }>();
  // A fixed hash compared against when the user is unknown, so both answers take as long.
  private readonly decoy = { salt: Buffer.alloc(16, 7), hash: scryptSync('decoy', Buffer.alloc(16, 7), 32) };

  constructor(users: IdentityUser[]) {
    for (const u of users) {
      const salt = randomBytes(16);
      this.byName.set(u.username, { account: { accountId: u.username, name: u.name, role: u.role, ...(u.opd ? { opd: u.opd } : {}), ...(u.nip ? { nip: u.nip } : {}) }, salt, hash: scryptSync(u.password, salt, 32) });
    }
  }

  find(accountId: string): Account | undefined {
    return this.byName.get(accountId)?.account;
  }

  /** The account whose username and password these are, or undefined. */
  authenticate(username: string, password: string): Account | undefined {
    const entry = this.byName.get(username.trim().toLowerCase());
    const { salt, hash } = entry ?? this.decoy;
    const matches = timingSafeEqual(scryptSync(password, salt, 32), hash);
    return entry && matches ? entry.account : undefined;
  }

  get size(): number {
    return this.byName.size;
  }
}
