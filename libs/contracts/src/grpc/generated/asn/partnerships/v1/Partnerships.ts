// Original file: partnerships.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Agreement as _asn_partnerships_v1_Agreement, Agreement__Output as _asn_partnerships_v1_Agreement__Output } from '../../../asn/partnerships/v1/Agreement';
import type { AgreementPage as _asn_partnerships_v1_AgreementPage, AgreementPage__Output as _asn_partnerships_v1_AgreementPage__Output } from '../../../asn/partnerships/v1/AgreementPage';
import type { CompletePlacementRequest as _asn_partnerships_v1_CompletePlacementRequest, CompletePlacementRequest__Output as _asn_partnerships_v1_CompletePlacementRequest__Output } from '../../../asn/partnerships/v1/CompletePlacementRequest';
import type { ListAgreementsRequest as _asn_partnerships_v1_ListAgreementsRequest, ListAgreementsRequest__Output as _asn_partnerships_v1_ListAgreementsRequest__Output } from '../../../asn/partnerships/v1/ListAgreementsRequest';
import type { ListPartnersRequest as _asn_partnerships_v1_ListPartnersRequest, ListPartnersRequest__Output as _asn_partnerships_v1_ListPartnersRequest__Output } from '../../../asn/partnerships/v1/ListPartnersRequest';
import type { ListPlacementsRequest as _asn_partnerships_v1_ListPlacementsRequest, ListPlacementsRequest__Output as _asn_partnerships_v1_ListPlacementsRequest__Output } from '../../../asn/partnerships/v1/ListPlacementsRequest';
import type { Partner as _asn_partnerships_v1_Partner, Partner__Output as _asn_partnerships_v1_Partner__Output } from '../../../asn/partnerships/v1/Partner';
import type { PartnerPage as _asn_partnerships_v1_PartnerPage, PartnerPage__Output as _asn_partnerships_v1_PartnerPage__Output } from '../../../asn/partnerships/v1/PartnerPage';
import type { Placement as _asn_partnerships_v1_Placement, Placement__Output as _asn_partnerships_v1_Placement__Output } from '../../../asn/partnerships/v1/Placement';
import type { PlacementList as _asn_partnerships_v1_PlacementList, PlacementList__Output as _asn_partnerships_v1_PlacementList__Output } from '../../../asn/partnerships/v1/PlacementList';
import type { RegisterPartnerRequest as _asn_partnerships_v1_RegisterPartnerRequest, RegisterPartnerRequest__Output as _asn_partnerships_v1_RegisterPartnerRequest__Output } from '../../../asn/partnerships/v1/RegisterPartnerRequest';
import type { SignAgreementRequest as _asn_partnerships_v1_SignAgreementRequest, SignAgreementRequest__Output as _asn_partnerships_v1_SignAgreementRequest__Output } from '../../../asn/partnerships/v1/SignAgreementRequest';
import type { StartPlacementRequest as _asn_partnerships_v1_StartPlacementRequest, StartPlacementRequest__Output as _asn_partnerships_v1_StartPlacementRequest__Output } from '../../../asn/partnerships/v1/StartPlacementRequest';

