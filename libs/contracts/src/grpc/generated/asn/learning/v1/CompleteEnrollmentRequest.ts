// Original file: learning.proto


export interface CompleteEnrollmentRequest {
  'enrollmentId'?: (string);
  'attendedJp'?: (number);
  'preTestScore'?: (number | string);
  'postTestScore'?: (number | string);
  'passed'?: (boolean);
  'completedOn'?: (string);
}

export interface CompleteEnrollmentRequest__Output {
  'enrollmentId': (string);
  'attendedJp': (number);
  'preTestScore': (number);
  'postTestScore': (number);
  'passed': (boolean);
  'completedOn': (string);
}
