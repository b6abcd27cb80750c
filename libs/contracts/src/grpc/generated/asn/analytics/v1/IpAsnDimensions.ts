// Original file: analytics.proto


export interface IpAsnDimensions {
  'qualification'?: (number | string);
  'competency'?: (number | string);
  'performance'?: (number | string);
  'discipline'?: (number | string);
}

export interface IpAsnDimensions__Output {
  'qualification': (number);
  'competency': (number);
  'performance': (number);
  'discipline': (number);
}
