import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompetencyRef as _asn_common_v1_CompetencyRef, CompetencyRef__Output as _asn_common_v1_CompetencyRef__Output } from './asn/common/v1/CompetencyRef';
import type { Empty as _asn_common_v1_Empty, Empty__Output as _asn_common_v1_Empty__Output } from './asn/common/v1/Empty';
import type { Health as _asn_common_v1_Health, Health__Output as _asn_common_v1_Health__Output } from './asn/common/v1/Health';
import type { PageRequest as _asn_common_v1_PageRequest, PageRequest__Output as _asn_common_v1_PageRequest__Output } from './asn/common/v1/PageRequest';
import type { Appraisal as _asn_evaluation_v1_Appraisal, Appraisal__Output as _asn_evaluation_v1_Appraisal__Output } from './asn/evaluation/v1/Appraisal';
import type { BehaviorAssessment as _asn_evaluation_v1_BehaviorAssessment, BehaviorAssessment__Output as _asn_evaluation_v1_BehaviorAssessment__Output } from './asn/evaluation/v1/BehaviorAssessment';
import type { DisciplineRecord as _asn_evaluation_v1_DisciplineRecord, DisciplineRecord__Output as _asn_evaluation_v1_DisciplineRecord__Output } from './asn/evaluation/v1/DisciplineRecord';
import type { DueFollowUp as _asn_evaluation_v1_DueFollowUp, DueFollowUp__Output as _asn_evaluation_v1_DueFollowUp__Output } from './asn/evaluation/v1/DueFollowUp';
import type { DueList as _asn_evaluation_v1_DueList, DueList__Output as _asn_evaluation_v1_DueList__Output } from './asn/evaluation/v1/DueList';
import type { EmployeeEvaluations as _asn_evaluation_v1_EmployeeEvaluations, EmployeeEvaluations__Output as _asn_evaluation_v1_EmployeeEvaluations__Output } from './asn/evaluation/v1/EmployeeEvaluations';
import type { EvaluationClient as _asn_evaluation_v1_EvaluationClient, EvaluationDefinition as _asn_evaluation_v1_EvaluationDefinition } from './asn/evaluation/v1/Evaluation';
import type { Feedback as _asn_evaluation_v1_Feedback, Feedback__Output as _asn_evaluation_v1_Feedback__Output } from './asn/evaluation/v1/Feedback';
import type { GetEmployeeEvaluationsRequest as _asn_evaluation_v1_GetEmployeeEvaluationsRequest, GetEmployeeEvaluationsRequest__Output as _asn_evaluation_v1_GetEmployeeEvaluationsRequest__Output } from './asn/evaluation/v1/GetEmployeeEvaluationsRequest';
import type { ListDueRequest as _asn_evaluation_v1_ListDueRequest, ListDueRequest__Output as _asn_evaluation_v1_ListDueRequest__Output } from './asn/evaluation/v1/ListDueRequest';
import type { RecordAppraisalRequest as _asn_evaluation_v1_RecordAppraisalRequest, RecordAppraisalRequest__Output as _asn_evaluation_v1_RecordAppraisalRequest__Output } from './asn/evaluation/v1/RecordAppraisalRequest';
import type { RecordBehaviorAssessmentRequest as _asn_evaluation_v1_RecordBehaviorAssessmentRequest, RecordBehaviorAssessmentRequest__Output as _asn_evaluation_v1_RecordBehaviorAssessmentRequest__Output } from './asn/evaluation/v1/RecordBehaviorAssessmentRequest';
import type { RecordDisciplineRequest as _asn_evaluation_v1_RecordDisciplineRequest, RecordDisciplineRequest__Output as _asn_evaluation_v1_RecordDisciplineRequest__Output } from './asn/evaluation/v1/RecordDisciplineRequest';
import type { SubmitFeedbackRequest as _asn_evaluation_v1_SubmitFeedbackRequest, SubmitFeedbackRequest__Output as _asn_evaluation_v1_SubmitFeedbackRequest__Output } from './asn/evaluation/v1/SubmitFeedbackRequest';

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
    evaluation: {
      v1: {
        Appraisal: MessageTypeDefinition<_asn_evaluation_v1_Appraisal, _asn_evaluation_v1_Appraisal__Output>
        BehaviorAssessment: MessageTypeDefinition<_asn_evaluation_v1_BehaviorAssessment, _asn_evaluation_v1_BehaviorAssessment__Output>
        DisciplineRecord: MessageTypeDefinition<_asn_evaluation_v1_DisciplineRecord, _asn_evaluation_v1_DisciplineRecord__Output>
        DueFollowUp: MessageTypeDefinition<_asn_evaluation_v1_DueFollowUp, _asn_evaluation_v1_DueFollowUp__Output>
        DueList: MessageTypeDefinition<_asn_evaluation_v1_DueList, _asn_evaluation_v1_DueList__Output>
        EmployeeEvaluations: MessageTypeDefinition<_asn_evaluation_v1_EmployeeEvaluations, _asn_evaluation_v1_EmployeeEvaluations__Output>
        Evaluation: SubtypeConstructor<typeof grpc.Client, _asn_evaluation_v1_EvaluationClient> & { service: _asn_evaluation_v1_EvaluationDefinition }
        Feedback: MessageTypeDefinition<_asn_evaluation_v1_Feedback, _asn_evaluation_v1_Feedback__Output>
        GetEmployeeEvaluationsRequest: MessageTypeDefinition<_asn_evaluation_v1_GetEmployeeEvaluationsRequest, _asn_evaluation_v1_GetEmployeeEvaluationsRequest__Output>
        ListDueRequest: MessageTypeDefinition<_asn_evaluation_v1_ListDueRequest, _asn_evaluation_v1_ListDueRequest__Output>
        RecordAppraisalRequest: MessageTypeDefinition<_asn_evaluation_v1_RecordAppraisalRequest, _asn_evaluation_v1_RecordAppraisalRequest__Output>
        RecordBehaviorAssessmentRequest: MessageTypeDefinition<_asn_evaluation_v1_RecordBehaviorAssessmentRequest, _asn_evaluation_v1_RecordBehaviorAssessmentRequest__Output>
        RecordDisciplineRequest: MessageTypeDefinition<_asn_evaluation_v1_RecordDisciplineRequest, _asn_evaluation_v1_RecordDisciplineRequest__Output>
        SubmitFeedbackRequest: MessageTypeDefinition<_asn_evaluation_v1_SubmitFeedbackRequest, _asn_evaluation_v1_SubmitFeedbackRequest__Output>
      }
    }
  }
}

