// Original file: partnerships.proto


export interface Partner {
  'id'?: (string);
  'name'?: (string);
  'kind'?: (string);
  'city'?: (string);
}

export interface Partner__Output {
  'id': (string);
  'name': (string);
  'kind': (string);
  'city': (string);
}
