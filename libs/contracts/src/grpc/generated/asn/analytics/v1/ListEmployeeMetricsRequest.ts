// Original file: analytics.proto


export interface ListEmployeeMetricsRequest {
  'opd'?: (string);
  /**
   * 0 means the current year
   */
  'year'?: (number);
}

export interface ListEmployeeMetricsRequest__Output {
  'opd': (string);
  /**
   * 0 means the current year
   */
  'year': (number);
}
