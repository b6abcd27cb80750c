// Original file: evaluation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Appraisal as _asn_evaluation_v1_Appraisal, Appraisal__Output as _asn_evaluation_v1_Appraisal__Output } from '../../../asn/evaluation/v1/Appraisal';
import type { BehaviorAssessment as _asn_evaluation_v1_BehaviorAssessment, BehaviorAssessment__Output as _asn_evaluation_v1_BehaviorAssessment__Output } from '../../../asn/evaluation/v1/BehaviorAssessment';
import type { DisciplineRecord as _asn_evaluation_v1_DisciplineRecord, DisciplineRecord__Output as _asn_evaluation_v1_DisciplineRecord__Output } from '../../../asn/evaluation/v1/DisciplineRecord';
import type { DueList as _asn_evaluation_v1_DueList, DueList__Output as _asn_evaluation_v1_DueList__Output } from '../../../asn/evaluation/v1/DueList';
import type { EmployeeEvaluations as _asn_evaluation_v1_EmployeeEvaluations, EmployeeEvaluations__Output as _asn_evaluation_v1_EmployeeEvaluations__Output } from '../../../asn/evaluation/v1/EmployeeEvaluations';
import type { Feedback as _asn_evaluation_v1_Feedback, Feedback__Output as _asn_evaluation_v1_Feedback__Output } from '../../../asn/evaluation/v1/Feedback';
import type { GetEmployeeEvaluationsRequest as _asn_evaluation_v1_GetEmployeeEvaluationsRequest, GetEmployeeEvaluationsRequest__Output as _asn_evaluation_v1_GetEmployeeEvaluationsRequest__Output } from '../../../asn/evaluation/v1/GetEmployeeEvaluationsRequest';
import type { ListDueRequest as _asn_evaluation_v1_ListDueRequest, ListDueRequest__Output as _asn_evaluation_v1_ListDueRequest__Output } from '../../../asn/evaluation/v1/ListDueRequest';
import type { RecordAppraisalRequest as _asn_evaluation_v1_RecordAppraisalRequest, RecordAppraisalRequest__Output as _asn_evaluation_v1_RecordAppraisalRequest__Output } from '../../../asn/evaluation/v1/RecordAppraisalRequest';
import type { RecordBehaviorAssessmentRequest as _asn_evaluation_v1_RecordBehaviorAssessmentRequest, RecordBehaviorAssessmentRequest__Output as _asn_evaluation_v1_RecordBehaviorAssessmentRequest__Output } from '../../../asn/evaluation/v1/RecordBehaviorAssessmentRequest';
import type { RecordDisciplineRequest as _asn_evaluation_v1_RecordDisciplineRequest, RecordDisciplineRequest__Output as _asn_evaluation_v1_RecordDisciplineRequest__Output } from '../../../asn/evaluation/v1/RecordDisciplineRequest';
import type { SubmitFeedbackRequest as _asn_evaluation_v1_SubmitFeedbackRequest, SubmitFeedbackRequest__Output as _asn_evaluation_v1_SubmitFeedbackRequest__Output } from '../../../asn/evaluation/v1/SubmitFeedbackRequest';

export interface EvaluationClient extends grpc.Client {
  GetEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  GetEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  GetEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  GetEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  getEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  getEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  getEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  getEmployeeEvaluations(argument: _asn_evaluation_v1_GetEmployeeEvaluationsRequest, callback: grpc.requestCallback<_asn_evaluation_v1_EmployeeEvaluations__Output>): grpc.ClientUnaryCall;
  
  ListDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  ListDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  ListDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  ListDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  listDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  listDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  listDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  listDueBehaviorAssessments(argument: _asn_evaluation_v1_ListDueRequest, callback: grpc.requestCallback<_asn_evaluation_v1_DueList__Output>): grpc.ClientUnaryCall;
  
  RecordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  RecordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  RecordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  RecordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  recordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  recordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  recordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  recordAppraisal(argument: _asn_evaluation_v1_RecordAppraisalRequest, callback: grpc.requestCallback<_asn_evaluation_v1_Appraisal__Output>): grpc.ClientUnaryCall;
  
  RecordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  RecordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  RecordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  RecordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  recordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  recordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  recordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  recordBehaviorAssessment(argument: _asn_evaluation_v1_RecordBehaviorAssessmentRequest, callback: grpc.requestCallback<_asn_evaluation_v1_BehaviorAssessment__Output>): grpc.ClientUnaryCall;
  
  RecordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  RecordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  RecordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  RecordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  recordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  recordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  recordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  recordDiscipline(argument: _asn_evaluation_v1_RecordDisciplineRequest, callback: grpc.requestCallback<_asn_evaluation_v1_DisciplineRecord__Output>): grpc.ClientUnaryCall;
  
  SubmitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  SubmitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  submitFeedback(argument: _asn_evaluation_v1_SubmitFeedbackRequest, callback: grpc.requestCallback<_asn_evaluation_v1_Feedback__Output>): grpc.ClientUnaryCall;
  
}

export interface EvaluationHandlers extends grpc.UntypedServiceImplementation {
  GetEmployeeEvaluations: grpc.handleUnaryCall<_asn_evaluation_v1_GetEmployeeEvaluationsRequest__Output, _asn_evaluation_v1_EmployeeEvaluations>;
  
  ListDueBehaviorAssessments: grpc.handleUnaryCall<_asn_evaluation_v1_ListDueRequest__Output, _asn_evaluation_v1_DueList>;
  
  RecordAppraisal: grpc.handleUnaryCall<_asn_evaluation_v1_RecordAppraisalRequest__Output, _asn_evaluation_v1_Appraisal>;
  
  RecordBehaviorAssessment: grpc.handleUnaryCall<_asn_evaluation_v1_RecordBehaviorAssessmentRequest__Output, _asn_evaluation_v1_BehaviorAssessment>;
  
  RecordDiscipline: grpc.handleUnaryCall<_asn_evaluation_v1_RecordDisciplineRequest__Output, _asn_evaluation_v1_DisciplineRecord>;
  
  SubmitFeedback: grpc.handleUnaryCall<_asn_evaluation_v1_SubmitFeedbackRequest__Output, _asn_evaluation_v1_Feedback>;
  
}

export interface EvaluationDefinition extends grpc.ServiceDefinition {
  GetEmployeeEvaluations: MethodDefinition<_asn_evaluation_v1_GetEmployeeEvaluationsRequest, _asn_evaluation_v1_EmployeeEvaluations, _asn_evaluation_v1_GetEmployeeEvaluationsRequest__Output, _asn_evaluation_v1_EmployeeEvaluations__Output>
  ListDueBehaviorAssessments: MethodDefinition<_asn_evaluation_v1_ListDueRequest, _asn_evaluation_v1_DueList, _asn_evaluation_v1_ListDueRequest__Output, _asn_evaluation_v1_DueList__Output>
  RecordAppraisal: MethodDefinition<_asn_evaluation_v1_RecordAppraisalRequest, _asn_evaluation_v1_Appraisal, _asn_evaluation_v1_RecordAppraisalRequest__Output, _asn_evaluation_v1_Appraisal__Output>
  RecordBehaviorAssessment: MethodDefinition<_asn_evaluation_v1_RecordBehaviorAssessmentRequest, _asn_evaluation_v1_BehaviorAssessment, _asn_evaluation_v1_RecordBehaviorAssessmentRequest__Output, _asn_evaluation_v1_BehaviorAssessment__Output>
  RecordDiscipline: MethodDefinition<_asn_evaluation_v1_RecordDisciplineRequest, _asn_evaluation_v1_DisciplineRecord, _asn_evaluation_v1_RecordDisciplineRequest__Output, _asn_evaluation_v1_DisciplineRecord__Output>
  SubmitFeedback: MethodDefinition<_asn_evaluation_v1_SubmitFeedbackRequest, _asn_evaluation_v1_Feedback, _asn_evaluation_v1_SubmitFeedbackRequest__Output, _asn_evaluation_v1_Feedback__Output>
}
