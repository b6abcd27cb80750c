// Original file: evaluation.proto


export interface BehaviorAssessment {
  'id'?: (string);
  'nip'?: (string);
  'programId'?: (string);
  'assessorNip'?: (string);
  'score'?: (number);
  'assessedOn'?: (string);
  /**
   * the follow-up this assessment closed, if any
   */
  'followUpId'?: (string);
  'opd'?: (string);
}

export interface BehaviorAssessment__Output {
  'id': (string);
  'nip': (string);
  'programId': (string);
  'assessorNip': (string);
  'score': (number);
  'assessedOn': (string);
  /**
   * the follow-up this assessment closed, if any
   */
  'followUpId': (string);
  'opd': (string);
}
