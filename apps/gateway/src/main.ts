import { setFlagsFromString } from 'node:v8';
import { loadConfigOrExit } from '@asn/service-kit';
import { createGateway } from './app';
import { GatewayConfig } from './config';

/**
 * V8's heap growing factor (1 + this / 100) for the gateway's short-lived garbage: with its old space
 * capped (HEAP_LIMIT_MB in scripts/pinned-node.ts) V8 would lower the factor towards 1.3 and collect
 * far more often (a fifth more CPU per request, measured); 4 is what V8 picks uncapped on a large
 * machine. Set here, not in NODE_OPTIONS, which does not accept this option.
 */
const GATEWAY_HEAP_GROWING_PERCENT = 300;
setFlagsFromString(`--heap-growing-percent=${GATEWAY_HEAP_GROWING_PERCENT}`);

const config = loadConfigOrExit(GatewayConfig, 'gateway');
if (!config.JWT_SECRET && !config.JWKS_URL) {
  process.stderr.write('gateway: Invalid configuration:\n  JWT_SECRET: set it (development, HS256) or JWKS_URL (production, RS256)\n');
  process.exit(78);
}
const { runtime } = await createGateway(config);
await runtime.start();
