// Original file: learning.proto


export interface Certificate {
  'id'?: (string);
  'number'?: (string);
  'issuedOn'?: (string);
}

export interface Certificate__Output {
  'id': (string);
  'number': (string);
  'issuedOn': (string);
}
