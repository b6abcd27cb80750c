// Original file: analytics.proto


export interface ProgramMetricsRequest {
  'programId'?: (string);
  'year'?: (number);
}

export interface ProgramMetricsRequest__Output {
  'programId': (string);
  'year': (number);
}
