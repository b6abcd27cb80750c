import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { check, IdentityUsersFile, Nip, OpdCode, type IdentityUser } from '@asn/contracts';

export interface Account {
  accountId: string;
  name: string;
  role: IdentityUser['role'];
  opd?: string;
  nip?: string;
}

/** Problems with a users file, each naming the user and the field; empty when it is valid. */
export function usersFileProblems(data: unknown): string[] {
  const problems = check(IdentityUsersFile, data).map((e) => `${e.path || '/'}: ${e.message}`);
  if (problems.length) return problems;
  const seen = new Set<string>();
  for (const u of (data as { users: IdentityUser[] }).users) {
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
