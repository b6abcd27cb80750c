import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTopics, freePort, signDevToken, startPlatform, testNamespace, type RunningPlatform } from '@asn/testing';

// Production mode: RS256 tokens verified with the keys published at a JWKS URL (an identity provider).
const ns = testNamespace('jwks');
let platform: RunningPlatform;
let jwks: Server;
type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: Key;

const rs256 = (claims: Record<string, string>, key = privateKey, kid = 'key-1') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).setSubject('idp-user').setIssuer('https://sso.salatiga.go.id').setAudience('asn-gateway').setIssuedAt().setExpirationTime('10m').sign(key);

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  const port = await freePort();
  jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(port, '127.0.0.1', r));
  platform = await startPlatform(ns, { apps: ['gateway'], env: { JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, JWT_ISSUER: 'https://sso.salatiga.go.id', JWT_AUDIENCE: 'asn-gateway' } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  jwks?.close();
  await deleteTopics(ns.id);
});

describe('gateway with a JWKS URL (RS256)', () => {
  const get = async (token: string) => (await fetch(`${platform.gatewayUrl}/v1/metrics/opd/DLH`, { headers: { authorization: `Bearer ${token}` } })).status;

  it('accepts RS256 tokens signed by a published key, and still applies roles', async () => {
    // Allowed past authentication: the analytics service is not running here, so 503 (not 401/403).
    expect(await get(await rs256({ role: 'analyst' }))).toBe(503);
    expect(await get(await rs256({ role: 'employee', nip: '199001012015031001' }))).toBe(403);
  });

  it('refuses HS256 development tokens, unknown keys and other issuers', async () => {
    expect(await get(await signDevToken('a-development-secret-0123456789-abcdef', { role: 'admin' }))).toBe(401);
    const other = (await generateKeyPair('RS256')).privateKey;
    expect(await get(await rs256({ role: 'admin' }, other))).toBe(401);
    expect(await get(await rs256({ role: 'admin' }, privateKey, 'unknown-kid'))).toBe(401);
    const signed = (issuer: string, audience?: string) => {
      const jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).setSubject('x').setIssuer(issuer).setIssuedAt().setExpirationTime('10m');
      return (audience ? jwt.setAudience(audience) : jwt).sign(privateKey);
    };
    expect(await get(await signed('https://evil.example', 'asn-gateway'))).toBe(401);
    // The audience is required too: a token the same provider issued for another application is refused.
    expect(await get(await signed('https://sso.salatiga.go.id'))).toBe(401);
    expect(await get(await signed('https://sso.salatiga.go.id', 'another-app'))).toBe(401);
    expect(await get(await signed('https://sso.salatiga.go.id', 'asn-gateway'))).toBe(503);
  });
});
