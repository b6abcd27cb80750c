import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_AUDIENCE, CONSOLE_CLIENT_ID } from '@asn/contracts';
import { freePort } from '@asn/testing';
import { createIdentity } from '../src/app';
import { usersFileProblems } from '../src/domain/users';

const consoleOrigin = 'http://127.0.0.1:8080';
const redirectUri = `${consoleOrigin}/auth/callback`;
const users = [
  { username: 'admin', password: 'rahasia-admin-1', name: 'Admin BKPSDM', role: 'admin' },
  { username: 'dlh', password: 'rahasia-dlh-1', name: 'Operator DLH', role: 'agency', opd: 'DLH' },
  { username: 'pegawai', password: 'rahasia-pegawai-1', name: 'Dewi Lestari', role: 'employee', nip: '199001152015032001' },
];

let issuer: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asn-identity-'));
  writeFileSync(join(dir, 'users.json'), JSON.stringify({ users }));
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  const { runtime } = await createIdentity({ LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: port, ISSUER: issuer, API_AUDIENCE, CONSOLE_ORIGINS: consoleOrigin, USERS_FILE: join(dir, 'users.json'), KEYS_FILE: join(dir, 'keys.json'), ACCESS_TOKEN_TTL_SECONDS: 300, SESSION_TTL_SECONDS: 3600, SHUTDOWN_TIMEOUT_MS: 2000 });
  await runtime.start();
  await runtime.whenReady();
  stop = () => runtime.stop();
});
afterAll(() => stop?.());

/** A browser's cookies for one site, enough to follow the provider's redirects. */
class Browser {
  private readonly cookies = new Map<string, string>();
  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      this.cookies.set(name!, value ?? '');
    }
    return res;
  }
}

interface Tokens {
  access_token: string;
  id_token: string;
  refresh_token: string;
}

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/** Starts a sign-in as the console does (authorization code with PKCE) up to the sign-in form. */
async function startSignIn(browser: Browser, challenge: string) {
  const auth = new URL(`${issuer}/auth`);
  Object.entries({ client_id: CONSOLE_CLIENT_ID, response_type: 'code', redirect_uri: redirectUri, scope: 'openid profile', state: 'state-1', code_challenge: challenge, code_challenge_method: 'S256' }).forEach(([k, v]) => auth.searchParams.set(k, v));
  const toForm = await browser.go(auth.href);
  expect(toForm.status).toBe(303);
  const formUrl = new URL(toForm.headers.get('location')!, issuer).href;
  const form = await browser.go(formUrl);
  return { formUrl, form };
}

/** Submits the form and follows the provider's redirects back to the console; the code it gives. */
async function signIn(browser: Browser, formUrl: string, username: string, password: string) {
  let res = await browser.go(`${formUrl}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password }).toString() });
  for (let hops = 0; hops < 8 && res.status >= 300 && res.status < 400; hops++) {
    const next = new URL(res.headers.get('location')!, issuer);
    if (next.origin === consoleOrigin) return next;
    res = await browser.go(next.href);
  }
  return res;
}

const token = (params: Record<string, string>) => fetch(`${issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: consoleOrigin }, body: new URLSearchParams({ client_id: CONSOLE_CLIENT_ID, ...params }).toString() });

