// Original file: evaluation.proto


export interface RecordDisciplineRequest {
  'nip'?: (string);
  'level'?: (string);
  'decidedOn'?: (string);
}

export interface RecordDisciplineRequest__Output {
  'nip': (string);
  'level': (string);
  'decidedOn': (string);
}
