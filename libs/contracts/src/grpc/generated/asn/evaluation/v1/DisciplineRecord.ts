// Original file: evaluation.proto


export interface DisciplineRecord {
  'id'?: (string);
  'nip'?: (string);
  'level'?: (string);
  'decidedOn'?: (string);
  'opd'?: (string);
}

export interface DisciplineRecord__Output {
  'id': (string);
  'nip': (string);
  'level': (string);
  'decidedOn': (string);
  'opd': (string);
}
