// Original file: evaluation.proto


export interface RecordAppraisalRequest {
  'nip'?: (string);
  'year'?: (number);
  'rating'?: (string);
}

export interface RecordAppraisalRequest__Output {
  'nip': (string);
  'year': (number);
  'rating': (string);
}
