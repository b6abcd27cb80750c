import { readFileSync } from 'node:fs';
import type { Static } from '@sinclair/typebox';
import { ServiceRuntime } from '@asn/service-kit';
import type { IdentityConfig } from './config';
import { loadOrCreateKeys } from './domain/keys';
import type { IdentityUser } from '@asn/contracts';
import { Directory, usersFileProblems } from './domain/users';
import { interactionRoutes } from './http/interactions';
import { createProvider } from './http/provider';

/** Paths the kit and the sign-in pages answer; everything else is the OpenID Provider's. */
const OWN_PATHS = /^\/(health\/|metrics$|interaction\/)/;

export async function createIdentity(config: Static<typeof IdentityConfig>) {
  const raw = JSON.parse(readFileSync(config.USERS_FILE, 'utf8')) as unknown;
  const problems = usersFileProblems(raw);
  if (problems.length) throw new Error(`${config.USERS_FILE}: ${problems.join('; ')}`);
  const directory = new Directory((raw as { users: IdentityUser[] }).users);
  const consoleOrigins = config.CONSOLE_ORIGINS.split(',');
  const runtime = new ServiceRuntime({ service: 'identity', httpPort: config.PORT, host: config.HOST, logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  const provider = createProvider({ issuer: config.ISSUER, audience: config.API_AUDIENCE, consoleOrigins, directory, keys: loadOrCreateKeys(config.KEYS_FILE), accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS, sessionTtlSeconds: config.SESSION_TTL_SECONDS });
  provider.on('server_error', (_ctx, err) => runtime.logger.error({ err }, 'OpenID Provider error'));
  provider.on('grant.success', (ctx) => runtime.logger.info({ client: ctx.oidc.client?.clientId, account: ctx.oidc.account?.accountId }, 'tokens issued'));
  const app = runtime.http;
  const handle = provider.callback();
  // The provider reads its own request bodies, so it takes the request before fastify parses one.
  app.addHook('onRequest', (req, reply, done) => {
    if (OWN_PATHS.test(req.url)) return done();
    reply.hijack();
    handle(req.raw, reply.raw);
  });
  await interactionRoutes(app, provider, directory, consoleOrigins.join(' '));
  runtime.logger.info({ issuer: config.ISSUER, users: directory.size, consoleOrigins }, 'OpenID Provider configured');
  return { runtime, provider, directory };
}
