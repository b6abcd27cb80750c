// Original file: evaluation.proto


export interface GetEmployeeEvaluationsRequest {
  'nip'?: (string);
}

export interface GetEmployeeEvaluationsRequest__Output {
  'nip': (string);
}
