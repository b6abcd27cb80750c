// Original file: analytics.proto


export interface JpBucket {
  /**
   * JP at least
   */
  'from'?: (number | string);
  /**
   * and below; absent for the last bucket (the target and above)
   */
  'to'?: (number | string);
  'employees'?: (number);
  '_to'?: "to";
}

export interface JpBucket__Output {
  /**
   * JP at least
   */
  'from': (number);
  /**
   * and below; absent for the last bucket (the target and above)
   */
  'to'?: (number);
  'employees': (number);
}
