import { Type } from '@sinclair/typebox';
import { SERVICE_PORTS } from '@asn/contracts';
import { serviceConfig } from '@asn/service-kit';

export const PartnershipsConfig = serviceConfig({
  PORT: Type.Integer({ default: SERVICE_PORTS.partnerships.http, minimum: 0, maximum: 65535 }),
  GRPC_PORT: Type.Integer({ default: SERVICE_PORTS.partnerships.grpc, minimum: 0, maximum: 65535 }),
  MONGO_DB: Type.String({ default: 'partnerships', pattern: '^[A-Za-z0-9_-]{1,60}$' }),
  /** How often agreements past their end date are ended (and `agreement.ended` emitted). */
  AGREEMENT_CHECK_INTERVAL_MS: Type.Integer({ default: 60_000, minimum: 100 }),
});
