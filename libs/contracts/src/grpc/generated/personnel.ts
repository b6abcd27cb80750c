import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';
import type { Assessment as _asn_personnel_v1_Assessment, Assessment__Output as _asn_personnel_v1_Assessment__Output } from './asn/personnel/v1/Assessment';
import type { AssessmentList as _asn_personnel_v1_AssessmentList, AssessmentList__Output as _asn_personnel_v1_AssessmentList__Output } from './asn/personnel/v1/AssessmentList';
import type { Employee as _asn_personnel_v1_Employee, Employee__Output as _asn_personnel_v1_Employee__Output } from './asn/personnel/v1/Employee';
import type { EmployeePage as _asn_personnel_v1_EmployeePage, EmployeePage__Output as _asn_personnel_v1_EmployeePage__Output } from './asn/personnel/v1/EmployeePage';
import type { GetEmployeeRequest as _asn_personnel_v1_GetEmployeeRequest, GetEmployeeRequest__Output as _asn_personnel_v1_GetEmployeeRequest__Output } from './asn/personnel/v1/GetEmployeeRequest';
import type { GetPositionStandardRequest as _asn_personnel_v1_GetPositionStandardRequest, GetPositionStandardRequest__Output as _asn_personnel_v1_GetPositionStandardRequest__Output } from './asn/personnel/v1/GetPositionStandardRequest';
import type { ListAssessmentsRequest as _asn_personnel_v1_ListAssessmentsRequest, ListAssessmentsRequest__Output as _asn_personnel_v1_ListAssessmentsRequest__Output } from './asn/personnel/v1/ListAssessmentsRequest';
import type { ListEmployeesRequest as _asn_personnel_v1_ListEmployeesRequest, ListEmployeesRequest__Output as _asn_personnel_v1_ListEmployeesRequest__Output } from './asn/personnel/v1/ListEmployeesRequest';
import type { PersonnelClient as _asn_personnel_v1_PersonnelClient, PersonnelDefinition as _asn_personnel_v1_PersonnelDefinition } from './asn/personnel/v1/Personnel';
import type { Position as _asn_personnel_v1_Position, Position__Output as _asn_personnel_v1_Position__Output } from './asn/personnel/v1/Position';
import type { PositionStandard as _asn_personnel_v1_PositionStandard, PositionStandard__Output as _asn_personnel_v1_PositionStandard__Output } from './asn/personnel/v1/PositionStandard';
import type { RecordAssessmentRequest as _asn_personnel_v1_RecordAssessmentRequest, RecordAssessmentRequest__Output as _asn_personnel_v1_RecordAssessmentRequest__Output } from './asn/personnel/v1/RecordAssessmentRequest';
import type { RegisterEmployeeRequest as _asn_personnel_v1_RegisterEmployeeRequest, RegisterEmployeeRequest__Output as _asn_personnel_v1_RegisterEmployeeRequest__Output } from './asn/personnel/v1/RegisterEmployeeRequest';
import type { RetireEmployeeRequest as _asn_personnel_v1_RetireEmployeeRequest, RetireEmployeeRequest__Output as _asn_personnel_v1_RetireEmployeeRequest__Output } from './asn/personnel/v1/RetireEmployeeRequest';
import type { SetPositionStandardRequest as _asn_personnel_v1_SetPositionStandardRequest, SetPositionStandardRequest__Output as _asn_personnel_v1_SetPositionStandardRequest__Output } from './asn/personnel/v1/SetPositionStandardRequest';
import type { StandardCompetency as _asn_personnel_v1_StandardCompetency, StandardCompetency__Output as _asn_personnel_v1_StandardCompetency__Output } from './asn/personnel/v1/StandardCompetency';
import type { TransferEmployeeRequest as _asn_personnel_v1_TransferEmployeeRequest, TransferEmployeeRequest__Output as _asn_personnel_v1_TransferEmployeeRequest__Output } from './asn/personnel/v1/TransferEmployeeRequest';
import type { UpdateEmployeeRequest as _asn_personnel_v1_UpdateEmployeeRequest, UpdateEmployeeRequest__Output as _asn_personnel_v1_UpdateEmployeeRequest__Output } from './asn/personnel/v1/UpdateEmployeeRequest';

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
    personnel: {
      v1: {
        Assessment: MessageTypeDefinition<_asn_personnel_v1_Assessment, _asn_personnel_v1_Assessment__Output>
        AssessmentList: MessageTypeDefinition<_asn_personnel_v1_AssessmentList, _asn_personnel_v1_AssessmentList__Output>
        Employee: MessageTypeDefinition<_asn_personnel_v1_Employee, _asn_personnel_v1_Employee__Output>
        EmployeePage: MessageTypeDefinition<_asn_personnel_v1_EmployeePage, _asn_personnel_v1_EmployeePage__Output>
        GetEmployeeRequest: MessageTypeDefinition<_asn_personnel_v1_GetEmployeeRequest, _asn_personnel_v1_GetEmployeeRequest__Output>
        GetPositionStandardRequest: MessageTypeDefinition<_asn_personnel_v1_GetPositionStandardRequest, _asn_personnel_v1_GetPositionStandardRequest__Output>
        ListAssessmentsRequest: MessageTypeDefinition<_asn_personnel_v1_ListAssessmentsRequest, _asn_personnel_v1_ListAssessmentsRequest__Output>
        ListEmployeesRequest: MessageTypeDefinition<_asn_personnel_v1_ListEmployeesRequest, _asn_personnel_v1_ListEmployeesRequest__Output>
        Personnel: SubtypeConstructor<typeof grpc.Client, _asn_personnel_v1_PersonnelClient> & { service: _asn_personnel_v1_PersonnelDefinition }
        Position: MessageTypeDefinition<_asn_personnel_v1_Position, _asn_personnel_v1_Position__Output>
        PositionStandard: MessageTypeDefinition<_asn_personnel_v1_PositionStandard, _asn_personnel_v1_PositionStandard__Output>
        RecordAssessmentRequest: MessageTypeDefinition<_asn_personnel_v1_RecordAssessmentRequest, _asn_personnel_v1_RecordAssessmentRequest__Output>
        RegisterEmployeeRequest: MessageTypeDefinition<_asn_personnel_v1_RegisterEmployeeRequest, _asn_personnel_v1_RegisterEmployeeRequest__Output>
        RetireEmployeeRequest: MessageTypeDefinition<_asn_personnel_v1_RetireEmployeeRequest, _asn_personnel_v1_RetireEmployeeRequest__Output>
        SetPositionStandardRequest: MessageTypeDefinition<_asn_personnel_v1_SetPositionStandardRequest, _asn_personnel_v1_SetPositionStandardRequest__Output>
        StandardCompetency: MessageTypeDefinition<_asn_personnel_v1_StandardCompetency, _asn_personnel_v1_StandardCompetency__Output>
        TransferEmployeeRequest: MessageTypeDefinition<_asn_personnel_v1_TransferEmployeeRequest, _asn_personnel_v1_TransferEmployeeRequest__Output>
        UpdateEmployeeRequest: MessageTypeDefinition<_asn_personnel_v1_UpdateEmployeeRequest, _asn_personnel_v1_UpdateEmployeeRequest__Output>
      }
    }
  }
}

