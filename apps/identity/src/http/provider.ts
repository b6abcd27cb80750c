import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { CONSOLE_CLIENT_ID } from '@asn/contracts';
import type { Directory } from '../domain/users';
import type { ProviderKeys } from '../domain/keys';
import { page } from './pages';

export interface ProviderOptions {
  issuer: string;
  audience: string;
  consoleOrigins: string[];
  directory: Directory;
  keys: ProviderKeys;
  accessTokenTtlSeconds: number;
  sessionTtlSeconds: number;
}

/** The scope of the platform's API on the access token. */
const API_SCOPE = 'api';

/**
 * The OpenID Provider (oidc-provider): one public client, the console, with the authorization code
 * flow and PKCE; access tokens are RS256 JWTs for the platform's API (a resource indicator) that carry
 * the `role`, `opd` and `nip` claims the gateway authorises on; refresh tokens let the console renew
 * before expiry. Sign-in and sign-out pages are ours (Bahasa Indonesia), the rest is the library's.
 */
export function createProvider(o: ProviderOptions): Provider {
  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        client_name: 'Konsol ASN Salatiga',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: o.consoleOrigins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: o.consoleOrigins.map((origin) => `${origin}/`),
      },
    ],
    jwks: o.keys.jwks as Configuration['jwks'],
    cookies: { keys: o.keys.cookieKeys },
    scopes: ['openid', 'profile', 'offline_access', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'role', 'opd', 'nip'] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: o.accessTokenTtlSeconds,
      IdToken: o.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: o.sessionTtlSeconds,
      Grant: o.sessionTtlSeconds,
      RefreshToken: o.sessionTtlSeconds,
    },
    // The console is a first-party client: renewing is allowed without offline_access.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // The console reads the token endpoint from its own origin (the gateway's).
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    findAccount: async (_ctx, id) => {
      const account = o.directory.find(id);
      if (!account) return undefined;
      return {
        accountId: account.accountId,
        claims: async () => ({ sub: account.accountId, name: account.name, role: account.role, ...(account.opd ? { opd: account.opd } : {}), ...(account.nip ? { nip: account.nip } : {}) }),
      };
    },
    // What the gateway authorises on travels in the access token itself.
    extraTokenClaims: async (_ctx, token) => {
      const account = 'accountId' in token && token.accountId ? o.directory.find(token.accountId) : undefined;
      return account ? { role: account.role, ...(account.opd ? { opd: account.opd } : {}), ...(account.nip ? { nip: account.nip } : {}) } : undefined;
    },
    // First-party client: no consent screen, the grant covers what the console asks for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const existing = ctx.oidc.session?.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addOIDCClaims(['name', 'role', 'opd', 'nip']);
      grant.addResourceScope(o.audience, API_SCOPE);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => o.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== o.audience) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return { scope: API_SCOPE, audience: o.audience, accessTokenTTL: o.accessTokenTtlSeconds, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = page('Keluar', `<h1>Keluar dari Konsol ASN?</h1><p>Anda akan keluar dari semua halaman konsol di peramban ini.</p>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Keluar</button>`);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = page('Sudah keluar', '<h1>Anda sudah keluar</h1>');
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Terjadi kesalahan', `<h1>Terjadi kesalahan</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  };
  const provider = new Provider(o.issuer, configuration);
  // Behind a TLS-terminating proxy in production, the forwarded protocol counts.
  provider.proxy = true;
  return provider;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
