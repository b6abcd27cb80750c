import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTopics, freePort, signDevToken, startNginx, startPlatform, testNamespace, type RunningPlatform } from '@asn/testing';
import { consoleCsp } from '../src/http/console';

// As `npm start` runs it: development tokens (HS256) and the console's OpenID Provider (RS256 from
// JWKS) accepted side by side, and the console served under `/`.
const ns = testNamespace('gwconsole');
const secret = 'a-development-secret-0123456789-abcdef';
const issuer = 'http://127.0.0.1:8090';
let platform: RunningPlatform;
let jwks: Server;
let consoleDir: string;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const port = await freePort();
  jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(port, '127.0.0.1', r));
  consoleDir = mkdtempSync(join(tmpdir(), 'asn-console-'));
  const dir = consoleDir;
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Konsol ASN</title><div id="app"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("konsol")');
  platform = await startPlatform(ns, { apps: ['gateway'], env: { JWT_SECRET: secret, JWKS_URL: `http://127.0.0.1:${port}/jwks`, JWT_ISSUER: issuer, JWT_AUDIENCE: 'urn:salatiga-asn:api', CONSOLE_DIR: dir } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  jwks?.close();
  await deleteTopics(ns.id);
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${platform.gatewayUrl}${path}`, { headers, redirect: 'manual' });
const status = async (token: string) => (await get('/v1/metrics/opd/DLH', { authorization: `Bearer ${token}` })).status;
const rs256 = (claims: Record<string, string>, aud = 'urn:salatiga-asn:api', alg = 'RS256') =>
  new SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' }).setSubject('dlh').setIssuer(issuer).setAudience(aud).setIssuedAt().setExpirationTime('10m').sign(privateKey);

describe('gateway with development tokens and an OpenID Provider at once', () => {
  it('accepts both: a development token and the provider’s token (past authentication: analytics is not running, 503)', async () => {
    expect(await status(await signDevToken(secret, { role: 'analyst' }))).toBe(503);
    expect(await status(await rs256({ role: 'agency', opd: 'DLH' }))).toBe(503);
    // Roles and OPD scope apply to either.
    expect(await status(await rs256({ role: 'agency', opd: 'DINKES' }))).toBe(403);
    expect(await status(await signDevToken(secret, { role: 'employee', nip: '199001012015031001' }))).toBe(403);
  });

  it('lets a token’s algorithm pick only its own key: another secret, another audience, an unsigned token are refused', async () => {
    expect(await status(await signDevToken('another-secret-of-32-characters-or-more', { role: 'admin' }))).toBe(401);
    expect(await status(await rs256({ role: 'admin' }, 'another-app'))).toBe(401);
    expect(await status(new UnsecuredJWT({ role: 'admin' }).setSubject('x').setIssuedAt().setExpirationTime('10m').encode())).toBe(401);
    // An HS256 token whose "secret" is the provider's public key (algorithm confusion) is just a wrong secret.
    const publicJwk = JSON.stringify(await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey));
    expect(await status(await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(publicJwk)))).toBe(401);
  });
});

describe('the console under /', () => {
  it('serves its page for every page path, with a policy that lets it reach only the gateway and the provider', async () => {
    for (const path of ['/', '/opd/DLH', '/pegawai/199001012015031001?x=1', '/auth/callback?code=abc&state=s']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<title>Konsol ASN</title>');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain(`connect-src 'self' ${issuer}`);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('serves its built files with long caching, and never a file outside its folder', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log("konsol")');
    const escape = await get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).not.toContain('root:');
    // A path that is not valid percent-encoding is the client's mistake, never a server error.
    expect((await get('/opd/%E0%A4%A')).status).toBe(400);
  });

  it('is served the same by the console’s own image: its nginx configuration, run on Debian’s nginx, in front of this gateway', async () => {
    const template = join(__dirname, '..', '..', 'console', 'nginx.conf.template');
    const nginx = await startNginx({ template, vars: { GATEWAY_URL: platform.gatewayUrl, OIDC_ISSUER_ORIGIN: issuer }, root: consoleDir });
    try {
      const viaImage = (path: string, init: RequestInit = {}) => fetch(`${nginx.url}${path}`, { redirect: 'manual', ...init });
      // Every page and file carries the gateway's policy (one header each, none lost to a location's own headers).
      for (const path of ['/', '/opd/DLH', '/assets/index-abc123.js']) {
        const [image, gateway] = [await viaImage(path), await get(path)];
        expect(image.status, path).toBe(200);
        expect(image.headers.get('content-security-policy'), path).toBe(consoleCsp(issuer));
        expect(image.headers.get('content-security-policy'), path).toBe(gateway.headers.get('content-security-policy'));
        expect(image.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(image.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(await image.text(), path).toBe(await gateway.text());
      }
      expect((await viaImage('/opd/DLH')).headers.get('cache-control')).toBe('no-cache');
      expect((await viaImage('/assets/index-abc123.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await viaImage('/assets/index-abc123.js')).headers.get('content-type')).toMatch(/javascript/);
      // A built file that is missing is a 404, never the app, and is not cached.
      const missing = await viaImage('/assets/index-gone.js');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).toBeNull();
      // The console's settings and the API are the gateway's, passed through.
      const settings = await viaImage('/config.json');
      expect(await settings.json()).toEqual(await (await get('/config.json')).json());
      expect(settings.headers.get('cache-control')).toBe('no-cache');
      const refused = await viaImage('/v1/metrics/opd/DLH');
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      // Its headers are the gateway's, not doubled by the image's caching rule.
      expect(refused.headers.get('cache-control')).toBe((await get('/v1/metrics/opd/DLH')).headers.get('cache-control'));
    } finally {
      await nginx.stop();
    }
  }, 60_000);

  it('tells the console where to sign in', async () => {
    expect(await (await get('/config.json')).json()).toEqual({ oidc: { authority: issuer, clientId: 'asn-console', resource: 'urn:salatiga-asn:api' } });
  });

  it('leaves the API, docs and health as they were: an unknown API path is a problem+json 404', async () => {
    const res = await get('/v1/no-such-route');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { code: string }).code).toBe('ROUTE_NOT_FOUND');
    expect((await get('/health/live')).status).toBe(200);
    expect((await get('/docs/json')).headers.get('content-type')).toMatch(/json/);
  });
});
