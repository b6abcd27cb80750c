import { LRUCache } from 'lru-cache';
import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { check, Nip, OpdCode } from '@asn/contracts';
import { AppError, currentContext } from '@asn/service-kit';

export const ROLES = ['admin', 'agency', 'analyst', 'employee'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  sub: string;
  role: Role;
  opd?: string;
  nip?: string;
  /** When the token expires (ms since epoch). */
  expiresAt?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Roles allowed on the route; absent = public (health, docs). */
    roles?: readonly Role[];
    /** A public API route (no token): still rate-limited per client address, unlike health and docs. */
    publicApi?: boolean;
    /** The success status when it is not the method's usual one (POST 201, others 200). */
    successStatus?: number;
  }
}

export interface AuthOptions {
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The oldest token accepted, counted from its `iat`, in seconds. */
  maxAgeSeconds: number;
}

/** The longest `sub` accepted (events that record who acted bound it the same). */
export const MAX_SUBJECT_LENGTH = 200;

/** Clocks of the issuer and the gateway may differ by this much (seconds). */
export const CLOCK_TOLERANCE_SECONDS = 30;

const unauthorized = (code: string, message: string) => new AppError(code, 401, message);

/** Verified tokens kept at most (a client sends the same token with each request). */
export const VERIFIED_TOKENS_KEPT = 10_000;
/** A kept token is verified in full again after this long (the key set may have changed meanwhile). */
export const REVERIFY_AFTER_MS = 60_000;

/**
 * Bearer JWT verification: HS256 with JWT_SECRET (development tokens), RS256 from a JWKS URL (an
 * OpenID Provider: then `iss` and `aud` are required too), or both at once, as `npm start` runs
 * (the console signs in through its local provider, API users keep their development tokens):
 * then the token's own `alg` picks the one key that may verify it, never both. Every token
 * carries `sub`, `iat` and `exp`, is at most `maxAgeSeconds` old, and its `opd` and `nip` claims,
 * where present, are an OPD code and a NIP: a malformed scope claim must never widen what a token sees.
 *
 * A token that passed is remembered, keyed by the whole token (signature included), until the
 * earliest of its `exp`, its maximum age and REVERIFY_AFTER_MS: verifying the signature was about a
 * sixth of the gateway's CPU on a cheap read (issue #13). Only tokens that passed every rule are kept.
 */
export function createVerifier(opts: AuthOptions) {
  if (!opts.jwtSecret && !opts.jwksUrl) throw new Error('JWT_SECRET or JWKS_URL must be set');
  if (opts.jwksUrl && (!opts.issuer || !opts.audience)) throw new Error('JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE');
  const jwks = opts.jwksUrl ? createRemoteJWKSet(new URL(opts.jwksUrl)) : undefined;
  const secret = opts.jwtSecret ? new TextEncoder().encode(opts.jwtSecret) : undefined;
  const common = { clockTolerance: CLOCK_TOLERANCE_SECONDS, maxTokenAge: opts.maxAgeSeconds };
  // jose types a key set and a secret through separate overloads: one call each. Each path names
  // its single algorithm, so a token cannot pick the other key (no HS256 signed with a public key).
  const verifyJwt = (token: string, currentDate: Date) => {
    const rs256 = jwks && (!secret || tokenAlgorithm(token) === 'RS256');
    if (rs256) return jwtVerify(token, jwks, { ...common, currentDate, algorithms: ['RS256'], requiredClaims: ['sub', 'iat', 'exp', 'iss', 'aud'], issuer: opts.issuer!, audience: opts.audience! });
    return jwtVerify(token, secret!, { ...common, currentDate, algorithms: ['HS256'], requiredClaims: ['sub', 'iat', 'exp'] });
  };
  const verified = new LRUCache<string, { principal: Principal; validUntil: number }>({ max: VERIFIED_TOKENS_KEPT });

  return async function verify(authorization: string | undefined, now = Date.now()): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthorized('UNAUTHENTICATED', 'A bearer token is required (Authorization: Bearer <jwt>)');
    const token = match[1]!;
    const known = verified.get(token);
    const principal = known && now < known.validUntil ? known.principal : await verifyToken(token, now);
    const ctx = currentContext();
    if (ctx) ctx.actor = principal.sub; // services record who did it
    return principal;
  };

  async function verifyToken(token: string, now: number): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await verifyJwt(token, new Date(now)));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthorized('TOKEN_EXPIRED', err.claim === 'iat' ? `The token is older than ${opts.maxAgeSeconds} s` : 'The token has expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthorized('TOKEN_INVALID', err.reason === 'missing' ? `The token lacks the ${err.claim} claim` : `The token's ${err.claim} claim is not accepted`);
      throw unauthorized('TOKEN_INVALID', 'The token is not valid');
    }
    const role = payload.role as Role;
    if (typeof payload.sub !== 'string' || payload.sub === '' || !ROLES.includes(role)) throw unauthorized('TOKEN_INVALID', 'The token lacks sub or a known role');
    // The subject is recorded in events (who moved an idea), whose fields are bounded.
    if (payload.sub.length > MAX_SUBJECT_LENGTH) throw unauthorized('TOKEN_INVALID', `The token's sub claim is longer than ${MAX_SUBJECT_LENGTH} characters`);
    if (payload.opd !== undefined && (typeof payload.opd !== 'string' || check(OpdCode, payload.opd).length > 0)) throw unauthorized('TOKEN_INVALID', 'The opd claim is not an OPD code');
    if (payload.nip !== undefined && (typeof payload.nip !== 'string' || check(Nip, payload.nip).length > 0)) throw unauthorized('TOKEN_INVALID', 'The nip claim is not a valid NIP');
    if (role === 'agency' && payload.opd === undefined) throw unauthorized('TOKEN_INVALID', 'An agency token needs an opd claim');
    if (role === 'employee' && payload.nip === undefined) throw unauthorized('TOKEN_INVALID', 'An employee token needs a nip claim');
    const principal: Principal = Object.freeze({ sub: payload.sub, role, ...(typeof payload.opd === 'string' ? { opd: payload.opd } : {}), ...(typeof payload.nip === 'string' ? { nip: payload.nip } : {}), ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp * 1000 } : {}) });
    // Without the clock tolerance: a token inside it is verified again each time, as it should be.
    const validUntil = Math.min(payload.exp! * 1000, (payload.iat! + opts.maxAgeSeconds) * 1000, now + REVERIFY_AFTER_MS);
    if (validUntil > now) {
      verified.set(token, { principal, validUntil });
    }
    return principal;
  }
}

/** The `alg` a token's header names, or undefined when it is not a JWT (then verification fails anyway). */
function tokenAlgorithm(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    return undefined;
  }
}

export const forbidden = (message = 'This token does not allow that') => new AppError('FORBIDDEN', 403, message);

/** Agency tokens touch only their own OPD. */
export function assertOwnOpd(p: Principal, opd: string | undefined): void {
  if (p.role === 'agency' && opd !== p.opd) throw new AppError('FORBIDDEN_OPD', 403, `An agency token of ${p.opd} cannot act for OPD ${opd ?? '(none)'}`);
}

/** The OPD a list is about: an agency's own unless it names one (and then only its own); others as asked. */
export function listedOpd(p: Principal, requested: string | undefined): string | undefined {
  const opd = p.role === 'agency' ? (requested ?? p.opd) : requested;
  assertOwnOpd(p, opd);
  return opd;
}
