import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AppError, currentContext } from '@asn/service-kit';

export const ROLES = ['admin', 'agency', 'analyst', 'employee'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  sub: string;
  role: Role;
  opd?: string;
  nip?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Roles allowed on the route; absent = public (health, docs). */
    roles?: readonly Role[];
  }
}

export interface AuthOptions {
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

const unauthorized = (code: string, message: string) => new AppError(code, 401, message);

/**
 * Bearer JWT verification: HS256 with JWT_SECRET in development, RS256 from a JWKS URL in
 * production. Claims: sub, role, opd (agency), nip (employee).
 */
export function createVerifier(opts: AuthOptions) {
  if (!opts.jwtSecret && !opts.jwksUrl) throw new Error('JWT_SECRET or JWKS_URL must be set');
  const key = opts.jwksUrl ? createRemoteJWKSet(new URL(opts.jwksUrl)) : new TextEncoder().encode(opts.jwtSecret);
  const algorithms = opts.jwksUrl ? ['RS256'] : ['HS256'];

  return async function verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthorized('UNAUTHENTICATED', 'A bearer token is required (Authorization: Bearer <jwt>)');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as never, { algorithms, ...(opts.issuer ? { issuer: opts.issuer } : {}), ...(opts.audience ? { audience: opts.audience } : {}) }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthorized('TOKEN_EXPIRED', 'The token has expired');
      throw unauthorized('TOKEN_INVALID', 'The token is not valid');
    }
    const role = payload.role as Role;
    if (typeof payload.sub !== 'string' || !ROLES.includes(role)) throw unauthorized('TOKEN_INVALID', 'The token lacks sub or a known role');
    if (role === 'agency' && typeof payload.opd !== 'string') throw unauthorized('TOKEN_INVALID', 'An agency token needs an opd claim');
    if (role === 'employee' && typeof payload.nip !== 'string') throw unauthorized('TOKEN_INVALID', 'An employee token needs a nip claim');
    const principal: Principal = { sub: payload.sub, role, ...(typeof payload.opd === 'string' ? { opd: payload.opd } : {}), ...(typeof payload.nip === 'string' ? { nip: payload.nip } : {}) };
    const ctx = currentContext();
    if (ctx) ctx.actor = principal.sub; // services record who did it
    return principal;
  };
}

export const forbidden = (message = 'This token does not allow that') => new AppError('FORBIDDEN', 403, message);

/** Agency tokens touch only their own OPD. */
export function assertOwnOpd(p: Principal, opd: string | undefined): void {
  if (p.role === 'agency' && opd !== p.opd) throw new AppError('FORBIDDEN_OPD', 403, `An agency token of ${p.opd} cannot act for OPD ${opd ?? '(none)'}`);
}
