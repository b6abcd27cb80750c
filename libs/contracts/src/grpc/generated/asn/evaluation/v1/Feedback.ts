// Original file: evaluation.proto


export interface Feedback {
  'id'?: (string);
  'nip'?: (string);
  'sessionId'?: (string);
  'programId'?: (string);
  'relevance'?: (number);
  'satisfaction'?: (number);
  'comment'?: (string);
  'submittedOn'?: (string);
  'opd'?: (string);
}

export interface Feedback__Output {
  'id': (string);
  'nip': (string);
  'sessionId': (string);
  'programId': (string);
  'relevance': (number);
  'satisfaction': (number);
  'comment': (string);
  'submittedOn': (string);
  'opd': (string);
}
