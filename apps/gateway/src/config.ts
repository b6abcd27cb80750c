import { Type } from '@sinclair/typebox';
import { CONSOLE_CLIENT_ID, GATEWAY_OPS_PORT, GATEWAY_PORT, SERVICE_PORTS } from '@asn/contracts';
import { BaseConfig } from '@asn/service-kit';

// host:port, or several IPv4 ip:port of the service's instances, comma-separated (called in turn).
const grpcUrl = (service: keyof typeof SERVICE_PORTS) =>
  Type.String({ default: `127.0.0.1:${SERVICE_PORTS[service].grpc}`, pattern: '^([^\\s:,]+:[0-9]+|([0-9]{1,3}\\.){3}[0-9]{1,3}:[0-9]+(,([0-9]{1,3}\\.){3}[0-9]{1,3}:[0-9]+)+)$' });

export const GatewayConfig = Type.Composite([
  BaseConfig,
  Type.Object({
    /** The gateway's own database: idempotency keys and the audit log. */
    MONGO_DB: Type.String({ default: 'gateway', pattern: '^[A-Za-z0-9_-]{1,63}$' }),
    PORT: Type.Integer({ default: GATEWAY_PORT, minimum: 0, maximum: 65535 }),
    /** Internal operations port: Prometheus `/metrics` and `/health/upstreams`, never on the public port. */
    OPS_PORT: Type.Integer({ default: GATEWAY_OPS_PORT, minimum: 0, maximum: 65535 }),
    /** Address of the operations port: loopback by default; in a cluster, the pod address that Prometheus scrapes. */
    OPS_HOST: Type.String({ default: '127.0.0.1' }),
    /** HS256 secret for development tokens (at least 32 characters). */
    JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
    /** Production: verify RS256 tokens with the keys at this JWKS URL instead (https; plain http only on loopback, for tests). */
    JWKS_URL: Type.Optional(Type.String({ pattern: '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?/)' })),
    /** With JWKS_URL, required: tokens must carry this `iss` and this `aud`. */
    JWT_ISSUER: Type.Optional(Type.String({ minLength: 1 })),
    JWT_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
    /** The oldest token accepted, counted from its `iat` (seconds). */
    JWT_MAX_AGE_SECONDS: Type.Integer({ default: 43_200, minimum: 60, maximum: 604_800 }),
    PERSONNEL_GRPC_URL: grpcUrl('personnel'),
    LEARNING_GRPC_URL: grpcUrl('learning'),
    PARTNERSHIPS_GRPC_URL: grpcUrl('partnerships'),
    INNOVATION_GRPC_URL: grpcUrl('innovation'),
    EVALUATION_GRPC_URL: grpcUrl('evaluation'),
    ANALYTICS_GRPC_URL: grpcUrl('analytics'),
    /** Deadline of each upstream call. */
    UPSTREAM_DEADLINE_MS: Type.Integer({ default: 5000, minimum: 50 }),
    /** Deadline of each part of a composed read (profile). */
    COMPOSE_DEADLINE_MS: Type.Integer({ default: 1500, minimum: 50 }),
    /** The console's built files (`apps/console/dist`), served under `/`; empty: no console here. */
    CONSOLE_DIR: Type.String({ default: '' }),
    /** The console's OpenID Connect client at JWT_ISSUER (the console signs in there when JWKS_URL is set). */
    CONSOLE_OIDC_CLIENT_ID: Type.String({ default: CONSOLE_CLIENT_ID, pattern: '^[A-Za-z0-9._-]{1,100}$' }),
    /** Comma-separated origins allowed by CORS (empty: none). */
    CORS_ORIGINS: Type.String({ default: '' }),
    /** Requests per token subject per window, over all API routes. */
    RATE_LIMIT_MAX: Type.Integer({ default: 600, minimum: 1 }),
    /** Requests per client address per window, counted before authentication (many users may share an office's address). */
    RATE_LIMIT_IP_MAX: Type.Integer({ default: 3000, minimum: 1 }),
    RATE_LIMIT_WINDOW_MS: Type.Integer({ default: 60_000, minimum: 1000 }),
    /**
     * Reverse proxies in front of the gateway whose X-Forwarded-For is believed, so the per-IP
     * limit sees clients, not the proxy: a hop count (`1`) or comma-separated addresses/CIDRs.
     * Empty: none (the socket's address counts).
     */
    TRUST_PROXY: Type.String({ default: '', pattern: '^([0-9]{1,2}|[0-9a-fA-F.:/, ]*)$' }),
    BODY_LIMIT_BYTES: Type.Integer({ default: 256 * 1024, minimum: 1024 }),
    SSE_HEARTBEAT_MS: Type.Integer({ default: 15_000, minimum: 100 }),
    /** Live metric streams open at once: per token subject, and in all. */
    SSE_MAX_CLIENTS_PER_SUBJECT: Type.Integer({ default: 3, minimum: 1 }),
    SSE_MAX_CLIENTS: Type.Integer({ default: 200, minimum: 1 }),
    /** Events waiting for one slow client before it is disconnected. */
    SSE_MAX_QUEUED: Type.Integer({ default: 1000, minimum: 10 }),
  }),
], { dependencies: { JWKS_URL: ['JWT_ISSUER', 'JWT_AUDIENCE'] } });
