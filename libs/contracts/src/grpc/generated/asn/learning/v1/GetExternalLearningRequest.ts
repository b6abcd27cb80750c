// Original file: learning.proto


export interface GetExternalLearningRequest {
  'id'?: (string);
}

export interface GetExternalLearningRequest__Output {
  'id': (string);
}