export interface PartnershipsClient extends grpc.Client {
  CompletePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  CompletePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  CompletePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  CompletePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  completePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  completePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  completePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  completePlacement(argument: _asn_partnerships_v1_CompletePlacementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  
  ListAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  ListAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  ListAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  ListAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  listAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  listAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  listAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  listAgreements(argument: _asn_partnerships_v1_ListAgreementsRequest, callback: grpc.requestCallback<_asn_partnerships_v1_AgreementPage__Output>): grpc.ClientUnaryCall;
  
  ListPartners(argument: _asn_partnerships_v1_ListPartnersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  ListPartners(argument: _asn_partnerships_v1_ListPartnersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  ListPartners(argument: _asn_partnerships_v1_ListPartnersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  ListPartners(argument: _asn_partnerships_v1_ListPartnersRequest, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  listPartners(argument: _asn_partnerships_v1_ListPartnersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  listPartners(argument: _asn_partnerships_v1_ListPartnersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  listPartners(argument: _asn_partnerships_v1_ListPartnersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  listPartners(argument: _asn_partnerships_v1_ListPartnersRequest, callback: grpc.requestCallback<_asn_partnerships_v1_PartnerPage__Output>): grpc.ClientUnaryCall;
  
  ListPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _asn_partnerships_v1_ListPlacementsRequest, callback: grpc.requestCallback<_asn_partnerships_v1_PlacementList__Output>): grpc.ClientUnaryCall;
  
  RegisterPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  RegisterPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  RegisterPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  RegisterPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  registerPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  registerPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  registerPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  registerPartner(argument: _asn_partnerships_v1_RegisterPartnerRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Partner__Output>): grpc.ClientUnaryCall;
  
  SignAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  SignAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  SignAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  SignAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  signAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  signAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  signAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  signAgreement(argument: _asn_partnerships_v1_SignAgreementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Agreement__Output>): grpc.ClientUnaryCall;
  
  StartPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  StartPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  StartPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  StartPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  startPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  startPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  startPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  startPlacement(argument: _asn_partnerships_v1_StartPlacementRequest, callback: grpc.requestCallback<_asn_partnerships_v1_Placement__Output>): grpc.ClientUnaryCall;
  
}

export interface PartnershipsHandlers extends grpc.UntypedServiceImplementation {
  CompletePlacement: grpc.handleUnaryCall<_asn_partnerships_v1_CompletePlacementRequest__Output, _asn_partnerships_v1_Placement>;
  
  ListAgreements: grpc.handleUnaryCall<_asn_partnerships_v1_ListAgreementsRequest__Output, _asn_partnerships_v1_AgreementPage>;
  
  ListPartners: grpc.handleUnaryCall<_asn_partnerships_v1_ListPartnersRequest__Output, _asn_partnerships_v1_PartnerPage>;
  
  ListPlacements: grpc.handleUnaryCall<_asn_partnerships_v1_ListPlacementsRequest__Output, _asn_partnerships_v1_PlacementList>;
  
  RegisterPartner: grpc.handleUnaryCall<_asn_partnerships_v1_RegisterPartnerRequest__Output, _asn_partnerships_v1_Partner>;
  
  SignAgreement: grpc.handleUnaryCall<_asn_partnerships_v1_SignAgreementRequest__Output, _asn_partnerships_v1_Agreement>;
  
  StartPlacement: grpc.handleUnaryCall<_asn_partnerships_v1_StartPlacementRequest__Output, _asn_partnerships_v1_Placement>;
  
}

export interface PartnershipsDefinition extends grpc.ServiceDefinition {
  CompletePlacement: MethodDefinition<_asn_partnerships_v1_CompletePlacementRequest, _asn_partnerships_v1_Placement, _asn_partnerships_v1_CompletePlacementRequest__Output, _asn_partnerships_v1_Placement__Output>
  ListAgreements: MethodDefinition<_asn_partnerships_v1_ListAgreementsRequest, _asn_partnerships_v1_AgreementPage, _asn_partnerships_v1_ListAgreementsRequest__Output, _asn_partnerships_v1_AgreementPage__Output>
  ListPartners: MethodDefinition<_asn_partnerships_v1_ListPartnersRequest, _asn_partnerships_v1_PartnerPage, _asn_partnerships_v1_ListPartnersRequest__Output, _asn_partnerships_v1_PartnerPage__Output>
  ListPlacements: MethodDefinition<_asn_partnerships_v1_ListPlacementsRequest, _asn_partnerships_v1_PlacementList, _asn_partnerships_v1_ListPlacementsRequest__Output, _asn_partnerships_v1_PlacementList__Output>
  RegisterPartner: MethodDefinition<_asn_partnerships_v1_RegisterPartnerRequest, _asn_partnerships_v1_Partner, _asn_partnerships_v1_RegisterPartnerRequest__Output, _asn_partnerships_v1_Partner__Output>
  SignAgreement: MethodDefinition<_asn_partnerships_v1_SignAgreementRequest, _asn_partnerships_v1_Agreement, _asn_partnerships_v1_SignAgreementRequest__Output, _asn_partnerships_v1_Agreement__Output>
  StartPlacement: MethodDefinition<_asn_partnerships_v1_StartPlacementRequest, _asn_partnerships_v1_Placement, _asn_partnerships_v1_StartPlacementRequest__Output, _asn_partnerships_v1_Placement__Output>
}
