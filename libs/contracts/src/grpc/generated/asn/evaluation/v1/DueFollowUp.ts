// Original file: evaluation.proto


export interface DueFollowUp {
  'id'?: (string);
  'nip'?: (string);
  'opd'?: (string);
  'programId'?: (string);
  'completedOn'?: (string);
  'dueOn'?: (string);
  'overdue'?: (boolean);
}

export interface DueFollowUp__Output {
  'id': (string);
  'nip': (string);
  'opd': (string);
  'programId': (string);
  'completedOn': (string);
  'dueOn': (string);
  'overdue': (boolean);
}
