// Original file: learning.proto


export interface CancelEnrollmentRequest {
  'enrollmentId'?: (string);
  'reason'?: (string);
}

export interface CancelEnrollmentRequest__Output {
  'enrollmentId': (string);
  'reason': (string);
}
