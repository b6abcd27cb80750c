// Original file: personnel.proto


export interface ListAssessmentsRequest {
  'nip'?: (string);
}

export interface ListAssessmentsRequest__Output {
  'nip': (string);
}
