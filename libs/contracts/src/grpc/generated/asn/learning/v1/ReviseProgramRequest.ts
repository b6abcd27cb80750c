// Original file: learning.proto


export interface ReviseProgramRequest {
  'programId'?: (string);
  'summary'?: (string);
}

export interface ReviseProgramRequest__Output {
  'programId': (string);
  'summary': (string);
}
