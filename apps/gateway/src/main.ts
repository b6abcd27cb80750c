import { loadConfigOrExit } from '@asn/service-kit';
import { createGateway } from './app';
import { GatewayConfig } from './config';

const config = loadConfigOrExit(GatewayConfig, 'gateway');
if (!config.JWT_SECRET && !config.JWKS_URL) {
  process.stderr.write('gateway: Invalid configuration:\n  JWT_SECRET: set it (development, HS256) or JWKS_URL (production, RS256)\n');
  process.exit(78);
}
const { runtime } = await createGateway(config);
await runtime.start();
