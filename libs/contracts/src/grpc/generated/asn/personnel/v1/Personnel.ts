// Original file: personnel.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Assessment as _asn_personnel_v1_Assessment, Assessment__Output as _asn_personnel_v1_Assessment__Output } from '../../../asn/personnel/v1/Assessment';
import type { AssessmentList as _asn_personnel_v1_AssessmentList, AssessmentList__Output as _asn_personnel_v1_AssessmentList__Output } from '../../../asn/personnel/v1/AssessmentList';
import type { Employee as _asn_personnel_v1_Employee, Employee__Output as _asn_personnel_v1_Employee__Output } from '../../../asn/personnel/v1/Employee';
import type { EmployeePage as _asn_personnel_v1_EmployeePage, EmployeePage__Output as _asn_personnel_v1_EmployeePage__Output } from '../../../asn/personnel/v1/EmployeePage';
import type { GetEmployeeRequest as _asn_personnel_v1_GetEmployeeRequest, GetEmployeeRequest__Output as _asn_personnel_v1_GetEmployeeRequest__Output } from '../../../asn/personnel/v1/GetEmployeeRequest';
import type { GetPositionStandardRequest as _asn_personnel_v1_GetPositionStandardRequest, GetPositionStandardRequest__Output as _asn_personnel_v1_GetPositionStandardRequest__Output } from '../../../asn/personnel/v1/GetPositionStandardRequest';
import type { ListAssessmentsRequest as _asn_personnel_v1_ListAssessmentsRequest, ListAssessmentsRequest__Output as _asn_personnel_v1_ListAssessmentsRequest__Output } from '../../../asn/personnel/v1/ListAssessmentsRequest';
import type { ListEmployeesRequest as _asn_personnel_v1_ListEmployeesRequest, ListEmployeesRequest__Output as _asn_personnel_v1_ListEmployeesRequest__Output } from '../../../asn/personnel/v1/ListEmployeesRequest';
import type { PositionStandard as _asn_personnel_v1_PositionStandard, PositionStandard__Output as _asn_personnel_v1_PositionStandard__Output } from '../../../asn/personnel/v1/PositionStandard';
import type { RecordAssessmentRequest as _asn_personnel_v1_RecordAssessmentRequest, RecordAssessmentRequest__Output as _asn_personnel_v1_RecordAssessmentRequest__Output } from '../../../asn/personnel/v1/RecordAssessmentRequest';
import type { RegisterEmployeeRequest as _asn_personnel_v1_RegisterEmployeeRequest, RegisterEmployeeRequest__Output as _asn_personnel_v1_RegisterEmployeeRequest__Output } from '../../../asn/personnel/v1/RegisterEmployeeRequest';
import type { RetireEmployeeRequest as _asn_personnel_v1_RetireEmployeeRequest, RetireEmployeeRequest__Output as _asn_personnel_v1_RetireEmployeeRequest__Output } from '../../../asn/personnel/v1/RetireEmployeeRequest';
import type { SetPositionStandardRequest as _asn_personnel_v1_SetPositionStandardRequest, SetPositionStandardRequest__Output as _asn_personnel_v1_SetPositionStandardRequest__Output } from '../../../asn/personnel/v1/SetPositionStandardRequest';
import type { TransferEmployeeRequest as _asn_personnel_v1_TransferEmployeeRequest, TransferEmployeeRequest__Output as _asn_personnel_v1_TransferEmployeeRequest__Output } from '../../../asn/personnel/v1/TransferEmployeeRequest';
import type { UpdateEmployeeRequest as _asn_personnel_v1_UpdateEmployeeRequest, UpdateEmployeeRequest__Output as _asn_personnel_v1_UpdateEmployeeRequest__Output } from '../../../asn/personnel/v1/UpdateEmployeeRequest';

export interface PersonnelClient extends grpc.Client {
  GetEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _asn_personnel_v1_GetEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  
  GetPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  GetPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  GetPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  GetPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  getPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  getPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  getPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  getPositionStandard(argument: _asn_personnel_v1_GetPositionStandardRequest, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  
  ListAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  ListAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  ListAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  ListAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  listAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  listAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  listAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  listAssessments(argument: _asn_personnel_v1_ListAssessmentsRequest, callback: grpc.requestCallback<_asn_personnel_v1_AssessmentList__Output>): grpc.ClientUnaryCall;
  
  ListEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _asn_personnel_v1_ListEmployeesRequest, callback: grpc.requestCallback<_asn_personnel_v1_EmployeePage__Output>): grpc.ClientUnaryCall;
  
  RecordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessment(argument: _asn_personnel_v1_RecordAssessmentRequest, callback: grpc.requestCallback<_asn_personnel_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  RegisterEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RegisterEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RegisterEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RegisterEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  registerEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  registerEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  registerEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  registerEmployee(argument: _asn_personnel_v1_RegisterEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  
  RetireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RetireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RetireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  RetireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  retireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  retireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  retireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  retireEmployee(argument: _asn_personnel_v1_RetireEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  
  SetPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  SetPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  SetPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  SetPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  setPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  setPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  setPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  setPositionStandard(argument: _asn_personnel_v1_SetPositionStandardRequest, callback: grpc.requestCallback<_asn_personnel_v1_PositionStandard__Output>): grpc.ClientUnaryCall;
  
  TransferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  TransferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  TransferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  TransferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  transferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  transferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  transferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  transferEmployee(argument: _asn_personnel_v1_TransferEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  
  UpdateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _asn_personnel_v1_UpdateEmployeeRequest, callback: grpc.requestCallback<_asn_personnel_v1_Employee__Output>): grpc.ClientUnaryCall;
  
}

export interface PersonnelHandlers extends grpc.UntypedServiceImplementation {
  GetEmployee: grpc.handleUnaryCall<_asn_personnel_v1_GetEmployeeRequest__Output, _asn_personnel_v1_Employee>;
  
  GetPositionStandard: grpc.handleUnaryCall<_asn_personnel_v1_GetPositionStandardRequest__Output, _asn_personnel_v1_PositionStandard>;
  
  ListAssessments: grpc.handleUnaryCall<_asn_personnel_v1_ListAssessmentsRequest__Output, _asn_personnel_v1_AssessmentList>;
  
  ListEmployees: grpc.handleUnaryCall<_asn_personnel_v1_ListEmployeesRequest__Output, _asn_personnel_v1_EmployeePage>;
  
  RecordAssessment: grpc.handleUnaryCall<_asn_personnel_v1_RecordAssessmentRequest__Output, _asn_personnel_v1_Assessment>;
  
  RegisterEmployee: grpc.handleUnaryCall<_asn_personnel_v1_RegisterEmployeeRequest__Output, _asn_personnel_v1_Employee>;
  
  RetireEmployee: grpc.handleUnaryCall<_asn_personnel_v1_RetireEmployeeRequest__Output, _asn_personnel_v1_Employee>;
  
  SetPositionStandard: grpc.handleUnaryCall<_asn_personnel_v1_SetPositionStandardRequest__Output, _asn_personnel_v1_PositionStandard>;
  
  TransferEmployee: grpc.handleUnaryCall<_asn_personnel_v1_TransferEmployeeRequest__Output, _asn_personnel_v1_Employee>;
  
  UpdateEmployee: grpc.handleUnaryCall<_asn_personnel_v1_UpdateEmployeeRequest__Output, _asn_personnel_v1_Employee>;
  
}

export interface PersonnelDefinition extends grpc.ServiceDefinition {
  GetEmployee: MethodDefinition<_asn_personnel_v1_GetEmployeeRequest, _asn_personnel_v1_Employee, _asn_personnel_v1_GetEmployeeRequest__Output, _asn_personnel_v1_Employee__Output>
  GetPositionStandard: MethodDefinition<_asn_personnel_v1_GetPositionStandardRequest, _asn_personnel_v1_PositionStandard, _asn_personnel_v1_GetPositionStandardRequest__Output, _asn_personnel_v1_PositionStandard__Output>
  ListAssessments: MethodDefinition<_asn_personnel_v1_ListAssessmentsRequest, _asn_personnel_v1_AssessmentList, _asn_personnel_v1_ListAssessmentsRequest__Output, _asn_personnel_v1_AssessmentList__Output>
  ListEmployees: MethodDefinition<_asn_personnel_v1_ListEmployeesRequest, _asn_personnel_v1_EmployeePage, _asn_personnel_v1_ListEmployeesRequest__Output, _asn_personnel_v1_EmployeePage__Output>
  RecordAssessment: MethodDefinition<_asn_personnel_v1_RecordAssessmentRequest, _asn_personnel_v1_Assessment, _asn_personnel_v1_RecordAssessmentRequest__Output, _asn_personnel_v1_Assessment__Output>
  RegisterEmployee: MethodDefinition<_asn_personnel_v1_RegisterEmployeeRequest, _asn_personnel_v1_Employee, _asn_personnel_v1_RegisterEmployeeRequest__Output, _asn_personnel_v1_Employee__Output>
  RetireEmployee: MethodDefinition<_asn_personnel_v1_RetireEmployeeRequest, _asn_personnel_v1_Employee, _asn_personnel_v1_RetireEmployeeRequest__Output, _asn_personnel_v1_Employee__Output>
  SetPositionStandard: MethodDefinition<_asn_personnel_v1_SetPositionStandardRequest, _asn_personnel_v1_PositionStandard, _asn_personnel_v1_SetPositionStandardRequest__Output, _asn_personnel_v1_PositionStandard__Output>
  TransferEmployee: MethodDefinition<_asn_personnel_v1_TransferEmployeeRequest, _asn_personnel_v1_Employee, _asn_personnel_v1_TransferEmployeeRequest__Output, _asn_personnel_v1_Employee__Output>
  UpdateEmployee: MethodDefinition<_asn_personnel_v1_UpdateEmployeeRequest, _asn_personnel_v1_Employee, _asn_personnel_v1_UpdateEmployeeRequest__Output, _asn_personnel_v1_Employee__Output>
}
