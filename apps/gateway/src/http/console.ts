import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { Static } from '@sinclair/typebox';
import type { HttpApp } from '@asn/service-kit';
import type { GatewayConfig } from '../config';

/** Paths that are never the console's: an unknown one there stays a problem+json 404. */
const NOT_CONSOLE = /^\/(v1|docs|health)(\/|$)/;

/**
 * The console's policy: its own scripts and styles (Vite's files), images it draws (charts saved
 * as PNG), and calls to the gateway and the OpenID Provider (discovery, token, JWKS).
 */
export const consoleCsp = (issuer: string | undefined) => {
  const idp = issuer ? ` ${new URL(issuer).origin}` : '';
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'${idp}; form-action 'self'${idp}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`;
};

/**
 * Serves the console (a single-page app) under `/`: its files, `index.html` for every page path,
 * and `/config.json` telling it where to sign in. The API stays under `/v1`.
 */
export async function consoleRoutes(app: HttpApp, config: Static<typeof GatewayConfig>) {
  // Where the console signs in: asked by the console served here, or by its own image (nginx passes it on).
  const signIn = config.JWKS_URL && config.JWT_ISSUER ? { authority: config.JWT_ISSUER, clientId: config.CONSOLE_OIDC_CLIENT_ID, resource: config.JWT_AUDIENCE } : null;
  app.get('/config.json', { schema: { hide: true } }, async (_req, reply) => reply.header('cache-control', 'no-cache').send({ oidc: signIn }));
  if (!config.CONSOLE_DIR) return false;
  const root = resolve(config.CONSOLE_DIR);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`CONSOLE_DIR ${root} has no index.html: build the console first (nx run console:build)`);
  const csp = consoleCsp(config.JWKS_URL ? config.JWT_ISSUER : undefined);
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true });
  app.get<{ Params: { '*': string } }>('/*', { schema: { hide: true } }, async (req, reply) => {
    // The router has decoded the path (a malformed one never gets here); normalised from the root, it cannot climb out.
    const path = normalize(`/${req.params['*']}`);
    if (NOT_CONSOLE.test(path)) return reply.callNotFound();
    reply.header('content-security-policy', csp);
    const file = path.slice(1);
    const full = join(root, file);
    if (file && full.startsWith(root) && statSync(full, { throwIfNoEntry: false })?.isFile()) {
      // Vite names built assets by content hash: they never change under one name.
      return reply.header('cache-control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file, { cacheControl: false });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  return true;
}
