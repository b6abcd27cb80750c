import type { ServiceName } from './catalog';

/** Default ports (spec 7): gRPC 50051–50056 and HTTP 3001–3006, in this order. */
export const SERVICE_PORTS: Record<ServiceName, { grpc: number; http: number }> = {
  personnel: { grpc: 50051, http: 3001 },
  learning: { grpc: 50052, http: 3002 },
  partnerships: { grpc: 50053, http: 3003 },
  innovation: { grpc: 50054, http: 3004 },
  evaluation: { grpc: 50055, http: 3005 },
  analytics: { grpc: 50056, http: 3006 },
};

export const GATEWAY_PORT = 8080;
/** The gateway's internal operations port (`/metrics`, `/health/upstreams`), never exposed. */
export const GATEWAY_OPS_PORT = 9080;
/** The local OpenID Provider of `npm start` (development sign-in for the console; production uses the city's). */
export const IDENTITY_PORT = 8090;
/** The audience of the access tokens the gateway accepts from an OpenID Provider (a resource indicator). */
export const API_AUDIENCE = 'urn:salatiga-asn:api';
/** The console's OpenID Connect client id. */
export const CONSOLE_CLIENT_ID = 'asn-console';

/** gRPC service names and proto files. */
export const GRPC_SERVICES: Record<ServiceName, { proto: string; fullName: string }> = {
  personnel: { proto: 'personnel.proto', fullName: 'asn.personnel.v1.Personnel' },
  learning: { proto: 'learning.proto', fullName: 'asn.learning.v1.Learning' },
  partnerships: { proto: 'partnerships.proto', fullName: 'asn.partnerships.v1.Partnerships' },
  innovation: { proto: 'innovation.proto', fullName: 'asn.innovation.v1.Innovation' },
  evaluation: { proto: 'evaluation.proto', fullName: 'asn.evaluation.v1.Evaluation' },
  analytics: { proto: 'analytics.proto', fullName: 'asn.analytics.v1.Analytics' },
};
