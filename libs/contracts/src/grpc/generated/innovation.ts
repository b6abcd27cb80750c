import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';
import type { GetIdeaRequest as _asn_innovation_v1_GetIdeaRequest, GetIdeaRequest__Output as _asn_innovation_v1_GetIdeaRequest__Output } from './asn/innovation/v1/GetIdeaRequest';
import type { Idea as _asn_innovation_v1_Idea, Idea__Output as _asn_innovation_v1_Idea__Output } from './asn/innovation/v1/Idea';
import type { IdeaPage as _asn_innovation_v1_IdeaPage, IdeaPage__Output as _asn_innovation_v1_IdeaPage__Output } from './asn/innovation/v1/IdeaPage';
import type { Impact as _asn_innovation_v1_Impact, Impact__Output as _asn_innovation_v1_Impact__Output } from './asn/innovation/v1/Impact';
import type { InnovationClient as _asn_innovation_v1_InnovationClient, InnovationDefinition as _asn_innovation_v1_InnovationDefinition } from './asn/innovation/v1/Innovation';
import type { ListIdeasRequest as _asn_innovation_v1_ListIdeasRequest, ListIdeasRequest__Output as _asn_innovation_v1_ListIdeasRequest__Output } from './asn/innovation/v1/ListIdeasRequest';
import type { Participation as _asn_innovation_v1_Participation, Participation__Output as _asn_innovation_v1_Participation__Output } from './asn/innovation/v1/Participation';
import type { RecordParticipationRequest as _asn_innovation_v1_RecordParticipationRequest, RecordParticipationRequest__Output as _asn_innovation_v1_RecordParticipationRequest__Output } from './asn/innovation/v1/RecordParticipationRequest';
import type { ReportImpactRequest as _asn_innovation_v1_ReportImpactRequest, ReportImpactRequest__Output as _asn_innovation_v1_ReportImpactRequest__Output } from './asn/innovation/v1/ReportImpactRequest';
import type { SubmitIdeaRequest as _asn_innovation_v1_SubmitIdeaRequest, SubmitIdeaRequest__Output as _asn_innovation_v1_SubmitIdeaRequest__Output } from './asn/innovation/v1/SubmitIdeaRequest';
import type { Transition as _asn_innovation_v1_Transition, Transition__Output as _asn_innovation_v1_Transition__Output } from './asn/innovation/v1/Transition';
import type { TransitionIdeaRequest as _asn_innovation_v1_TransitionIdeaRequest, TransitionIdeaRequest__Output as _asn_innovation_v1_TransitionIdeaRequest__Output } from './asn/innovation/v1/TransitionIdeaRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  asn: {
    common: {
      v1: {
        CompetencyRef: MessageTypeDefinition<_asn_common_v1_CompetencyRef, _asn_common_v1_CompetencyRef__Output>
        Empty: MessageTypeDefinition<_asn_common_v1_Empty, _asn_common_v1_Empty__Output>
        Health: MessageTypeDefinition<_asn_common_v1_Health, _asn_common_v1_Health__Output>
        PageRequest: MessageTypeDefinition<_asn_common_v1_PageRequest, _asn_common_v1_PageRequest__Output>
      }
    }
    innovation: {
      v1: {
        GetIdeaRequest: MessageTypeDefinition<_asn_innovation_v1_GetIdeaRequest, _asn_innovation_v1_GetIdeaRequest__Output>
        Idea: MessageTypeDefinition<_asn_innovation_v1_Idea, _asn_innovation_v1_Idea__Output>
        IdeaPage: MessageTypeDefinition<_asn_innovation_v1_IdeaPage, _asn_innovation_v1_IdeaPage__Output>
        Impact: MessageTypeDefinition<_asn_innovation_v1_Impact, _asn_innovation_v1_Impact__Output>
        Innovation: SubtypeConstructor<typeof grpc.Client, _asn_innovation_v1_InnovationClient> & { service: _asn_innovation_v1_InnovationDefinition }
        ListIdeasRequest: MessageTypeDefinition<_asn_innovation_v1_ListIdeasRequest, _asn_innovation_v1_ListIdeasRequest__Output>
        Participation: MessageTypeDefinition<_asn_innovation_v1_Participation, _asn_innovation_v1_Participation__Output>
        RecordParticipationRequest: MessageTypeDefinition<_asn_innovation_v1_RecordParticipationRequest, _asn_innovation_v1_RecordParticipationRequest__Output>
        ReportImpactRequest: MessageTypeDefinition<_asn_innovation_v1_ReportImpactRequest, _asn_innovation_v1_ReportImpactRequest__Output>
        SubmitIdeaRequest: MessageTypeDefinition<_asn_innovation_v1_SubmitIdeaRequest, _asn_innovation_v1_SubmitIdeaRequest__Output>
        Transition: MessageTypeDefinition<_asn_innovation_v1_Transition, _asn_innovation_v1_Transition__Output>
        TransitionIdeaRequest: MessageTypeDefinition<_asn_innovation_v1_TransitionIdeaRequest, _asn_innovation_v1_TransitionIdeaRequest__Output>
      }
    }
  }
}

