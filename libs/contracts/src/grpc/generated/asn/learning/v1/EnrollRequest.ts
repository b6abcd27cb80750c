// Original file: learning.proto


export interface EnrollRequest {
  'sessionId'?: (string);
  'nip'?: (string);
}

export interface EnrollRequest__Output {
  'sessionId': (string);
  'nip': (string);
}
