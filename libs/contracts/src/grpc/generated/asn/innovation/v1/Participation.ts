// Original file: innovation.proto


export interface Participation {
  'id'?: (string);
  'ideaId'?: (string);
  'citizens'?: (number);
  'activity'?: (string);
  'on'?: (string);
}

export interface Participation__Output {
  'id': (string);
  'ideaId': (string);
  'citizens': (number);
  'activity': (string);
  'on': (string);
}