describe('the local OpenID Provider', () => {
  it('publishes its discovery document with the code flow and S256 PKCE', async () => {
    const doc = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, string & string[]>;
    expect(doc.issuer).toBe(issuer);
    expect(doc.code_challenge_methods_supported).toContain('S256');
    expect(doc.response_types_supported).toContain('code');
    expect(doc.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(doc.end_session_endpoint).toBeTruthy();
  });

  it('signs a user in with the code flow and PKCE; the access token is an RS256 JWT for the API with the role, OPD and NIP claims', async () => {
    for (const user of users) {
      const browser = new Browser();
      const { verifier, challenge } = pkce();
      const { formUrl, form } = await startSignIn(browser, challenge);
      const html = await form.text();
      expect(html).toContain('<label for="username">Nama pengguna</label>');
      expect(html).toContain('<label for="password">Kata sandi</label>');
      const back = await signIn(browser, formUrl, user.username, user.password);
      expect(back).toBeInstanceOf(URL);
      const callback = back as URL;
      expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
      expect(callback.searchParams.get('state')).toBe('state-1');
      const res = await token({ grant_type: 'authorization_code', code: callback.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
      expect(res.status).toBe(200);
      // The console calls the token endpoint from its own origin.
      expect(res.headers.get('access-control-allow-origin')).toBe(consoleOrigin);
      const tokens = (await res.json()) as Tokens;
      expect(decodeProtectedHeader(tokens.access_token).alg).toBe('RS256');
      const { payload } = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(`${issuer}/jwks`)), { issuer, audience: API_AUDIENCE });
      expect(payload.sub).toBe(user.username);
      expect(payload.role).toBe(user.role);
      expect(payload.opd).toBe(user.opd);
      expect(payload.nip).toBe(user.nip);
      expect(typeof payload.iat).toBe('number');
      expect(payload.exp! - payload.iat!).toBe(300);
      const { payload: id } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(`${issuer}/jwks`)), { issuer, audience: CONSOLE_CLIENT_ID });
      expect(id.name).toBe(user.name);
      expect(tokens.refresh_token).toBeTruthy();

      // Renewal before expiry: a new access token with the same claims, the refresh token rotated.
      const renewed = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
      expect(renewed.status).toBe(200);
      const next = (await renewed.json()) as Tokens;
      expect(next.access_token).not.toBe(tokens.access_token);
      const { payload: again } = await jwtVerify(next.access_token, createRemoteJWKSet(new URL(`${issuer}/jwks`)), { issuer, audience: API_AUDIENCE });
      expect([again.role, again.opd, again.nip]).toEqual([user.role, user.opd, user.nip]);
      // The old refresh token was rotated away.
      expect((await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status).toBe(400);
    }
  });

  it('refuses a wrong password with a message in Bahasa Indonesia and gives no code', async () => {
    const browser = new Browser();
    const { formUrl } = await startSignIn(browser, pkce().challenge);
    for (const [username, password] of [['admin', 'salah-sekali'], ['tidak-ada', 'rahasia-admin-1']]) {
      const res = await signIn(browser, formUrl, username!, password!);
      expect(res).toBeInstanceOf(Response);
      expect((res as Response).status).toBe(401);
      expect(await (res as Response).text()).toContain('Nama pengguna atau kata sandi salah.');
    }
  });

  it('gives no tokens for a code without its PKCE verifier, or with another', async () => {
    const browser = new Browser();
    const { challenge } = pkce();
    const { formUrl } = await startSignIn(browser, challenge);
    const callback = (await signIn(browser, formUrl, 'dlh', 'rahasia-dlh-1')) as URL;
    const code = callback.searchParams.get('code')!;
    const without = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(without.status).toBe(400);
    const other = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: pkce().verifier });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses to start a sign-in that returns anywhere but the console', async () => {
    const auth = new URL(`${issuer}/auth`);
    Object.entries({ client_id: CONSOLE_CLIENT_ID, response_type: 'code', redirect_uri: 'https://evil.example/cb', scope: 'openid', code_challenge: pkce().challenge, code_challenge_method: 'S256' }).forEach(([k, v]) => auth.searchParams.set(k, v));
    const res = await fetch(auth, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Terjadi kesalahan');
  });

  it('checks its users file, naming each problem', () => {
    expect(usersFileProblems({ users })).toEqual([]);
    expect(usersFileProblems({ users: [{ username: 'x1', password: 'pendek', name: 'X', role: 'admin' }] })[0]).toMatch(/password/);
    expect(usersFileProblems({ users: [{ username: 'agen', password: 'panjang-sekali', name: 'A', role: 'agency' }] })).toEqual(['agen: an agency user needs an OPD code (opd)']);
    expect(usersFileProblems({ users: [{ username: 'peg', password: 'panjang-sekali', name: 'P', role: 'employee', nip: '123' }] })).toEqual(['peg: an employee user needs a valid NIP (nip)']);
  });
});
