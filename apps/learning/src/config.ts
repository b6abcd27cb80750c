import { Type } from '@sinclair/typebox';
import { GATEWAY_PORT, SERVICE_PORTS } from '@asn/contracts';
import { serviceConfig } from '@asn/service-kit';

export const LearningConfig = serviceConfig({
  PORT: Type.Integer({ default: SERVICE_PORTS.learning.http, minimum: 0, maximum: 65535 }),
  GRPC_PORT: Type.Integer({ default: SERVICE_PORTS.learning.grpc, minimum: 0, maximum: 65535 }),
  MONGO_DB: Type.String({ default: 'learning', pattern: '^[A-Za-z0-9_-]{1,60}$' }),
  /** The signing official on certificates (spec 8.10). */
  CERT_SIGNER_TITLE: Type.String({ default: 'Kepala BKPSDM Kota Salatiga', minLength: 1, maxLength: 120 }),
  CERT_SIGNER_NAME: Type.String({ default: 'Kepala BKPSDM', minLength: 1, maxLength: 120 }),
  CERT_SIGNER_NIP: Type.String({ default: '-', maxLength: 18 }),
  /** Where the public verification page is (the console's origin): the QR code on each certificate points there. */
  CERT_VERIFY_BASE_URL: Type.String({ default: `http://127.0.0.1:${GATEWAY_PORT}`, pattern: '^https?://[^/]+$' }),
});
