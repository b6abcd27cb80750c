import { SignJWT } from 'jose';

export interface DevClaims {
  role: 'admin' | 'agency' | 'analyst' | 'employee';
  opd?: string;
  nip?: string;
  sub?: string;
}

/** A development token, HS256-signed with JWT_SECRET (`npm run token`, `npm start`'s sample tokens, the demo and the tests). */
export function signDevToken(secret: string, claims: DevClaims, expires: string | number = '8h'): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.opd ? { opd: claims.opd } : {}), ...(claims.nip ? { nip: claims.nip } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? `${claims.role}${claims.opd ? `-${claims.opd.toLowerCase()}` : ''}${claims.nip ? `-${claims.nip}` : ''}`)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}
