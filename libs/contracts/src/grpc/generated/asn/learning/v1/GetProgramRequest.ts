// Original file: learning.proto


export interface GetProgramRequest {
  'id'?: (string);
}

export interface GetProgramRequest__Output {
  'id': (string);
}
