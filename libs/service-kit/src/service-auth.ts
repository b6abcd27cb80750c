import { jwtVerify, SignJWT } from 'jose';
import { AppError } from './errors';

/**
 * Service-to-service authentication on gRPC: a caller sends a short-lived HS256 token naming
 * itself (`iss`), signed with a secret shared by the platform's processes (`SERVICE_TOKEN_SECRETS`);
 * a service runs a call only for a caller it lists (`GRPC_ALLOWED_CALLERS`), and only then believes
 * the end user (`x-actor`) that the caller names.
 *
 * Rotation without downtime: `SERVICE_TOKEN_SECRETS` is a comma-separated list; the first signs,
 * any verifies. Add the new secret second everywhere, then first everywhere, then drop the old one.
 */

/** Audience of every service token: only the platform's services accept it. */
const AUDIENCE = 'asn-services';
/** Lifetime of a token; callers sign a new one when half of it is gone. */
export const SERVICE_TOKEN_TTL_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 30;
/** Verified tokens remembered until they expire, so a busy channel verifies each token once. */
const MAX_REMEMBERED = 1000;

export const SERVICE_TOKEN_METADATA = 'authorization';

const keysOf = (secrets: string): Uint8Array[] => {
  const list = secrets.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length || list.some((s) => s.length < 32)) throw new Error('SERVICE_TOKEN_SECRETS: one or more comma-separated secrets of at least 32 characters');
  return list.map((s) => new TextEncoder().encode(s));
};

/** Signs the tokens of one caller, re-signing when half of the lifetime is gone. */
export class ServiceTokenSigner {
  private readonly key: Uint8Array;
  private current: { token: Promise<string>; renewAt: number } | undefined;

  constructor(
    secrets: string,
    readonly caller: string,
  ) {
    this.key = keysOf(secrets)[0]!;
  }

  token(now = Date.now()): Promise<string> {
    if (!this.current || now >= this.current.renewAt) {
      const iat = Math.floor(now / 1000);
      const token = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(this.caller).setSubject(this.caller).setAudience(AUDIENCE).setIssuedAt(iat).setExpirationTime(iat + SERVICE_TOKEN_TTL_SECONDS).sign(this.key);
      this.current = { token, renewAt: now + (SERVICE_TOKEN_TTL_SECONDS / 2) * 1000 };
    }
    return this.current.token;
  }
}

/** Verifies callers' tokens against every configured secret and the list of allowed callers. */
export class ServiceTokenVerifier {
  private readonly keys: Uint8Array[];
  private readonly allowed: Set<string>;
  private readonly remembered = new Map<string, { caller: string; expiresAt: number }>();

  constructor(secrets: string, allowedCallers: string[]) {
    this.keys = keysOf(secrets);
    this.allowed = new Set(allowedCallers);
  }

  /** The calling service's name; SERVICE_UNAUTHENTICATED (401) or SERVICE_FORBIDDEN (403) otherwise. */
  async verify(authorization: unknown, now = Date.now()): Promise<string> {
    const match = typeof authorization === 'string' ? /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(authorization) : null;
    if (!match) throw new AppError('SERVICE_UNAUTHENTICATED', 401, 'This service answers only callers with a service token');
    const token = match[1]!;
    const known = this.remembered.get(token);
    let caller: string;
    if (known && known.expiresAt > now) {
      caller = known.caller;
    } else {
      caller = await this.check(token, now);
    }
    if (!this.allowed.has(caller)) throw new AppError('SERVICE_FORBIDDEN', 403, `The caller ${caller} may not call this service`);
    return caller;
  }

  private async check(token: string, now: number): Promise<string> {
    for (const key of this.keys) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: AUDIENCE, clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate: new Date(now), requiredClaims: ['iss', 'iat', 'exp'], maxTokenAge: SERVICE_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS });
        if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
        this.remembered.set(token, { caller: payload.iss!, expiresAt: payload.exp! * 1000 });
        return payload.iss!;
      } catch {
        // Next secret: a token signed before or after a rotation.
      }
    }
    throw new AppError('SERVICE_UNAUTHENTICATED', 401, 'The service token is invalid or expired');
  }
}
