// Original file: innovation.proto


export interface Transition {
  'from'?: (string);
  'to'?: (string);
  'by'?: (string);
  'at'?: (string);
  'note'?: (string);
}

export interface Transition__Output {
  'from': (string);
  'to': (string);
  'by': (string);
  'at': (string);
  'note': (string);
}
