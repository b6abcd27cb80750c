// Original file: analytics.proto


export interface OpdMetricsRequest {
  'opd'?: (string);
  'year'?: (number);
}

export interface OpdMetricsRequest__Output {
  'opd': (string);
  'year': (number);
}
