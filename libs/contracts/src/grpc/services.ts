import type { MethodDefinition } from '@grpc/proto-loader';
import type { ServiceName } from '../catalog';
import type { AnalyticsDefinition } from './generated/asn/analytics/v1/Analytics';
import type { EvaluationDefinition } from './generated/asn/evaluation/v1/Evaluation';
import type { InnovationDefinition } from './generated/asn/innovation/v1/Innovation';
import type { LearningDefinition } from './generated/asn/learning/v1/Learning';
import type { PartnershipsDefinition } from './generated/asn/partnerships/v1/Partnerships';
import type { PersonnelDefinition } from './generated/asn/personnel/v1/Personnel';

/**
 * Each service's gRPC definition as generated from its `.proto` (`npm run grpc:types`): the one
 * source of the method names and message shapes that the clients and handlers below are typed by.
 */
export interface GrpcServiceDefinitions {
  personnel: PersonnelDefinition;
  learning: LearningDefinition;
  partnerships: PartnershipsDefinition;
  innovation: InnovationDefinition;
  evaluation: EvaluationDefinition;
  analytics: AnalyticsDefinition;
}

// The generated definitions extend grpc's ServiceDefinition, whose index signature would let any name through.
type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] } & string;

/** The rpc names of a service, as in its `.proto`. */
export type RpcName<S extends ServiceName> = DeclaredKeys<GrpcServiceDefinitions[S]>;

// MethodDefinition<request sent, response sent, request received, response received>
type Part<S extends ServiceName, M extends RpcName<S>, I extends 0 | 1 | 2 | 3> =
  GrpcServiceDefinitions[S][M] extends MethodDefinition<infer SentReq, infer SentRes, infer GotReq, infer GotRes> ? [SentReq, SentRes, GotReq, GotRes][I] : never;

/** What a caller may send (proto3: every field optional). */
export type RpcRequest<S extends ServiceName, M extends RpcName<S>> = Part<S, M, 0>;
/** What a caller gets back (defaults filled in, as the loader decodes it). */
export type RpcResponse<S extends ServiceName, M extends RpcName<S>> = Part<S, M, 3>;
/** What a handler receives (defaults filled in). */
export type RpcReceived<S extends ServiceName, M extends RpcName<S>> = Part<S, M, 2>;
/** What a handler may answer. */
export type RpcAnswer<S extends ServiceName, M extends RpcName<S>> = Part<S, M, 1>;

/** A typed client of one service: a promise-returning function per rpc. */
export type RpcClient<S extends ServiceName> = { [M in RpcName<S>]: (request: RpcRequest<S, M>, opts?: { deadlineMs?: number }) => Promise<RpcResponse<S, M>> };

/** A service's handlers: one async function per rpc of its `.proto`, none missing, none extra. */
export type RpcHandlers<S extends ServiceName, Call = unknown> = { [M in RpcName<S>]: (request: RpcReceived<S, M>, call: Call) => Promise<RpcAnswer<S, M>> | RpcAnswer<S, M> };
