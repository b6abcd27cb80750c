// Original file: evaluation.proto


export interface SubmitFeedbackRequest {
  'nip'?: (string);
  'sessionId'?: (string);
  'relevance'?: (number);
  'satisfaction'?: (number);
  'comment'?: (string);
  '_comment'?: "comment";
}

export interface SubmitFeedbackRequest__Output {
  'nip': (string);
  'sessionId': (string);
  'relevance': (number);
  'satisfaction': (number);
  'comment'?: (string);
}
