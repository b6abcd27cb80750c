import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ProviderKeys {
  /** Private JWKS: the RS256 key that signs ID and access tokens. */
  jwks: { keys: Record<string, unknown>[] };
  /** Keys that sign the provider's cookies (session, interaction). */
  cookieKeys: string[];
}

/**
 * The provider's keys: read from `file`, or made and written there (mode 0600) on first start,
 * so tokens and sessions survive a restart of the provider and the gateway's cached JWKS stays valid.
 */
export function loadOrCreateKeys(file: string): ProviderKeys {
  if (existsSync(file)) {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as ProviderKeys;
    if (!Array.isArray(keys.jwks?.keys) || !keys.jwks.keys.length || !Array.isArray(keys.cookieKeys) || !keys.cookieKeys.length) throw new Error(`${file} holds no signing or cookie keys; delete it to make new ones`);
    return keys;
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: `asn-${randomBytes(6).toString('hex')}` };
  const keys: ProviderKeys = { jwks: { keys: [jwk] }, cookieKeys: [randomBytes(32).toString('base64url')] };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(keys), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return keys;
}
