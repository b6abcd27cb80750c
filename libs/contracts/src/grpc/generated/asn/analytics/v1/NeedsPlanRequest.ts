// Original file: analytics.proto


export interface NeedsPlanRequest {
  'opd'?: (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year'?: (number);
}

export interface NeedsPlanRequest__Output {
  'opd': (string);
  /**
   * the plan's year (Y+1 of the data year); 0 means next year
   */
  'year': (number);
}
