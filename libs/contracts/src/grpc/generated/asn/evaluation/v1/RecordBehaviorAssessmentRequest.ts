// Original file: evaluation.proto


export interface RecordBehaviorAssessmentRequest {
  'nip'?: (string);
  'programId'?: (string);
  'assessorNip'?: (string);
  'score'?: (number);
}

export interface RecordBehaviorAssessmentRequest__Output {
  'nip': (string);
  'programId': (string);
  'assessorNip': (string);
  'score': (number);
}
