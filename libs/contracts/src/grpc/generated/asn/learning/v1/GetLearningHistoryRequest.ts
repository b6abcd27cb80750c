// Original file: learning.proto


export interface GetLearningHistoryRequest {
  'nip'?: (string);
}

export interface GetLearningHistoryRequest__Output {
  'nip': (string);
}
