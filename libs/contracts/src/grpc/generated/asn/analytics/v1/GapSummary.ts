// Original file: analytics.proto


export interface GapSummary {
  'code'?: (string);
  'type'?: (string);
  /**
   * active employees below the required level
   */
  'employees'?: (number);
  /**
   * their mean shortfall in levels
   */
  'averageGap'?: (number | string);
}

export interface GapSummary__Output {
  'code': (string);
  'type': (string);
  /**
   * active employees below the required level
   */
  'employees': (number);
  /**
   * their mean shortfall in levels
   */
  'averageGap': (number);
}
