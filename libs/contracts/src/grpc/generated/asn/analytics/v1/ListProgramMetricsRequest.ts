// Original file: analytics.proto


export interface ListProgramMetricsRequest {
  /**
   * 0 means the current year
   */
  'year'?: (number);
}

export interface ListProgramMetricsRequest__Output {
  /**
   * 0 means the current year
   */
  'year': (number);
}
