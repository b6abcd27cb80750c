// Original file: analytics.proto


export interface ListOpdMetricsRequest {
  /**
   * 0 means the current year
   */
  'year'?: (number);
}

export interface ListOpdMetricsRequest__Output {
  /**
   * 0 means the current year
   */
  'year': (number);
}
