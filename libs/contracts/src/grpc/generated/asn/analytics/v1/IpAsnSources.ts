// Original file: analytics.proto


/**
 * Where a dimension's points come from (spec 8.5): "data" or "missing".
 */
export interface IpAsnSources {
  'qualification'?: (string);
  'competency'?: (string);
  'performance'?: (string);
  'discipline'?: (string);
}

/**
 * Where a dimension's points come from (spec 8.5): "data" or "missing".
 */
export interface IpAsnSources__Output {
  'qualification': (string);
  'competency': (string);
  'performance': (string);
  'discipline': (string);
}
