// Original file: learning.proto

import type { EnrolledEmployee as _asn_learning_v1_EnrolledEmployee, EnrolledEmployee__Output as _asn_learning_v1_EnrolledEmployee__Output } from '../../../asn/learning/v1/EnrolledEmployee';

export interface EnrollmentList {
  'sessionId'?: (string);
  'items'?: (_asn_learning_v1_EnrolledEmployee)[];
}

export interface EnrollmentList__Output {
  'sessionId': (string);
  'items': (_asn_learning_v1_EnrolledEmployee__Output)[];
}
