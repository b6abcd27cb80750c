// Original file: learning.proto


export interface ProgramRevision {
  'id'?: (string);
  'programId'?: (string);
  'revision'?: (number);
  'summary'?: (string);
  'revisedOn'?: (string);
}

export interface ProgramRevision__Output {
  'id': (string);
  'programId': (string);
  'revision': (number);
  'summary': (string);
  'revisedOn': (string);
}
