// Original file: personnel.proto


export interface GetEmployeeRequest {
  'nip'?: (string);
}

export interface GetEmployeeRequest__Output {
  'nip': (string);
}
