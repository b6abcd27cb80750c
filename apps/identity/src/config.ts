import { Type } from '@sinclair/typebox';
import { API_AUDIENCE, GATEWAY_PORT, IDENTITY_PORT } from '@asn/contracts';

/** The local OpenID Provider's settings (development and tests; production uses the city's issuer). */
export const IdentityConfig = Type.Object({
  LOG_LEVEL: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent')], { default: 'info' }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ default: IDENTITY_PORT, minimum: 0, maximum: 65535 }),
  /** The issuer URL as browsers and the gateway reach it (the `iss` of every token). */
  ISSUER: Type.String({ default: `http://127.0.0.1:${IDENTITY_PORT}`, pattern: '^https?://[^/]+$' }),
  /** The `aud` of access tokens: what the gateway's JWT_AUDIENCE expects. */
  API_AUDIENCE: Type.String({ default: API_AUDIENCE, minLength: 1 }),
  /** Where the console is served (the gateway's origins), comma-separated: its sign-in and sign-out return there. */
  CONSOLE_ORIGINS: Type.String({ default: `http://127.0.0.1:${GATEWAY_PORT},http://localhost:${GATEWAY_PORT}`, pattern: '^https?://[^/,]+(,https?://[^/,]+)*$' }),
  /** JSON `{ "users": [{ username, password, name, role, opd?, nip? }] }` (npm start writes the demo's). */
  USERS_FILE: Type.String({ minLength: 1 }),
  /** Signing keys (a private JWKS) and cookie keys, created on first start so tokens outlive a restart. */
  KEYS_FILE: Type.String({ minLength: 1 }),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ default: 900, minimum: 30, maximum: 86_400 }),
  /** A signed-in session (and its refresh token) lasts this long without a new sign-in. */
  SESSION_TTL_SECONDS: Type.Integer({ default: 28_800, minimum: 60, maximum: 2_592_000 }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100 }),
});
