// Original file: analytics.proto


export interface Jp {
  'total'?: (number | string);
  'target'?: (number | string);
  'compliant'?: (boolean);
  'training'?: (number | string);
  'placement'?: (number | string);
  /**
   * verified learning outside city programmes (issue #15, item 10)
   */
  'external'?: (number | string);
}

export interface Jp__Output {
  'total': (number);
  'target': (number);
  'compliant': (boolean);
  'training': (number);
  'placement': (number);
  /**
   * verified learning outside city programmes (issue #15, item 10)
   */
  'external': (number);
}
