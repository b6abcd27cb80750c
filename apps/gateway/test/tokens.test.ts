import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AppError, ConfigError, loadConfig } from '@asn/service-kit';
import { GatewayConfig } from '../src/config';
import { createVerifier } from '../src/http/auth';

// What a token must carry (issue #14, tokens): checked on the verifier itself, every rule with a
// token that breaks only that rule, beside one that keeps them all.
const SECRET = 'token-rules-secret-0123456789-abcdefghij';
const MAX_AGE = 3600;
const verify = createVerifier({ jwtSecret: SECRET, maxAgeSeconds: MAX_AGE });
const now = () => Math.floor(Date.now() / 1000);

interface Parts {
  claims?: Record<string, unknown>;
  sub?: string | null;
  iat?: number | null;
  exp?: number | null;
}
async function token({ claims = { role: 'admin' }, sub = 'someone', iat = now(), exp = now() + 600 }: Parts = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
  if (sub !== null) jwt.setSubject(sub);
  if (iat !== null) jwt.setIssuedAt(iat);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(SECRET));
}
async function refusal(jwt: string): Promise<{ status: number; code: string; message: string }> {
  try {
    await verify(`Bearer ${jwt}`);
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message };
    throw err;
  }
  throw new Error('the token was accepted');
}

describe('gateway tokens', () => {
  it('accepts a token that keeps every rule', async () => {
    expect(await verify(`Bearer ${await token({ claims: { role: 'agency', opd: 'DLH' } })}`)).toEqual({ sub: 'someone', role: 'agency', opd: 'DLH', expiresAt: expect.any(Number) });
  });

  it('refuses a token without exp, sub or iat, naming the claim', async () => {
    expect(await refusal(await token({ exp: null }))).toEqual({ status: 401, code: 'TOKEN_INVALID', message: 'The token lacks the exp claim' });
    expect(await refusal(await token({ sub: null }))).toEqual({ status: 401, code: 'TOKEN_INVALID', message: 'The token lacks the sub claim' });
    expect(await refusal(await token({ iat: null }))).toEqual({ status: 401, code: 'TOKEN_INVALID', message: 'The token lacks the iat claim' });
    expect(await refusal(await token({ sub: 'x'.repeat(201) }))).toEqual({ status: 401, code: 'TOKEN_INVALID', message: "The token's sub claim is longer than 200 characters" });
  });

  it('refuses a token older than the maximum age, even one that has not expired', async () => {
    const old = await refusal(await token({ iat: now() - MAX_AGE - 60, exp: now() + 600 }));
    expect(old).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    expect(old.message).toContain(`${MAX_AGE} s`);
  });

  it('allows 30 s of clock difference, not more', async () => {
    expect((await verify(`Bearer ${await token({ exp: now() - 10 })}`)).sub).toBe('someone');
    expect(await refusal(await token({ exp: now() - 45 }))).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED', message: 'The token has expired' });
  });

  it('remembers a verified token only while a full verification would still accept it', async () => {
    const at = Date.now();
    const short = await token({ exp: now() + 5 });
    const first = await verify(`Bearer ${short}`, at);
    expect(Object.isFrozen(first)).toBe(true); // one request cannot change what the next one sees
    expect(await verify(`Bearer ${short}`, at + 1_000)).toBe(first); // remembered, not verified again
    // Expired (beyond the 30 s tolerance) and too old: refused although both were accepted before.
    await expect(verify(`Bearer ${short}`, at + 36_000)).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED', message: 'The token has expired' });
    const aging = await token({ iat: now() - MAX_AGE + 5, exp: now() + 600 });
    expect((await verify(`Bearer ${aging}`, at)).sub).toBe('someone');
    await expect(verify(`Bearer ${aging}`, at + 40_000)).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED', message: `The token is older than ${MAX_AGE} s` });
    // The same claims under another signature are not the remembered token.
    const good = await token({ claims: { role: 'admin' } });
    await verify(`Bearer ${good}`, at);
    const [header, claims] = good.split('.');
    const forged = `${header}.${claims}.${Buffer.from('not the signature').toString('base64url')}`;
    expect(await refusal(forged)).toEqual({ status: 401, code: 'TOKEN_INVALID', message: 'The token is not valid' });
  });

  it('refuses scope claims that are not an OPD code or a NIP (an empty opd once saw every OPD)', async () => {
    for (const opd of ['', 'dlh', 'DLH ', 7, ['DLH']]) {
      expect(await refusal(await token({ claims: { role: 'agency', opd } })), JSON.stringify(opd)).toMatchObject({ status: 401, code: 'TOKEN_INVALID', message: 'The opd claim is not an OPD code' });
    }
    for (const nip of ['', '12345', '19900101201503100X', 199001012015031001]) {
      expect(await refusal(await token({ claims: { role: 'employee', nip } })), JSON.stringify(nip)).toMatchObject({ status: 401, code: 'TOKEN_INVALID', message: 'The nip claim is not a valid NIP' });
    }
    expect(await refusal(await token({ claims: { role: 'agency' } }))).toMatchObject({ code: 'TOKEN_INVALID', message: 'An agency token needs an opd claim' });
  });
});

describe('gateway token settings', () => {
  const env = (extra: Record<string, string>) => ({ JWT_SECRET: SECRET, SERVICE_TOKEN_SECRETS: 'tokens-test-service-secret-0123456789abcdef', ...extra });
  const problems = (extra: Record<string, string>) => {
    try {
      loadConfig(GatewayConfig, env(extra));
      return [];
    } catch (err) {
      if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
      throw err;
    }
  };

  it('requires JWT_ISSUER and JWT_AUDIENCE with JWKS_URL', () => {
    expect(problems({ JWKS_URL: 'https://sso.salatiga.go.id/jwks' })).toEqual(expect.arrayContaining(['JWT_ISSUER', 'JWT_AUDIENCE']));
    expect(problems({ JWKS_URL: 'https://sso.salatiga.go.id/jwks', JWT_ISSUER: 'https://sso.salatiga.go.id' })).toEqual(['JWT_AUDIENCE']);
    expect(problems({ JWKS_URL: 'https://sso.salatiga.go.id/jwks', JWT_ISSUER: 'https://sso.salatiga.go.id', JWT_AUDIENCE: 'asn-gateway' })).toEqual([]);
    expect(() => createVerifier({ jwksUrl: 'https://sso.salatiga.go.id/jwks', maxAgeSeconds: MAX_AGE })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
  });

  it('takes keys over https only, plain http only from this machine (tests)', () => {
    const idp = { JWT_ISSUER: 'https://sso.salatiga.go.id', JWT_AUDIENCE: 'asn-gateway' };
    expect(problems({ JWKS_URL: 'http://sso.salatiga.go.id/jwks', ...idp })).toEqual(['JWKS_URL']);
    expect(problems({ JWKS_URL: 'http://127.0.0.1.evil.example/jwks', ...idp })).toEqual(['JWKS_URL']);
    expect(problems({ JWKS_URL: 'http://127.0.0.1:8080/jwks', ...idp })).toEqual([]);
    expect(problems({ JWKS_URL: 'http://localhost/jwks', ...idp })).toEqual([]);
  });

  it('bounds the maximum token age', () => {
    expect(loadConfig(GatewayConfig, env({})).JWT_MAX_AGE_SECONDS).toBe(43_200);
    expect(problems({ JWT_MAX_AGE_SECONDS: '0' })).toEqual(['JWT_MAX_AGE_SECONDS']);
  });
});
