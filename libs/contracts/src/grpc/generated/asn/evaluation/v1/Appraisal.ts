// Original file: evaluation.proto


export interface Appraisal {
  'id'?: (string);
  'nip'?: (string);
  'year'?: (number);
  'rating'?: (string);
  'opd'?: (string);
}

export interface Appraisal__Output {
  'id': (string);
  'nip': (string);
  'year': (number);
  'rating': (string);
  'opd': (string);
}
