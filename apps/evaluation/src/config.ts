import { Type } from '@sinclair/typebox';
import { SERVICE_PORTS } from '@asn/contracts';
import { serviceConfig } from '@asn/service-kit';

export const EvaluationConfig = serviceConfig({
  PORT: Type.Integer({ default: SERVICE_PORTS.evaluation.http, minimum: 0, maximum: 65535 }),
  GRPC_PORT: Type.Integer({ default: SERVICE_PORTS.evaluation.grpc, minimum: 0, maximum: 65535 }),
  MONGO_DB: Type.String({ default: 'evaluation', pattern: '^[A-Za-z0-9_-]{1,60}$' }),
  /** Days after a completed training when its behaviour assessment (Kirkpatrick L3) is due. */
  BEHAVIOR_FOLLOW_UP_DAYS: Type.Integer({ default: 90, minimum: 1, maximum: 730 }),
});
