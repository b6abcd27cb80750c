// Original file: personnel.proto


export interface Assessment {
  'id'?: (string);
  'nip'?: (string);
  'opd'?: (string);
  'code'?: (string);
  'type'?: (string);
  'level'?: (number);
  'assessedOn'?: (string);
  'method'?: (string);
}

export interface Assessment__Output {
  'id': (string);
  'nip': (string);
  'opd': (string);
  'code': (string);
  'type': (string);
  'level': (number);
  'assessedOn': (string);
  'method': (string);
}
