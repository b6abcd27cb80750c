// Original file: learning.proto


export interface DecideExternalLearningRequest {
  'id'?: (string);
  /**
   * verified | rejected
   */
  'decision'?: (string);
  'reason'?: (string);
  '_reason'?: "reason";
}

export interface DecideExternalLearningRequest__Output {
  'id': (string);
  /**
   * verified | rejected
   */
  'decision': (string);
  'reason'?: (string);
}
