// Original file: learning.proto

import type { Enrollment as _asn_learning_v1_Enrollment, Enrollment__Output as _asn_learning_v1_Enrollment__Output } from '../../../asn/learning/v1/Enrollment';
import type { Completion as _asn_learning_v1_Completion, Completion__Output as _asn_learning_v1_Completion__Output } from '../../../asn/learning/v1/Completion';

export interface EnrolledEmployee {
  'enrollment'?: (_asn_learning_v1_Enrollment | null);
  /**
   * as personnel last said
   */
  'name'?: (string);
  'completion'?: (_asn_learning_v1_Completion | null);
  '_completion'?: "completion";
}

export interface EnrolledEmployee__Output {
  'enrollment': (_asn_learning_v1_Enrollment__Output | null);
  /**
   * as personnel last said
   */
  'name': (string);
  'completion'?: (_asn_learning_v1_Completion__Output | null);
}
