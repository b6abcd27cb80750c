// Original file: innovation.proto


export interface Impact {
  'id'?: (string);
  'ideaId'?: (string);
  'indicator'?: (string);
  'value'?: (number | string);
  'unit'?: (string);
  'on'?: (string);
}

export interface Impact__Output {
  'id': (string);
  'ideaId': (string);
  'indicator': (string);
  'value': (number);
  'unit': (string);
  'on': (string);
}
