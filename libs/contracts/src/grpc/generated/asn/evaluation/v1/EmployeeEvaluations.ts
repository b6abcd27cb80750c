// Original file: evaluation.proto

import type { Feedback as _asn_evaluation_v1_Feedback, Feedback__Output as _asn_evaluation_v1_Feedback__Output } from '../../../asn/evaluation/v1/Feedback';
import type { BehaviorAssessment as _asn_evaluation_v1_BehaviorAssessment, BehaviorAssessment__Output as _asn_evaluation_v1_BehaviorAssessment__Output } from '../../../asn/evaluation/v1/BehaviorAssessment';
import type { Appraisal as _asn_evaluation_v1_Appraisal, Appraisal__Output as _asn_evaluation_v1_Appraisal__Output } from '../../../asn/evaluation/v1/Appraisal';
import type { DisciplineRecord as _asn_evaluation_v1_DisciplineRecord, DisciplineRecord__Output as _asn_evaluation_v1_DisciplineRecord__Output } from '../../../asn/evaluation/v1/DisciplineRecord';
import type { DueFollowUp as _asn_evaluation_v1_DueFollowUp, DueFollowUp__Output as _asn_evaluation_v1_DueFollowUp__Output } from '../../../asn/evaluation/v1/DueFollowUp';

export interface EmployeeEvaluations {
  'nip'?: (string);
  'feedback'?: (_asn_evaluation_v1_Feedback)[];
  'behaviorAssessments'?: (_asn_evaluation_v1_BehaviorAssessment)[];
  'appraisals'?: (_asn_evaluation_v1_Appraisal)[];
  'disciplineRecords'?: (_asn_evaluation_v1_DisciplineRecord)[];
  'followUps'?: (_asn_evaluation_v1_DueFollowUp)[];
}

export interface EmployeeEvaluations__Output {
  'nip': (string);
  'feedback': (_asn_evaluation_v1_Feedback__Output)[];
  'behaviorAssessments': (_asn_evaluation_v1_BehaviorAssessment__Output)[];
  'appraisals': (_asn_evaluation_v1_Appraisal__Output)[];
  'disciplineRecords': (_asn_evaluation_v1_DisciplineRecord__Output)[];
  'followUps': (_asn_evaluation_v1_DueFollowUp__Output)[];
}
