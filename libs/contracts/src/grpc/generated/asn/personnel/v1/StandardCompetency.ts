// Original file: personnel.proto


export interface StandardCompetency {
  'code'?: (string);
  'type'?: (string);
  'requiredLevel'?: (number);
}

export interface StandardCompetency__Output {
  'code': (string);
  'type': (string);
  'requiredLevel': (number);
}
