// Original file: innovation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetIdeaRequest as _asn_innovation_v1_GetIdeaRequest, GetIdeaRequest__Output as _asn_innovation_v1_GetIdeaRequest__Output } from '../../../asn/innovation/v1/GetIdeaRequest';
import type { Idea as _asn_innovation_v1_Idea, Idea__Output as _asn_innovation_v1_Idea__Output } from '../../../asn/innovation/v1/Idea';
import type { IdeaPage as _asn_innovation_v1_IdeaPage, IdeaPage__Output as _asn_innovation_v1_IdeaPage__Output } from '../../../asn/innovation/v1/IdeaPage';
import type { Impact as _asn_innovation_v1_Impact, Impact__Output as _asn_innovation_v1_Impact__Output } from '../../../asn/innovation/v1/Impact';
import type { ListIdeasRequest as _asn_innovation_v1_ListIdeasRequest, ListIdeasRequest__Output as _asn_innovation_v1_ListIdeasRequest__Output } from '../../../asn/innovation/v1/ListIdeasRequest';
import type { Participation as _asn_innovation_v1_Participation, Participation__Output as _asn_innovation_v1_Participation__Output } from '../../../asn/innovation/v1/Participation';
import type { RecordParticipationRequest as _asn_innovation_v1_RecordParticipationRequest, RecordParticipationRequest__Output as _asn_innovation_v1_RecordParticipationRequest__Output } from '../../../asn/innovation/v1/RecordParticipationRequest';
import type { ReportImpactRequest as _asn_innovation_v1_ReportImpactRequest, ReportImpactRequest__Output as _asn_innovation_v1_ReportImpactRequest__Output } from '../../../asn/innovation/v1/ReportImpactRequest';
import type { SubmitIdeaRequest as _asn_innovation_v1_SubmitIdeaRequest, SubmitIdeaRequest__Output as _asn_innovation_v1_SubmitIdeaRequest__Output } from '../../../asn/innovation/v1/SubmitIdeaRequest';
import type { TransitionIdeaRequest as _asn_innovation_v1_TransitionIdeaRequest, TransitionIdeaRequest__Output as _asn_innovation_v1_TransitionIdeaRequest__Output } from '../../../asn/innovation/v1/TransitionIdeaRequest';

export interface InnovationClient extends grpc.Client {
  GetIdea(argument: _asn_innovation_v1_GetIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  GetIdea(argument: _asn_innovation_v1_GetIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  GetIdea(argument: _asn_innovation_v1_GetIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  GetIdea(argument: _asn_innovation_v1_GetIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  getIdea(argument: _asn_innovation_v1_GetIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  getIdea(argument: _asn_innovation_v1_GetIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  getIdea(argument: _asn_innovation_v1_GetIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  getIdea(argument: _asn_innovation_v1_GetIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  
  ListIdeas(argument: _asn_innovation_v1_ListIdeasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  ListIdeas(argument: _asn_innovation_v1_ListIdeasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  ListIdeas(argument: _asn_innovation_v1_ListIdeasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  ListIdeas(argument: _asn_innovation_v1_ListIdeasRequest, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  listIdeas(argument: _asn_innovation_v1_ListIdeasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  listIdeas(argument: _asn_innovation_v1_ListIdeasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  listIdeas(argument: _asn_innovation_v1_ListIdeasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  listIdeas(argument: _asn_innovation_v1_ListIdeasRequest, callback: grpc.requestCallback<_asn_innovation_v1_IdeaPage__Output>): grpc.ClientUnaryCall;
  
  RecordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  RecordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  RecordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  RecordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  recordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  recordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  recordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  recordParticipation(argument: _asn_innovation_v1_RecordParticipationRequest, callback: grpc.requestCallback<_asn_innovation_v1_Participation__Output>): grpc.ClientUnaryCall;
  
  ReportImpact(argument: _asn_innovation_v1_ReportImpactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  ReportImpact(argument: _asn_innovation_v1_ReportImpactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  ReportImpact(argument: _asn_innovation_v1_ReportImpactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  ReportImpact(argument: _asn_innovation_v1_ReportImpactRequest, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  reportImpact(argument: _asn_innovation_v1_ReportImpactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  reportImpact(argument: _asn_innovation_v1_ReportImpactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  reportImpact(argument: _asn_innovation_v1_ReportImpactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  reportImpact(argument: _asn_innovation_v1_ReportImpactRequest, callback: grpc.requestCallback<_asn_innovation_v1_Impact__Output>): grpc.ClientUnaryCall;
  
  SubmitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  SubmitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  SubmitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  SubmitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  submitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  submitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  submitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  submitIdea(argument: _asn_innovation_v1_SubmitIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  
  TransitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  TransitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  TransitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  TransitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  transitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  transitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  transitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  transitionIdea(argument: _asn_innovation_v1_TransitionIdeaRequest, callback: grpc.requestCallback<_asn_innovation_v1_Idea__Output>): grpc.ClientUnaryCall;
  
}

export interface InnovationHandlers extends grpc.UntypedServiceImplementation {
  GetIdea: grpc.handleUnaryCall<_asn_innovation_v1_GetIdeaRequest__Output, _asn_innovation_v1_Idea>;
  
  ListIdeas: grpc.handleUnaryCall<_asn_innovation_v1_ListIdeasRequest__Output, _asn_innovation_v1_IdeaPage>;
  
  RecordParticipation: grpc.handleUnaryCall<_asn_innovation_v1_RecordParticipationRequest__Output, _asn_innovation_v1_Participation>;
  
  ReportImpact: grpc.handleUnaryCall<_asn_innovation_v1_ReportImpactRequest__Output, _asn_innovation_v1_Impact>;
  
  SubmitIdea: grpc.handleUnaryCall<_asn_innovation_v1_SubmitIdeaRequest__Output, _asn_innovation_v1_Idea>;
  
  TransitionIdea: grpc.handleUnaryCall<_asn_innovation_v1_TransitionIdeaRequest__Output, _asn_innovation_v1_Idea>;
  
}

export interface InnovationDefinition extends grpc.ServiceDefinition {
  GetIdea: MethodDefinition<_asn_innovation_v1_GetIdeaRequest, _asn_innovation_v1_Idea, _asn_innovation_v1_GetIdeaRequest__Output, _asn_innovation_v1_Idea__Output>
  ListIdeas: MethodDefinition<_asn_innovation_v1_ListIdeasRequest, _asn_innovation_v1_IdeaPage, _asn_innovation_v1_ListIdeasRequest__Output, _asn_innovation_v1_IdeaPage__Output>
  RecordParticipation: MethodDefinition<_asn_innovation_v1_RecordParticipationRequest, _asn_innovation_v1_Participation, _asn_innovation_v1_RecordParticipationRequest__Output, _asn_innovation_v1_Participation__Output>
  ReportImpact: MethodDefinition<_asn_innovation_v1_ReportImpactRequest, _asn_innovation_v1_Impact, _asn_innovation_v1_ReportImpactRequest__Output, _asn_innovation_v1_Impact__Output>
  SubmitIdea: MethodDefinition<_asn_innovation_v1_SubmitIdeaRequest, _asn_innovation_v1_Idea, _asn_innovation_v1_SubmitIdeaRequest__Output, _asn_innovation_v1_Idea__Output>
  TransitionIdea: MethodDefinition<_asn_innovation_v1_TransitionIdeaRequest, _asn_innovation_v1_Idea, _asn_innovation_v1_TransitionIdeaRequest__Output, _asn_innovation_v1_Idea__Output>
}
