// Original file: analytics.proto


export interface EmployeeMetricsRequest {
  'nip'?: (string);
  /**
   * 0 means the current year
   */
  'year'?: (number);
}

export interface EmployeeMetricsRequest__Output {
  'nip': (string);
  /**
   * 0 means the current year
   */
  'year': (number);
}
