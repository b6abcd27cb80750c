// Original file: learning.proto

import type { Certificate as _asn_learning_v1_Certificate, Certificate__Output as _asn_learning_v1_Certificate__Output } from '../../../asn/learning/v1/Certificate';

export interface Completion {
  'enrollmentId'?: (string);
  'nip'?: (string);
  'programId'?: (string);
  'attendedJp'?: (number);
  'preTestScore'?: (number | string);
  'postTestScore'?: (number | string);
  'passed'?: (boolean);
  'completedOn'?: (string);
  'certificate'?: (_asn_learning_v1_Certificate | null);
}

export interface Completion__Output {
  'enrollmentId': (string);
  'nip': (string);
  'programId': (string);
  'attendedJp': (number);
  'preTestScore': (number);
  'postTestScore': (number);
  'passed': (boolean);
  'completedOn': (string);
  'certificate': (_asn_learning_v1_Certificate__Output | null);
}
