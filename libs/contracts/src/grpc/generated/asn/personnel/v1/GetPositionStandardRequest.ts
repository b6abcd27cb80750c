// Original file: personnel.proto


export interface GetPositionStandardRequest {
  'positionCode'?: (string);
}

export interface GetPositionStandardRequest__Output {
  'positionCode': (string);
}
