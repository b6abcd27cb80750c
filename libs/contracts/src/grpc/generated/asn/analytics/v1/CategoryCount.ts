// Original file: analytics.proto


export interface CategoryCount {
  'category'?: (string);
  'employees'?: (number);
}

export interface CategoryCount__Output {
  'category': (string);
  'employees': (number);
}
