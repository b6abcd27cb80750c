import { Type } from '@sinclair/typebox';
import { SERVICE_PORTS } from '@asn/contracts';
import { serviceConfig } from '@asn/service-kit';

export const InnovationConfig = serviceConfig({
  PORT: Type.Integer({ default: SERVICE_PORTS.innovation.http, minimum: 0, maximum: 65535 }),
  GRPC_PORT: Type.Integer({ default: SERVICE_PORTS.innovation.grpc, minimum: 0, maximum: 65535 }),
  MONGO_DB: Type.String({ default: 'innovation', pattern: '^[A-Za-z0-9_-]{1,60}$' }),
});
