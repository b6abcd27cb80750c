import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';
import type { Agreement as _asn_partnerships_v1_Agreement, Agreement__Output as _asn_partnerships_v1_Agreement__Output } from './asn/partnerships/v1/Agreement';
import type { AgreementPage as _asn_partnerships_v1_AgreementPage, AgreementPage__Output as _asn_partnerships_v1_AgreementPage__Output } from './asn/partnerships/v1/AgreementPage';
import type { CompletePlacementRequest as _asn_partnerships_v1_CompletePlacementRequest, CompletePlacementRequest__Output as _asn_partnerships_v1_CompletePlacementRequest__Output } from './asn/partnerships/v1/CompletePlacementRequest';
import type { ListAgreementsRequest as _asn_partnerships_v1_ListAgreementsRequest, ListAgreementsRequest__Output as _asn_partnerships_v1_ListAgreementsRequest__Output } from './asn/partnerships/v1/ListAgreementsRequest';
import type { ListPartnersRequest as _asn_partnerships_v1_ListPartnersRequest, ListPartnersRequest__Output as _asn_partnerships_v1_ListPartnersRequest__Output } from './asn/partnerships/v1/ListPartnersRequest';
import type { ListPlacementsRequest as _asn_partnerships_v1_ListPlacementsRequest, ListPlacementsRequest__Output as _asn_partnerships_v1_ListPlacementsRequest__Output } from './asn/partnerships/v1/ListPlacementsRequest';
import type { Partner as _asn_partnerships_v1_Partner, Partner__Output as _asn_partnerships_v1_Partner__Output } from './asn/partnerships/v1/Partner';
import type { PartnerPage as _asn_partnerships_v1_PartnerPage, PartnerPage__Output as _asn_partnerships_v1_PartnerPage__Output } from './asn/partnerships/v1/PartnerPage';
import type { PartnershipsClient as _asn_partnerships_v1_PartnershipsClient, PartnershipsDefinition as _asn_partnerships_v1_PartnershipsDefinition } from './asn/partnerships/v1/Partnerships';
import type { Placement as _asn_partnerships_v1_Placement, Placement__Output as _asn_partnerships_v1_Placement__Output } from './asn/partnerships/v1/Placement';
import type { PlacementList as _asn_partnerships_v1_PlacementList, PlacementList__Output as _asn_partnerships_v1_PlacementList__Output } from './asn/partnerships/v1/PlacementList';
import type { RegisterPartnerRequest as _asn_partnerships_v1_RegisterPartnerRequest, RegisterPartnerRequest__Output as _asn_partnerships_v1_RegisterPartnerRequest__Output } from './asn/partnerships/v1/RegisterPartnerRequest';
import type { SignAgreementRequest as _asn_partnerships_v1_SignAgreementRequest, SignAgreementRequest__Output as _asn_partnerships_v1_SignAgreementRequest__Output } from './asn/partnerships/v1/SignAgreementRequest';
import type { StartPlacementRequest as _asn_partnerships_v1_StartPlacementRequest, StartPlacementRequest__Output as _asn_partnerships_v1_StartPlacementRequest__Output } from './asn/partnerships/v1/StartPlacementRequest';

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
    partnerships: {
      v1: {
        Agreement: MessageTypeDefinition<_asn_partnerships_v1_Agreement, _asn_partnerships_v1_Agreement__Output>
        AgreementPage: MessageTypeDefinition<_asn_partnerships_v1_AgreementPage, _asn_partnerships_v1_AgreementPage__Output>
        CompletePlacementRequest: MessageTypeDefinition<_asn_partnerships_v1_CompletePlacementRequest, _asn_partnerships_v1_CompletePlacementRequest__Output>
        ListAgreementsRequest: MessageTypeDefinition<_asn_partnerships_v1_ListAgreementsRequest, _asn_partnerships_v1_ListAgreementsRequest__Output>
        ListPartnersRequest: MessageTypeDefinition<_asn_partnerships_v1_ListPartnersRequest, _asn_partnerships_v1_ListPartnersRequest__Output>
        ListPlacementsRequest: MessageTypeDefinition<_asn_partnerships_v1_ListPlacementsRequest, _asn_partnerships_v1_ListPlacementsRequest__Output>
        Partner: MessageTypeDefinition<_asn_partnerships_v1_Partner, _asn_partnerships_v1_Partner__Output>
        PartnerPage: MessageTypeDefinition<_asn_partnerships_v1_PartnerPage, _asn_partnerships_v1_PartnerPage__Output>
        Partnerships: SubtypeConstructor<typeof grpc.Client, _asn_partnerships_v1_PartnershipsClient> & { service: _asn_partnerships_v1_PartnershipsDefinition }
        Placement: MessageTypeDefinition<_asn_partnerships_v1_Placement, _asn_partnerships_v1_Placement__Output>
        PlacementList: MessageTypeDefinition<_asn_partnerships_v1_PlacementList, _asn_partnerships_v1_PlacementList__Output>
        RegisterPartnerRequest: MessageTypeDefinition<_asn_partnerships_v1_RegisterPartnerRequest, _asn_partnerships_v1_RegisterPartnerRequest__Output>
        SignAgreementRequest: MessageTypeDefinition<_asn_partnerships_v1_SignAgreementRequest, _asn_partnerships_v1_SignAgreementRequest__Output>
        StartPlacementRequest: MessageTypeDefinition<_asn_partnerships_v1_StartPlacementRequest, _asn_partnerships_v1_StartPlacementRequest__Output>
      }
    }
  }
}

